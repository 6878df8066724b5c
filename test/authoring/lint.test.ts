// The lint, rule by rule: each row is a content that triggers one check and a near miss that must
// not. Fixtures are small hand-made questionnaires, checked against the schema first so that every
// finding comes from the lint and not from a malformed fixture.
import { expect } from '@open-wc/testing';
import { contentSchema, type Content as ContentType } from '../../src/content/schema.js';
import { lintContent, type LintFinding } from '../../src/authoring/lint.js';
import { defaultContent } from '../../src/content/default-content.js';

const TODAY = '2026-11-27';

const base = () => ({
  meta: {
    id: 'lint',
    version: '1',
    locale: 'fr',
    title: 'Lint',
    publisher: { name: 'Tests' },
    source: { url: 'https://example.org' },
    reviewedAt: TODAY,
  },
  guide: {
    routes: [
      {
        id: 'r',
        title: 'Route',
        shortTitle: 'R',
        sections: [
          { kind: 'steps', title: 'Étapes', steps: [{ title: 'Un' }] },
          { kind: 'financing', title: 'Financement', options: [{ id: 'f1', title: 'F1' }, { id: 'f2', title: 'F2' }] },
        ],
      },
    ],
    comparison: { title: 'Comparer', rows: [{ label: 'Comment', section: 'steps' }] },
  },
  eligibility: {
    title: 'Questionnaire',
    questions: [
      {
        id: 'q1',
        type: 'single',
        label: 'Q1',
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
          { value: 'c', label: 'C' },
        ],
      },
      { id: 'months', type: 'number', label: 'Mois', unit: 'mois', min: 0, max: 600, showIf: { question: 'q1', in: ['a', 'b'] } },
    ] as any[],
    outcomes: [
      {
        id: 'o1',
        title: 'O1',
        route: 'r',
        rules: [
          { when: { question: 'q1', equals: 'c' }, verdict: 'not-eligible', reason: 'C' },
          { when: { question: 'months', lessThan: 12 }, verdict: 'not-eligible', reason: '{months}, trop peu' },
          { verdict: 'eligible', reason: 'OK' },
        ],
        financing: [{ option: 'f1' }, { option: 'f2', when: { question: 'q1', equals: 'a' } }],
      },
    ] as any[],
  },
});

type Fixture = ReturnType<typeof base>;

/** Adds a catalogue (its second entry registered until `until`) and one contact. */
function withCatalogue(c: Fixture, until: string) {
  const x = c as Fixture & { catalogue: any[]; contacts: any[] };
  x.catalogue = [
    { id: 'a', title: 'CQP A', kind: 'cqp', registry: { rncp: 'RNCP12345' }, contacts: ['branche'] },
    { id: 'b', title: 'CQP B', kind: 'cqp', registry: { rncp: 'RNCP12346' }, registeredUntil: until, active: false },
  ];
  x.contacts = [{ id: 'branche', name: 'La branche', email: 'cqp@branche.example' }];
  return x;
}

