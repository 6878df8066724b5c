// The exhaustive check against the plain walk it replaced: on generated questionnaires small enough
// to walk combination by combination, `explore` must find exactly what the walk finds (the same flags,
// the same gaps with the same first example and count, in the same order, the same placeholders).
// Then a content far too large to walk: the check stays exhaustive, under the widgets' cap.
import { expect } from '@open-wc/testing';
import type { Condition, Content, Question, Verdict } from '../../src/content/schema.js';
import type { Answer } from '../../src/rules/types.js';
import { evaluateCondition } from '../../src/rules/conditions.js';
import { resolveEligibility } from '../../src/rules/catalogue.js';
import { domainsOf, leavesOf } from '../../src/authoring/lint-domains.js';
import { explore, type Gap, type Missing } from '../../src/authoring/lint-reach.js';

type Kept = Record<string, Answer>;
const severity: Record<Verdict, number> = { eligible: 0, 'to-check': 1, 'not-eligible': 2 };
const PLACEHOLDER = /\{([a-z0-9][a-z0-9_-]*)\}/g;

/** The walk the lint used to make: every combination, one by one, up to `max`. */
function walkAll(content: Content, max: number) {
  const eligibility = resolveEligibility(content)!;
  const { questions, outcomes } = eligibility;
  const domains = domainsOf(eligibility, max);
  const holds = (c: Condition | undefined, kept: Kept) => !c || evaluateCondition(c, kept, questions);
  const reach = {
    exhaustive: true,
    combinations: 0,
    questionShown: questions.map(() => false),
    outcomeShown: outcomes.map(() => false),
    outcomeReached: outcomes.map(() => false),
    ruleApplies: outcomes.map((o) => o.rules.map(() => false)),
    ruleShown: outcomes.map((o) => o.rules.map(() => false)),
    financingApplies: outcomes.map((o) => (o.financing ?? []).map(() => false)),
    noteApplies: outcomes.map((o) => (o.notes ?? []).map(() => false)),
    gaps: [] as Gap[],
    placeholderMissing: new Map<string, Missing>(),
    contradictions: new Map<string, { open: number; closed: number; example: Kept }>(),
  };
  const gapIndex = new Map<string, Gap>();
  const showLeaves = outcomes.flatMap((o) => leavesOf(o.showIf));
  const outcomeLeaves = outcomes.map((o) => [...leavesOf(o.showIf), ...o.rules.flatMap((r) => leavesOf(r.when))]);
  const gap = (kind: Gap['kind'], outcome: number, decisive: Condition[], kept: Kept) => {
    const key = `${kind}:${outcome}:${decisive.map((l) => (holds(l, kept) ? 1 : 0)).join('')}`;
    const found = gapIndex.get(key);
    if (found) found.count += 1;
    else gapIndex.set(key, reach.gaps[reach.gaps.push({ kind, outcome, example: kept, count: 1 }) - 1]);
  };
  const leaf = (kept: Kept) => {
    let anyShown = false;
    // Per outcome: not shown, open (no "not-eligible" rule applies) or closed.
    const status = outcomes.map((outcome) =>
      !holds(outcome.showIf, kept) ? 'hidden' : outcome.rules.some((r) => r.verdict === 'not-eligible' && holds(r.when, kept)) ? 'closed' : 'open',
    );
    outcomes.forEach((a, i) =>
      outcomes.forEach((b, j) => {
        const key = `${i}:${j}`;
        if (i === j || !a.route || a.route !== b.route || status[i] !== 'open' || status[j] !== 'closed') return;
        if (!reach.contradictions.has(key)) reach.contradictions.set(key, { open: i, closed: j, example: kept });
      }),
    );
    outcomes.forEach((outcome, o) => {
      if (!holds(outcome.showIf, kept)) return;
      anyShown = reach.outcomeShown[o] = true;
      const applies = outcome.rules.map((r) => holds(r.when, kept));
      if (!applies.includes(true)) return gap('no_rule', o, outcomeLeaves[o], kept);
      reach.outcomeReached[o] = true;
      const verdict = outcome.rules.reduce<Verdict>((worst, r, k) => (applies[k] && severity[r.verdict] > severity[worst] ? r.verdict : worst), 'eligible');
      outcome.rules.forEach((rule, k) => {
        if (!applies[k]) return;
        reach.ruleApplies[o][k] = true;
        if (verdict !== 'eligible' && rule.verdict === 'eligible') return;
        reach.ruleShown[o][k] = true;
        for (const [, id] of rule.reason.matchAll(PLACEHOLDER)) {
          const key = `${o}:${k}:${id}`;
          if (kept[id] === undefined && questions.some((q) => q.id === id) && !reach.placeholderMissing.has(key)) {
            reach.placeholderMissing.set(key, { outcome: o, rule: k, id, example: kept });
          }
        }
      });
      (outcome.financing ?? []).forEach((ref, k) => holds(ref.when, kept) && (reach.financingApplies[o][k] = true));
      (outcome.notes ?? []).forEach((n, k) => holds(typeof n === 'object' && 'when' in n ? n.when : undefined, kept) && (reach.noteApplies[o][k] = true));
    });
    if (!anyShown) gap('no_outcome', -1, showLeaves, kept);
  };
  const walk = (i: number, kept: Kept): void => {
    if (reach.combinations >= max) return void (reach.exhaustive = false);
    if (i === questions.length) return (reach.combinations++, leaf(kept));
    if (!holds(questions[i].showIf, kept)) return walk(i + 1, kept);
    reach.questionShown[i] = true;
    for (const value of domains[i]) {
      if (!reach.exhaustive) return;
      walk(i + 1, value === undefined ? kept : { ...kept, [questions[i].id]: value });
    }
  };
  walk(0, {});
  const pairs = [...reach.contradictions.values()].sort((x, y) => x.open - y.open || x.closed - y.closed);
  return { ...reach, placeholderMissing: [...reach.placeholderMissing.values()], contradictions: pairs };
}

