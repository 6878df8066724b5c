// <eligibility-check> with a catalogue: the certification picker is a WAI-ARIA combobox used by
// keyboard alone (type, ArrowDown/ArrowUp, Enter, Escape), checked with axe; the picked
// certification answers the registry question (not asked) and is named in the result; the four
// verdict cases of the example branch; without a catalogue the first question stays radios.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { $, $$, begin, choose, focused, next, record, step, text, verdicts } from '../elements/eligibility-check.helpers.js';
import { branchContent, catalogueInput, generateCatalogue } from './fixtures.js';

const combobox = (el: EligibilityCheck) => $<HTMLInputElement>(el, 'input[role="combobox"]')!;
const listbox = (el: EligibilityCheck) => el.shadowRoot!.getElementById(combobox(el).getAttribute('aria-controls')!)!;
const options = (el: EligibilityCheck) => [...listbox(el).querySelectorAll<HTMLElement>('[role="option"]')];
const optionTexts = (el: EligibilityCheck) => options(el).map((o) => text(o));
/** The option aria-activedescendant points at, as text ('' when none). */
const activeText = (el: EligibilityCheck) => {
  const id = combobox(el).getAttribute('aria-activedescendant');
  return id ? text(el.shadowRoot!.getElementById(id)) : '';
};
const expanded = (el: EligibilityCheck) => combobox(el).getAttribute('aria-expanded');

