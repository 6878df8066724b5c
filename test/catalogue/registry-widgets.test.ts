// The registry facts in both elements. <cqp-vae-guide>: an entry opens to its blocs, certifiers and
// contacts; its registration date says "inscrit jusqu'au …", in a warning style when it ends within
// six months or has ended; "VAE possible" filters. <eligibility-check> on the example branch: a
// record without VAE, an ended registration, a bloc offered only for an entry with blocs, and the
// result naming the bloc and the contacts.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { $, $$, begin, choose, next, step, text, verdicts } from '../elements/eligibility-check.helpers.js';
import { branchContent, catalogueInput } from './fixtures.js';

/** A date `days` from today, YYYY-MM-DD: the guide compares registrations with today. */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function guideContent() {
  const input = catalogueInput([
    {
      id: 'blocs', title: 'CQP à blocs', kind: 'cqp', registry: { rncp: 'RNCP20001' }, vaeRoute: true, registeredUntil: fromToday(3 * 365),
      partialValidation: true, blocs: [{ code: 'RNCP20001BC01', title: 'Accueillir' }, { code: 'RNCP20001BC02', title: 'Réparer' }],
      certifiers: [{ name: 'CPNEF TEST', siret: '99990000100017' }], duration: '9 mois', cpf: true, contacts: ['cpnef'],
    },
    { id: 'soon', title: 'CQP bientôt échu', kind: 'cqp', registry: { rncp: 'RNCP20002' }, vaeRoute: true, registeredUntil: fromToday(40) },
    { id: 'ended', title: 'CQP échu', kind: 'cqp', registry: { rncp: 'RNCP20003' }, vaeRoute: true, registeredUntil: fromToday(-3), active: false },
    { id: 'novae', title: 'CQP sans VAE', kind: 'cqp', registry: { rncp: 'RNCP20004' }, vaeRoute: false },
  ]) as any;
  input.contacts = [{ id: 'cpnef', name: 'Service CQP', role: 'Inscriptions', email: 'cqp@branche.example', phone: '01 23 45 67 89', region: 'Bretagne' }];
  return input;
}

describe('<cqp-vae-guide>: registry facts of an entry', () => {
  let el: CqpVaeGuide;
  const entry = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="certification"][data-id="${id}"]`)!;
  beforeEach(async () => {
    el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${guideContent()}></cqp-vae-guide>`);
  });

  it('opens to the blocs, certifiers, practical facts and contact of an entry (native details)', async () => {
    const details = entry('blocs').querySelector<HTMLDetailsElement>('[part~="certification-details"]')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Blocs, certificateurs et contact');
    details.open = true;
    expect([...details.querySelectorAll('[part~="bloc"]')].map((b) => text(b))).to.deep.equal(['Accueillir (RNCP20001BC01)', 'Réparer (RNCP20001BC02)']);
    expect(text(details)).to.contain('Validation possible bloc par bloc.');
    expect(text(details.querySelector('[part~="certification-certifiers"]'))).to.equal('CPNEF TEST');
    expect([...details.querySelectorAll('[part~="certification-practical"] :is(dt, dd)')].map((n) => text(n))).to.deep.equal(['Durée', '9 mois', 'Finançable par le CPF', '✓']);
    const contact = details.querySelector('[part~="contact"]')!;
    expect(text(contact.querySelector('[part~="contact-name"]'))).to.equal('Service CQP');
    expect([...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:cqp@branche.example', 'tel:0123456789']);
    expect(entry('novae').querySelector('[part~="certification-details"]'), 'an entry with nothing to show has no disclosure').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says until when each entry is registered, with a warning when it ends within six months or has ended', () => {
    const registration = (id: string) => entry(id).querySelector<HTMLElement>('[part~="certification-registration"]');
    expect(text(registration('blocs'))).to.match(/^Inscrit jusqu’au \d+(er)? \S+ \d{4}$/);
    expect(registration('blocs')!.getAttribute('part')).to.equal('certification-registration');
    expect(registration('soon')!.getAttribute('part')).to.equal('certification-registration certification-warning');
    expect(text(registration('soon'))).to.match(/l’inscription prend fin dans moins de six mois/);
    expect(registration('ended')!.dataset.registration).to.equal('ended');
    expect(text(registration('ended'))).to.match(/^⚠ Inscription terminée le /);
    expect(getComputedStyle(registration('ended')!).borderLeftWidth).to.equal('4px');
    expect(registration('novae'), 'no date, nothing said').to.equal(null);
  });

  it('"VAE possible" lists only the RNCP entries whose record lists VAE and whose registration runs', async () => {
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="catalogue-vae"]')!;
    expect(text(box.labels?.[0])).to.equal('VAE possible');
    const shown = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="certification"]')].map((n) => n.dataset.id);
    expect(shown()).to.deep.equal(['blocs', 'soon', 'ended', 'novae']);
    box.click();
    await el.updateComplete;
    expect(shown()).to.deep.equal(['blocs', 'soon']);
    expect(text(el.shadowRoot!.querySelector('[part~="catalogue-count"]'))).to.equal('2 certifications');
  });
});

