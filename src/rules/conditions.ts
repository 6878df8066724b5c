/**
 * Declarative conditions (see `Condition` in content/schema.ts) evaluated on answers. A condition
 * on a question without a usable answer is false, so that "not yet answered" never reads as
 * "answered no"; `answered: false` is the one way to ask about a missing answer.
 */
import type { Condition, Question } from '../content/schema.js';
import type { Answers } from './types.js';
import { answerOf, answerValue, type AnswerValue } from './answers.js';

import { MAX_CONDITION_DEPTH } from '../content/depth.js';

export { MAX_CONDITION_DEPTH };

type Loose = Record<string, unknown>;

// One depth rule everywhere (schema.ts): the content check refuses a document that nests deeper, and
// here a condition nested deeper (an object built in code, even a cyclic one) is false as a whole,
// whatever its parity of `not`s, instead of overflowing the stack or answering for a cut branch.
const deep = new WeakMap<object, boolean>();
function tooDeep(condition: unknown, depth = 0): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  if (depth > MAX_CONDITION_DEPTH) return true;
  const known = depth === 0 ? deep.get(condition) : undefined;
  if (known !== undefined) return known;
  const c = condition as Loose;
  const parts = 'all' in c ? c.all : 'any' in c ? c.any : 'not' in c ? [c.not] : [];
  const found = Array.isArray(parts) && parts.some((x) => tooDeep(x, depth + 1));
  if (depth === 0) deep.set(condition, found);
  return found;
}

/** True when `condition` holds for `answers`; total: odd answers or conditions give false. */
export function evaluateCondition(condition: Condition, answers: Answers, questions: readonly Question[]): boolean {
  return !tooDeep(condition) && holds(condition, answers, questions, 0);
}

function holds(condition: unknown, answers: unknown, questions: readonly Question[], depth: number): boolean {
  if (depth > MAX_CONDITION_DEPTH || typeof condition !== 'object' || condition === null) return false;
  const c = condition as Loose;
  const next = (x: unknown) => holds(x, answers, questions, depth + 1);
  if ('all' in c) return Array.isArray(c.all) && c.all.every(next);
  if ('any' in c) return Array.isArray(c.any) && c.any.some(next);
  if ('not' in c) return typeof c.not === 'object' && c.not !== null && !next(c.not);

  const id = c.question;
  if (typeof id !== 'string') return false;
  const question = questions.find((q) => q.id === id);
  const value = question ? answerValue(question, answerOf(answers, id)) : undefined;

  if ('answered' in c) {
    if (c.answered === true) return value !== undefined;
    if (c.answered === false) return value === undefined;
    return false;
  }
  if (value === undefined) return false;
  if ('equals' in c) return matches(value, [c.equals]);
  if ('in' in c) return Array.isArray(c.in) && matches(value, c.in);
  if ('lessThan' in c) return compare(value, c.lessThan, (a, b) => a < b);
  if ('atMost' in c) return compare(value, c.atMost, (a, b) => a <= b);
  if ('greaterThan' in c) return compare(value, c.greaterThan, (a, b) => a > b);
  if ('atLeast' in c) return compare(value, c.atLeast, (a, b) => a >= b);
  return false;
}

/** For a multiple-choice answer, any ticked value among `wanted` is a match. */
function matches(value: AnswerValue, wanted: unknown[]): boolean {
  return Array.isArray(value) ? value.some((v) => wanted.includes(v)) : wanted.includes(value);
}

function compare(value: AnswerValue, bound: unknown, op: (a: number, b: number) => boolean): boolean {
  return typeof value === 'number' && typeof bound === 'number' && op(value, bound);
}
