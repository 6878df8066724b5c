// The result read answer-first: order (open → to check → closed, the preferred first within a
// verdict), the summary sentence, steps that fit the answers and the employer's wording. A small
// content of our own, as a table of personas; then the built-in content, whatever its rules say:
// the first outcome shown is an open one when there is one, and the summary names it.
import { expect } from '@open-wc/testing';
import { parseContent } from '../../src/content/parse.js';
import type { Content, ContentInput } from '../../src/content/schema.js';
import { evaluate, orderResults, plural, pluralForm, resultSummary } from '../../src/rules/engine.js';
import type { Answers } from '../../src/rules/types.js';
import { builtIn } from './fixtures.js';

const input = {
  meta: {
    id: 'summary-test', version: '1', locale: 'fr', title: 'Test', publisher: { name: 'Branche test' },
    source: { url: 'https://example.org/' }, reviewedAt: '2026-11-01',
  },
  guide: {
    routes: [
      {
        id: 'cqp', title: 'CQP', shortTitle: 'CQP',
        sections: [
          {
            kind: 'steps', title: 'Étapes',
            steps: [
              { title: 'Trouver la certification', showIf: { question: 'chosen', equals: 'no' } },
              { title: 'Parler à votre employeur', employer: { title: 'Proposer le CQP à votre salarié·e' } },
              { title: 'Passer le jury' },
            ],
          },
        ],
      },
    ],
  },
  eligibility: {
    title: 'Quelle voie ?',
    employerIf: { question: 'who', equals: 'employer' },
    questions: [
      { id: 'who', type: 'single', label: 'Qui ?', options: [{ value: 'me', label: 'Moi' }, { value: 'employer', label: 'Un employeur' }] },
      { id: 'target', type: 'single', label: 'Visée ?', options: [{ value: 'cqp', label: 'CQP' }, { value: 'vae', label: 'VAE' }] },
      { id: 'chosen', type: 'single', label: 'Choisie ?', options: [{ value: 'yes', label: 'Oui' }, { value: 'no', label: 'Non' }] },
      { id: 'a', type: 'single', label: 'A ?', options: ['ok', 'check', 'no'].map((v) => ({ value: v, label: v })) },
      { id: 'b', type: 'single', label: 'B ?', options: ['ok', 'check', 'no'].map((v) => ({ value: v, label: v })) },
    ],
    outcomes: [
      {
        id: 'vae', title: 'La VAE', preferIf: { question: 'target', equals: 'vae' },
        action: { text: 'S’inscrire sur France VAE', href: 'https://vae.gouv.fr' },
        rules: [
          { when: { question: 'a', equals: 'no' }, verdict: 'not-eligible', reason: 'Vous n’y avez pas accès.', employerReason: 'Votre salarié·e n’y a pas accès.' },
          { when: { question: 'a', equals: 'check' }, verdict: 'to-check', reason: 'À voir.' },
          { verdict: 'eligible', reason: 'Ouvert.' },
        ],
      },
      {
        id: 'cqp', title: 'Le CQP par la formation', route: 'cqp', preferIf: { question: 'target', equals: 'cqp' },
        rules: [
          { when: { question: 'b', equals: 'no' }, verdict: 'not-eligible', reason: 'Fermé.' },
          { when: { question: 'b', equals: 'check' }, verdict: 'to-check', reason: 'À voir.' },
          { verdict: 'eligible', reason: 'Ouvert.' },
        ],
      },
    ],
  },
} satisfies ContentInput;

