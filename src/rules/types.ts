/**
 * The rules engine's vocabulary. Answers are plain JSON values so that they can be saved, sent in
 * events and replayed in tests.
 */
import type { FinancingOption, Outcome, Paragraph, Question, Route, Source, Step, Verdict } from '../content/schema.js';

/**
 * An answer: an option value (single), option values (multiple), a number (number) or one number
 * per period (durations).
 */
export type Answer = string | number | string[] | number[];
export type Answers = Readonly<Record<string, Answer>>;

/** Why an answer cannot be accepted yet; the element words it in the page's language. */
export type AnswerProblem =
  | { code: 'required' }
  | { code: 'not-a-number' }
  | { code: 'min'; min: number }
  | { code: 'max'; max: number }
  | { code: 'step'; step: number }
  | { code: 'unknown-option' }
  | { code: 'too-many'; max: number };

/** One reason for a verdict, its answer placeholders filled in. */
export interface Reason {
  verdict: Verdict;
  text: string;
  /** The rule's sources, when the content names them. */
  sources?: Source[];
}

/** The verdict for one outcome. */
export interface OutcomeResult {
  outcome: Outcome;
  verdict: Verdict;
  /** The reasons that produced the verdict, the most restrictive first. */
  reasons: Reason[];
  /** The guide route the outcome leads to, if any. */
  route?: Route;
  /** The next steps: the route's steps that fit the answers, in the employer's wording when it applies. */
  steps: Step[];
  /** Financing options that apply to these answers, resolved from the guide. */
  financing: { route: Route; option: FinancingOption }[];
  /** The outcome's notes that apply to these answers (a note's `when`), as plain paragraphs: what the result shows. */
  notes: Paragraph[];
  /**
   * Set when no rule of the content answers (a gap the lint reports): the verdict is "to check",
   * with a reason and a contact link given by the engine.
   */
  unmatched?: true;
  /** The outcome's `preferIf` holds: it comes first among the outcomes of the same verdict. */
  preferred?: true;
}

export interface Evaluation {
  /** The questions to ask for these answers, in order. */
  visible: Question[];
  /** The answers restricted to the visible questions (answers to hidden questions are dropped). */
  answers: Answers;
  /** True when every visible question has an acceptable answer. */
  complete: boolean;
  /** One result per outcome whose `showIf` holds (empty until `complete`), in the content's order. */
  results: OutcomeResult[];
  /** The eligibility's `employerIf` holds: the person answers for an employee. */
  employer?: boolean;
}

/** What events carry: plain JSON, no content objects. */
export interface VerdictSummary {
  outcome: string;
  verdict: Verdict;
  reasons: string[];
}
