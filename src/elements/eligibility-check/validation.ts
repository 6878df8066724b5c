/**
 * Between what a person types and what the rules engine reads. Number fields keep the typed text
 * (a "draft") so that "12,5" or a half-typed value is shown back as typed; the answer is the
 * parsed number. Checking a step runs the engine's validateAnswer on each field, so messages and
 * verdicts never disagree about what is acceptable.
 */
import type { Question } from '../../content/schema.js';
import { validateAnswer } from '../../rules/engine.js';
import type { Answer, AnswerProblem } from '../../rules/types.js';
import { DECIMALS, fixedSum } from '../../rules/quantity.js';
import { formatNumber } from '../../rules/answers.js';
import { pluralForm } from '../../rules/summary.js';
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

/**
 * Fields per period: 2 for a durations question typed in years and months (draft texts
 * [years, months, years, months, …]), else 1. The answer is always one number of months per period.
 */
export function periodWidth(question: Question): number {
  return question.type === 'durations' && question.entry === 'years-months' ? 2 : 1;
}

/** A period's texts, one array per period. */
export function periodTexts(question: Question, draft: readonly string[]): string[][] {
  const width = periodWidth(question);
  const out: string[][] = [];
  for (let i = 0; i < draft.length; i += width) out.push(draft.slice(i, i + width));
  return out;
}

/**
 * The months a period's texts give: undefined when all are empty, NaN when one is not a number,
 * -1 when a part is negative (years and months are counted up, never down). An empty field next
 * to a filled one counts as 0 ("5" years and no months is 60). Rounded as totals are (quantity.ts),
 * so that the period stored is the one displayed.
 */
export function periodValue(texts: readonly string[]): number | undefined {
  const parts = texts.map(parseNumber);
  if (parts.every((n) => n === undefined)) return undefined;
  if (parts.length === 1) return parts[0];
  if (parts.some((n) => Number.isNaN(n))) return Number.NaN;
  const [years = 0, months = 0] = parts as (number | undefined)[];
  if (years < 0 || months < 0) return -1;
  return fixedSum([years * 12, months], DECIMALS.durations);
}

/** The texts to show in a number or durations question's fields for a saved answer. */
export function draftFromAnswer(question: Question, answer: Answer | undefined, locale: 'fr' | 'en'): string[] {
  if (question.type === 'number') return [typeof answer === 'number' ? writeNumber(answer, locale) : ''];
  if (question.type !== 'durations') return [];
  const items = Array.isArray(answer) ? answer.filter((n): n is number => typeof n === 'number') : [];
  if (periodWidth(question) === 1) return items.length ? items.map((n) => writeNumber(n, locale)) : [''];
  if (!items.length) return ['', ''];
  return items.flatMap((n) => {
    const { years, months } = splitMonths(n);
    return [years ? writeNumber(years, locale) : '', months || !years ? writeNumber(months, locale) : ''];
  });
}

/** The answer the typed texts give: invalid or empty fields are left out (they are errors on Next). */
export function answerFromDraft(question: Question, draft: readonly string[]): Answer | undefined {
  const split = periodWidth(question) > 1;
  // A negative part of years and months (-1) is an error on Next, not an answer.
  const numbers = periodTexts(question, draft)
    .map(periodValue)
    .filter((n): n is number => n !== undefined && Number.isFinite(n) && !(split && n < 0));
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
  const texts = periodTexts(question, draft);
  const values = texts.map(periodValue);
  if (values.every((n) => n === undefined)) {
    const problem = validateAnswer(question, undefined);
    return problem ? [{ index: 0, problem }] : [];
  }
  const errors: FieldError[] = [];
  values.forEach((n, index) => {
    if (n === undefined) errors.push({ index, problem: { code: 'required' }, emptyPeriod: true });
    else if (Number.isNaN(n)) errors.push({ index, problem: { code: 'not-a-number' } });
    else if (n < 0 && texts[index].length > 1) errors.push({ index, problem: { code: 'min', min: question.type === 'durations' ? (question.min ?? 0) : 0 } });
    else {
      const problem = validateAnswer(question, [n]);
      if (problem) errors.push({ index, problem });
    }
  });
  if (errors.length) return errors;
  const whole = validateAnswer(question, answer);
  return whole ? [{ problem: whole }] : [];
}

/** Whole years and the months left: 63 is 5 years and 3 months. */
export function splitMonths(n: number): { years: number; months: number } {
  const years = Math.floor(n / 12);
  return { years, months: fixedSum([n - years * 12], DECIMALS.durations) };
}

type S = (typeof strings)['fr'];

/** "50 ans" where a bound is whole years, else "600 mois": how a years-and-months field's bound reads. */
function bound(n: number, unit: 'year' | 'month', s: S, locale: 'fr' | 'en'): string {
  const count = unit === 'year' ? n / 12 : n;
  const one = pluralForm(count, locale) === 'one';
  const word = unit === 'year' ? (one ? s.yearOne : s.yearMany) : one ? s.monthOne : s.monthMany;
  return `${formatNumber(count, locale)}\u00a0${word}`;
}

/**
 * What the field expects, named: "un nombre entre 0 et 600 mois", "une durée entre 0 et 50 ans"
 * (years and months), "un nombre supérieur ou égal à 16". The bounds are the content's, in the unit
 * the person types (whole years when both bounds are whole years).
 */
function expected(question: Question, s: S, locale: 'fr' | 'en'): string {
  const { min, max, unit } = question as { min?: number; max?: number; unit?: string };
  if (periodWidth(question) > 1) {
    const years = [min, max].every((b) => b === undefined || b % 12 === 0) ? 'year' : 'month';
    const last = (n: number) => bound(n, years, s, locale);
    const first = (n: number) => formatNumber(years === 'year' ? n / 12 : n, locale);
    if (min !== undefined && max !== undefined) return format(s.lengthBetween, { min: first(min), max: last(max) });
    if (min !== undefined) return format(s.lengthMin, { min: last(min) });
    if (max !== undefined) return format(s.lengthMax, { max: last(max) });
    return s.lengthAny;
  }
  // The unit after the bound, as people write it: "entre 16 et 99 ans", "entre 0 et 600 mois".
  const n = (x: number) => formatNumber(x, locale) + (unit ? `\u00a0${unit}` : '');
  if (min !== undefined && max !== undefined) return format(s.numberBetween, { min: formatNumber(min, locale), max: n(max) });
  if (min !== undefined) return format(s.numberMin, { min: n(min) });
  if (max !== undefined) return format(s.numberMax, { max: n(max) });
  return unit ? format(s.numberIn, { unit }) : s.numberAny;
}

/** The message for one problem, in the UI's language: what is wrong, and what the field expects. */
export function errorText(question: Question, error: FieldError, s: S, locale: 'fr' | 'en'): string {
  const p = error.problem;
  const expect = () => format(s.errorExpected, { what: expected(question, s, locale) });
  switch (p.code) {
    case 'required':
      return question.type === 'single'
        ? s.errorRequiredSingle
        : question.type === 'multiple'
          ? s.errorRequiredMultiple
          : error.emptyPeriod
            ? s.errorRequiredPeriod
            : periodWidth(question) > 1
              ? s.errorRequiredLength
              : expect();
    case 'not-a-number':
      return format(s.errorNotANumber, { what: expected(question, s, locale) });
    case 'min':
    case 'max':
      return expect();
    case 'too-many':
      return format(s.errorTooMany, { max: p.max });
    case 'step':
      return p.step === 1 ? s.errorWhole : format(s.errorStep, { step: p.step });
    default:
      return s.errorUnknownOption;
  }
}
