/**
 * The rules engine's core: answers in, visible questions and verdicts with reasons out. Pure
 * functions of (content, answers): no DOM, no lit, no clock, no randomness, so the same answers
 * always give the same result and a content author can test a questionnaire as a table. The
 * catalogue's rules come as a parameter (engine.ts binds them).
 *
 * Answers are untrusted (saved drafts, host pages, events): anything of the wrong shape is treated
 * as unanswered, and no input makes these functions throw.
 */
import type { Content, Eligibility, FinancingOption, Outcome, Paragraph, Question, Route, Step, Verdict } from '../content/schema.js';
import type { Answer, Answers, Evaluation, OutcomeResult, VerdictSummary } from './types.js';
import { answerOf, validateAnswer, wellTyped, type Locale } from './answers.js';
import { evaluateCondition } from './conditions.js';
import { isConditional } from '../content/note.js';
import { fillReason } from './reasons.js';
import { noOutcome, unmatched } from './fallback.js';

/**
 * Walks the questions in order. A question's `showIf` only sees the answers of visible questions
 * asked before it: an answer left behind by a question that is now hidden must not keep a later
 * question (or a verdict) alive.
 */
function walk(eligibility: Eligibility, answers: unknown): { visible: Question[]; answers: Record<string, Answer> } {
  const visible: Question[] = [];
  // Question ids match /^[a-z0-9]/, so no id can be "__proto__" and a plain object is safe.
  const kept: Record<string, Answer> = {};
  for (const question of eligibility.questions) {
    if (question.showIf && !evaluateCondition(question.showIf, kept, eligibility.questions)) continue;
    visible.push(question);
    const answer = wellTyped(question, answerOf(answers, question.id));
    if (answer !== undefined) kept[question.id] = answer;
  }
  return { visible, answers: kept };
}

/**
 * The questions to ask for these answers, in the questionnaire's order. For a content with a
 * catalogue, pass `resolveEligibility(content)`: `evaluate` does.
 */
export function visibleQuestions(eligibility: Eligibility, answers: Answers): Question[] {
  return walk(eligibility, answers).visible;
}

/** The answers of visible questions that have the question's shape; everything else is dropped. */
export function pruneAnswers(eligibility: Eligibility, answers: Answers): Answers {
  return walk(eligibility, answers).answers;
}

const severity: Record<Verdict, number> = { eligible: 0, 'to-check': 1, 'not-eligible': 2 };

/**
 * Every rule whose `when` holds speaks; the most restrictive verdict wins. The reasons shown are
 * the ones that explain that verdict, then the other reservations (a "not eligible" also says what
 * would remain to check); "eligible" reasons would contradict any other verdict, so they only
 * appear when the verdict is eligible.
 */
function judge(content: Content, outcome: Outcome, answers: Answers, questions: readonly Question[], locale: Locale, employer: boolean) {
  const matched = outcome.rules.filter((rule) => !rule.when || evaluateCondition(rule.when, answers, questions));
  // A gap in the content (the lint reports it): "to check", and whom to ask.
  if (matched.length === 0) return unmatched(content, outcome, locale);
  const rank = (v: Verdict) => severity[v] ?? 0;
  const verdict = matched.reduce<Verdict>((worst, r) => (rank(r.verdict) > rank(worst) ? r.verdict : worst), 'eligible');
  const reasons = matched
    .filter((rule) => verdict === 'eligible' || rule.verdict !== 'eligible')
    // Array sort is stable: within one verdict, reasons keep the content's order.
    .sort((a, b) => rank(b.verdict) - rank(a.verdict))
    .map((rule) => ({
      verdict: rule.verdict,
      text: fillReason((employer && rule.employerReason) || rule.reason, answers, questions, locale),
      ...(rule.sources ? { sources: rule.sources } : {}),
    }));
  return { verdict, reasons };
}

/**
 * The route's steps that fit the answers (a step's `showIf`), in the employer's wording when the
 * person answers for an employee. Returned as plain steps: the result needs no conditions.
 */
function stepsOf(route: Route | undefined, answers: Answers, questions: readonly Question[], employer: boolean): Step[] {
  for (const section of route?.sections ?? []) {
    if (section.kind !== 'steps') continue;
    return section.steps
      .filter((step) => !step.showIf || evaluateCondition(step.showIf, answers, questions))
      .map(({ title, body, employer: words }) => {
        const w = employer ? words : undefined;
        const text = w?.body ?? body;
        return { title: w?.title ?? title, ...(text ? { body: text } : {}) };
      });
  }
  return [];
}

