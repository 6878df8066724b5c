// The mechanics of evaluate on a small hand-made content: verdict order, reason order, routes,
// steps, financing resolution, completeness, summaries.
import { expect } from '@open-wc/testing';
import type { Content } from '../../src/content/schema.js';
import { evaluate, summarize, UNMATCHED_OUTCOME } from '../../src/rules/engine.js';
import type { Answers } from '../../src/rules/types.js';

// Built directly as Content, not parsed: it holds references parse would reject, to show that
// the engine skips them instead of failing.
const content: Content = {
  meta: {
    id: 'mechanics',
    version: '1',
    locale: 'fr',
    title: 'Mécanique',
    publisher: { name: 'Tests' },
    source: { url: 'https://example.org' },
    reviewedAt: '2026-11-27',
  },
  guide: {
    routes: [
      {
        id: 'r1',
        title: 'Route 1',
        shortTitle: 'R1',
        sections: [
          { kind: 'notes', title: 'Notes' },
          { kind: 'steps', title: 'Étapes', steps: [{ title: 'Un' }, { title: 'Deux' }] },
          { kind: 'steps', title: 'Autres étapes', steps: [{ title: 'Jamais' }] },
          { kind: 'financing', title: 'F', options: [{ id: 'o1', title: 'Option 1' }] },
          { kind: 'financing', title: 'F bis', options: [{ id: 'o2', title: 'Option 2' }] },
        ],
      },
      {
        id: 'r2',
        title: 'Route 2',
        shortTitle: 'R2',
        sections: [{ kind: 'financing', title: 'F', options: [{ id: 'o3', title: 'Option 3' }] }],
      },
    ],
  },
  eligibility: {
    title: 'Test',
    questions: [
      {
        id: 'x',
        type: 'single',
        label: 'X ?',
        options: [
          { value: 'one', label: 'Un' },
          { value: 'two', label: 'Deux' },
        ],
      },
      { id: 'n', type: 'number', label: 'N ?', unit: 'mois', min: 0, max: 100 },
      { id: 'opt', type: 'number', label: 'Optionnel ?', required: false },
    ],
    outcomes: [
      {
        id: 'mixed',
        title: 'Mixte',
        route: 'r1',
        rules: [
          { when: { question: 'n', atLeast: 10 }, verdict: 'eligible', reason: 'Assez : {n}.' },
          { when: { question: 'x', equals: 'one' }, verdict: 'to-check', reason: 'À vérifier A ({x}).' },
          { when: { question: 'n', lessThan: 5 }, verdict: 'not-eligible', reason: 'Trop peu : {n}.' },
          { when: { question: 'x', equals: 'one' }, verdict: 'to-check', reason: 'À vérifier B.' },
          { when: { question: 'n', lessThan: 3 }, verdict: 'not-eligible', reason: 'Vraiment trop peu.' },
          { verdict: 'eligible', reason: 'Toujours.' },
        ],
        financing: [
          { option: 'o1' },
          { option: 'o2', when: { question: 'x', equals: 'two' } },
          { option: 'o1', when: { question: 'n', atLeast: 0 } },
          { route: 'r2', option: 'o3' },
          { option: 'missing' },
          { route: 'nowhere', option: 'o1' },
        ],
      },
      {
        id: 'silent',
        title: 'Aucune règle ne s’applique',
        rules: [{ when: { question: 'x', equals: 'two' }, verdict: 'eligible', reason: 'Deux.' }],
        financing: [{ option: 'o1' }, { route: 'r2', option: 'o3' }],
      },
      {
        id: 'hidden',
        title: 'Caché',
        route: 'r2',
        showIf: { question: 'opt', answered: true },
        rules: [{ verdict: 'eligible', reason: 'Visible.' }],
      },
      {
        id: 'lost',
        title: 'Route inconnue',
        route: 'nowhere',
        rules: [{ verdict: 'eligible', reason: 'Ok.' }],
      },
    ],
  },
};

