/**
 * Conditions compiled once for the lint's exhaustive check. Each leaf (one question, one test) gets
 * a number and, for each answer the check tries, its truth as the engine's own evaluator gives it,
 * computed once; a compiled condition then reads answers as indexes into those tables. It answers
 * in three values: a leaf on a question the walk has not reached yet is unknown, so that a search
 * can drop a partial combination as soon as its condition can no longer hold.
 */
import type { Condition, Question } from '../content/schema.js';
import type { Answer } from '../rules/types.js';
import { evaluateCondition } from '../rules/conditions.js';

type Leaf = Extract<Condition, { question: string }>;
/** 0 false, 1 true, 2 not known yet. */
export type Tri = 0 | 1 | 2;
/**
 * `at[q]`: index of question q's answer in its domain, -1 for no answer (hidden or skipped);
 * leaves on questions from `done` on are unknown.
 */
export type Test = (at: readonly number[], done: number) => Tri;
export interface Compiled {
  test: Test;
  /** Leaf numbers, in the condition's order. */
  leaves: number[];
}

/** All (`stop` 0) or any (`stop` 1) of `xs`: a value equal to `stop` decides, an unknown one leaves it open. */
const combine =
  (stop: 0 | 1) =>
  (xs: Compiled[]): Compiled => ({
    test: (at, done) => {
      let r: Tri = stop ? 0 : 1;
      for (const x of xs) {
        const v = x.test(at, done);
        if (v === stop) return stop;
        if (v === 2) r = 2;
      }
      return r;
    },
    leaves: xs.flatMap((x) => x.leaves),
  });
export const and = combine(0);
export const or = combine(1);
export const TRUE = and([]);

export const not = (x: Compiled): Compiled => ({
  test: (at, done) => {
    const v = x.test(at, done);
    return v === 2 ? 2 : ((1 - v) as Tri);
  },
  leaves: x.leaves,
});

/** `domains[q]`: the answers tried for question q (undefined: no answer). */
export function compiler(questions: readonly Question[], domains: readonly (Answer | undefined)[][]) {
  const index = new Map<string, number>();
  questions.forEach((q, i) => index.has(q.id) || index.set(q.id, i));
  const numbers = new Map<Leaf, number>();
  const leaves: Leaf[] = [];
  /** Per leaf, the index of its question, -1 when there is none. */
  const question: number[] = [];
  // Built on first use: a question with thousands of answers to try may never be reached.
  const tables: Tri[][] = [];

  const table = (l: number): Tri[] => {
    const leaf = leaves[l];
    const q = question[l];
    const none = evaluateCondition(leaf, {}, questions) ? 1 : 0;
    return [none, ...(domains[q] ?? []).map((v) => (v === undefined ? none : evaluateCondition(leaf, { [leaf.question]: v }, [questions[q]]) ? 1 : 0))];
  };
  /** Truth of leaf `l` when its question's answer is `d` (-1: no answer). */
  const truth = (l: number, d: number): Tri => (tables[l] ??= table(l))[d + 1];
  const value = (l: number, at: readonly number[], done: number): Tri => {
    const q = question[l];
    return q >= done ? 2 : truth(l, q < 0 ? -1 : at[q]);
  };

  const compile = (c: Condition | undefined): Compiled => {
    if (!c) return TRUE;
    if ('all' in c) return and(c.all.map(compile));
    if ('any' in c) return or(c.any.map(compile));
    if ('not' in c) return not(compile(c.not));
    let l = numbers.get(c);
    if (l === undefined) {
      numbers.set(c, (l = leaves.length));
      leaves.push(c);
      question.push(index.get(c.question) ?? -1);
    }
    const n = l;
    return { test: (at, done) => value(n, at, done), leaves: [n] };
  };

  return { compile, truth, value, question, index };
}
