// Periods typed in years and months (`entry: "years-months"`, the built-in content's experience
// question): what a person types, what the answer stores (months, as before), what the total shows
// and what the rules compare are one number; messages name what the field expects and go as soon as
// the value is right.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { ContentInput } from '../../src/content/schema.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { yearsAndMonths } from '../../src/elements/eligibility-check/question-fields.js';
import { answerFromDraft, draftFromAnswer, periodValue } from '../../src/elements/eligibility-check/validation.js';
import { evaluate } from '../../src/rules/engine.js';
import { $, $$, answerAll, begin, choose, has, next, record, root, step, text, type } from './eligibility-check.helpers.js';
// The English UI strings, which an element in English loads before it renders.
import * as english from '../../src/elements/strings.en.js';
import { useEnglish } from '../../src/elements/use-english.js';

useEnglish(english);

const monthsQuestion = defaultContent.eligibility!.questions.find((q) => q.id === 'months')!;
const upToMonths = { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['salarie'] };

/** A questionnaire on the months step (the built-in content), in French or English. */
async function onMonths(lang = 'fr') {
  const el = await fixture<EligibilityCheck>(html`<eligibility-check lang=${lang}></eligibility-check>`);
  await begin(el);
  for (const [id, value] of Object.entries(upToMonths)) {
    expect(step(el)).to.equal(id);
    for (const v of Array.isArray(value) ? value : [value]) await choose(el, v);
    await next(el);
  }
  expect(step(el)).to.equal('months');
  return el;
}
const years = (el: EligibilityCheck, i: number) => $<HTMLInputElement>(el, `#q-months-p${i}-years`)!;
const months = (el: EligibilityCheck, i: number) => $<HTMLInputElement>(el, `#q-months-p${i}`)!;

