// Notes with a condition, as a person reads the result: the CQP-by-training outcome states the CPF
// limit ("1 500 €") once, on the CPF card when the CQP is registered in the RNCP or the RS, in its
// note otherwise (no registry, registry unknown, or no target yet), and a certification picked from
// a catalogue reads as its registry. The sources list is left out of the count: it names the decree
// by its title, which is not the statement a person reads.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import type { Answers } from '../../src/rules/types.js';
import { $, answerAll, begin, choose, next, step, text } from './eligibility-check.helpers.js';

/** The CPF limit as typeset: "1 500 €" with its no-break spaces (or plain ones). */
const LIMIT = /1[\s\u202f]500[\s\u00a0]€/g;

const count = (s: string) => (s.match(LIMIT) ?? []).length;

/** How many times the result states the CPF limit, sources lists aside: in all, on CPF cards, in notes. */
function limitStatements(el: EligibilityCheck) {
  const result = $(el, '[part~="result"]')!.cloneNode(true) as HTMLElement;
  for (const s of result.querySelectorAll('[part~="sources"]')) s.remove();
  const training = result.querySelector('[data-outcome="cqp-training"]');
  return {
    total: count(text(result)),
    card: [...(training?.querySelectorAll('[part~="card"]') ?? [])].reduce((n, c) => n + count(text(c)), 0),
    note: count(text(training?.querySelector('[part~="notes"]'))),
  };
}

async function resultFor(content: unknown, answers: Answers) {
  const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${content}></eligibility-check>`);
  await answerAll(el, answers);
  await next(el);
  expect(step(el)).to.equal('#result');
  return el;
}

const person = { status: 'salarie', experience: 'no' };

describe('<eligibility-check> notes with a condition: the CPF limit is stated once', () => {
  const rows: { name: string; answers: Answers; card: number; note: number }[] = [
    { name: 'a CQP registered in the RS: on the CPF card, no note', answers: { target: 'cqp', registry: 'rs', ...person }, card: 1, note: 0 },
    { name: 'a CQP in no registry: in the note, no CPF card', answers: { target: 'cqp', registry: 'none', ...person }, card: 0, note: 1 },
    { name: 'no target yet (registry not asked): in the note', answers: { target: 'unknown', ...person }, card: 0, note: 1 },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const el = await resultFor(defaultContent, row.answers);
      expect(limitStatements(el)).to.deep.equal({ total: 1, card: row.card, note: row.note });
    });
  }

  it('a CQP picked from a catalogue, registered in the RS: on the CPF card, no note, as for the answer "rs"', async () => {
    // The built-in questionnaire with a certification question whose entry answers the registry.
    const input = JSON.parse(JSON.stringify(defaultContent));
    const questions = input.eligibility.questions;
    const registry = questions.find((q: { id: string }) => q.id === 'registry');
    registry.from = { question: 'cert', fact: 'registry' };
    questions.splice(1, 0, { id: 'cert', type: 'certification', label: 'Quelle certification visez-vous ?', showIf: registry.showIf });
    input.catalogue = [
      { id: 'cqp-rs', title: 'CQP Vente en boutique', kind: 'cqp', registry: { rs: 'RS1234' } },
      { id: 'cqp-libre', title: 'CQP Accueil en atelier', kind: 'cqp', registry: 'none' },
    ];
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${input}></eligibility-check>`);
    await begin(el);
    await choose(el, 'cqp');
    await next(el);
    // The picker is a combobox loaded on demand: wait for it, then pick by keyboard.
    let combobox: HTMLInputElement | null = null;
    for (let i = 0; i < 100 && !(combobox = $<HTMLInputElement>(el, 'input[role="combobox"]')); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    combobox!.focus();
    await sendKeys({ type: 'Vente' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await next(el);
    // The registry question is not asked: the picked entry answers it.
    await answerAll(el, person);
    await next(el);
    expect(text($(el, '[part~="result-certification"]'))).to.contain('CQP Vente en boutique');
    expect(limitStatements(el)).to.deep.equal({ total: 1, card: 1, note: 0 });
  });
});