/** mulberry32, as in test/rules/random.test.ts: reproducible from the seed a failure names. */
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

const meta = { id: 'g', version: '1', locale: 'fr', title: 'G', publisher: { name: 'T' }, source: { url: 'https://example.org' }, reviewedAt: '2026-01-01' };

/**
 * Up to 7 questions of every type (optional ones, durations whose totals may be out of reach),
 * conditions nested two deep, on earlier questions mostly and sometimes on later or unknown ones.
 */
function generated(seed: number): Content {
  const random = prng(seed);
  const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const chance = (p: number) => random() < p;
  const letters = ['a', 'b', 'c', 'd'];
  const questions: any[] = Array.from({ length: int(1, 7) }, (_, i) => {
    const type = pick(['single', 'multiple', 'number', 'durations'] as const);
    const q: any = { id: `q${i}`, type, label: 'Q' };
    if (type === 'single' || type === 'multiple') q.options = letters.slice(0, int(type === 'single' ? 2 : 1, 4)).map((value) => ({ value, label: value }));
    if (type !== 'single' && type !== 'multiple') {
      if (chance(0.6)) q.min = pick([0, 1, 5]);
      if (chance(0.6)) q.max = pick([6, 10, 50, 600]);
      if (type === 'durations' && chance(0.7)) q.maxItems = int(1, 3);
    }
    if (chance(0.3)) q.required = false;
    return q;
  });
  const leaf = (upTo: number): Condition => {
    if (chance(0.03)) return { question: 'nope', answered: chance(0.5) };
    const q: Question = questions[Math.min(questions.length - 1, int(0, Math.max(0, upTo - 1)))];
    if (chance(0.15)) return { question: q.id, answered: chance(0.5) };
    if (q.type === 'single' || q.type === 'multiple') {
      const values = q.options.map((o) => o.value);
      return chance(0.5) ? { question: q.id, equals: pick(values) } : { question: q.id, in: values.filter(() => chance(0.5)) };
    }
    const op = pick(['lessThan', 'atMost', 'greaterThan', 'atLeast', 'equals']);
    return { question: q.id, [op]: pick([0, 1, 5, 8, 12, 24, 100]) } as Condition;
  };
  const condition = (upTo: number, depth = 0): Condition => {
    if (depth < 2 && chance(0.35)) {
      const kind = pick(['all', 'any', 'not'] as const);
      if (kind === 'not') return { not: condition(upTo, depth + 1) };
      return { [kind]: Array.from({ length: int(1, 3) }, () => condition(upTo, depth + 1)) } as Condition;
    }
    return leaf(upTo);
  };
  questions.forEach((q, i) => i > 0 && chance(0.6) && (q.showIf = condition(chance(0.1) ? questions.length : i)));
  const n = questions.length;
  const outcomes = Array.from({ length: int(1, 3) }, (_, o) => ({
    id: `o${o}`,
    title: 'O',
    // One route for all: every pair of outcomes is checked for contradictions.
    route: 'r',
    ...(chance(0.4) ? { showIf: condition(n) } : {}),
    rules: Array.from({ length: int(1, 4) }, () => ({
      verdict: pick(['eligible', 'to-check', 'not-eligible'] as const),
      reason: `R ${chance(0.5) ? `{q${int(0, n)}}` : ''} ${chance(0.2) ? `{q${int(0, n)}}` : ''}`,
      ...(chance(0.85) ? { when: condition(n) } : {}),
    })),
    ...(chance(0.6) ? { financing: Array.from({ length: int(1, 2) }, () => ({ option: 'f', ...(chance(0.7) ? { when: condition(n) } : {}) })) } : {}),
    ...(chance(0.5) ? { notes: Array.from({ length: int(1, 2) }, () => (chance(0.7) ? { text: 'N', when: condition(n) } : 'N')) } : {}),
  }));
  return { meta, guide: { routes: [] }, eligibility: { title: 'Q', questions, outcomes } } as unknown as Content;
}