describe('durations typed in years and months', () => {
  it('turns years and months into one number of months, read the same by the total, the answer and the rules', () => {
    const cases: [string[], number | undefined][] = [
      [['5', ''], 60],
      [['', '8'], 8],
      [['2', '6'], 30],
      [['1,5', ''], 18],
      [['0,1', ''], 1.2],
      [['0', '0'], 0],
      [['', ''], undefined],
      [['cinq', ''], Number.NaN],
    ];
    for (const [texts, expected] of cases) expect(periodValue(texts), texts.join('|')).to.deep.equal(expected);
    expect(periodValue(['-1', '2']), 'a negative part').to.equal(-1);
    expect(answerFromDraft(monthsQuestion, ['5', '', '', '8', '-1', '0']), 'a negative period is not an answer').to.deep.equal([60, 8]);
  });

  it('shows a stored answer back in years and months, and reads the same answer from it', () => {
    for (const stored of [[60], [8], [63, 8], [0], [12.5], [600], [1.2]]) {
      const draft = draftFromAnswer(monthsQuestion, stored, 'fr');
      expect(draft).to.have.length(stored.length * 2);
      expect(answerFromDraft(monthsQuestion, draft), String(stored)).to.deep.equal(stored);
    }
    expect(draftFromAnswer(monthsQuestion, [63, 8], 'fr')).to.deep.equal(['5', '3', '', '8']);
    expect(draftFromAnswer(monthsQuestion, [12.5], 'fr')).to.deep.equal(['1', '0,5']);
    expect(draftFromAnswer(monthsQuestion, undefined, 'fr')).to.deep.equal(['', '']);
  });

  it('says a number of months as people do, with plurals from the language', () => {
    const table: [number, 'fr' | 'en', string][] = [
      [0, 'fr', '0 mois'],
      [1, 'fr', '1 mois'],
      [12, 'fr', '1 an'],
      [13, 'fr', '1 an et 1 mois'],
      [24, 'fr', '2 ans'],
      [63, 'fr', '5 ans et 3 mois'],
      [14.5, 'fr', '1 an et 2,5 mois'],
      [1, 'en', '1 month'],
      [12, 'en', '1 year'],
      [25, 'en', '2 years and 1 month'],
      [26, 'en', '2 years and 2 months'],
    ];
    for (const [n, locale, expected] of table) expect(yearsAndMonths(n, locale).replace(/\u00a0/g, ' '), `${n} ${locale}`).to.equal(expected);
  });

  it('a person with 5 years types 5 in "ans": 60 months, in the total, the answers, the event, the recap and the verdicts', async () => {
    const el = await onMonths();
    const events = record(el, 'eligibility-change');
    const group = $(el, '[part~="period"] > [role="group"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(text(root(el).getElementById(group.getAttribute('aria-labelledby')!))).to.equal('Période 1');
    expect(text($(el, 'label[for="q-months-p0-years"]'))).to.equal('ans');
    expect(text($(el, 'label[for="q-months-p0"]'))).to.equal('mois');
    await expect(el).to.be.accessible();

    await type(el, years(el, 0), '5');
    expect(text($(el, '[part~="total"]'))).to.equal('Total : 60 mois, soit 5 ans');
    expect(has(el, '[part~="total"] [lang], [part~="total"][lang]'), 'one language, no lang attribute').to.equal(false);
    expect(el.answers.months).to.deep.equal([60]);
    expect(events.at(-1)!.detail.answers.months).to.deep.equal([60]);
    await next(el);
    expect(step(el)).to.equal('#recap');
    const recap = $$(el, '[part~="recap-item"]').at(-1)!;
    expect(text(recap.querySelector('[part~="recap-answer"]'))).to.equal('60 mois');
    // The rules compare what the total shows: the same verdicts as 60 months given as an answer.
    const byMonths = evaluate(defaultContent, { ...upToMonths, months: [60] }).results.map((r) => r.verdict);
    const shown = evaluate(defaultContent, el.answers).results.map((r) => r.verdict);
    expect(shown).to.deep.equal(byMonths);
  });

  it('fills the fields from answers stored in months (saved progress)', async () => {
    const { id, version } = defaultContent.meta;
    const key = `cqp-vae-widgets:eligibility:${id}@${version}`;
    sessionStorage.setItem(key, JSON.stringify({ id, version, answers: { ...upToMonths, months: [63, 8] }, step: 'months' }));
    try {
      const el = await fixture<EligibilityCheck>(html`<eligibility-check persist></eligibility-check>`);
      expect(step(el)).to.equal('months');
      expect([years(el, 0).value, months(el, 0).value, years(el, 1).value, months(el, 1).value]).to.deep.equal(['5', '3', '', '8']);
      expect(text($(el, '[part~="total"]'))).to.equal('Total : 71 mois, soit 5 ans et 11 mois');
      expect(el.answers.months).to.deep.equal([63, 8]);
    } finally {
      sessionStorage.removeItem(key);
    }
  });

  it('clears a message as soon as the value is right, without pressing Next again', async () => {
    const el = await onMonths();
    await next(el);
    expect(text($(el, '#q-months-p0-error'))).to.equal('Erreur : Indiquez une durée en années, en mois, ou les deux.');
    await type(el, months(el, 0), '800');
    expect(has(el, '#q-months-p0-error'), 'still wrong: still said').to.equal(true);
    expect(text($(el, '#q-months-p0-error'))).to.equal('Erreur : Indiquez une durée entre 0 et 50 ans.');
    await type(el, months(el, 0), '80');
    expect(has(el, '[part~="error-message"]')).to.equal(false);
    expect(has(el, '[aria-invalid]')).to.equal(false);
  });

  it('speaks English with an English page', async () => {
    const el = await onMonths('en');
    expect(text($(el, 'label[for="q-months-p0-years"]'))).to.equal('years');
    expect(text($(el, 'label[for="q-months-p0"]'))).to.equal('mois');
    await type(el, months(el, 0), '700');
    await next(el);
    expect(text($(el, '#q-months-p0-error'))).to.equal('Error: Enter a length between 0 and 50 years.');
    await type(el, years(el, 0), '2');
    await type(el, months(el, 0), '1');
    expect(text($(el, '[part~="total"]'))).to.equal('Total: 25 mois, that is 2 years and 1 month');
    // The sum is the content's words (French), the line around it the interface's (English).
    expect($(el, '[part~="total"]')!.getAttribute('lang')).to.equal('en');
    expect(text($(el, '[part~="total"] span[lang="fr"]'))).to.equal('25 mois');
  });
});

describe('durations typed in one unit (no `entry`)', () => {
  const content = {
    meta: { ...defaultContent.meta, id: 'one-unit' },
    guide: { routes: [{ id: 'r', title: 'Une voie', shortTitle: 'Voie', sections: [{ kind: 'steps', title: 'Étapes', steps: [{ title: 'S’inscrire' }] }] }] },
    eligibility: {
      title: 'Durées',
      questions: [{ id: 'weeks', type: 'durations', label: 'Combien de semaines ?', unit: 'semaines', min: 1, max: 52 }],
      outcomes: [{ id: 'o', title: 'Résultat', rules: [{ verdict: 'eligible', reason: '{weeks} au total.' }] }],
    },
  } satisfies ContentInput;

  it('keeps one field per period and names its range in its unit', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${content}></eligibility-check>`);
    await begin(el);
    expect($$(el, '[part~="period"] input')).to.have.length(1);
    expect(has(el, '#q-weeks-p0-years')).to.equal(false);
    await next(el);
    expect(text($(el, '#q-weeks-p0-error'))).to.equal('Erreur : Indiquez un nombre entre 1 et 52 semaines.');
    await type(el, $<HTMLInputElement>(el, '#q-weeks-p0')!, '30');
    expect(has(el, '#q-weeks-p0-error')).to.equal(false);
    expect(text($(el, '[part~="total"]'))).to.equal('Total : 30 semaines');
    await answerAll(el, { weeks: [30] });
  });
});
