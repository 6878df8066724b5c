// Random answers (seeded, so a failure can be replayed): evaluate never throws, always returns a
// well-formed evaluation, and gives the same output for the same input.
import { expect } from '@open-wc/testing';
import type { Condition, Question } from '../../src/content/schema.js';
import { evaluate, evaluateCondition, summarize, validateAnswer } from '../../src/rules/engine.js';
import { wellTyped } from '../../src/rules/answers.js';
import type { Answer, Answers, Evaluation } from '../../src/rules/types.js';
import { builtIn } from './fixtures.js';

/** mulberry32: a tiny 32-bit PRNG; good enough to spread test cases, and reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const eligibility = builtIn.eligibility!;
const questions = eligibility.questions;
const optionValues = questions.flatMap((q) => ('options' in q ? q.options.map((o) => o.value) : []));

function generator(seed: number) {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => random() < p;

  const weirdNumbers = [NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 1e-9, -5, 0.1, 11.999, 12];
  const weirdStrings = ['', ' ', 'CQP', 'yes ', '12', '__proto__', 'constructor', 'toString', '{months}', '<b>x</b>'];

  function garbage(depth = 0): unknown {
    switch (int(depth > 2 ? 7 : 10)) {
      case 0: return undefined;
      case 1: return null;
      case 2: return chance(0.5);
      case 3: return pick(weirdNumbers);
      case 4: return int(1000);
      case 5: return pick([...weirdStrings, ...optionValues]);
      case 6: return Symbol('odd');
      case 7: return Array.from({ length: int(5) }, () => garbage(depth + 1));
      case 8: return { value: garbage(depth + 1), nested: { deeper: garbage(depth + 1) } };
      default: {
        const sparse: unknown[] = [];
        sparse[int(4) + 1] = garbage(depth + 1);
        return sparse;
      }
    }
  }

  /** A plausible answer for `q`, sometimes out of range, sometimes empty. */
  function plausible(q: Question): unknown {
    switch (q.type) {
      case 'single':
        return pick(q.options).value;
      case 'multiple':
        return q.options.filter(() => chance(0.3)).map((o) => o.value);
      case 'number':
        return int(50);
      case 'durations':
        return Array.from({ length: int(chance(0.1) ? 14 : 5) }, () => (chance(0.05) ? 700 : int(20) + (chance(0.2) ? 0.5 : 0)));
    }
  }

  function answers(): Answers {
    const out: Record<string, unknown> = {};
    const mostlyPlausible = chance(0.6);
    for (const q of questions) {
      if (chance(0.1)) continue;
      out[q.id] = mostlyPlausible && chance(0.9) ? plausible(q) : garbage();
    }
    for (let i = int(3); i > 0; i--) out[pick(['extra', 'constructor', 'hasOwnProperty', 'x-y', 'months2'])] = garbage();
    // What JSON.parse would make of {"__proto__": …}: an own property, not a prototype.
    if (chance(0.1)) Object.defineProperty(out, '__proto__', { value: garbage(), enumerable: true });
    return out as Answers;
  }

  function condition(depth = 0): Condition {
    const id = pick([...questions.map((q) => q.id), 'nope']);
    switch (int(depth > 2 ? 6 : 9)) {
      case 0: return { question: id, equals: pick([...optionValues, 12, true]) };
      case 1: return { question: id, in: [pick(optionValues), pick(optionValues)] };
      case 2: return { question: id, lessThan: int(30) };
      case 3: return { question: id, atLeast: int(30) };
      case 4: return { question: id, answered: chance(0.5) };
      case 5: return { question: id, greaterThan: pick(weirdNumbers) };
      case 6: return { all: [condition(depth + 1), condition(depth + 1)] };
      case 7: return { any: [condition(depth + 1), condition(depth + 1)] };
      default: return { not: condition(depth + 1) };
    }
  }

  return { answers, condition };
}

