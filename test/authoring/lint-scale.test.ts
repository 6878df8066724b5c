// Bounded work for any catalogue size: what runs on a content at load (schema, references, compiled
// questionnaire, lint) grows linearly with the catalogue. A quadratic step (a list lookup per entry
// per condition) made 40,000 entries take 16 s. Measured here by counting work, not time, so that a
// busy machine can neither fail nor pass it by chance: the figures in milliseconds are the scale
// benchmark's (bench/scale.mjs, `npm run bench`).
import { expect } from '@open-wc/testing';
import { parseContent } from '../../src/content/parse.js';
import { lintContent } from '../../src/authoring/lint.js';
import { domainsOf } from '../../src/authoring/lint-domains.js';
import { resolveEligibility } from '../../src/rules/catalogue.js';
import { catalogueInput, generateCatalogue, parsed } from '../catalogue/fixtures.js';

/** The array methods that search or walk a list: a list lookup inside a loop over entries is one of them. */
const WALKS = ['includes', 'indexOf', 'lastIndexOf', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every',
  'filter', 'map', 'flatMap', 'forEach', 'reduce', 'reduceRight', 'join', 'slice', 'concat'] as const;

/**
 * How many array elements the methods above were handed while `f` ran (the length of each array
 * they were called on): a deterministic count of the work, the same on any machine and under any
 * load. Linear code hands them a number of elements proportional to the catalogue; a lookup per
 * entry in a list of entries, its square.
 */
function elementsWalked(f: () => void): number {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = WALKS.map((name) => proto[name]);
  let walked = 0;
  WALKS.forEach((name, i) => {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      walked += this.length;
      return originals[i].apply(this, args);
    };
  });
  try {
    f();
  } finally {
    WALKS.forEach((name, i) => (proto[name] = originals[i]));
  }
  return walked;
}

describe('load-time work on a big catalogue', () => {
  it('the lint tries a handful of classes of the picked certification, not one per entry', () => {
    const content = parsed(catalogueInput(generateCatalogue(20_000)));
    const eligibility = resolveEligibility(content)!;
    const domains = domainsOf(eligibility, 2000);
    const target = eligibility.questions.findIndex((q) => q.id === 'target');
    expect(eligibility.questions[target].type === 'single' && eligibility.questions[target].options.length).to.equal(20_002);
    expect(domains[target].length).to.be.within(2, 12);
    const findings = lintContent(content, { today: '2026-12-01', maxCombinations: 2000 });
    expect(findings.filter((f) => f.severity === 'error')).to.deep.equal([]);
    expect(findings.map((f) => f.code)).not.to.include('too_many_combinations');
  });

  it('parsing and linting grow linearly with the catalogue: eight times the entries, about eight times the work', () => {
    const work = (n: number) => {
      const input = catalogueInput(generateCatalogue(n));
      return elementsWalked(() => {
        const result = parseContent(input);
        if (!result.ok) throw new Error(result.issues[0].message);
        lintContent(result.content, { today: '2026-12-01', maxCombinations: 2000 });
      });
    };
    const small = work(1_000);
    const big = work(8_000);
    // Linear: 8 (less with the fixed part of the content); n log n: about 10; quadratic: about 64.
    expect(big / small, `${small} elements walked for 1,000 entries, ${big} for 8,000`).to.be.within(4, 10);
  });
});