async function press(el: EligibilityCheck, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function typeText(el: EligibilityCheck, value: string) {
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** Picks by keyboard alone: types `query`, goes down to the option starting with `label`, Enter. */
async function pick(el: EligibilityCheck, query: string, label: string) {
  combobox(el).focus();
  combobox(el).select();
  await press(el, 'Backspace');
  await typeText(el, query);
  for (let i = 0; i < 20 && !activeText(el).startsWith(label); i++) await press(el, 'ArrowDown');
  expect(activeText(el)).to.match(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`));
  await press(el, 'Enter');
}

let branch: Record<string, any>;
before(async () => {
  branch = await branchContent();
});

describe('<eligibility-check> certification picker (combobox)', () => {
  let el: EligibilityCheck;
  beforeEach(async () => {
    el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${branch}></eligibility-check>`);
    await begin(el);
  });

  it('follows the WAI-ARIA combobox pattern: labelled input, collapsed listbox it controls', async () => {
    const input = combobox(el);
    expect(step(el)).to.equal('target');
    expect(text(input.labels?.[0])).to.equal('Quel CQP visez-vous ?');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(expanded(el)).to.equal('false');
    expect(listbox(el).getAttribute('role')).to.equal('listbox');
    expect(listbox(el).hidden).to.equal(true);
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('filters as the person types, accents ignored, and always offers "not in the list" and "don\'t know"', async () => {
    combobox(el).focus();
    await typeText(el, 'mecanicien');
    expect(expanded(el)).to.equal('true');
    expect(listbox(el).hidden).to.equal(false);
    expect(optionTexts(el)).to.deep.equal(['CQP Mécanicien(ne) cycles RNCP99902 Niveau 3', 'Pas dans la liste', 'Je ne sais pas encore']);
    expect(text($(el, '.picker [role="status"]'))).to.equal('1 certification');
    await typeText(el, 'xyz');
    expect(optionTexts(el)).to.deep.equal(['Pas dans la liste', 'Je ne sais pas encore']);
    expect(text($(el, '.picker [role="status"]'))).to.equal('0 certification');
    await expect(el).to.be.accessible();
  });

  it('keeps the closed list hidden when the host styles ::part(listbox)', async () => {
    const style = document.createElement('style');
    style.textContent = 'eligibility-check::part(listbox) { display: block !important; }';
    document.head.append(style);
    try {
      expect(listbox(el).hidden).to.equal(true);
      expect(listbox(el).getClientRects().length).to.equal(0);
    } finally {
      style.remove();
    }
  });

  it('moves with the arrows (wrapping), picks with Enter, keeps focus in the field', async () => {
    const changes = record(el, 'eligibility-change');
    combobox(el).focus();
    await typeText(el, 'TECHNICIEN');
    expect(activeText(el)).to.equal('');
    await press(el, 'ArrowDown');
    expect(activeText(el)).to.equal('CQP Technicien(ne) cycles RNCP99901 Niveau 4');
    const active = el.shadowRoot!.getElementById(combobox(el).getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'ArrowDown');
    expect(activeText(el)).to.equal('CQP Technicien(ne) vélos à assistance électrique RNCP99905 Niveau 4');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(activeText(el)).to.equal('Je ne sais pas encore');
    await press(el, 'ArrowDown');
    expect(activeText(el)).to.equal('CQP Technicien(ne) cycles RNCP99901 Niveau 4');
    await press(el, 'Enter');
    expect(expanded(el)).to.equal('false');
    expect(combobox(el).value).to.equal('CQP Technicien(ne) cycles');
    expect(el.answers).to.deep.equal({ target: 'technicien-cycles' });
    expect(changes.map((e) => e.detail.answers)).to.deep.equal([{ target: 'technicien-cycles' }]);
    expect(focused(el)).to.equal(`#${combobox(el).id}`);
    expect(step(el), 'Enter picks, it does not submit').to.equal('target');
    expect(text($(el, '[part~="picker-choice"]'))).to.equal('RNCP99901 Niveau 4 VAE possible');
    await expect(el).to.be.accessible();
    // Enter on the closed list submits the step.
    await press(el, 'Enter');
    expect(step(el)).to.equal('status');
  });

  it('opens on ArrowUp at the last option; Escape closes, then restores the chosen answer', async () => {
    combobox(el).focus();
    await press(el, 'ArrowUp');
    expect(expanded(el)).to.equal('true');
    expect(options(el)).to.have.length(14);
    expect(activeText(el)).to.equal('Je ne sais pas encore');
    await press(el, 'Enter');
    expect(el.answers).to.deep.equal({ target: 'unknown' });
    expect(combobox(el).value).to.equal('Je ne sais pas encore');
    combobox(el).select();
    await typeText(el, 'vente');
    expect(expanded(el)).to.equal('true');
    await press(el, 'Escape');
    expect(expanded(el)).to.equal('false');
    expect(combobox(el).value).to.equal('vente');
    await press(el, 'Escape');
    expect(combobox(el).value).to.equal('Je ne sais pas encore');
    expect(el.answers).to.deep.equal({ target: 'unknown' });
  });

  it('does not submit a half-typed name: Enter with no active option keeps the list open', async () => {
    combobox(el).focus();
    await typeText(el, 'vendeur');
    await press(el, 'Enter');
    expect(step(el)).to.equal('target');
    expect(expanded(el)).to.equal('true');
    expect(el.answers).to.deep.equal({});
  });

  it('asks for a choice on Next without one, and puts focus back in the field', async () => {
    await next(el);
    expect(text($(el, '[part~="error-message"]'))).to.equal('Erreur : Choisissez une réponse.');
    expect(combobox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(`#${combobox(el).id}`);
    await expect(el).to.be.accessible();
  });

  it('closes the list when focus leaves the field, and picks with a click', async () => {
    combobox(el).focus();
    await typeText(el, 'roues');
    options(el)[0].click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ target: 'monteur-roues' });
    await typeText(el, 'x');
    combobox(el).blur();
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect(combobox(el).value).to.equal('CQP Monteur(se) de roues');
  });
});

