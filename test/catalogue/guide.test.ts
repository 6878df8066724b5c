// <cqp-vae-guide> with a catalogue: search as you type (accents and case ignored), filters by
// registry and level, the count in a polite live region, badges and links out, placement, and
// axe; on 300 generated entries and on the example branch.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import { branchContent, catalogueInput, generateCatalogue } from './fixtures.js';

const root = (el: CqpVaeGuide) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: CqpVaeGuide, s: string) => root(el).querySelector<T>(s)!;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Titles of the entries a person sees (laid out), without the "(site externe) ↗" their links add. */
const titles = (el: CqpVaeGuide) =>
  [...root(el).querySelectorAll('[part~="certification-title"]')]
    .filter((n) => n.getClientRects().length > 0)
    .map((n) => text(n).replace(/ \(site externe\) ?\u2060?↗$/, ''));
const count = (el: CqpVaeGuide) => text($(el, '[part~="catalogue-count"]'));
const search = (el: CqpVaeGuide) => $<HTMLInputElement>(el, '[part~="catalogue-search"]');

async function typeInto(el: CqpVaeGuide, value: string) {
  const input = search(el);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  // WebKit's WebDriver drops the second of two identical keys in one sequence ("FF" types "F"):
  // a doubled letter starts a new sequence.
  const chunks: string[] = [];
  for (const ch of value) {
    if (chunks.length && !chunks[chunks.length - 1].endsWith(ch)) chunks[chunks.length - 1] += ch;
    else chunks.push(ch);
  }
  for (const chunk of chunks) await sendKeys({ type: chunk });
  await el.updateComplete;
}

