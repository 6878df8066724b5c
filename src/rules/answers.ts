/**
 * One answer to one question: is it usable, is it acceptable, what value do conditions compare,
 * how does a person read it. Answers arrive from storage, events and host pages, so nothing here
 * trusts their type: a value of the wrong shape is treated as no answer, never as an error.
 */
import type { Question } from '../content/schema.js';
import type { Answer, AnswerProblem, Answers } from './types.js';
import { DECIMALS, durationsTotal, fixedSum, numberValue } from './quantity.js';

/** What a condition compares: an option value, the ticked values, or a number (a durations sum). */
export type AnswerValue = string | number | string[];

export type Locale = 'fr' | 'en';

/**
 * The answer stored under `id`, own properties only: a question id such as "constructor" is a
 * valid id and must not pick up `Object.prototype.constructor` from a plain answers object.
 */
export function answerOf(answers: unknown, id: string): unknown {
  if (typeof answers !== 'object' || answers === null) return undefined;
  return Object.prototype.hasOwnProperty.call(answers, id) ? (answers as Record<string, unknown>)[id] : undefined;
}

/** The same, for answers the element keeps (already an `Answers` record, values not checked). */
export const ownAnswer = (answers: Answers, id: string) => answerOf(answers, id) as Answer | undefined;

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const hasOption = (question: Question, value: unknown): value is string =>
  typeof value === 'string' &&
  (question.type === 'single' || question.type === 'multiple') &&
  question.options.some((o) => o.value === value);

// Indexed loops rather than every(): every() skips the holes of a sparse array, and a hole is not
// a number.
function allItems(value: unknown[], test: (x: unknown) => boolean): boolean {
  for (let i = 0; i < value.length; i++) if (!test(value[i])) return false;
  return true;
}

/**
 * A fresh copy of `value` when it has the shape `question` takes (known options, finite numbers),
 * else undefined. Out-of-range numbers keep their shape: they are a validation matter, and the
 * person must see them to correct them.
 */
export function wellTyped(question: Question, value: unknown): Answer | undefined {
  switch (question.type) {
    case 'single':
      return hasOption(question, value) ? value : undefined;
    case 'multiple':
      if (!Array.isArray(value) || !allItems(value, (x) => hasOption(question, x))) return undefined;
      return [...new Set(value as string[])];
    case 'number':
      return isNumber(value) ? value : undefined;
    case 'durations':
      return Array.isArray(value) && allItems(value, isNumber) ? [...(value as number[])] : undefined;
    default:
      return undefined;
  }
}

/**
 * The value conditions compare, or undefined when the answer is missing or of the wrong shape.
 * Numbers and durations totals are at the fixed precision they are displayed with (quantity.ts).
 */
export function answerValue(question: Question, answer: unknown): AnswerValue | undefined {
  const value = wellTyped(question, answer);
  if (value === undefined) return undefined;
  if (question.type === 'durations') return durationsTotal(value);
  if (question.type === 'number') return numberValue(value as number);
  return value as AnswerValue;
}

const missing = (answer: unknown) => answer === undefined || answer === null || answer === '';

function range(question: { min?: number; max?: number }, n: number): AnswerProblem | null {
  if (question.min !== undefined && n < question.min) return { code: 'min', min: question.min };
  if (question.max !== undefined && n > question.max) return { code: 'max', max: question.max };
  return null;
}

/** A number question's `step` (1: whole numbers) counts from its `min` (or 0). */
function offStep(question: { min?: number; step?: number }, n: number): AnswerProblem | null {
  const { step } = question;
  if (!step) return null;
  const steps = (n - (question.min ?? 0)) / step;
  // A tolerance, as 0.1 + 0.2 is not 0.3 in floating point.
  return Math.abs(steps - Math.round(steps)) < 1e-9 ? null : { code: 'step', step };
}

/**
 * Why `answer` cannot be accepted for `question`, or null. Whether the answer leads to a good
 * verdict is not checked here: 11 months is a valid answer, the rules say what it means.
 */
export function validateAnswer(question: Question, answer: Answer | undefined): AnswerProblem | null {
  const required = question.required ?? true;
  const absent = required ? ({ code: 'required' } as const) : null;
  const value: unknown = answer;
  if (missing(value)) return absent;
  switch (question.type) {
    case 'single':
      return hasOption(question, value) ? null : { code: 'unknown-option' };
    case 'multiple':
      if (!Array.isArray(value) || !allItems(value, (x) => hasOption(question, x))) return { code: 'unknown-option' };
      return value.length === 0 ? absent : null;
    case 'number':
      if (!isNumber(value)) return { code: 'not-a-number' };
      return range(question, numberValue(value)) ?? offStep(question, numberValue(value));
    case 'durations': {
      if (!Array.isArray(value) || !allItems(value, isNumber)) return { code: 'not-a-number' };
      if (value.length === 0) return absent;
      if (question.maxItems !== undefined && value.length > question.maxItems) {
        return { code: 'too-many', max: question.maxItems };
      }
      for (const n of value as number[]) {
        // A period is judged at the precision its total is: 600.04 months is 600.
        const problem = range(question, fixedSum([n], DECIMALS.durations));
        if (problem) return problem;
      }
      return null;
    }
    default:
      return { code: 'unknown-option' };
  }
}

/**
 * "12", "11,5" in French, "1 200" with the locale's grouping; at most two decimals. Written by
 * hand rather than with Intl.NumberFormat: the first Intl object on a page costs 20–40 ms while
 * the browser loads its locale data, and it fell on a step of the questionnaire (measured by the
 * benchmark).
 */
export function formatNumber(n: number, locale: Locale): string {
  const rounded = Math.round(n * 100) / 100;
  // Beyond 2^53, or not finite: no digits to group, and no person's answer.
  if (!Number.isFinite(rounded) || Math.abs(rounded) >= 2 ** 53) return String(n);
  const [int, decimals] = Math.abs(rounded).toString().split('.');
  // Anything but 'en' is French.
  const [group, point] = locale === 'en' ? [',', '.'] : ['\u202f', ','];
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${decimals ? point + decimals : ''}`;
}

const none: Record<Locale, string> = { fr: 'aucune', en: 'none' };

/**
 * The answer as a person reads it, in reasons and in the recap: the option label; the ticked
 * labels in the questionnaire's order; a number with its unit; the total of the periods.
 * An empty string when there is no usable answer.
 */
export function formatAnswer(question: Question, answer: Answer | undefined, locale: Locale): string {
  const value = answerValue(question, answer);
  if (value === undefined) return '';
  switch (question.type) {
    case 'single':
      return question.options.find((o) => o.value === value)?.label ?? '';
    case 'multiple': {
      const ticked = question.options.filter((o) => (value as string[]).includes(o.value));
      return ticked.length ? ticked.map((o) => o.label).join(', ') : none[locale === 'en' ? 'en' : 'fr'];
    }
    case 'number':
    case 'durations': {
      const text = formatNumber(value as number, locale);
      return question.unit ? `${text} ${question.unit}` : text;
    }
    default:
      return '';
  }
}
