/**
 * What `<eligibility-check>` tells the host page. Details are plain JSON (no content objects), so a
 * page can send them to analytics or prefill a contact form as they are.
 */
import type { Answers, VerdictSummary } from '../../rules/types.js';

/** Detail of `eligibility-change`: fired when the person changes an answer. */
export interface EligibilityChangeDetail {
  /** Id of the question whose answer changed. */
  question: string;
  /** The answers to the questions still asked (answers to questions now hidden are dropped). */
  answers: Answers;
}

/** Detail of `eligibility-complete`: fired when the result is shown to the person. */
export interface EligibilityCompleteDetail {
  /** The answers the result is based on. */
  answers: Answers;
  /** One entry per outcome shown: its id, verdict and the reasons' texts. */
  verdicts: VerdictSummary[];
}

declare global {
  interface HTMLElementEventMap {
    'eligibility-change': CustomEvent<EligibilityChangeDetail>;
    'eligibility-complete': CustomEvent<EligibilityCompleteDetail>;
  }
}
