/**
 * The rules engine: answers in, visible questions and verdicts with reasons out (evaluate.ts), with
 * the catalogue's rules (catalogue.ts) bound in, and the helpers around it. Pure functions of
 * (content, answers): no DOM, no lit, no clock, no randomness.
 */
import type { Content } from '../content/schema.js';
import type { Answers, Evaluation } from './types.js';
import type { Locale } from './answers.js';
import { resolveEligibility, withoutStaleBlocs } from './catalogue.js';
import { evaluateWith, type CatalogueRules } from './evaluate.js';

export { evaluateCondition } from './conditions.js';
export { answerValue, formatAnswer, ownAnswer, validateAnswer } from './answers.js';
export { fillReason } from './reasons.js';
export { DECIMALS, durationsTotal, fixedSum } from './quantity.js';
export { pickedCertification, resolveEligibility } from './catalogue.js';
export { orderResults, plural, pluralForm, resultSummary } from './summary.js';
export { contactLink, UNMATCHED_OUTCOME } from './fallback.js';
export { evaluateWith, needsCatalogue, pruneAnswers, summarize, visibleQuestions, type CatalogueRules } from './evaluate.js';
export type { Answer, AnswerProblem, Answers, Evaluation, OutcomeResult, Reason, VerdictSummary } from './types.js';

/** The catalogue's rules, for a caller that has them all (the lint, the CLI, the server, tests). */
export const catalogueRules: CatalogueRules = { resolveEligibility, withoutStaleBlocs };

/**
 * The whole evaluation, catalogue included. Results are given only once every visible question has
 * an acceptable answer: a verdict on half the answers would look final and be wrong.
 */
export function evaluate(content: Content, answers: Answers, locale: Locale = 'fr'): Evaluation {
  return evaluateWith(content, answers, locale, catalogueRules);
}
