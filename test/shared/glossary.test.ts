// Words explained where they appear: the cutting of a text at its terms (pure), then the
// disclosures both elements render from the built-in glossary, used as a person would: keyboard,
// pointer (a tap is a click) and screen reader (roles, states, reading order).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import type { GlossaryEntry } from '../../src/content/schema.js';
import { segments } from '../../src/shared/glossary.js';
import { glossaryFr } from '../../src/content/default/glossary.fr.js';
import { answerAll, begin, next } from '../elements/eligibility-check.helpers.js';

const g: GlossaryEntry[] = [
  { term: 'VAE', definition: 'v' },
  { term: 'France VAE', definition: 'f' },
  { term: 'RS', definition: 'r' },
  { term: 'référentiel', forms: ['référentiels'], definition: 'ref' },
  { term: 'jury paritaire national', definition: 'j' },
  { term: 'organisme certificateur', forms: ['certificateur'], definition: 'o' },
];
const marked = (text: string, seen = new Set<number>()) =>
  segments(text, g, seen).flatMap((s) => (typeof s === 'string' ? [] : [`${g[s.entry].term}:${s.text}`]));

describe('segments', () => {
  it('marks the first occurrence of each term only, in reading order', () => {
    expect(marked('La VAE, puis la VAE encore ; le RS.')).to.deep.equal(['VAE:VAE', 'RS:RS']);
    const seen = new Set<number>();
    marked('La VAE.', seen);
    expect(marked('Encore la VAE.', seen), 'a scope remembers').to.deep.equal([]);
  });

  it('prefers the longest spelling, whole words, the text’s own case and spaces', () => {
    expect(marked('Sur France VAE, la VAE.')).to.deep.equal(['France VAE:France VAE', 'VAE:VAE']);
    expect(marked('vae.gouv.fr et le RSA')).to.deep.equal([]);
    expect(marked('Référentiels et jury\u00a0paritaire national')).to.deep.equal(['référentiel:Référentiels', 'jury paritaire national:jury\u00a0paritaire national']);
    expect(marked('l’organisme certificateur puis le certificateur')).to.deep.equal(['organisme certificateur:organisme certificateur']);
  });

  it('keeps the text whole: the pieces join back into it', () => {
    const text = 'Votre dossier va au certificateur ; sur France VAE, la VAE et le RS.';
    expect(segments(text, g, new Set()).map((s) => (typeof s === 'string' ? s : s.text)).join('')).to.equal(text);
  });
});