let content: Content;
before(() => {
  const parsed = parseContent(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  content = parsed.content;
});

const base = { who: 'me', target: 'cqp', chosen: 'yes' };
const rows: { name: string; answers: Answers; order: string[]; summary: string }[] = [
  { name: 'both open, CQP aimed at', answers: { ...base, a: 'ok', b: 'ok' }, order: ['cqp', 'vae'], summary: '2 voies vous sont ouvertes : le CQP par la formation et la VAE.' },
  { name: 'both open, VAE aimed at', answers: { ...base, target: 'vae', a: 'ok', b: 'ok' }, order: ['vae', 'cqp'], summary: '2 voies vous sont ouvertes : la VAE et le CQP par la formation.' },
  { name: 'VAE closed, CQP open', answers: { ...base, a: 'no', b: 'ok' }, order: ['cqp', 'vae'], summary: 'Une voie vous est ouverte : le CQP par la formation.' },
  { name: 'VAE aimed at but closed: the open CQP still comes first', answers: { ...base, target: 'vae', a: 'no', b: 'ok' }, order: ['cqp', 'vae'], summary: 'Une voie vous est ouverte : le CQP par la formation.' },
  { name: 'one open, one to check', answers: { ...base, a: 'ok', b: 'check' }, order: ['vae', 'cqp'], summary: 'Une voie vous est ouverte : la VAE. À vérifier : le CQP par la formation.' },
  { name: 'one to check, one closed', answers: { ...base, a: 'check', b: 'no' }, order: ['vae', 'cqp'], summary: 'Aucune voie n’est ouverte d’emblée ; la VAE reste à vérifier.' },
  { name: 'both to check', answers: { ...base, a: 'check', b: 'check' }, order: ['cqp', 'vae'], summary: 'Aucune voie n’est ouverte d’emblée ; le CQP par la formation et la VAE restent à vérifier.' },
  { name: 'both closed', answers: { ...base, a: 'no', b: 'no' }, order: ['cqp', 'vae'], summary: 'Avec ces réponses, aucune des voies étudiées n’est ouverte pour l’instant.' },
  { name: 'an employer', answers: { ...base, who: 'employer', a: 'no', b: 'ok' }, order: ['cqp', 'vae'], summary: 'Une voie est ouverte à votre salarié·e : le CQP par la formation.' },
];

// French typography: a non-breaking space before the colon and semicolon.
const nb = (s: string) => s.replace(/ ([:;])/g, '\u00a0$1');

describe('result order and summary (a table of personas)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const evaluation = evaluate(content, row.answers);
      expect(evaluation.complete).to.equal(true);
      const ordered = orderResults(evaluation.results);
      expect(ordered.map((r) => r.outcome.id)).to.deep.equal(row.order);
      const summary = resultSummary(evaluation.results, 'fr', evaluation.employer);
      expect(summary).to.equal(nb(row.summary));
      const open = ordered.filter((r) => r.verdict === 'eligible');
      if (open.length) expect(ordered[0].verdict).to.equal('eligible');
    });
  }

  it('keeps the content order in the evaluation itself (events carry it)', () => {
    const evaluation = evaluate(content, { ...base, a: 'no', b: 'ok' });
    expect(evaluation.results.map((r) => r.outcome.id)).to.deep.equal(['vae', 'cqp']);
  });

  it('words the summary in English for English content', () => {
    const evaluation = evaluate(content, { ...base, a: 'ok', b: 'check' });
    expect(resultSummary(evaluation.results, 'en')).to.equal('One route is open to you: la VAE. To be checked: le CQP par la formation.');
  });
});

describe('next steps that fit the answers, and the employer’s wording', () => {
  const steps = (answers: Answers) => evaluate(content, answers).results.find((r) => r.outcome.id === 'cqp')!.steps.map((s) => s.title);

  it('leaves out "find the certification" for a person who has chosen one', () => {
    expect(steps({ ...base, a: 'ok', b: 'ok' })).to.deep.equal(['Parler à votre employeur', 'Passer le jury']);
    expect(steps({ ...base, chosen: 'no', a: 'ok', b: 'ok' })).to.deep.equal(['Trouver la certification', 'Parler à votre employeur', 'Passer le jury']);
  });

  it('uses the employer wording of steps and reasons when the person answers as an employer', () => {
    const answers = { ...base, who: 'employer', a: 'no', b: 'ok' };
    expect(steps(answers)).to.deep.equal(['Proposer le CQP à votre salarié·e', 'Passer le jury']);
    const vae = evaluate(content, answers).results.find((r) => r.outcome.id === 'vae')!;
    expect(vae.reasons.map((r) => r.text)).to.deep.equal(['Votre salarié·e n’y a pas accès.']);
    expect(evaluate(content, { ...base, a: 'no', b: 'ok' }).results[0].reasons[0].text).to.equal('Vous n’y avez pas accès.');
  });

  it('reports a step showIf or an employerIf naming an unknown question', () => {
    const bad = structuredClone(input) as any;
    bad.guide.routes[0].sections[0].steps[0].showIf = { question: 'nope', equals: 'x' };
    bad.eligibility.employerIf = { question: 'nobody', equals: 'x' };
    const parsed = parseContent(bad);
    expect(parsed.ok).to.equal(false);
    const paths = parsed.ok ? [] : parsed.issues.map((i) => i.path);
    expect(paths).to.include('guide.routes[0].sections[0].steps[0].showIf.question');
    expect(paths).to.include('eligibility.employerIf.question');
  });
});

