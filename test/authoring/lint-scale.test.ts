// Bounded work for any catalogue size: what runs on a content at load (schema, references, compiled
// questionnaire, lint) grows linearly with the catalogue. A quadratic step (a list lookup per entry
// per condition) made 40,000 entries take 16 s; timed here as a ratio, which the machine's load
// affects far less than a duration.
import { expect } from '@open-wc/testing';
import { parseContent } from '../../src/content/parse.js';
import { lintContent } from '../../src/authoring/lint.js';
import { domainsOf } from '../../src/authoring/lint-domains.js';
import { resolveEligibility } from '../../src/rules/catalogue.js';
import { catalogueInput, generateCatalogue, parsed } from '../catalogue/fixtures.js';

/** The least time of each of `fs` over `runs` interleaved rounds (ms): the runs least disturbed by the rest of the machine. */
function least(fs: (() => void)[], runs = 5): number[] {
  const best = fs.map(() => Infinity);
  for (let i = 0; i < runs; i++) {
    fs.forEach((f, k) => {
      const t0 = performance.now();
      f();
      best[k] = Math.min(best[k], performance.now() - t0);
    });
  }
  return best;
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

  it('parsing and linting grow linearly with the catalogue', function () {
    this.timeout(60_000);
    const inputs = [2_000, 16_000].map((n) => catalogueInput(generateCatalogue(n)));
    const work = (input: unknown) => () => {
      const result = parseContent(input);
      if (!result.ok) throw new Error(result.issues[0].message);
      lintContent(result.content, { today: '2026-12-01', maxCombinations: 2000 });
    };
    work(inputs[0])(); // warm-up: compiled code, built schemas
    const [small, big] = least(inputs.map(work));
    // Eight times the entries: about 8 when linear, 64 when quadratic.
    expect(big / small, `${Math.round(small)} ms for 2,000 entries, ${Math.round(big)} ms for 16,000`).to.be.below(24);
  });
});