function findOption(route: Route, id: string): FinancingOption | undefined {
  for (const section of route.sections) {
    if (section.kind !== 'financing') continue;
    const option = section.options.find((o) => o.id === id);
    if (option) return option;
  }
  return undefined;
}

/**
 * The financing references whose `when` holds, resolved in the guide. A reference the guide cannot
 * resolve is skipped: parseContent already reports it to the author, and a person should still get
 * the rest of the result. The same option named twice is listed once.
 */
function financingOf(content: Content, outcome: Outcome, answers: Answers, questions: readonly Question[], employer: boolean) {
  const found: OutcomeResult['financing'] = [];
  const seen = new Set<string>();
  for (const ref of outcome.financing ?? []) {
    if (ref.when && !evaluateCondition(ref.when, answers, questions)) continue;
    const routeId = ref.route ?? outcome.route;
    const route = content.guide.routes.find((r) => r.id === routeId);
    const option = route && findOption(route, ref.option);
    if (!route || !option) continue;
    const key = `${route.id}\u0000${option.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // For an employer, the option's employer wording (its own words otherwise), as for steps.
    const words = employer ? option.employer : undefined;
    found.push({ route, option: words ? { ...option, title: words.title ?? option.title, body: words.body ?? option.body } : option });
  }
  return found;
}

/**
 * The outcome's notes that apply: a plain paragraph always, a `{ text, when }` note when `when` holds
 * (e.g. why a financing option is absent, only for the answers that leave it out). The result lists
 * them as plain paragraphs, and the element shows that list as it is.
 */
const notesOf = (outcome: Outcome, answers: Answers, questions: readonly Question[]): Paragraph[] =>
  (outcome.notes ?? []).flatMap((n) => (!isConditional(n) ? [n] : evaluateCondition(n.when, answers, questions) ? [n.text] : []));

/** Whether the content's questionnaire runs only with the catalogue rules: it has a certification question. */
export const needsCatalogue = (content: Content): boolean => !!content.eligibility?.questions.some((q) => q.type === 'certification');

/**
 * What the engine needs from the catalogue (rules/catalogue.ts) to run a questionnaire with a
 * certification question. A parameter rather than an import: the questionnaire's page module
 * leaves that code to a file it loads only for such content.
 */
export interface CatalogueRules {
  resolveEligibility(content: Content): Eligibility | undefined;
  withoutStaleBlocs(content: Content, answers: Answers): Answers;
}

/**
 * The whole evaluation. Results are given only once every visible question has an acceptable
 * answer: a verdict on half the answers would look final and be wrong. Content with a
 * certification question and no catalogue rules gives nothing to ask and no verdict, never a
 * verdict that ignores the catalogue.
 */
export function evaluateWith(content: Content, answers: Answers, locale: Locale, catalogue: CatalogueRules | undefined): Evaluation {
  const eligibility = catalogue ? catalogue.resolveEligibility(content) : needsCatalogue(content) ? undefined : content.eligibility;
  // No questionnaire: nothing to ask and nothing to conclude.
  if (!eligibility) return { visible: [], answers: {}, complete: false, results: [] };
  const { visible, answers: kept } = walk(eligibility, catalogue ? catalogue.withoutStaleBlocs(content, answers) : answers);
  const complete = visible.every((q) => validateAnswer(q, answerOf(kept, q.id) as Answer | undefined) === null);
  if (!complete) return { visible, answers: kept, complete, results: [] };

  const questions = eligibility.questions;
  const employer = !!eligibility.employerIf && evaluateCondition(eligibility.employerIf, kept, questions);
  const results: OutcomeResult[] = [];
  for (const outcome of eligibility.outcomes) {
    if (outcome.showIf && !evaluateCondition(outcome.showIf, kept, questions)) continue;
    const route = outcome.route === undefined ? undefined : content.guide.routes.find((r) => r.id === outcome.route);
    results.push({
      outcome,
      ...judge(content, outcome, kept, questions, locale, employer),
      ...(route ? { route } : {}),
      steps: stepsOf(route, kept, questions, employer),
      financing: financingOf(content, outcome, kept, questions, employer),
      notes: notesOf(outcome, kept, questions),
      ...(outcome.preferIf && evaluateCondition(outcome.preferIf, kept, questions) ? { preferred: true as const } : {}),
    });
  }
  // No outcome shown for these answers (another gap): one "to check" result rather than none.
  return { visible, answers: kept, complete, results: results.length ? results : [noOutcome(content, locale)], employer };
}

/** Plain JSON for events: outcome ids, verdicts and reason texts. */
export function summarize(results: readonly OutcomeResult[]): VerdictSummary[] {
  return results.map((r) => ({ outcome: r.outcome.id, verdict: r.verdict, reasons: r.reasons.map((x) => x.text) }));
}
