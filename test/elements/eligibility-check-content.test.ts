import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ContentInput } from '../../src/content/schema.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { $, $$, begin, choose, focused, has, next, record, step, stepHeading, text, type, verdicts } from './eligibility-check.helpers.js';

/** A branch's own questionnaire: a number, a yes/no, and a number asked only after "yes". */
const branch = {
  meta: {
    id: 'branche-test',
    version: '3',
    locale: 'fr',
    title: 'Branche test',
    publisher: { name: 'Branche test' },
    source: { title: 'accord de branche', url: 'https://example.org/accord' },
    reviewedAt: '2026-01-15',
  },
  guide: {
    routes: [
      {
        id: 'cqp',
        title: 'Le CQP de la branche',
        shortTitle: 'CQP',
        sections: [
          { kind: 'steps', title: 'Étapes', steps: [{ title: 'S’inscrire' }, { title: 'Passer le jury' }] },
          { kind: 'financing', title: 'Financement', options: [{ id: 'fonds', title: 'Fonds de la branche', body: ['Pris en charge.'] }] },
        ],
      },
    ],
  },
  eligibility: {
    title: 'Test rapide',
    intro: ['Trois questions.'],
    questions: [
      { id: 'age', type: 'number', label: 'Quel est votre âge ?', title: 'Âge', unit: 'ans', min: 16, max: 99, step: 1, hint: ['En années.'] },
      {
        id: 'employed',
        type: 'single',
        label: 'Êtes-vous salarié ?',
        options: [
          { value: 'yes', label: 'Oui' },
          { value: 'no', label: 'Non' },
        ],
      },
      { id: 'years', type: 'number', label: 'Depuis combien d’années ?', unit: 'ans', min: 0, showIf: { question: 'employed', equals: 'yes' } },
    ],
    outcomes: [
      {
        id: 'cqp',
        title: 'Le CQP',
        route: 'cqp',
        rules: [
          { when: { question: 'age', lessThan: 18 }, verdict: 'not-eligible', reason: 'Vous avez {age}.' },
          { when: { question: 'employed', equals: 'no' }, verdict: 'to-check', reason: 'Non salarié.' },
          { verdict: 'eligible', reason: 'Salarié depuis {years}.' },
        ],
        financing: [{ option: 'fonds' }],
      },
    ],
    links: [{ text: 'Site de la branche', href: 'https://example.org/' }],
  },
} satisfies ContentInput;

