// What is displayed and what is compared are the same number: durations totals and number answers
// at a fixed precision (src/rules/quantity.ts), checked around every threshold the built-in content
// compares them with, with decimal inputs.
import { expect } from '@open-wc/testing';
import type { Condition, Question } from '../../src/content/schema.js';
import { evaluate, evaluateCondition, fixedSum, formatAnswer } from '../../src/rules/engine.js';
import { leavesOf } from '../../src/authoring/lint-domains.js';
import type { Answer, Answers } from '../../src/rules/types.js';
import { builtIn } from './fixtures.js';

/** The number a person reads in a formatted answer ("11,9 mois", "1 200 ans"). */
const readBack = (text: string) => Number(text.replace(/[\s\u202f\u00a0]|[a-zé]+$/gi, '').replace(',', '.'));

type Comparison = Extract<Condition, { lessThan: number } | { atMost: number } | { greaterThan: number } | { atLeast: number }>;
const bound = (l: Comparison) => ('lessThan' in l ? l.lessThan : 'atMost' in l ? l.atMost : 'greaterThan' in l ? l.greaterThan : l.atLeast);
const holdsOn = (l: Comparison, n: number) =>
  'lessThan' in l ? n < l.lessThan : 'atMost' in l ? n <= l.atMost : 'greaterThan' in l ? n > l.greaterThan : n >= l.atLeast;

/** Ways of typing a total close to `t`: one period, or two and three periods with decimals. */
function splits(total: number): number[][] {
  const out: number[][] = [[total]];
  for (const first of [0.1, 0.3, 0.7, 1.7, 2.05, 5.55]) {
    if (first >= total) continue;
    const rest = total - first;
    out.push([first, rest], [first, 10.2 > rest ? rest / 3 : 10.2, rest - (10.2 > rest ? rest / 3 : 10.2)]);
  }
  return out.map((periods) => periods.map((n) => Math.round(n * 1000) / 1000));
}

describe('fixedSum: totals at the precision they are shown', () => {
  const cases: [number[], number, number][] = [
    [[0.1, 10.2, 1.7], 1, 12],
    [[0.1, 0.2], 1, 0.3],
    [[11.995], 1, 12],
    [[11.94], 1, 11.9],
    [[11.95], 1, 12],
    [[0.05, 0.05], 1, 0.1],
    [[-0.04], 1, 0],
    [[1.005], 2, 1.01],
    [[1e300, 1e300], 1, 2e300],
    [[NaN, Infinity, 3], 1, 3],
    [[], 1, 0],
  ];
  for (const [values, decimals, expected] of cases) {
    it(`${values.join(' + ')} at ${decimals} decimal(s) is ${expected}`, () => {
      const sum = fixedSum(values, decimals);
      expect(sum).to.equal(expected);
      expect(Object.is(sum, -0)).to.equal(false);
    });
  }
});

describe('durations: the verdict agrees with the total it shows', () => {
  const eligibility = builtIn.eligibility!;
  const vaeAnswers = (months: number[]): Answers => ({
    target: 'cqp',
    registry: 'rncp-vae',
    status: 'salarie',
    experience: 'yes',
    activities: ['salarie'],
    months,
  });

  it('0,1 + 10,2 + 1,7 months reads and counts as 12 months', () => {
    const result = evaluate(builtIn, vaeAnswers([0.1, 10.2, 1.7])).results.find((r) => r.outcome.id === 'vae')!;
    expect(result.verdict).to.equal('eligible');
    expect(result.reasons.map((r) => r.text).join(' ')).to.contain('12 mois');
  });

  it('a single period of 11,995 months reads and counts as 12', () => {
    const months = eligibility.questions.find((q) => q.id === 'months')!;
    expect(formatAnswer(months, [11.995], 'fr')).to.equal('12 mois');
    expect(evaluateCondition({ question: 'months', atLeast: 12 }, { months: [11.995] }, eligibility.questions)).to.equal(true);
  });

  it('every one-decimal triple that adds up to 12 months is eligible', () => {
    let count = 0;
    for (let a = 0; a <= 120; a += 7) {
      for (let b = 0; a + b <= 120; b++) {
        const months = [a / 10, b / 10, (120 - a - b) / 10];
        expect(evaluateCondition({ question: 'months', atLeast: 12 }, { months }, eligibility.questions), months.join(' + ')).to.equal(true);
        count++;
      }
    }
    expect(count).to.be.greaterThan(500);
  });

  // Every numeric threshold in the built-in content, on the question it reads.
  const comparisons: [Question, Comparison][] = [];
  const all: Condition[] = [
    ...eligibility.questions.flatMap((q) => (q.showIf ? [q.showIf] : [])),
    ...eligibility.outcomes.flatMap((o) => [...(o.showIf ? [o.showIf] : []), ...o.rules.flatMap((r) => (r.when ? [r.when] : []))]),
  ];
  for (const c of all) {
    for (const leaf of leavesOf(c)) {
      if (!('lessThan' in leaf || 'atMost' in leaf || 'greaterThan' in leaf || 'atLeast' in leaf)) continue;
      const q = eligibility.questions.find((x) => x.id === leaf.question);
      if (q && (q.type === 'durations' || q.type === 'number')) comparisons.push([q, leaf]);
    }
  }

  it('the built-in content has thresholds to check', () => {
    expect(comparisons.length).to.be.greaterThan(0);
  });

  for (const [q, leaf] of comparisons) {
    const t = bound(leaf);
    it(`${q.id} ${JSON.stringify(leaf)}: around ${t}, with decimals, as displayed`, () => {
      for (const delta of [-1, -0.1, -0.06, -0.05, -0.049, -0.04, -0.01, 0, 0.01, 0.04, 0.049, 0.05, 0.06, 0.1, 1]) {
        for (const periods of q.type === 'durations' ? splits(t + delta) : [[t + delta]]) {
          const answer: Answer = q.type === 'durations' ? periods : periods[0];
          const shown = readBack(formatAnswer(q, answer, 'fr'));
          const compared = evaluateCondition(leaf, { [q.id]: answer }, eligibility.questions);
          expect(compared, `${JSON.stringify(answer)} shown as ${shown}`).to.equal(holdsOn(leaf, shown));
        }
      }
    });
  }
});