const termsIn = (node: ParentNode) => [...node.querySelectorAll<HTMLElement>('[part~="term"]')];
/** The glossary entry a term button opens, from its definition's id (g-<scope>-<entry>). */
const entryOf = (button: HTMLElement) => button.getAttribute('aria-controls')!.split('-').at(-1);
const panelOf = (button: HTMLElement) => button.getRootNode() instanceof ShadowRoot
  ? (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!
  : null!;

describe('glossary in <cqp-vae-guide>', () => {
  let el: CqpVaeGuide;
  beforeEach(async () => {
    el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked"></cqp-vae-guide>`);
  });

  it('marks the domain-notes’ words in the built-in guide, each at most once per section, with unique ids', () => {
    const sections = [...el.shadowRoot!.querySelectorAll('section[part~="section"]')];
    const seen = new Set<string>();
    for (const section of sections) {
      const entries = termsIn(section).map(entryOf);
      expect(new Set(entries).size, section.querySelector('h3, h4, h5')?.textContent ?? '').to.equal(entries.length);
      entries.forEach((e) => seen.add(glossaryFr[Number(e)].term));
    }
    const ids = termsIn(el.shadowRoot!).map((b) => b.getAttribute('aria-controls'));
    expect(new Set(ids).size).to.equal(ids.length);
    for (const word of ['CQP', 'VAE', 'RNCP', 'RS', 'CPF', 'Opco EP', 'Transitions Pro', 'France VAE', 'référentiel', 'bloc de compétences', 'organisme certificateur', 'jury paritaire national', 'dossier de faisabilité', 'architecte accompagnateur de parcours', 'appui méthodologique', 'Cerfa']) {
      expect(seen.has(word), word).to.equal(true);
    }
  });

  it('opens and closes a definition by keyboard: Enter, Space, Escape back on the term', async () => {
    const term = termsIn(el.shadowRoot!).find((b) => b.textContent === 'jury paritaire national')!;
    const panel = panelOf(term);
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(panel.textContent, 'nothing in the text while closed').to.equal('');
    term.focus();
    await sendKeys({ press: 'Enter' });
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent).to.contain('représentants des employeurs');
    await sendKeys({ press: 'Space' });
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Escape' });
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(term);
  });

  it('flows a term of several words inside its sentence like a link: it wraps, and starts on the line of the text before it', async () => {
    el.style.width = '12em';
    await el.updateComplete;
    const term = termsIn(el.shadowRoot!).find((b) => b.textContent === 'jury paritaire national')!;
    expect(term.getAttribute('role')).to.equal('button');
    expect(term.tabIndex).to.equal(0);
    expect(getComputedStyle(term).display).to.equal('inline');
    // A <button> is one box: it would be one rectangle, on a line of its own.
    expect(term.getClientRects().length, 'one box per line it spans').to.be.greaterThan(1);
    // The text just before the term (lit leaves comment markers between the pieces).
    let before: Node = term.parentElement!.previousSibling!;
    while (before.nodeType !== Node.TEXT_NODE || !before.textContent!.trim()) before = before.previousSibling!;
    const range = document.createRange();
    range.setStart(before, Math.max(0, (before.textContent ?? '').trimEnd().length - 1));
    range.setEnd(before, (before.textContent ?? '').trimEnd().length);
    const lastBefore = [...range.getClientRects()].at(-1)!;
    const first = term.getClientRects()[0];
    expect(Math.abs(first.top - lastBefore.top), 'the term starts on the line the text before it ends').to.be.below(2);
    expect(first.left).to.be.greaterThan(lastBefore.left);
    el.style.width = '';
  });

  it('opens and closes with a pointer or a tap, never on hover; the definition follows the term for a screen reader', async () => {
    const term = termsIn(el.shadowRoot!).find((b) => b.textContent === 'RNCP')!;
    term.scrollIntoView({ block: 'center' });
    const box = term.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'move', position: at });
    expect(term.getAttribute('aria-expanded'), 'hover does nothing').to.equal('false');
    await sendMouse({ type: 'click', position: at });
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(term);
    expect(term.nextElementSibling).to.equal(panel);
    expect(term.getAttribute('aria-label')).to.equal('RNCP, définition');
    expect(panel.querySelector('a')?.getAttribute('href')).to.match(/^https:\/\/www\.francecompetences\.fr/);
    await sendMouse({ type: 'click', position: at });
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('is accessible with a definition open (axe)', async () => {
    termsIn(el.shadowRoot!)[0].click();
    termsIn(el.shadowRoot!)[5].click();
    expect(termsIn(el.shadowRoot!).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('keeps an open definition open when the guide re-renders', async () => {
    const term = termsIn(el.shadowRoot!)[0];
    term.click();
    el.headingLevel = 3;
    await el.updateComplete;
    expect(termsIn(el.shadowRoot!)[0].getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('glossary in <eligibility-check>', () => {
  it('marks terms in a question’s hints and in each reason, accessible with a definition open', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    const hint = el.shadowRoot!.querySelector('[part~="hint"]')!;
    const words = termsIn(hint).map((b) => b.textContent);
    expect(words).to.include.members(['CQP', 'bloc de compétences']);
    termsIn(hint)[0].click();
    await expect(el).to.be.accessible();

    await answerAll(el, { target: 'cqp', registry: 'rs', status: 'independant', experience: 'yes', activities: ['non-salarie'], months: [6] });
    await next(el);
    const reasons = [...el.shadowRoot!.querySelectorAll('[part~="reason"]')];
    const rs = reasons.find((r) => r.textContent!.includes('qu’au RS'))!;
    expect(termsIn(rs).map((b) => b.textContent)).to.include('RS');
    for (const reason of reasons) {
      const entries = termsIn(reason).map(entryOf);
      expect(new Set(entries).size).to.equal(entries.length);
    }
    termsIn(rs)[0].click();
    await expect(el).to.be.accessible();
  });
});
