/**
 * The answers the lint's exhaustive check tries for each question. Answers that no condition tells
 * apart are one answer here, which keeps the count small and the check still exhaustive: options of
 * a question that every condition treats alike form one class; a number or a durations total is
 * tried once per interval between the thresholds conditions compare it with, and at each threshold.
 */
import type { Condition, Eligibility, Question } from '../content/schema.js';
import { isConditional } from '../content/note.js';
import type { Answer } from '../rules/types.js';
import { validateAnswer } from '../rules/answers.js';

type Leaf = Extract<Condition, { question: string }>;

/** Every leaf condition (a question and a test), in the content's order. */
export function leavesOf(condition: Condition | undefined, out: Leaf[] = []): Leaf[] {
  if (!condition) return out;
  if ('all' in condition) condition.all.forEach((c) => leavesOf(c, out));
  else if ('any' in condition) condition.any.forEach((c) => leavesOf(c, out));
  else if ('not' in condition) leavesOf(condition.not, out);
  else out.push(condition);
  return out;
}

function allLeaves(eligibility: Eligibility): Leaf[] {
  const out: Leaf[] = [];
  for (const q of eligibility.questions) leavesOf(q.showIf, out);
  for (const o of eligibility.outcomes) {
    leavesOf(o.showIf, out);
    o.rules.forEach((r) => leavesOf(r.when, out));
    o.financing?.forEach((f) => leavesOf(f.when, out));
    o.notes?.forEach((n) => isConditional(n) && leavesOf(n.when, out));
  }
  return out;
}

/**
 * The values of a choice question that conditions tell apart: one option per class, the first of
 * each. A certification question has one option per catalogue entry and its `picked` conditions are
 * `in` lists of entry ids (rules/catalogue.ts): the classes are refined one leaf at a time on
 * integer arrays, in time linear in options × leaves plus the lists' lengths, so that a 100,000-entry
 * catalogue gives a handful of classes (the combinations of facts the conditions read), not one
 * branch per entry.
 */
function choiceClasses(question: { options: { value: string }[] }, leaves: Leaf[]): string[] {
  const options = question.options;
  const n = options.length;
  const position = new Map<unknown, number>();
  options.forEach((o, i) => position.has(o.value) || position.set(o.value, i));
  let classes = new Int32Array(n);
  let count = 1;
  const member = new Uint8Array(n);
  for (const l of leaves) {
    member.fill(0);
    const values = 'equals' in l ? [l.equals] : 'in' in l ? l.in : [];
    for (const v of values) {
      const i = position.get(v);
      if (i !== undefined) member[i] = 1;
    }
    // Each class splits in two at most: the options the leaf holds for and the others.
    const split = new Int32Array(2 * count).fill(-1);
    const next = new Int32Array(n);
    let made = 0;
    for (let i = 0; i < n; i++) {
      const key = classes[i] * 2 + member[i];
      if (split[key] < 0) split[key] = made++;
      next[i] = split[key];
    }
    classes = next;
    count = made;
  }
  // A duplicated value behaves as its first option (the schema refuses duplicates anyway).
  const seen = new Set<number>();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (position.get(options[i].value) !== i || seen.has(classes[i])) continue;
    seen.add(classes[i]);
    out.push(options[i].value);
  }
  return out;
}

/** Thresholds a number (or a durations total) is compared with. */
function thresholds(leaves: Leaf[]): number[] {
  const found = new Set<number>();
  for (const l of leaves) {
    for (const v of [
      'lessThan' in l ? l.lessThan : undefined,
      'atMost' in l ? l.atMost : undefined,
      'greaterThan' in l ? l.greaterThan : undefined,
      'atLeast' in l ? l.atLeast : undefined,
      ...('equals' in l ? [l.equals] : 'in' in l ? l.in : []),
    ]) {
      if (typeof v === 'number' && Number.isFinite(v)) found.add(v);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * One number per region that the thresholds cut [lo, hi] into: each threshold itself, and one
 * point in each open interval, a whole number next to a threshold when there is one (11 and 13
 * around 12 read better in an example than 0 and 306).
 */
function representatives(cuts: number[], lo: number, hi: number): number[] {
  const points: number[] = [];
  const inRange = (x: number) => x >= lo && x <= hi;
  const bounds = [-Infinity, ...cuts, Infinity];
  for (let i = 0; i < bounds.length - 1; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    if (i > 0 && inRange(a)) points.push(a);
    // The open interval (a, b) intersected with [lo, hi].
    const low = Math.max(a, lo);
    const high = Math.min(b, hi);
    const inside = (x: number) => x > a && x < b && inRange(x);
    const candidates = [
      Number.isFinite(b) ? Math.ceil(b) - 1 : NaN,
      Number.isFinite(a) ? Math.floor(a) + 1 : NaN,
      low,
      high,
      Number.isFinite(low) && Number.isFinite(high) ? (low + high) / 2 : NaN,
      0,
    ];
    const pick = candidates.find((x) => Number.isFinite(x) && inside(x));
    if (pick !== undefined) points.push(pick);
  }
  return points;
}

/** Periods of a durations answer adding up to `total`, each within [min, max]; undefined if none. */
function periods(total: number, min: number, max: number, maxItems: number): number[] | undefined {
  for (let k = 1; k <= maxItems; k++) {
    if (total < k * min || total > k * max) continue;
    const base = Number.isInteger(total) ? Math.floor(total / k) : total / k;
    const extra = Number.isInteger(total) ? total - base * k : 0;
    return Array.from({ length: k }, (_, i) => base + (i < extra ? 1 : 0));
  }
  return undefined;
}

/** The answers to try for one question, each valid for the engine; undefined means "no answer". */
function domainOf(question: Question, leaves: Leaf[], limit: number): (Answer | undefined)[] {
  const optional = question.required === false;
  const values: (Answer | undefined)[] = [];
  switch (question.type) {
    case 'single':
      values.push(...choiceClasses(question, leaves));
      break;
    case 'multiple': {
      const classes = choiceClasses(question, leaves);
      // Twenty classes would already be a million subsets: past the combination cap, more values
      // would only cost memory, since the walk stops there anyway.
      const n = Math.min(classes.length, 30);
      const count = Math.min(2 ** n - 1, limit + 1);
      for (let mask = 1; mask <= count; mask++) values.push(classes.filter((_, i) => mask & (1 << i)));
      if (optional) values.push([]);
      break;
    }
    case 'number':
      values.push(...representatives(thresholds(leaves), question.min ?? -Infinity, question.max ?? Infinity));
      break;
    case 'durations': {
      const min = question.min ?? -Infinity;
      const max = question.max ?? Infinity;
      const items = question.maxItems ?? 100;
      // Sums one to `items` periods can reach (a negative minimum lowers the floor with each period).
      const lo = min >= 0 ? min : min * items;
      const hi = max <= 0 ? max : max * items;
      for (const total of representatives(thresholds(leaves), lo, hi)) {
        const answer = periods(total, min, max, items);
        if (answer) values.push(answer);
      }
      if (optional) values.push([]);
      break;
    }
  }
  if (optional) values.push(undefined);
  return values.filter((v) => validateAnswer(question, v) === null);
}

/** Per question, in order, the answers to try (a visible question with none ends its combinations). */
export function domainsOf(eligibility: Eligibility, limit: number): (Answer | undefined)[][] {
  const leaves = allLeaves(eligibility);
  return eligibility.questions.map((q) => domainOf(q, leaves.filter((l) => l.question === q.id), limit));
}