function typed(input: unknown): ContentType {
  const result = contentSchema().Content.safeParse(input);
  if (!result.success) throw new Error(`fixture does not match the schema: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

function lint(change: (c: Fixture) => void, options = {}): LintFinding[] {
  const c = base();
  change(c);
  return lintContent(typed(c), { today: TODAY, ...options });
}

const codes = (findings: LintFinding[]) => findings.map((f) => f.code);
const fixture = (change: (c: Fixture) => void) => change;
const rules = (c: Fixture) => c.eligibility.outcomes[0].rules;
const q = (c: Fixture, i: number) => c.eligibility.questions[i];

describe('lintContent', () => {
  it('finds nothing in the base fixture', () => {
    expect(lint(() => {})).to.deep.equal([]);
  });

  it('finds no error in the built-in content (and no warning on its review date)', () => {
    expect(lintContent(defaultContent, { today: defaultContent.meta.reviewedAt })).to.deep.equal([]);
  });

  // [code, severity, path, triggering change, near miss that must not trigger it]
  const table: [string, 'error' | 'warning', string, (c: Fixture) => void, (c: Fixture) => void][] = [
    ['duplicate', 'error', 'eligibility.outcomes[1].id',
      fixture((c) => c.eligibility.outcomes.push({ id: 'o1', title: 'O2', rules: [{ verdict: 'eligible', reason: 'x' }] })),
      fixture((c) => c.eligibility.outcomes.push({ id: 'o2', title: 'O2', rules: [{ verdict: 'eligible', reason: 'x' }] }))],
    ['unknown_question', 'error', 'eligibility.outcomes[0].rules[0].when.question',
      fixture((c) => (rules(c)[0].when.question = 'nope')), fixture((c) => (rules(c)[0].when.question = 'q1'))],
    ['unknown_option', 'error', 'eligibility.outcomes[0].rules[0].when.equals',
      fixture((c) => (rules(c)[0].when.equals = 'd')), fixture((c) => (rules(c)[0].when.equals = 'b'))],
    ['unknown_route', 'error', 'eligibility.outcomes[0].route',
      fixture((c) => (c.eligibility.outcomes[0].route = 'vae')), fixture((c) => (c.eligibility.outcomes[0].route = 'r'))],
    ['unknown_financing', 'error', 'eligibility.outcomes[0].financing[0].option',
      fixture((c) => (c.eligibility.outcomes[0].financing[0].option = 'f3')), fixture((c) => (c.eligibility.outcomes[0].financing[0].option = 'f2'))],
    ['later_question', 'error', 'eligibility.questions[0].showIf.question',
      fixture((c) => ((q(c, 0).showIf = { question: 'months', atLeast: 1 }), delete q(c, 1).showIf)),
      fixture((c) => (q(c, 1).showIf = { question: 'q1', equals: 'a' }))],
    ['cycle', 'error', 'eligibility.questions[1].showIf.question',
      fixture((c) => (q(c, 1).showIf = { question: 'months', answered: false })),
      fixture((c) => (q(c, 1).showIf = { question: 'q1', answered: true }))],
    ['range', 'error', 'eligibility.questions[1].min',
      fixture((c) => (q(c, 1).min = 700)), fixture((c) => (q(c, 1).min = 10))],
    ['question_never_shown', 'error', 'eligibility.questions[1].showIf',
      fixture((c) => (q(c, 1).showIf = { all: [{ question: 'q1', equals: 'a' }, { question: 'q1', equals: 'b' }] })),
      fixture((c) => (q(c, 1).showIf = { any: [{ question: 'q1', equals: 'a' }, { question: 'q1', equals: 'b' }] }))],
    ['outcome_never_shown', 'error', 'eligibility.outcomes[1].showIf',
      fixture((c) => c.eligibility.outcomes.push({ id: 'o2', title: 'O2', showIf: { question: 'months', greaterThan: 600 }, rules: [{ verdict: 'eligible', reason: 'x' }] })),
      fixture((c) => c.eligibility.outcomes.push({ id: 'o2', title: 'O2', showIf: { question: 'months', atLeast: 600 }, rules: [{ verdict: 'eligible', reason: 'x' }] }))],
    ['outcome_never_reached', 'error', 'eligibility.outcomes[1].rules',
      fixture((c) => c.eligibility.outcomes.push({ id: 'o2', title: 'O2', rules: [{ when: { question: 'months', lessThan: 0 }, verdict: 'eligible', reason: 'x' }] })),
      fixture((c) => c.eligibility.outcomes.push({ id: 'o2', title: 'O2', rules: [{ when: { question: 'months', atMost: 0 }, verdict: 'eligible', reason: 'x' }, { verdict: 'eligible', reason: 'y' }] }))],
    ['no_outcome', 'error', 'eligibility.outcomes',
      fixture((c) => (c.eligibility.outcomes[0].showIf = { question: 'q1', in: ['a', 'b'] })),
      fixture((c) => (c.eligibility.outcomes[0].showIf = { question: 'q1', in: ['a', 'b', 'c'] }))],
    ['no_rule', 'error', 'eligibility.outcomes[0].rules',
      fixture((c) => rules(c).pop()),
      fixture((c) => (rules(c).pop(), rules(c).push({ when: { question: 'months', atLeast: 12 }, verdict: 'eligible', reason: 'OK' })))],
    ['rule_never_applies', 'warning', 'eligibility.outcomes[0].rules[1].when',
      fixture((c) => (rules(c)[1].when = { all: [{ question: 'q1', equals: 'c' }, { question: 'months', answered: true }] })),
      fixture((c) => (rules(c)[1].when = { all: [{ question: 'q1', equals: 'a' }, { question: 'months', answered: true }] }))],
    ['rule_never_shown', 'warning', 'eligibility.outcomes[0].rules[3]',
      fixture((c) => rules(c).push({ when: { question: 'months', lessThan: 6 }, verdict: 'eligible', reason: 'jamais lu' })),
      fixture((c) => rules(c).push({ when: { question: 'months', lessThan: 6 }, verdict: 'to-check', reason: 'lu' }))],
    // A note's condition is checked as a rule's: names that exist, and answers for which it holds.
    ['unknown_question', 'error', 'eligibility.outcomes[0].notes[1].when.question',
      fixture((c) => (c.eligibility.outcomes[0].notes = ['Toujours', { text: 'Si A', when: { question: 'nope', equals: 'a' } }])),
      fixture((c) => (c.eligibility.outcomes[0].notes = ['Toujours', { text: 'Si A', when: { question: 'q1', equals: 'a' } }]))],
    ['unknown_option', 'error', 'eligibility.outcomes[0].notes[0].when.not.in[1]',
      fixture((c) => (c.eligibility.outcomes[0].notes = [{ text: 'Hors A et B', when: { not: { question: 'q1', in: ['a', 'd'] } } }])),
      fixture((c) => (c.eligibility.outcomes[0].notes = [{ text: 'Hors A et B', when: { not: { question: 'q1', in: ['a', 'b'] } } }]))],
    ['note_never_applies', 'warning', 'eligibility.outcomes[0].notes[1].when',
      fixture((c) => (c.eligibility.outcomes[0].notes = ['Toujours', { text: 'Jamais', when: { question: 'months', greaterThan: 600 } }])),
      fixture((c) => (c.eligibility.outcomes[0].notes = ['Toujours', { text: 'Parfois', when: { question: 'months', atLeast: 600 } }]))],
    ['financing_never_applies', 'warning', 'eligibility.outcomes[0].financing[1].when',
      fixture((c) => (c.eligibility.outcomes[0].financing[1].when = { question: 'months', greaterThan: 600 })),
      fixture((c) => (c.eligibility.outcomes[0].financing[1].when = { question: 'months', atLeast: 600 }))],
    // A second outcome of the same route: a copy agrees with the first; "to check" where the first
    // says "not accessible" contradicts it.
    ['contradiction', 'error', 'eligibility.outcomes[0].rules',
      fixture((c) => c.eligibility.outcomes.push({ ...structuredClone(c.eligibility.outcomes[0]), id: 'o2', rules: [{ ...rules(c)[0], verdict: 'to-check' }, ...rules(c).slice(1)] })),
      fixture((c) => c.eligibility.outcomes.push({ ...structuredClone(c.eligibility.outcomes[0]), id: 'o2' }))],
    ['placeholder_unanswered', 'warning', 'eligibility.outcomes[0].rules[0].reason',
      fixture((c) => (rules(c)[0].reason = 'Vous avez {months}')), fixture((c) => (rules(c)[1].reason = 'Vous avez {months}'))],
    ['unknown_placeholder', 'warning', 'eligibility.outcomes[0].rules[2].reason',
      fixture((c) => (rules(c)[2].reason = 'OK {mois}')), fixture((c) => (rules(c)[2].reason = 'OK {q1} { mois } {Mois}'))],
    ['comparison_row_empty', 'warning', 'guide.comparison.rows[0].section',
      fixture((c) => (c.guide.comparison.rows[0].section = 'audience')), fixture((c) => (c.guide.comparison.rows[0].section = 'financing'))],
    ['stale', 'warning', 'meta.reviewedAt',
      fixture((c) => (c.meta.reviewedAt = '2025-11-26')), fixture((c) => (c.meta.reviewedAt = '2025-11-27'))],
    ['reviewed_in_future', 'warning', 'meta.reviewedAt',
      fixture((c) => (c.meta.reviewedAt = '2026-11-28')), fixture((c) => (c.meta.reviewedAt = '2026-11-27'))],
    ['registration_ended', 'warning', 'catalogue[1].registeredUntil',
      fixture((c) => withCatalogue(c, '2026-11-26')), fixture((c) => withCatalogue(c, '2026-11-27'))],
    ['unknown_contact', 'error', 'catalogue[0].contacts[1]',
      fixture((c) => (withCatalogue(c, '2027-01-01').catalogue[0].contacts = ['branche', 'cpnef'])),
      fixture((c) => (withCatalogue(c, '2027-01-01').catalogue[0].contacts = ['branche']))],
    ['unknown_contact', 'error', 'eligibility.outcomes[0].contacts[0]',
      fixture((c) => withCatalogue(c, '2027-01-01') && ((c.eligibility.outcomes[0] as any).contacts = ['conseil'])),
      fixture((c) => withCatalogue(c, '2027-01-01') && ((c.eligibility.outcomes[0] as any).contacts = ['branche']))],
    ['unknown_contact', 'error', 'guide.routes[0].contacts[0]',
      fixture((c) => withCatalogue(c, '2027-01-01') && ((c.guide.routes[0] as any).contacts = ['conseil'])),
      fixture((c) => withCatalogue(c, '2027-01-01') && ((c.guide.routes[0] as any).contacts = ['branche']))],
  ];

  for (const [code, severity, path, trigger, nearMiss] of table) {
    it(`${code}: reported at ${path}`, () => {
      const findings = lint(trigger);
      const found = findings.filter((f) => f.code === code);
      expect(found.length, JSON.stringify(findings, null, 2)).to.be.greaterThan(0);
      expect(found[0].severity).to.equal(severity);
      expect(found[0].path).to.equal(path);
      expect(found[0].message).to.be.a('string').and.not.equal(code);
      expect(found[0].hint).to.be.a('string').and.not.empty;
    });
    it(`${code}: not reported on the near miss`, () => {
      const findings = lint(nearMiss);
      expect(codes(findings), JSON.stringify(findings, null, 2)).not.to.include(code);
    });
  }
});

describe('lintContent: outcomes of one route that contradict each other', () => {
  const contradicting = (c: Fixture) =>
    c.eligibility.outcomes.push({ ...structuredClone(c.eligibility.outcomes[0]), id: 'o2', rules: [{ ...rules(c)[0], verdict: 'to-check' }, ...rules(c).slice(1)] });

  it('names both outcomes, the route, what each says and an example, in French and in English', () => {
    const [fr] = lint(contradicting).filter((f) => f.code === 'contradiction');
    expect(fr.example).to.deep.equal({ q1: 'c' });
    expect(fr.message).to.contain('« o2 »').and.contain('« o1 »').and.contain('« r »').and.contain('« à vérifier »').and.contain('q1 = c');
    const [en] = lint(contradicting, { locale: 'en' }).filter((f) => f.code === 'contradiction');
    expect(en.message).to.contain('"to check"').and.contain('"not eligible"').and.contain('q1 = c');
  });

  it('says nothing of outcomes of different routes', () => {
    const findings = lint((c) => {
      contradicting(c);
      delete (c.eligibility.outcomes[1] as { route?: string }).route;
    });
    expect(codes(findings)).not.to.include('contradiction');
  });

  it('finds the contradiction the seed page had: a self-employed person aiming at an RNCP CQP', async () => {
    const seed = await (await fetch('/demo/content/opcoep-page-2021.fr.json')).json();
    const cqpVae = seed.eligibility.outcomes.find((o: { id: string }) => o.id === 'cqp-vae');
    // The rule as it was: a CQP by VAE "not accessible" outside employment, while the VAE said "to check".
    cqpVae.rules[0].verdict = 'not-eligible';
    const found = lintContent(typed(seed), { today: seed.meta.reviewedAt }).filter((f) => f.code === 'contradiction');
    expect(found).to.have.length(1);
    expect(found[0].example).to.include({ target: 'cqp', registry: 'rncp', status: 'autre' });
  });
});

describe('lintContent: gaps in the answers', () => {
  it('gives answers that reach no outcome, one example per gap', () => {
    const findings = lint((c) => (c.eligibility.outcomes[0].showIf = { question: 'q1', in: ['a', 'b'] }));
    const gaps = findings.filter((f) => f.code === 'no_outcome');
    expect(gaps).to.have.length(1);
    expect(gaps[0].example).to.deep.equal({ q1: 'c' });
    expect(gaps[0].message).to.contain('q1 = c');
  });

  it('splits numbers at the thresholds: a rule for < 12 and one for > 12 leave 12 itself uncovered', () => {
    const findings = lint((c) => {
      rules(c).pop();
      rules(c).push({ when: { question: 'months', greaterThan: 12 }, verdict: 'eligible', reason: 'OK' });
      rules(c)[0].verdict = 'to-check'; // keep q1 = c covered
    });
    const gaps = findings.filter((f) => f.code === 'no_rule');
    expect(gaps.map((g) => g.example)).to.deep.equal([{ q1: 'a', months: 12 }]);
    expect(gaps[0].message).to.match(/\(2 combinaisons/); // q1 = a and q1 = b
  });

  it('adds the periods of a durations question before comparing', () => {
    const findings = lint((c) => {
      c.eligibility.questions[1] = { id: 'months', type: 'durations', label: 'Mois', min: 0, max: 10, maxItems: 3, showIf: { question: 'q1', in: ['a', 'b'] } };
      rules(c)[1] = { when: { question: 'months', lessThan: 25 }, verdict: 'not-eligible', reason: 'Peu' };
      rules(c)[2] = { when: { question: 'months', greaterThan: 25 }, verdict: 'eligible', reason: 'OK' };
    });
    const gap = findings.find((f) => f.code === 'no_rule');
    expect(gap?.example?.months).to.be.an('array');
    expect((gap!.example!.months as number[]).reduce((a, b) => a + b, 0)).to.equal(25);
    expect((gap!.example!.months as number[]).every((n) => n <= 10)).to.equal(true);
  });

  it('treats options that no condition tells apart as one, and ticks combinations of the others', () => {
    const findings = lint((c) => {
      c.eligibility.questions.push({
        id: 'where', type: 'multiple', label: 'Où', required: false,
        options: ['x', 'y', 'z', 'w'].map((value) => ({ value, label: value.toUpperCase() })),
      });
      rules(c).pop();
      rules(c).push({ when: { question: 'where', in: ['x', 'y'] }, verdict: 'eligible', reason: 'X ou Y' });
      rules(c).push({ when: { question: 'where', equals: 'z' }, verdict: 'eligible', reason: 'Z' });
      rules(c).push({ when: { question: 'where', answered: false }, verdict: 'to-check', reason: 'Sans réponse' });
    });
    const gaps = findings.filter((f) => f.code === 'no_rule');
    // Uncovered: w alone, and an empty list (answered, unlike no answer at all); q1 = a or b, months 12 or 13.
    expect(gaps.map((f) => f.example!.where)).to.deep.equal([['w']]);
    expect(gaps[0].message).to.contain('(8 combinaisons');
  });

  it('lists at most 20 gaps, then says how many more', () => {
    const findings = lint((c) => {
      c.eligibility.questions = [
        { id: 'n', type: 'number', label: 'N', min: 0, max: 100 },
      ];
      // 30 disjoint windows with holes between them: 29 gaps plus the ends.
      c.eligibility.outcomes[0].rules = Array.from({ length: 30 }, (_, i) => ({
        when: { all: [{ question: 'n', greaterThan: i * 3 }, { question: 'n', lessThan: i * 3 + 2 }] },
        verdict: 'eligible',
        reason: `fenêtre ${i}`,
      }));
      c.eligibility.outcomes[0].financing = [];
    });
    expect(findings.filter((f) => f.code === 'no_rule')).to.have.length(20);
    const more = findings.find((f) => f.code === 'more_gaps');
    expect(more?.message).to.match(/^\d+ autre/);
  });

  it('stops past the combination cap, says so, and does not claim that anything is unreachable', () => {
    const findings = lint((c) => (q(c, 1).showIf = { all: [{ question: 'q1', equals: 'a' }, { question: 'q1', equals: 'b' }] }), { maxCombinations: 2 });
    expect(codes(findings)).to.include('too_many_combinations');
    expect(codes(findings)).not.to.include('question_never_shown');
    expect(codes(lint(() => {}, { maxCombinations: 2 }))).to.include('too_many_combinations');
    expect(codes(lint(() => {}, { maxCombinations: 1000 }))).not.to.include('too_many_combinations');
  });

  // 2^25 subsets: without the cap this would not end within the test's timeout.
  it('stops at the cap on a multiple-choice question whose every option matters', () => {
    const values = Array.from({ length: 25 }, (_, i) => `v${i}`);
    const findings = lint((c) => {
      c.eligibility.questions.push({ id: 'many', type: 'multiple', label: 'Beaucoup', options: values.map((value) => ({ value, label: value })) });
      values.forEach((value) => rules(c).push({ when: { question: 'many', equals: value }, verdict: 'to-check', reason: value }));
    });
    expect(codes(findings)).to.deep.equal(['too_many_combinations']);
  });

  it('skips the exhaustive check while a reference is broken (its findings would be consequences)', () => {
    const findings = lint((c) => (rules(c)[2].when = { question: 'nope', equals: 'x' }));
    expect(codes(findings)).to.deep.equal(['unknown_question']);
  });

  it('names the questions of a cycle in order', () => {
    const findings = lint((c) => {
      q(c, 0).showIf = { question: 'months', answered: true };
      q(c, 1).showIf = { question: 'q1', equals: 'a' };
    });
    const cycle = findings.find((f) => f.code === 'cycle');
    expect(cycle?.path).to.equal('eligibility.questions[0].showIf.question');
    expect(cycle?.message).to.contain('« q1 » → « months » → « q1 »');
    expect(codes(findings)).not.to.include('later_question');
  });

  it('writes messages and hints in English on request', () => {
    const [finding] = lint((c) => (c.meta.reviewedAt = '2020-01-01'), { locale: 'en' });
    expect(finding.message).to.match(/^The content was checked on 2020-01-01/);
    expect(finding.hint).to.match(/^Check the content/);
  });

  it('uses the configured maximum age', () => {
    expect(codes(lint((c) => (c.meta.reviewedAt = '2026-10-01'), { maxAgeDays: 30 }))).to.deep.equal(['stale']);
    expect(codes(lint((c) => (c.meta.reviewedAt = '2026-10-01'), { maxAgeDays: 60 }))).to.deep.equal([]);
  });
});
