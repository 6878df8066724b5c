/**
 * Reason templates: "Vous indiquez {months} d'expérience" names answers by question id. A reason is
 * shown to a person, so a placeholder that cannot be filled becomes "?" instead of failing the
 * whole result.
 */
import type { Question } from '../content/schema.js';
import type { Answer, Answers } from './types.js';
import { answerOf, formatAnswer, type Locale } from './answers.js';

/**
 * A `{questionId}` in a reason: the shape of a question id in the schema, so other braces ("{ }",
 * "{Nom}") are left as written. Global: use it with replace or matchAll only. The lint reads it too.
 */
export const PLACEHOLDER = /\{([a-z0-9][a-z0-9_-]*)\}/g;

/** `template` with each `{questionId}` replaced by the formatted answer, or "?" when there is none. */
export function fillReason(template: string, answers: Answers, questions: readonly Question[], locale: Locale = 'fr'): string {
  // A function replacement: an answer's text is inserted as is, "$&" and the like are not patterns.
  return template.replace(PLACEHOLDER, (_match, id: string) => {
    const question = questions.find((q) => q.id === id);
    // formatAnswer checks the answer's shape itself; anything odd formats as ''.
    const text = question ? formatAnswer(question, answerOf(answers, id) as Answer | undefined, locale) : '';
    return text || '?';
  });
}