describe('explore: the same findings as a walk through every combination', () => {
  it('on 600 generated questionnaires', function () {
    // 600 questionnaires walked combination by combination as well as explored: about 3.5 s alone
    // (a fixed amount of work, seeds 1 to 600), several times that on a loaded two-core machine.
    this.timeout(30_000);
    let compared = 0;
    let withGaps = 0;
    let withContradictions = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const content = generated(seed);
      const walked = walkAll(content, 5000);
      if (!walked.exhaustive) continue;
      const found = explore(content, 5000)!;
      expect(JSON.stringify(found), `seed ${seed}: ${JSON.stringify(content.eligibility)}`).to.equal(JSON.stringify(walked));
      compared += 1;
      if (walked.gaps.some((g) => g.count > 1)) withGaps += 1;
      if (walked.contradictions.length) withContradictions += 1;
    }
    // The generator must produce cases worth comparing.
    expect(compared).to.be.greaterThan(550);
    expect(withGaps).to.be.greaterThan(200);
    expect(withContradictions).to.be.greaterThan(100);
  });

  it('is never over the cap when the walk is not (a small cap stops both on larger questionnaires)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const content = generated(seed);
      const found = explore(content, 30)!;
      if (walkAll(content, 30).exhaustive) expect(found.exhaustive, `seed ${seed}`).to.equal(true);
    }
  });
});

/**
 * 40 questions in chains (each single question shown unless the previous one is "d", each number
 * shown once the previous number is answered), and `extras` outcomes of `per` independent rules:
 * about 10^17 combinations.
 */
function large(catchAll: boolean): Content {
  const questions: any[] = [];
  let single = '';
  let number = '';
  for (let i = 0; i < 40; i++) {
    const id = `q${i}`;
    if (i % 2 === 0) {
      questions.push({ id, type: 'single', label: 'Q', options: ['a', 'b', 'c', 'd'].map((value) => ({ value, label: value })), ...(single ? { showIf: { not: { question: single, equals: 'd' } } } : {}) });
      single = id;
    } else {
      questions.push({ id, type: i % 4 === 1 ? 'number' : 'durations', label: 'Q', min: 0, max: 50, ...(number ? { showIf: { question: number, atLeast: 0 } } : {}) });
      number = id;
    }
  }
  const outcomes = [0, 1, 2].map((o) => ({
    id: `o${o}`,
    title: 'O',
    rules: [
      ...questions.slice(o * 12, o * 12 + 12).map((q) => ({
        when: q.type === 'single' ? { question: q.id, equals: 'c' } : { question: q.id, greaterThan: 40 },
        verdict: 'to-check',
        reason: `{${q.id}}`,
      })),
      ...(catchAll || o !== 1 ? [{ verdict: 'eligible', reason: 'OK' }] : []),
    ],
  }));
  return { meta, guide: { routes: [] }, eligibility: { title: 'Q', questions, outcomes } } as unknown as Content;
}

describe('explore on a content too large to walk', () => {
  it('stays exhaustive under the widgets\' cap of 2000', () => {
    const found = explore(large(true), 2000)!;
    expect(found.exhaustive).to.equal(true);
    expect(found.combinations).to.be.greaterThan(1e15);
    expect(found.gaps).to.deep.equal([]);
    expect(found.placeholderMissing).to.deep.equal([]);
    expect(found.questionShown.every(Boolean)).to.equal(true);
    expect(found.ruleShown.flat().every(Boolean)).to.equal(true);
  });

  it('finds the gap an outcome without a catch-all rule leaves, with its first example', () => {
    const found = explore(large(false), 2000)!;
    expect(found.exhaustive).to.equal(true);
    expect(found.gaps).to.have.length(1);
    const [gap] = found.gaps;
    expect(gap.kind).to.equal('no_rule');
    expect(gap.outcome).to.equal(1);
    // The first combination: every first answer ("a", and the numbers' first try), none of q12..q23 matching.
    expect(Object.keys(gap.example)).to.have.length(40);
    expect(gap.example.q0).to.equal('a');
    expect(gap.example.q12).to.equal('a');
    expect(gap.count).to.be.greaterThan(1e10);
  });
});