describe('<eligibility-check>: registry facts of the picked certification (example branch)', () => {
  let branch: Record<string, unknown>;
  before(async () => {
    branch = await branchContent();
  });

  /** `query` has no doubled letter: WebKit's WebDriver drops the second of two identical keys. */
  async function pickAndAnswer(query: string, rest: Record<string, string>) {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${branch}></eligibility-check>`);
    await begin(el);
    const box = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    box.focus();
    await sendKeys({ type: query });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await next(el);
    const asked: string[] = [];
    const offered: Record<string, string[]> = {};
    for (let guard = 0; guard < 6 && step(el) !== '#recap'; guard++) {
      asked.push(step(el));
      offered[step(el)] = $$<HTMLInputElement>(el, 'form input[type="radio"]').map((i) => i.value);
      await choose(el, rest[step(el)]);
      await next(el);
    }
    await next(el);
    return { el, asked, offered };
  }

  it('a record that does not list VAE: no bloc question, VAE not accessible, with that reason', async () => {
    const { el, asked } = await pickAndAnswer('mobilité cyclable', { status: 'salarie' });
    expect(asked).to.deep.equal(['status']);
    expect(verdicts(el)).to.deep.equal({ 'cqp-training': 'Accessible', 'cqp-vae': 'Non accessible' });
    expect(text($(el, '[data-outcome="cqp-vae"] [part~="reasons"]'))).to.contain('sa fiche ne prévoit pas encore la VAE');
  });

  it('an ended registration: VAE to check with the reason, and a warning under the certification', async () => {
    const { el, asked } = await pickAndAnswer('logisticien', { status: 'salarie', experience: 'yes' });
    expect(asked, 'no bloc question: the CQP has none and its registration ended').to.deep.equal(['status', 'experience']);
    expect(verdicts(el)['cqp-vae']).to.equal('À vérifier');
    expect(text($(el, '[data-outcome="cqp-vae"] [part~="reasons"]'))).to.match(/au RNCP a pris fin/);
    expect(text($(el, '[part~="result-registration"]'))).to.match(/^⚠ Inscription terminée le 30 novembre 2026/);
  });

  it('a bloc: offered only the picked entry’s blocs, named in the result, with the right contacts', async () => {
    const { el, asked, offered } = await pickAndAnswer('technicien cycles', { status: 'salarie', experience: 'yes', bloc: 'rncp99901bc02' });
    expect(asked).to.deep.equal(['status', 'experience', 'bloc']);
    expect(offered.bloc).to.deep.equal(['whole', 'rncp99901bc01', 'rncp99901bc02', 'rncp99901bc03']);
    expect(text($(el, '[part~="result-bloc"]'))).to.equal('Bloc visé : Réparer et régler les organes mécaniques d’un cycle (RNCP99901BC02)');
    expect(text($(el, '[data-outcome="cqp-vae"] [part~="reasons"]'))).to.contain('Réparer et régler les organes mécaniques d’un cycle');
    const contacts = $$(el, '[part~="result-contacts"] [part~="contact-name"]').map((n) => text(n));
    expect(contacts).to.deep.equal(['Service des CQP de la CPNEF des métiers du cycle (fictif)', 'Point conseil VAE de la branche (fictif)']);
    await expect(el).to.be.accessible();
  });

  it('the picked entry’s own contact comes first', async () => {
    const { el } = await pickAndAnswer('électrique', { status: 'salarie', experience: 'no' });
    expect($$(el, '[part~="result-contacts"] [part~="contact"]').map((n) => n.dataset.contact)).to.deep.equal(['cpnef-cycles', 'conseil-vae']);
  });
});