async function choose(el: CqpVaeGuide, label: string, value: string) {
  const select = [...root(el).querySelectorAll<HTMLSelectElement>('select')].find((s) => text(s.labels?.[0]) === label)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<cqp-vae-guide> catalogue of 300 entries', () => {
  let el: CqpVaeGuide;
  beforeEach(async () => {
    el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${catalogueInput(generateCatalogue(300))}></cqp-vae-guide>`);
  });

  it('lists the first 20 entries in the section that places it, with a labelled search field and a count', () => {
    const section = $(el, '.section--catalogue');
    expect(text(section.querySelector('[part~="section-heading"]'))).to.equal('Nos CQP');
    expect(section.querySelector('[part~="catalogue"]')).to.not.equal(null);
    expect(titles(el)).to.have.length(20);
    expect(titles(el)[0]).to.equal('CQP Esthétique 1');
    expect(count(el)).to.equal('300 certifications, les 20 premières affichées');
    expect($(el, '[part~="catalogue-count"]').getAttribute('role')).to.equal('status');
    expect(text(search(el).labels?.[0])).to.equal('Rechercher (intitulé, numéro RNCP ou RS)');
  });

  it('finds "Esthétique" when "esthetique" is typed, and "Coiffure" for "COIFFURE", as the person types', async () => {
    await typeInto(el, 'esthetique');
    expect(count(el)).to.equal('30 certifications, les 20 premières affichées');
    expect(titles(el).every((t) => t.startsWith('CQP Esthétique'))).to.equal(true);
    await typeInto(el, 'COIFFURE');
    expect(count(el)).to.equal('30 certifications, les 20 premières affichées');
    expect(titles(el).every((t) => t.startsWith('CQP Coiffure'))).to.equal(true);
    // Every word must match, in the title or the registry number: Coiffure is i % 10 == 1, RS i % 3 == 1.
    await typeInto(el, 'rs coiffure');
    expect(titles(el)).to.deep.equal(['CQP Coiffure 1', 'CQP Coiffure 4', 'CQP Coiffure 7', 'CQP Coiffure 10', 'CQP Coiffure 13', 'CQP Coiffure 16', 'CQP Coiffure 19', 'CQP Coiffure 22', 'CQP Coiffure 25', 'CQP Coiffure 28']);
    expect(count(el)).to.equal('10 certifications');
  });

  it('announces the count in the singular for one entry and none', async () => {
    await typeInto(el, 'RNCP10030');
    expect(count(el)).to.equal('1 certification');
    expect(titles(el)).to.deep.equal(['CQP Esthétique 4']);
    await typeInto(el, 'boulangerie');
    expect(count(el)).to.equal('Aucune certification ne correspond à votre recherche.');
    expect(titles(el)).to.deep.equal([]);
  });

  it('says when nothing matches and offers the whole list again, the focus back in the search field', async () => {
    expect(root(el).querySelector('[part~="catalogue-empty"]'), 'no empty state while entries show').to.equal(null);
    await typeInto(el, 'mecanique');
    await choose(el, 'Répertoire', 'none');
    await choose(el, 'Niveau', '5');
    await typeInto(el, 'boulangerie');
    const empty = $(el, '[part~="catalogue-empty"]');
    expect(text(empty)).to.contain('repartez de la liste complète');
    await expect(el).to.be.accessible();
    const clear = $<HTMLButtonElement>(el, '[part~="catalogue-clear"]');
    expect(text(clear)).to.equal('Effacer la recherche et les filtres');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="catalogue-empty"]')).to.equal(null);
    expect(search(el).value).to.equal('');
    expect([...root(el).querySelectorAll<HTMLSelectElement>('select')].map((s) => s.value)).to.deep.equal(['', '']);
    expect(count(el)).to.equal('300 certifications, les 20 premières affichées');
    expect(root(el).activeElement?.getAttribute('part')).to.equal('catalogue-search');
  });

  it('draws its search field and filters like the questionnaire\'s fields: label, frame, 44 px targets, focus ring', async () => {
    for (const field of [search(el), ...root(el).querySelectorAll<HTMLSelectElement>('select')]) {
      const style = getComputedStyle(field);
      expect(field.labels?.length, field.id).to.equal(1);
      expect(field.getBoundingClientRect().height, field.id).to.be.at.least(44);
      expect(style.borderBottomWidth, field.id).to.equal('2px');
      expect(style.appearance, field.id).to.equal(field.localName === 'select' ? 'none' : 'auto');
    }
    const vae = $<HTMLInputElement>(el, '[part~="catalogue-vae"]');
    expect(vae.labels![0].getBoundingClientRect().height, 'the checkbox label is a 44 px target').to.be.at.least(44);
    search(el).focus();
    expect(getComputedStyle(search(el)).outlineStyle).to.equal('solid');
  });

  it('filters by registry and by level with labelled native selects, combined with the search', async () => {
    await choose(el, 'Répertoire', 'rs');
    expect(count(el)).to.equal('100 certifications, les 20 premières affichées');
    await choose(el, 'Répertoire', 'rncp');
    await choose(el, 'Niveau', '4');
    expect(count(el)).to.equal('25 certifications, les 20 premières affichées');
    const facts = [...root(el).querySelectorAll('[part~="certification-facts"]')];
    expect(facts).to.have.length(20);
    expect(facts.every((n) => text(n).includes('Niveau 4'))).to.equal(true);
    await typeInto(el, 'oenologie');
    expect(titles(el).every((t) => t.startsWith('CQP Œnologie'))).to.equal(true);
    const n = titles(el).length;
    expect(count(el)).to.equal(n ? `${n} certification${n > 1 ? 's' : ''}` : 'Aucune certification ne correspond à votre recherche.');
    await choose(el, 'Répertoire', '');
    await choose(el, 'Niveau', '');
    expect(count(el)).to.equal('30 certifications, les 20 premières affichées');
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('select option')].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Tous', 'RNCP', 'RS', 'Non inscrit', 'Tous', 'Niveau 3', 'Niveau 4', 'Niveau 5', 'Niveau 6']);
  });

  it('shows each entry with its registry badge, level, VAE access and a link out', () => {
    const entries = [...root(el).querySelectorAll('[part~="certification"]')];
    expect(text(entries[0].querySelector('[part~="certification-facts"]'))).to.equal('RNCP10000 Niveau 3 VAE possible');
    expect(text(entries[1].querySelector('[part~="certification-facts"]'))).to.equal('RS1001');
    expect(text(entries[2].querySelector('[part~="certification-facts"]'))).to.equal('Non inscrit');
    const link = entries[0].querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/cqp/0');
    expect(text(link).replace(/[\s\u2060]/g, '')).to.equal('CQPEsthétique1(siteexterne)↗');
  });

  // This test and the next run axe on the guide (the first axe run of the file loads axe) and type
  // through the WebDriver: about 1.5 s alone, several times that on a loaded two-core machine. The
  // work does not grow with the catalogue (20 to 40 entries are rendered), so a longer timeout rather
  // than fewer checks.
  it('lists 20 more on request, moves focus to the first of them, and starts over on a new search', async function () {
    this.timeout(30_000);
    const more = () => root(el).querySelector<HTMLButtonElement>('[part~="catalogue-more"]');
    expect(text(more())).to.equal('Afficher 20 de plus');
    // The widgets' outlined button look, shared with the questionnaire's buttons.
    expect(getComputedStyle(more()!).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(more()!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    more()!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(40);
    expect(count(el)).to.equal('300 certifications, les 40 premières affichées');
    const focusedEntry = root(el).activeElement as HTMLElement;
    expect(focusedEntry.dataset.id).to.equal('cert-20');
    // The last page says how many are left.
    await typeInto(el, 'esthetique');
    expect(titles(el)).to.have.length(20);
    expect(text(more())).to.equal('Afficher 10 de plus');
    more()!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(30);
    expect(count(el)).to.equal('30 certifications');
    expect(more()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible, filtered or not', async function () {
    this.timeout(30_000);
    await expect(el).to.be.accessible();
    await typeInto(el, 'mecanique');
    await choose(el, 'Répertoire', 'none');
    await expect(el).to.be.accessible();
  });

  it('starts the search over when the content changes', async () => {
    await typeInto(el, 'vente');
    el.content = catalogueInput(generateCatalogue(12));
    await el.updateComplete;
    expect(search(el).value).to.equal('');
    expect(count(el)).to.equal('12 certifications');
  });

  it('shows the filters reset when the content changes', async () => {
    await choose(el, 'Répertoire', 'none');
    el.content = catalogueInput(generateCatalogue(12));
    await el.updateComplete;
    const selects = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part~="catalogue-filter"]')];
    expect(selects.map((s) => s.value)).to.deep.equal(selects.map(() => ''));
    expect(count(el)).to.equal('12 certifications');
  });
});

describe('<cqp-vae-guide> catalogue placement', () => {
  it('puts it at the end of the CQP route when no section places it, with a default title', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${catalogueInput(generateCatalogue(5), false)}></cqp-vae-guide>`);
    const panel = $(el, '[data-route="cqp"]');
    const sections = [...panel.querySelectorAll('[part~="section"]')];
    expect(sections.at(-1)!.classList.contains('section--catalogue')).to.equal(true);
    expect(text(sections.at(-1)!.querySelector('[part~="section-heading"]'))).to.equal('Les certifications');
    expect(root(el).querySelectorAll('[part~="catalogue"]')).to.have.length(1);
  });

  it('keeps a search per list when two sections place the catalogue', async () => {
    const input = catalogueInput(generateCatalogue(30));
    const vae = input.guide.routes[1];
    vae.sections = [...vae.sections, { kind: 'catalogue', title: 'CQP accessibles par la VAE' }];
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked" .content=${input}></cqp-vae-guide>`);
    const lists = () => [...root(el).querySelectorAll<HTMLElement>('[part~="catalogue"]')];
    expect(lists()).to.have.length(2);
    const input0 = lists()[0].querySelector<HTMLInputElement>('[part~="catalogue-search"]')!;
    input0.value = 'vente';
    input0.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const counts = lists().map((l) => text(l.querySelector('[part~="catalogue-count"]')));
    expect(counts).to.deep.equal(['3 certifications', '30 certifications, les 20 premières affichées']);
    expect(lists()[1].querySelector<HTMLInputElement>('[part~="catalogue-search"]')!.value).to.equal('');
    // Each field has its own id, so each label names its own field.
    const ids = lists().map((l) => l.querySelector('input')!.id);
    expect(new Set(ids).size).to.equal(2);
  });

  it('shows no catalogue for the built-in content, which has none', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    expect(root(el).querySelector('[part~="catalogue"]')).to.equal(null);
  });

  it('finds a CQP of the example branch by part of its name', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${await branchContent()}></cqp-vae-guide>`);
    expect(count(el)).to.equal('12 certifications');
    await typeInto(el, 'mecanicien');
    expect(titles(el)).to.deep.equal(['CQP Mécanicien(ne) cycles']);
    await typeInto(el, 'electrique');
    expect(titles(el)).to.deep.equal(['CQP Technicien(ne) vélos à assistance électrique']);
    await expect(el).to.be.accessible();
  });
});
