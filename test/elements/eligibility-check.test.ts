import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import {
  $,
  $$,
  active,
  answerAll,
  choose,
  focused,
  has,
  financing,
  next,
  begin,
  periods,
  previous,
  record,
  step,
  stepHeading,
  tabTo,
  text,
  type,
  verdicts,
} from './eligibility-check.helpers.js';
import { canEmulateMedia, engine } from '../hosts/engine.js';

const isRadio = (value: string) => (n: Element) => n instanceof HTMLInputElement && n.value === value;
const isPart = (part: string) => (n: Element) => n.getAttribute('part')?.split(' ').includes(part) ?? false;

async function press(key: string) {
  await sendKeys({ press: key });
}

describe('<eligibility-check> on the built-in content', () => {
  it('shows the title and intro once, on a start screen, then the required-fields note and the first step', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    expect(step(el)).to.equal('#start');
    expect(text($(el, 'h2[part~="title"]'))).to.equal('Quelle voie vers une certification vous est ouverte ?');
    expect($$(el, '[part~="intro"] p').length).to.be.greaterThan(0);
    expect(text($(el, 'button[part~="button-primary"]'))).to.equal('Commencer');
    expect(has(el, '[part~="stepper"]')).to.equal(false);
    // Nothing on the page should take focus on load.
    expect(focused(el)).to.equal('none');
    await expect(el).to.be.accessible();
    await begin(el);
    // "Commencer" moves the focus to the first step's heading.
    expect(focused(el)).to.equal('#step-heading');
    expect(has(el, '[part~="intro"]')).to.equal(false);
    expect(text($(el, 'h2[part~="title"]'))).to.equal('Quelle voie vers une certification vous est ouverte ?');
    expect(text($(el, '[part~="required-note"]'))).to.equal('Sauf mention contraire, tous les champs sont obligatoires.');
    const heading = stepHeading(el)!;
    expect(heading.localName).to.equal('h3');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(text(heading)).to.equal('Étape 1 Certification visée');
    expect(text($(el, '[part~="step-next"]'))).to.equal('Étape suivante : Votre situation');
    expect($(el, 'legend')!.textContent).to.contain('Que visez-vous\u202f?');
    expect($$(el, 'input[type="radio"][name="target"]')).to.have.length(4);
    expect(has(el, 'button[part~="previous"]')).to.equal(false);
    // The primary button is filled with the accent; the shared outlined button look does not win.
    const nextButton = $(el, 'button[part~="button-primary"]')!;
    expect(getComputedStyle(nextButton).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(nextButton).backgroundColor).to.equal(getComputedStyle(nextButton).borderTopColor);
    expect(getComputedStyle(nextButton).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(text($(el, '[part~="source"]'))).to.contain('Vérifié le 2 décembre 2026');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone, focus on each step heading, then on the result', async function () {
    // A key at a time through every step of the questionnaire: about 2 s alone, several times that on
    // a loaded two-core machine (test/hosts/keyboard.test.ts gives its walks the same room).
    this.timeout(30_000);
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    const events = record(el, 'eligibility-change', 'eligibility-complete');
    const headingFocused = async (expected: string) => {
      expect(focused(el), `focus after moving to "${expected}"`).to.equal('#step-heading');
      expect(text(stepHeading(el))).to.equal(expected);
      await expect(el).to.be.accessible();
    };

    // Step 1: Tab enters the radio group, Space ticks, an arrow moves the choice, Enter on Next.
    await tabTo(el, isRadio('cqp'));
    await press('Space');
    expect($<HTMLInputElement>(el, '#q-target-o-cqp')!.checked).to.equal(true);
    // Choosing a CQP makes the registry question appear: the total is recomputed.
    expect(text(stepHeading(el))).to.equal('Étape 1 Certification visée');
    expect(text($(el, '[part~="step-next"]'))).to.equal('Étape suivante : Inscription à un répertoire');
    await tabTo(el, isPart('next'));
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 2 Inscription à un répertoire');

    await tabTo(el, isRadio('rncp-vae'));
    await press('Space');
    await tabTo(el, isPart('next'));
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 3 Votre situation');

    // Arrow keys move within the radio group and select.
    await tabTo(el, isRadio('salarie'));
    await press('ArrowDown');
    await press('ArrowUp');
    expect($<HTMLInputElement>(el, 'input[value="salarie"]')!.checked).to.equal(true);
    // Previous goes back one step with the answer kept, then forward again.
    await tabTo(el, isPart('previous'));
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 2 Inscription à un répertoire');
    expect($<HTMLInputElement>(el, 'input[value="rncp-vae"]')!.checked).to.equal(true);
    await tabTo(el, isPart('next'));
    await press('Enter');
    await el.updateComplete;
    await tabTo(el, isPart('next'));
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 4 Expérience en rapport direct');

    await tabTo(el, isRadio('yes'));
    await press('Space');
    // "Oui" adds two questions.
    expect(text(stepHeading(el))).to.equal('Étape 4 Expérience en rapport direct');
    await tabTo(el, isPart('next'));
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 5 Cadre de l’expérience');

    // Checkboxes: Space ticks each one.
    await tabTo(el, isRadio('salarie'));
    await press('Space');
    await tabTo(el, isRadio('benevolat'));
    await press('Space');
    await tabTo(el, isPart('next'));
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 6 Durée de l’expérience');

    // Durations in years and months: 8 months, add a period, 1 year and 6 months, see the total,
    // Enter submits from the field.
    await tabTo(el, (n) => n.id === 'q-months-p0');
    await sendKeys({ type: '8' });
    await tabTo(el, isPart('add'));
    await press('Enter');
    await el.updateComplete;
    expect(focused(el), 'focus goes to the new period’s first field (years)').to.equal('#q-months-p1-years');
    await sendKeys({ type: '1' });
    await press('Tab');
    expect(focused(el)).to.equal('#q-months-p1');
    await sendKeys({ type: '6' });
    await el.updateComplete;
    expect(text($(el, '[part~="total"]'))).to.equal('Total : 26 mois, soit 2 ans et 2 mois');
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 7 Récapitulatif de vos réponses');

    const recap = $$(el, '[part~="recap-item"]').map((item) => [
      text(item.querySelector('dt')),
      text(item.querySelector('[part~="recap-answer"]')),
    ]);
    expect(recap).to.deep.equal([
      ['Certification visée', 'Un CQP'],
      ['Inscription à un répertoire', 'Au RNCP, et sa fiche cite la VAE parmi les voies d’accès'],
      ['Votre situation', 'J’ai un emploi salarié'],
      ['Expérience en rapport direct', 'Oui'],
      ['Cadre de l’expérience', 'Activité salariée, Bénévolat'],
      ['Durée de l’expérience', '26 mois'],
    ]);

    await tabTo(el, isPart('next'));
    expect(text(active(el))).to.equal('Voir le résultat');
    await press('Enter');
    await el.updateComplete;
    expect(focused(el), 'focus on the result heading').to.equal('#result-heading');
    expect(text($(el, '#result-heading'))).to.equal('Votre résultat');
    expect(text($(el, '[part~="announcer"]'))).to.contain('Votre résultat est affiché.');
    expect(verdicts(el)).to.deep.equal({ vae: 'Accessible', 'cqp-training': 'Accessible', 'cqp-vae': 'Accessible' });
    await expect(el).to.be.accessible();

    const complete = events.filter((e) => e.type === 'eligibility-complete');
    expect(complete).to.have.length(1);
    const answers = { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['salarie', 'benevolat'], months: [8, 18] };
    expect(complete[0].detail.answers).to.deep.equal(answers);
    expect(el.answers).to.deep.equal(answers);

    // Recommencer: back to an empty first step, focus on its heading.
    await tabTo(el, isPart('restart'));
    await press('Enter');
    await el.updateComplete;
    await headingFocused('Étape 1 Certification visée');
    expect(el.answers).to.deep.equal({});
  });

  it('validates on Next: required choice, with the message tied to the field and announced', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    await next(el);
    expect(step(el)).to.equal('target');
    const message = $(el, '[part~="error-message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(text(message)).to.equal('Erreur : Choisissez une réponse.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
    for (const radio of $$(el, 'input[type="radio"]')) expect(radio.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal('#q-target-o-cqp');
    await expect(el).to.be.accessible();
    // Choosing an answer clears the message.
    await choose(el, 'diplome');
    expect(has(el, '[part~="error-message"]')).to.equal(false);
    expect(has(el, 'input[aria-invalid]')).to.equal(false);
  });

  it('validates periods: empty, not a number, out of range, each on its own field, named in years', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    await answerAll(el, { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [12] });
    $$<HTMLButtonElement>(el, 'button[part~="change"]')[5].click();
    await el.updateComplete;
    expect(step(el)).to.equal('months');
    const field = (i: number) => $<HTMLInputElement>(el, `#q-months-p${i}`)!;
    const years = (i: number) => $<HTMLInputElement>(el, `#q-months-p${i}-years`)!;
    // What was typed comes back as typed.
    expect([years(0).value, field(0).value]).to.deep.equal(['', '12']);

    await type(el, years(0), '');
    await type(el, field(0), '700');
    await next(el);
    expect(step(el)).to.equal('months');
    const error = $(el, '#q-months-p0-error')!;
    expect(text(error)).to.equal('Erreur : Indiquez une durée entre 0 et 50 ans.');
    expect(error.getAttribute('role')).to.equal('alert');
    for (const f of [years(0), field(0)]) {
      expect(f.getAttribute('aria-invalid')).to.equal('true');
      expect(f.getAttribute('aria-describedby')).to.equal('q-months-p0-error');
    }
    expect(focused(el)).to.equal('#q-months-p0-years');
    await expect(el).to.be.accessible();

    await type(el, field(0), '-3');
    await next(el);
    expect(text($(el, '#q-months-p0-error'))).to.equal('Erreur : Indiquez une durée entre 0 et 50 ans.');
    await type(el, years(0), '-1');
    await type(el, field(0), '2');
    await next(el);
    expect(text($(el, '#q-months-p0-error')), 'a negative number of years').to.equal('Erreur : Indiquez une durée entre 0 et 50 ans.');

    await periods(el, ['12', 'douze', '']);
    await next(el);
    expect(has(el, '#q-months-p0-error')).to.equal(false);
    expect(field(0).hasAttribute('aria-invalid')).to.equal(false);
    expect(text($(el, '#q-months-p1-error'))).to.equal('Erreur : Indiquez une durée entre 0 et 50 ans, en chiffres (par exemple 12).');
    expect(text($(el, '#q-months-p2-error'))).to.equal('Erreur : Indiquez la durée de cette période, ou retirez-la.');
    expect(focused(el), 'focus on the first invalid period').to.equal('#q-months-p1-years');

    // Removing a period: its button names the period; focus stays in the list.
    const remove = $$<HTMLButtonElement>(el, 'button[part~="remove"]');
    expect(text(remove[2])).to.equal('Retirer la période 3');
    remove[2].click();
    await el.updateComplete;
    await type(el, field(1), '2,5');
    expect(text($(el, '[part~="total"]'))).to.equal('Total : 14,5 mois, soit 1 an et 2,5 mois');
    expect($(el, '[part~="total"]')!.getAttribute('role')).to.equal('status');
    await next(el);
    expect(step(el)).to.equal('#recap');
  });

  it('drops the answers of questions no longer asked: from the answers, the recap and the event', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    await answerAll(el, { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['stage'], months: [14] });
    expect($$(el, '[part~="recap-item"]')).to.have.length(6);
    const events = record(el, 'eligibility-change');

    const change = $$<HTMLButtonElement>(el, 'button[part~="change"]')[3];
    expect(text(change)).to.equal('Modifier la réponse « Expérience en rapport direct »');
    change.click();
    await el.updateComplete;
    expect(step(el)).to.equal('experience');
    expect(focused(el)).to.equal('#step-heading');
    await choose(el, 'no');
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({
      question: 'experience',
      answers: { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'no' },
    });
    expect(el.answers).to.not.have.property('months');
    // From a change, Next leads straight back to the recap.
    expect(text($(el, '[part~="step-next"]'))).to.equal('Étape suivante : Récapitulatif de vos réponses');
    await next(el);
    expect(step(el)).to.equal('#recap');
    expect(text(stepHeading(el))).to.equal('Étape 5 Récapitulatif de vos réponses');
    expect($$(el, '[part~="recap-item"]').map((i) => i.dataset.question)).to.deep.equal(['target', 'registry', 'status', 'experience']);

    // Back to "Oui": the two questions come again, empty, before the recap.
    $$<HTMLButtonElement>(el, 'button[part~="change"]')[3].click();
    await el.updateComplete;
    await choose(el, 'yes');
    await next(el);
    expect(step(el)).to.equal('activities');
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
    await choose(el, 'salarie');
    await next(el);
    expect(step(el)).to.equal('months');
    expect($<HTMLInputElement>(el, '#q-months-p0')!.value).to.equal('');
    await periods(el, [3]);
    await next(el);
    expect(step(el)).to.equal('#recap');

    // Previous from the recap is the last question; Previous on the first has no button.
    await previous(el);
    expect(step(el)).to.equal('months');
    expect(focused(el)).to.equal('#step-heading');

    await next(el);
    await next(el);
    // Three months are enough under today's law: no minimum duration.
    expect(verdicts(el)).to.deep.equal({ vae: 'Accessible', 'cqp-training': 'Accessible', 'cqp-vae': 'Accessible' });
    expect(text($(el, '[data-outcome="vae"] [part~="reasons"]'))).to.match(/Vous indiquez 3\s+mois d’expérience en rapport direct/);
  });

  describe('results for personas', () => {
    it('a salaried employee aiming at an RNCP CQP with 14 months', async () => {
      const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      await begin(el);
      await answerAll(el, { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14] });
      await next(el);
      expect(verdicts(el)).to.deep.equal({ vae: 'Accessible', 'cqp-training': 'Accessible', 'cqp-vae': 'Accessible' });
      expect(financing(el)).to.deep.equal({
        vae: ['Votre employeur, avec l’Opco EP', 'Votre compte personnel de formation (CPF)', 'Le congé VAE, demandé à votre employeur'],
        'cqp-training': ['Votre entreprise', 'Votre compte personnel de formation (CPF)'],
        'cqp-vae': ['Votre employeur, avec l’Opco EP', 'Votre compte personnel de formation (CPF)', 'Le congé VAE, demandé à votre employeur'],
      });
      const vae = $(el, '[data-outcome="vae"]')!;
      expect(vae.querySelectorAll('[part~="steps"] > [part~="step"]')).to.have.length(5);
      expect(text(vae.querySelector('[part~="verdict"]'))).to.equal('Verdict : ✓ Accessible');
      expect(text(vae.querySelector('[part~="notes"]'))).to.contain('appui méthodologique');
      expect(vae.querySelector('[part~="links"] a')!.getAttribute('href')).to.equal('https://vae.gouv.fr');
      await expect(el).to.be.accessible();
    });

    it('a volunteer aiming at a diploma: VAE only, funded by the CPF', async () => {
      const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      await begin(el);
      await answerAll(el, { target: 'diplome', registry: 'rncp-vae', status: 'autre', experience: 'yes', activities: ['benevolat'], months: [24] });
      await next(el);
      expect(verdicts(el)).to.deep.equal({ vae: 'Accessible' });
      expect(financing(el)).to.deep.equal({ vae: ['Votre compte personnel de formation (CPF)'] });
    });

    it('an employee aiming at a CQP registered only in the RS, without experience', async () => {
      const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      await begin(el);
      await answerAll(el, { target: 'cqp', registry: 'rs', status: 'salarie', experience: 'no' });
      await next(el);
      expect(verdicts(el)).to.deep.equal({ vae: 'Non accessible', 'cqp-training': 'Accessible', 'cqp-vae': 'Non accessible' });
      // No next steps nor financing under a "Non accessible": they would read as an invitation.
      expect(financing(el)).to.deep.equal({ vae: [], 'cqp-training': ['Votre entreprise', 'Votre compte personnel de formation (CPF)'], 'cqp-vae': [] });
      expect(has(el, '[data-outcome="vae"] [part~="steps"]')).to.equal(false);
      expect($(el, '[data-outcome="vae"] [part~="verdict"]')!.getAttribute('part')).to.equal('verdict verdict-not-eligible');
      expect(text($(el, '[data-outcome="vae"] [part~="reasons"]'))).to.contain('n’est inscrite qu’au RS');
      await expect(el).to.be.accessible();
    });

    it('someone who does not know the target yet: "À vérifier"', async () => {
      const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      await begin(el);
      await answerAll(el, { target: 'unknown', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [30] });
      await next(el);
      expect(verdicts(el)).to.deep.equal({ vae: 'À vérifier', 'cqp-training': 'Accessible', 'cqp-vae': 'À vérifier' });
    });
  });

  it('links each outcome to the guide on the page and calls its selectRoute', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <cqp-vae-guide></cqp-vae-guide>
      <eligibility-check></eligibility-check>
    </div>`);
    const guide = wrapper.querySelector('cqp-vae-guide')! as HTMLElement & { selectRoute(id: string): boolean };
    const el = wrapper.querySelector('eligibility-check')!;
    await el.updateComplete;
    const calls: string[] = [];
    const original = guide.selectRoute.bind(guide);
    guide.selectRoute = (id: string) => {
      calls.push(id);
      return original(id);
    };
    await answerAll(el, { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14] });
    await next(el);
    const link = $<HTMLAnchorElement>(el, '[data-outcome="cqp-training"] a[part~="guide-link"]')!;
    expect(text(link)).to.equal('Voir le parcours CQP dans le guide');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    $<HTMLAnchorElement>(el, '[data-outcome="vae"] a[part~="guide-link"]')!.click();
    expect(calls).to.deep.equal(['cqp', 'vae']);
  });

  it('uses the guide named by `guide`, and copes with one that has no selectRoute', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <section id="plain-guide">A page section standing in for a guide</section>
      <eligibility-check guide="plain-guide"></eligibility-check>
    </div>`);
    const el = wrapper.querySelector('eligibility-check')!;
    await el.updateComplete;
    await answerAll(el, { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'no' });
    await next(el);
    const link = $<HTMLAnchorElement>(el, 'a[part~="guide-link"]')!;
    expect(link.getAttribute('href')).to.equal('#plain-guide');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    // No method to call: the link's own navigation to the section is left alone.
    expect(click.defaultPrevented).to.equal(false);
  });

  it('shows no guide link when there is no guide on the page', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    await answerAll(el, { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'no' });
    await next(el);
    expect(has(el, '[part~="guide-link"]')).to.equal(false);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check lang="en"></eligibility-check>`);
    await begin(el);
    expect(text(stepHeading(el))).to.equal('Step 1 Certification visée');
    expect(text($(el, '[part~="step-next"]'))).to.equal('Next step: Votre situation');
    expect(text($(el, '[part~="required-note"]'))).to.equal('All fields are required unless marked otherwise.');
    expect(text($(el, 'button[part~="next"]'))).to.equal('Next');
    await next(el);
    expect(text($(el, '[part~="error-message"]'))).to.equal('Error: Choose an answer.');
    await answerAll(el, { target: 'cqp', registry: 'rs', status: 'salarie', experience: 'no' });
    expect(text(stepHeading(el))).to.equal('Step 5 Check your answers');
    expect(text($(el, 'button[part~="change"]'))).to.equal('Change the answer “Certification visée”');
    await next(el);
    expect(text($(el, '#result-heading'))).to.equal('Your result');
    expect(verdicts(el)).to.deep.equal({ vae: 'Not eligible', 'cqp-training': 'Eligible', 'cqp-vae': 'Not eligible' });
    expect(text($(el, 'button[part~="restart"]'))).to.equal('Start again');
  });

  it('starts its headings at heading-level', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check heading-level="4"></eligibility-check>`);
    await begin(el);
    expect($(el, '[part~="title"]')!.localName).to.equal('h4');
    expect(stepHeading(el)!.localName).to.equal('h5');
    await answerAll(el, { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'no' });
    await next(el);
    expect($(el, '[part~="result-title"]')!.localName).to.equal('h5');
    expect($(el, '[part~="outcome-title"]')!.localName).to.equal('h6');
    expect($(el, '[part~="subtitle"]')!.localName).to.equal('h6');
  });

  it('goes back to level 2 headings when heading-level is removed', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check heading-level="4"></eligibility-check>`);
    await begin(el);
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect($(el, '[part~="title"]')!.localName).to.equal('h2');
  });

  describe('layout', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    });

    // Print media is emulated through the DevTools protocol: Chromium only (Firefox over WebDriver
    // BiDi and WebKitGTK's WebDriver cannot emulate media).
    (canEmulateMedia ? it : it.skip)('hides buttons when printing the result', async () => {
      const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      await begin(el);
      await answerAll(el, { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'no' });
      await next(el);
      const restart = $(el, 'button[part~="restart"]')!;
      expect(getComputedStyle(restart).display).to.not.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(restart).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="actions"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="outcome"]')!).display).to.not.equal('none');
    });

    // WebKit: setViewport resizes MiniBrowser's window, which its toolbar keeps wider than 320 px
    // (about 430 px). The 320 px reflow is tested in all three engines by test/hosts/host-css.test.ts,
    // in a 320 px wide iframe.
    (engine === 'webkit' ? it.skip : it)('fits 320 px without horizontal scrolling, on a step and on the result', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      await begin(el);
      expect(el.scrollWidth).to.be.at.most(320);
      await answerAll(el, { target: 'cqp', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14] });
      expect(el.scrollWidth).to.be.at.most(320);
      await next(el);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});