/** Checks the invariants every evaluation must satisfy, whatever the answers. */
function checkWellFormed(e: Evaluation) {
  const order = questions.map((q) => q.id);
  const visibleIds = e.visible.map((q) => q.id);
  // Visible questions: a subsequence of the questionnaire, the same objects.
  expect(visibleIds).to.deep.equal(order.filter((id) => visibleIds.includes(id)));
  for (const q of e.visible) expect(questions).to.include(q);
  // Kept answers: visible questions only, each of the question's shape.
  for (const [id, answer] of Object.entries(e.answers)) {
    const q = e.visible.find((x) => x.id === id);
    expect(q, `answer to a hidden or unknown question ${id}`).to.not.equal(undefined);
    expect(wellTyped(q!, answer)).to.deep.equal(answer);
  }
  const valid = e.visible.every((q) =>
    validateAnswer(q, Object.prototype.hasOwnProperty.call(e.answers, q.id) ? (e.answers[q.id] as Answer) : undefined) === null,
  );
  expect(e.complete).to.equal(valid);
  if (!e.complete) {
    expect(e.results).to.deep.equal([]);
    return;
  }
  expect(e.results.map((r) => r.outcome.id)).to.include('vae');
  for (const r of e.results) {
    expect(eligibility.outcomes).to.include(r.outcome);
    expect(['eligible', 'not-eligible', 'to-check']).to.include(r.verdict);
    expect(r.reasons.length).to.be.greaterThan(0);
    expect(r.reasons[0].verdict).to.equal(r.verdict);
    for (const reason of r.reasons) {
      expect(reason.text).to.be.a('string').and.not.match(/\{[a-z0-9_-]+\}/);
      if (r.verdict !== 'eligible') expect(reason.verdict).to.not.equal('eligible');
    }
    expect(r.route?.id).to.equal(r.outcome.route);
    expect(r.steps).to.be.an('array').that.is.not.empty;
    for (const f of r.financing) {
      expect(builtIn.guide.routes).to.include(f.route);
      expect(f.option.id).to.be.a('string');
    }
  }
}

/** Freezes deeply, so that an engine writing into the answers would throw in strict mode. */
function deepFreeze<T>(x: T, seen = new Set<unknown>()): T {
  if (typeof x === 'object' && x !== null && !seen.has(x)) {
    seen.add(x);
    for (const key of Reflect.ownKeys(x)) deepFreeze((x as Record<PropertyKey, unknown>)[key], seen);
    Object.freeze(x);
  }
  return x;
}

describe('random answers', () => {
  // 400 sets (evaluated three times each) reach every verdict of every outcome, as 2,000 did, in a
  // fifth of the time: a loaded two-core machine ran the 2,000 close to the 10 s test timeout.
  it('400 random answer sets: no throw, well-formed, deterministic, answers untouched', () => {
    const { answers } = generator(20261127);
    let complete = 0;
    const verdicts = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const input = deepFreeze(answers());
      let first: Evaluation;
      try {
        first = evaluate(builtIn, input);
      } catch (error) {
        throw new Error(`case ${i} threw ${String(error)}`);
      }
      checkWellFormed(first);
      const second = evaluate(builtIn, input);
      expect(summarize(second.results)).to.deep.equal(summarize(first.results));
      expect(second.answers).to.deep.equal(first.answers);
      expect(second.visible).to.deep.equal(first.visible);
      expect(() => evaluate(builtIn, input, 'en')).not.to.throw();
      if (first.complete) complete++;
      for (const r of first.results) verdicts.add(`${r.outcome.id}:${r.verdict}`);
    }
    // The generator must reach results (one set in ten at least), and every verdict the built-in
    // outcomes can give, or this test would only check some paths.
    expect(complete).to.be.greaterThan(40);
    expect([...verdicts]).to.include.members([
      'vae:eligible', 'vae:not-eligible', 'vae:to-check',
      'cqp-vae:eligible', 'cqp-vae:not-eligible', 'cqp-vae:to-check',
      'cqp-training:eligible', 'cqp-training:to-check',
    ]);
  });

  it('the same seed gives the same results, run after run', () => {
    const run = () => {
      const { answers } = generator(7);
      return Array.from({ length: 300 }, () => summarize(evaluate(builtIn, answers()).results));
    };
    expect(run()).to.deep.equal(run());
  });

  it('random conditions on random answers never throw', () => {
    const { answers, condition } = generator(42);
    for (let i = 0; i < 2000; i++) {
      const c = condition();
      const a = answers();
      expect(typeof evaluateCondition(c, a, questions)).to.equal('boolean');
      // Deterministic, and `not` is exact negation.
      expect(evaluateCondition({ not: c }, a, questions)).to.equal(!evaluateCondition(c, a, questions));
    }
  });

  it('answers that are not an object at all', () => {
    for (const answers of [null, undefined, 0, 'x', [], [['target', 'cqp']], Symbol('s'), () => 1]) {
      const e = evaluate(builtIn, answers as unknown as Answers);
      expect(e.complete).to.equal(false);
      expect(e.answers).to.deep.equal({});
      expect(e.visible.map((q) => q.id)).to.deep.equal(['target', 'status', 'experience']);
    }
  });
});