describe('the built-in content, whatever its rules: an open route first, and named', () => {
  const answerSets: Answers[] = [
    { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [8] },
    { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [30] },
    { target: 'cqp', registry: 'rs', status: 'salarie', experience: 'no' },
    { target: 'diplome', registry: 'rncp', status: 'autre', experience: 'yes', activities: ['benevolat'], months: [14] },
    { target: 'diplome', registry: 'none', status: 'autre', experience: 'no' },
    { target: 'unknown', status: 'employeur', experience: 'yes', activities: ['salarie'], months: [24] },
  ];
  for (const answers of answerSets) {
    it(JSON.stringify(answers), () => {
      const evaluation = evaluate(builtIn, answers);
      if (!evaluation.complete) return; // a built-in content that asks other questions: nothing to say
      const ordered = orderResults(evaluation.results);
      const summary = resultSummary(evaluation.results, 'fr', evaluation.employer);
      const open = ordered.filter((r) => r.verdict === 'eligible');
      if (open.length) {
        expect(ordered[0].verdict).to.equal('eligible');
        for (const r of open) expect(summary.toLowerCase()).to.include(r.outcome.title.toLowerCase());
      } else expect(summary).to.match(/^(Aucune|Avec ces réponses)/);
    });
  }
});

describe('the built-in content uses the answer-first fields', () => {
  it('an employee with 8 months aiming at a CQP: an open CQP route first, with its one next action', () => {
    const answers = { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [8] };
    const evaluation = evaluate(builtIn, answers);
    expect(evaluation.complete).to.equal(true);
    const first = orderResults(evaluation.results)[0];
    expect(first.verdict).to.equal('eligible');
    expect(first.outcome.action?.href).to.match(/^https:\/\//);
    expect(resultSummary(evaluation.results, 'fr')).to.contain(first.outcome.title.replace(/^Le /, 'le '));
  });

  it('an employer reads about "la personne salariée" in steps and reasons, never "vous" for the employee', () => {
    const answers = { target: 'diplome', registry: 'rncp-vae', status: 'employeur', experience: 'yes', activities: ['salarie'], months: [20] };
    const evaluation = evaluate(builtIn, answers);
    expect(evaluation.employer).to.equal(true);
    const vae = evaluation.results.find((r) => r.outcome.id === 'vae')!;
    const steps = vae.steps.map((s) => `${s.title} ${(s.body ?? []).join(' ')}`).join(' ');
    expect(steps).to.contain('personne salariée');
    expect(steps).not.to.match(/\b(vos|votre) (compétences|expériences|dossier)\b/);
    expect(vae.reasons.map((r) => r.text).join(' ')).to.contain('pour la personne salariée');
  });
});

describe('plural forms (Intl.PluralRules)', () => {
  it('French counts 0 and 1 as one, English only 1', () => {
    expect([0, 1, 2, 10].map((n) => pluralForm(n, 'fr'))).to.deep.equal(['one', 'one', 'other', 'other']);
    expect([0, 1, 2, 10].map((n) => pluralForm(n, 'en'))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect(plural(3, { one: '{n} erreur', other: '{n} erreurs' }, 'fr')).to.equal('3 erreurs');
    expect(plural(1, { one: '{n} error', other: '{n} errors' }, 'en')).to.equal('1 error');
  });
});
