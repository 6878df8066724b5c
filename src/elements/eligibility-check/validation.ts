/**
 * Between what a person types and what the rules engine reads. Number fields keep the typed text
 * (a "draft") so that "12,5" or a half-typed value is shown back as typed; the answer is the
 * parsed number. Checking a step runs the engine's validateAnswer on each field, so messages and
 * verdicts never disagree about what is acceptable.
 */
import type { Question } from '../../content/schema.js';
import { validateAnswer } from '../../rules/engine.js';
import type { Answer, AnswerProblem } from '../../rules/types.js';
import { format } from '../../shared/i18n.js';
import type { strings } from './strings.js';

/** A problem shown next to a field; `index` names a period of a durations question. */
export interface FieldError {
  index?: number;
  problem: AnswerProblem;
  /** A period left empty while others are filled in. */
  emptyPeriod?: boolean;
}

/** The number in `text` ("12", "12,5", "1 200"), undefined when empty, NaN when it is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (t === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

const writeNumber = (n: number, locale: 'fr' | 'en') => (locale === 'fr' ? String(n).replace('.', ',') : String(n));

/** The texts to show in a number or durations question's fields for a saved answer. */
export function draftFromAnswer(question: Question, answer: Answer | undefined, locale: 'fr' | 'en'): string[] {
  if (question.type === 'number') return [typeof answer === 'number' ? writeNumber(answer, locale) : ''];
  if (question.type !== 'durations') return [];
  const items = Array.isArray(answer) ? answer.filter((n): n is number => typeof n === 'number') : [];
  return items.length ? items.map((n) => writeNumber(n, locale)) : [''];
}

/** The answer the typed texts give: invalid or empty fields are left out (they are errors on Next). */
export function answerFromDraft(question: Question, draft: readonly string[]): Answer | undefined {
  const numbers = draft.map(parseNumber).filter((n): n is number => n !== undefined && Number.isFinite(n));
  if (question.type === 'number') return numbers.length && draft.length === 1 ? numbers[0] : undefined;
  return numbers.length ? numbers : undefined;
}

/** Every problem that stops the person from leaving this step, in the order of the fields. */
export function checkStep(question: Question, answer: Answer | undefined, draft: readonly string[]): FieldError[] {
  if (question.type === 'single' || question.type === 'multiple') {
    const problem = validateAnswer(question, answer);
    return problem ? [{ problem }] : [];
  }
  if (question.type === 'number') {
    const n = parseNumber(draft[0] ?? '');
    const problem = n !== undefined && Number.isNaN(n) ? { code: 'not-a-number' as const } : validateAnswer(question, n);
    return problem ? [{ problem }] : [];
  }
  const filled = draft.filter((t) => parseNumber(t) !== undefined);
  if (filled.length === 0) {
    const problem = validateAnswer(question, undefined);
    return problem ? [{ index: 0, problem }] : [];
  }
  const errors: FieldError[] = [];
  draft.forEach((text, index) => {
    const n = parseNumber(text);
    if (n === undefined) errors.push({ index, problem: { code: 'required' }, emptyPeriod: true });
    else if (Number.isNaN(n)) errors.push({ index, problem: { code: 'not-a-number' } });
    else {
      const problem = validateAnswer(question, [n]);
      if (problem) errors.push({ index, problem });
    }
  });
  if (errors.length) return errors;
  const whole = validateAnswer(question, answer);
  return whole ? [{ problem: whole }] : [];
}

/** The message for one problem, in the UI's language. */
export function errorText(question: Question, error: FieldError, s: (typeof strings)['fr']): string {
  const p = error.problem;
  switch (p.code) {
    case 'required':
      return question.type === 'single'
        ? s.errorRequiredSingle
        : question.type === 'multiple'
          ? s.errorRequiredMultiple
          : error.emptyPeriod
            ? s.errorRequiredPeriod
            : s.errorRequiredNumber;
    case 'not-a-number':
      return s.errorNotANumber;
    case 'min':
      return format(s.errorMin, { min: p.min });
    case 'max':
      return format(s.errorMax, { max: p.max });
    case 'too-many':
      return format(s.errorTooMany, { max: p.max });
    case 'step':
      return p.step === 1 ? s.errorWhole : format(s.errorStep, { step: p.step });
    default:
      return s.errorUnknownOption;
  }
}