describe('<eligibility-check> with its own content (questions are data)', () => {
  it('asks a number with its unit, validates its range, and follows showIf', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${branch}></eligibility-check>`);
    await begin(el);
    expect(text($(el, '[part~="title"]'))).to.equal('Test rapide');
    expect(text(stepHeading(el))).to.equal('Étape 1 Âge');
    expect(text($(el, '[part~="step-next"]'))).to.equal('Étape suivante : Êtes-vous salarié ?');

    const input = $<HTMLInputElement>(el, '#q-age-field')!;
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(text($(el, 'label[for="q-age-field"]'))).to.equal('Quel est votre âge ?');
    expect(text($(el, '#q-age-unit'))).to.equal('ans');
    expect(input.getAttribute('aria-describedby')).to.equal('q-age-hint q-age-unit');
    await expect(el).to.be.accessible();

    const tries: [string, string][] = [
      ['', 'Erreur : Indiquez un nombre entre 16 et 99 ans.'],
      ['douze', 'Erreur : Indiquez un nombre entre 16 et 99 ans, en chiffres (par exemple 12).'],
      ['12', 'Erreur : Indiquez un nombre entre 16 et 99 ans.'],
      ['150', 'Erreur : Indiquez un nombre entre 16 et 99 ans.'],
      ['40,5', 'Erreur : Indiquez un nombre entier.'],
    ];
    for (const [value, message] of tries) {
      await type(el, input, value);
      await next(el);
      expect(step(el), value).to.equal('age');
      expect(text($(el, '#q-age-error')), value).to.equal(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('q-age-hint q-age-unit q-age-error');
      expect(focused(el)).to.equal('#q-age-field');
    }
    await expect(el).to.be.accessible();

    await type(el, input, '40');
    await next(el);
    expect(text(stepHeading(el))).to.equal('Étape 2 Êtes-vous salarié ?');
    await choose(el, 'yes');
    expect(text(stepHeading(el))).to.equal('Étape 2 Êtes-vous salarié ?');
    expect(text($(el, '[part~="step-next"]'))).to.equal('Étape suivante : Depuis combien d’années ?');
    await choose(el, 'no');
    expect(text($(el, '[part~="step-next"]'))).to.equal('Étape suivante : Récapitulatif de vos réponses');
    await choose(el, 'yes');
    await next(el);
    expect(step(el)).to.equal('years');
    await type(el, $<HTMLInputElement>(el, '#q-years-field')!, '5');
    await next(el);
    expect(text(stepHeading(el))).to.equal('Étape 4 Récapitulatif de vos réponses');
    expect($$(el, '[part~="recap-answer"]').map((n) => text(n))).to.deep.equal(['40 ans', 'Oui', '5 ans']);

    await next(el);
    expect(verdicts(el)).to.deep.equal({ cqp: 'Accessible' });
    expect(text($(el, '[part~="reasons"]'))).to.equal('Salarié depuis 5 ans.');
    expect($$(el, '[part~="step"]').map((n) => text(n))).to.deep.equal(['S’inscrire', 'Passer le jury']);
    expect(text($(el, '[part~="card"]'))).to.equal('Fonds de la branche Pris en charge.');
    expect(text($(el, '.result > [part~="links"]'))).to.contain('Site de la branche');
    expect(text($(el, '[part~="source"]'))).to.contain('Branche test');
    expect(text($(el, '[part~="source"]'))).to.contain('15 janvier 2026');
    await expect(el).to.be.accessible();
  });

  it('fires eligibility-change and eligibility-complete with exact, plain JSON details', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${branch}></eligibility-check>`);
    await begin(el);
    // Bubbling and composed: a listener on the document hears them.
    const events = record(document, 'eligibility-change', 'eligibility-complete');
    await type(el, $<HTMLInputElement>(el, '#q-age-field')!, '17');
    await next(el);
    await choose(el, 'yes');
    await next(el);
    await type(el, $<HTMLInputElement>(el, '#q-years-field')!, '2');
    await next(el);
    const complete = oneEvent(el, 'eligibility-complete');
    await next(el);
    await complete;
    expect(events.map((e) => [e.type, e.bubbles, e.composed])).to.deep.equal([
      ['eligibility-change', true, true],
      ['eligibility-change', true, true],
      ['eligibility-change', true, true],
      ['eligibility-complete', true, true],
    ]);
    const details = events.map((e) => e.detail);
    expect(details).to.deep.equal([
      { question: 'age', answers: { age: 17 } },
      { question: 'employed', answers: { age: 17, employed: 'yes' } },
      { question: 'years', answers: { age: 17, employed: 'yes', years: 2 } },
      {
        answers: { age: 17, employed: 'yes', years: 2 },
        verdicts: [{ outcome: 'cqp', verdict: 'not-eligible', reasons: ['Vous avez 17 ans.'] }],
      },
    ]);
    expect(JSON.parse(JSON.stringify(details))).to.deep.equal(details);
    // Changing the answer back drops "years" from the next event.
    $<HTMLButtonElement>(el, 'button[part~="edit"]')!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, 'button[part~="change"]')[1].click();
    await el.updateComplete;
    await choose(el, 'no');
    expect(events.at(-1)!.detail).to.deep.equal({ question: 'employed', answers: { age: 17, employed: 'no' } });
  });

  it('starts over, without events, when the content changes', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    await choose(el, 'cqp');
    await next(el);
    const events = record(el, 'eligibility-change', 'eligibility-complete');
    el.content = branch;
    await el.updateComplete;
    expect(step(el)).to.equal('#start');
    expect(el.answers).to.deep.equal({});
    el.content = undefined;
    await el.updateComplete;
    expect(step(el)).to.equal('#start');
    expect(el.answers).to.deep.equal({});
    el.reset();
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('says so when the content has no questionnaire, and shows content errors', async () => {
    const { eligibility: _none, ...guideOnly } = branch;
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${guideOnly}></eligibility-check>`);
    await begin(el);
    expect(text($(el, '[part~="empty"]'))).to.equal('Ce contenu ne comporte pas de questionnaire.');
    expect(has(el, 'form')).to.equal(false);

    const broken = { ...branch, eligibility: { ...branch.eligibility, questions: [] } };
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    let bad: EligibilityCheck;
    try {
      bad = await fixture<EligibilityCheck>(html`<eligibility-check .content=${broken}></eligibility-check>`);
      await begin(bad);
    } finally {
      console.error = original;
    }
    expect(String(logged[0])).to.contain('eligibility.questions');
    expect($(bad, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    await expect(bad).to.be.accessible();
  });

  it('changes its UI language with lang, keeping the progress', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${branch}></eligibility-check>`);
    await begin(el);
    await type(el, $<HTMLInputElement>(el, '#q-age-field')!, '40');
    await next(el);
    await choose(el, 'no');
    await next(el);
    await next(el);
    expect(verdicts(el)).to.deep.equal({ cqp: 'À vérifier' });
    el.setAttribute('lang', 'en');
    el.requestUpdate();
    await el.updateComplete;
    expect(verdicts(el)).to.deep.equal({ cqp: 'To be checked' });
    expect(el.answers).to.deep.equal({ age: 40, employed: 'no' });
  });

  it('loads its content from src, then restores progress saved for it', async () => {
    const key = 'cqp-vae-widgets:eligibility:branche-test@3';
    sessionStorage.setItem(key, JSON.stringify({ id: 'branche-test', version: '3', answers: { age: 30 }, step: 'employed' }));
    try {
      const src = `/__fixtures__/text?type=application/json&body=${encodeURIComponent(JSON.stringify(branch))}`;
      const el = await fixture<EligibilityCheck>(html`<eligibility-check persist src=${src}></eligibility-check>`);
      await begin(el);
      const events = record(el, 'eligibility-change', 'eligibility-complete');
      expect($(el, '[part~="loading"]')?.getAttribute('role')).to.equal('status');
      await waitUntil(() => has(el, 'form'), 'the questionnaire appears once loaded');
      expect(step(el)).to.equal('employed');
      expect(el.answers).to.deep.equal({ age: 30 });
      expect(events).to.have.length(0);
    } finally {
      sessionStorage.removeItem(key);
    }
  });
});

describe('<eligibility-check> content objects of any shape', () => {
  // The questionnaire looks into content not yet checked for a certification question (to load the
  // picker's file with it): that look must survive what the checker then reports.
  for (const [name, make] of [
    ['cyclic', () => {
      const c: any = { meta: {}, eligibility: { questions: [{ id: 'x', type: 'certification' }] } };
      c.eligibility.self = c.eligibility;
      return c;
    }],
    ['with a throwing getter', () => ({ meta: {}, get eligibility() { throw new Error('boom'); } })],
    ['a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }],
    ['a revoked Proxy inside', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return { meta: {}, eligibility: proxy };
    }],
  ] as const) {
    it(`${name}: shows the content error, nothing thrown`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
        el.content = make();
        await el.updateComplete;
        await waitUntil(() => has(el, '[part~="error"]'), 'the content error shows', { timeout: 3000 });
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});