const result = (answers: Answers, id: string, locale: 'fr' | 'en' = 'fr') => {
  const found = evaluate(content, answers, locale).results.find((r) => r.outcome.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};

describe('evaluate: verdicts and reasons', () => {
  it('takes the most restrictive verdict and lists its reasons first, then the other reservations', () => {
    const r = result({ x: 'one', n: 2 }, 'mixed');
    expect(r.verdict).to.equal('not-eligible');
    expect(r.reasons).to.deep.equal([
      { verdict: 'not-eligible', text: 'Trop peu : 2 mois.' },
      { verdict: 'not-eligible', text: 'Vraiment trop peu.' },
      { verdict: 'to-check', text: 'À vérifier A (Un).' },
      { verdict: 'to-check', text: 'À vérifier B.' },
    ]);
  });

  it('never shows eligible reasons under another verdict', () => {
    const r = result({ x: 'one', n: 50 }, 'mixed');
    expect(r.verdict).to.equal('to-check');
    expect(r.reasons.map((x) => x.text)).to.deep.equal(['À vérifier A (Un).', 'À vérifier B.']);
  });

  it('lists every matched eligible reason when eligible', () => {
    const r = result({ x: 'two', n: 50 }, 'mixed');
    expect(r.verdict).to.equal('eligible');
    expect(r.reasons.map((x) => x.text)).to.deep.equal(['Assez : 50 mois.', 'Toujours.']);
  });

  it('says to-check, why, and whom to ask when no rule matches (a gap in the content)', () => {
    const r = result({ x: 'one', n: 50 }, 'silent');
    expect(r.verdict).to.equal('to-check');
    expect(r.unmatched).to.equal(true);
    expect(r.reasons).to.deep.equal([
      { verdict: 'to-check', text: 'Le questionnaire ne prévoit pas de réponse pour votre situation : vérifiez-la auprès de Tests.' },
    ]);
    expect(r.outcome.links?.[0]).to.deep.equal({ text: 'Contacter Tests', href: 'https://example.org' });
    expect(result({ x: 'one', n: 50 }, 'silent', 'en').reasons[0].text).to.equal(
      'The questionnaire has no answer for your situation: check it with Tests.',
    );
    // A rule that matches leaves the outcome as written.
    expect(result({ x: 'one', n: 2 }, 'mixed').unmatched).to.equal(undefined);
  });

  it('words numbers in the requested locale', () => {
    expect(result({ x: 'two', n: 12.5 }, 'mixed', 'en').reasons[0].text).to.equal('Assez : 12.5 mois.');
    expect(result({ x: 'two', n: 12.5 }, 'mixed', 'fr').reasons[0].text).to.equal('Assez : 12,5 mois.');
  });
});

describe('evaluate: routes, steps and financing', () => {
  it('gives the route and the first steps section', () => {
    const r = result({ x: 'one', n: 50 }, 'mixed');
    expect(r.route?.id).to.equal('r1');
    expect(r.steps.map((s) => s.title)).to.deep.equal(['Un', 'Deux']);
  });

  it('resolves financing whose condition holds, once each, and skips what does not resolve', () => {
    const pairs = (answers: Answers) =>
      result(answers, 'mixed').financing.map((f) => `${f.route.id}/${f.option.id}`);
    expect(pairs({ x: 'one', n: 50 })).to.deep.equal(['r1/o1', 'r2/o3']);
    expect(pairs({ x: 'two', n: 50 })).to.deep.equal(['r1/o1', 'r1/o2', 'r2/o3']);
  });

  it('has no route and no steps for an outcome without route; explicit routes still resolve', () => {
    const r = result({ x: 'two', n: 1 }, 'silent');
    expect(r.route).to.equal(undefined);
    expect(r).not.to.have.property('route');
    expect(r.steps).to.deep.equal([]);
    expect(r.financing.map((f) => `${f.route.id}/${f.option.id}`)).to.deep.equal(['r2/o3']);
  });

  it('has no route for an unknown route id, without failing', () => {
    const r = result({ x: 'two', n: 1 }, 'lost');
    expect(r.route).to.equal(undefined);
    expect(r.steps).to.deep.equal([]);
    expect(r.verdict).to.equal('eligible');
  });

  it('includes an outcome only when its showIf holds', () => {
    const ids = (answers: Answers) => evaluate(content, answers).results.map((r) => r.outcome.id);
    expect(ids({ x: 'one', n: 1 })).to.deep.equal(['mixed', 'silent', 'lost']);
    expect(ids({ x: 'one', n: 1, opt: 3 })).to.deep.equal(['mixed', 'silent', 'hidden', 'lost']);
  });

  it('gives one "to check" result with a contact when the answers show no outcome (a gap)', () => {
    const onlyHidden: Content = {
      ...content,
      meta: { ...content.meta, publisher: { name: 'Tests', url: 'https://example.org/contact' } },
      eligibility: { ...content.eligibility!, outcomes: content.eligibility!.outcomes.filter((o) => o.id === 'hidden') },
    };
    const { results } = evaluate(onlyHidden, { x: 'one', n: 1 }, 'en');
    expect(results).to.have.length(1);
    expect(results[0]).to.deep.include({ verdict: 'to-check', unmatched: true, steps: [], financing: [] });
    expect(results[0].outcome.id).to.equal(UNMATCHED_OUTCOME);
    expect(results[0].outcome.title).to.equal('Your situation');
    expect(results[0].outcome.links).to.deep.equal([{ text: 'Contact Tests', href: 'https://example.org/contact' }]);
    expect(evaluate(onlyHidden, { x: 'one', n: 1, opt: 3 }).results.map((r) => r.outcome.id)).to.deep.equal(['hidden']);
  });

  it('returns a copy of the steps, not the guide’s own list', () => {
    const r = result({ x: 'one', n: 50 }, 'mixed');
    r.steps.push({ title: 'Ajout' });
    expect(result({ x: 'one', n: 50 }, 'mixed').steps).to.have.length(2);
  });
});

describe('evaluate: completeness', () => {
  it('gives no result until every visible question has an acceptable answer', () => {
    expect(evaluate(content, {}).complete).to.equal(false);
    expect(evaluate(content, {}).results).to.deep.equal([]);
    const outOfRange = evaluate(content, { x: 'one', n: 101 });
    expect(outOfRange.complete).to.equal(false);
    expect(outOfRange.results).to.deep.equal([]);
    expect(outOfRange.answers).to.deep.equal({ x: 'one', n: 101 });
  });

  it('does not need the optional question', () => {
    expect(evaluate(content, { x: 'one', n: 1 }).complete).to.equal(true);
  });

  it('ignores garbage in place of an optional answer', () => {
    const e = evaluate(content, { x: 'one', n: 1, opt: 'trois' } as unknown as Answers);
    expect(e.complete).to.equal(true);
    expect(e.answers).to.deep.equal({ x: 'one', n: 1 });
  });

  it('has nothing to conclude without a questionnaire', () => {
    const { eligibility: _omitted, ...guideOnly } = content;
    expect(evaluate(guideOnly, { x: 'one' })).to.deep.equal({ visible: [], answers: {}, complete: false, results: [] });
  });
});

describe('summarize', () => {
  it('gives plain JSON: ids, verdicts, reason texts', () => {
    const e = evaluate(content, { x: 'one', n: 2 });
    const summary = summarize(e.results);
    expect(summary).to.deep.equal([
      {
        outcome: 'mixed',
        verdict: 'not-eligible',
        reasons: ['Trop peu : 2 mois.', 'Vraiment trop peu.', 'À vérifier A (Un).', 'À vérifier B.'],
      },
      {
        outcome: 'silent',
        verdict: 'to-check',
        reasons: ['Le questionnaire ne prévoit pas de réponse pour votre situation : vérifiez-la auprès de Tests.'],
      },
      { outcome: 'lost', verdict: 'eligible', reasons: ['Ok.'] },
    ]);
    expect(JSON.parse(JSON.stringify(summary))).to.deep.equal(summary);
  });
});