describe('<eligibility-check> verdicts from the catalogue (example branch)', () => {
  /** Picks, answers the rest as they come, and returns the steps asked and the verdicts. */
  async function run(query: string, label: string, rest: Record<string, string>) {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${branch}></eligibility-check>`);
    await begin(el);
    const asked = [step(el)];
    await pick(el, query, label);
    await press(el, 'Enter');
    for (let guard = 0; guard < 6 && step(el) !== '#recap'; guard++) {
      asked.push(step(el));
      await choose(el, rest[step(el)]);
      await next(el);
    }
    const recap = text($(el, '[data-question="target"] [part~="recap-answer"]'));
    const complete = oneEvent(el, 'eligibility-complete');
    await next(el);
    const { detail } = await complete;
    return { el, asked, recap, detail, result: verdicts(el), certification: text($(el, '[part~="result-certification"]')) };
  }

  it('a registered CQP (RNCP, VAE access): the registry is not asked; both routes open; the result names it', async () => {
    const r = await run('technicien cycles', 'CQP Technicien(ne) cycles', { status: 'salarie', experience: 'yes', bloc: 'whole' });
    expect(r.asked).to.deep.equal(['target', 'status', 'experience', 'bloc']);
    expect(r.recap).to.equal('CQP Technicien(ne) cycles');
    expect(r.result).to.deep.equal({ 'cqp-training': 'Accessible', 'cqp-vae': 'Accessible' });
    expect(r.certification).to.equal('Certification visée : CQP Technicien(ne) cycles RNCP99901 Niveau 4 VAE possible');
    expect(r.detail.answers).to.deep.equal({ target: 'technicien-cycles', status: 'salarie', experience: 'yes', bloc: 'whole' });
    expect(text($(r.el, '[data-outcome="cqp-vae"] [part~="reasons"]'))).to.contain('Le CQP Technicien(ne) cycles est inscrit au RNCP');
    await expect(r.el).to.be.accessible();
  });

  it('an RS-only CQP: no registry nor experience question; VAE closed, training open', async () => {
    const r = await run('roues', 'CQP Monteur(se) de roues', { status: 'salarie' });
    expect(r.asked).to.deep.equal(['target', 'status']);
    expect(r.result).to.deep.equal({ 'cqp-training': 'Accessible', 'cqp-vae': 'Non accessible' });
    expect(r.certification).to.equal('Certification visée : CQP Monteur(se) de roues RS9901');
    expect(text($(r.el, '[data-outcome="cqp-vae"] [part~="reasons"]'))).to.contain('Répertoire spécifique (RS), pas au RNCP');
  });

  it('an unregistered CQP: VAE closed, "Non inscrit" in the result', async () => {
    const r = await run('atelier participatif', 'CQP Animateur(trice)', { status: 'employeur' });
    expect(r.asked).to.deep.equal(['target', 'status']);
    expect(r.result).to.deep.equal({ 'cqp-training': 'Accessible', 'cqp-vae': 'Non accessible' });
    expect(r.certification).to.equal('Certification visée : CQP Animateur(trice) d’atelier participatif de réparation Non inscrit');
  });

  it('not in the list: the registry question is asked, and the verdicts say what to check', async () => {
    const r = await run('boulangerie', 'Pas dans la liste', { registry: 'rncp', status: 'salarie', experience: 'yes' });
    expect(r.asked).to.deep.equal(['target', 'registry', 'status', 'experience']);
    expect(r.recap).to.equal('Pas dans la liste');
    expect(r.result).to.deep.equal({ 'cqp-training': 'À vérifier', 'cqp-vae': 'À vérifier' });
    expect(r.certification).to.equal('');
  });
});

describe('<eligibility-check> without a catalogue', () => {
  it('keeps the built-in questions as radios', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    expect($(el, 'input[role="combobox"]')).to.equal(null);
    expect($$<HTMLInputElement>(el, 'form input[type="radio"]').map((i) => i.value)).to.deep.equal(['cqp', 'diplome', 'bloc', 'unknown']);
  });

  it('offers the first 50 of 300 entries and says to type on; a search lists all its matches', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${catalogueInput(generateCatalogue(300))}></eligibility-check>`);
    await begin(el);
    combobox(el).focus();
    await press(el, 'ArrowDown');
    expect(optionTexts(el)).to.have.length(52);
    expect(optionTexts(el).slice(-3)).to.deep.equal(['CQP Sécurité 5 RS1049', 'Pas dans la liste', 'Je ne sais pas encore']);
    expect(text($(el, '[part~="picker-more"]'))).to.equal('Les 50 premières sur 300 : précisez votre recherche pour trouver les autres.');
    expect(text($(el, '.picker [role="status"]'))).to.equal('300 certifications');
    await typeText(el, 'vente');
    expect(optionTexts(el)).to.have.length(32);
    expect($(el, '[part~="picker-more"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('picks among 300 generated entries', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${catalogueInput(generateCatalogue(300))}></eligibility-check>`);
    await begin(el);
    combobox(el).focus();
    await typeText(el, 'securite');
    expect(text($(el, '.picker [role="status"]'))).to.equal('30 certifications');
    expect(optionTexts(el).slice(0, 3)).to.deep.equal(['CQP Sécurité 1 RNCP10009 Niveau 4', 'CQP Sécurité 2 RS1019', 'CQP Sécurité 3 Non inscrit']);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.answers).to.deep.equal({ target: 'cert-19' });
  });
});
