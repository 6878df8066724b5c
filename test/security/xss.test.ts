// Content never becomes markup (DOM nodes are never passed to expect(): a failing assertion on
// one makes the runner serialise it and hang). Every string a person reads is an XSS payload; links are refused
// unless http(s), mailto or tel. The test checks that no payload ran (a window flag every payload
// would set, after a control handler proved that handlers do run), that no element or event
// attribute came from content, that no unsafe URL reached an href, and that the payloads show as
// text.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { renderLink, renderParagraphs } from '../../src/shared/rich-text.js';
import { isSafeHref } from '../../src/content/schema.js';
import { answerAll, begin, next, step } from '../elements/eligibility-check.helpers.js';
import { BRANCH, deepElements, quietConsole, shown, text, type Widget } from './helpers.js';
import { typeset } from '../../src/content/typography.js';
import { PAYLOADS, TRICKY_SAFE_HREFS, UNSAFE_HREFS, executed, hostile } from './payloads.js';

/** Elements content must never create (the widgets' own markup has none of them). */
const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'img', 'svg', 'math', 'object', 'embed', 'base', 'meta', 'link', 'template']);

/** The branch document with links, runs, notes and hints everywhere, before payloads go in. */
async function richDocument() {
  const doc = await (await fetch(BRANCH)).json();
  const links = TRICKY_SAFE_HREFS.map((href) => ({ text: 'lien', href, description: 'desc' }));
  const runs = ['texte ', { emphasis: 'fort' }, ' puis ', { text: 'lien', href: TRICKY_SAFE_HREFS[0] }];
  doc.guide.intro = ['intro', runs];
  doc.guide.comparison = { title: 'comparaison', rows: [{ label: 'objectifs', section: 'objectives' }] };
  doc.guide.routes[0].summary = runs;
  doc.guide.routes[0].sections.push({ kind: 'links', title: 'liens', links });
  doc.guide.routes[0].sections.push({ kind: 'advantages', title: 'avantages', items: ['un', runs] });
  doc.guide.routes[0].sections[2].options[0].body = ['corps', runs];
  doc.guide.routes[0].sections[2].options[0].link = links[0];
  doc.eligibility.intro = ['intro', runs];
  doc.eligibility.links = links;
  doc.eligibility.questions[0].hint = ['aide', runs];
  doc.eligibility.questions[0].options[0].hint = runs;
  doc.eligibility.outcomes[0].notes = ['note', runs];
  doc.eligibility.outcomes[0].links = links;
  return doc;
}

/** Waits for an image that cannot load, with an inline handler: by then the others would have run. */
async function controlHandlerRuns(): Promise<void> {
  const host = document.createElement('div');
  // The test page itself has no CSP: this handler runs, which proves the flag check can fail.
  host.innerHTML = '<img src="data:image/png;base64,AAAA" onerror="window.__xssControl = 1">';
  document.body.append(host);
  const img = host.querySelector('img')!;
  await new Promise((resolve) => {
    if ((window as { __xssControl?: unknown }).__xssControl) resolve(null);
    img.addEventListener('error', resolve, { once: true });
  });
  await new Promise((r) => requestAnimationFrame(r));
  host.remove();
  expect((window as { __xssControl?: unknown }).__xssControl, 'control handler').to.equal(1);
}

/** Nothing from content became an element, an event attribute or an unsafe link. */
function assertInert(el: Element) {
  for (const node of deepElements(el.shadowRoot!)) {
    expect(FORBIDDEN.has(node.localName), `<${node.localName}> in <${el.localName}>`).to.equal(false);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${attr} on <${node.localName}>`).to.equal(false);
    }
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      const href = node.getAttribute('href')!;
      const samePage = href.startsWith('#');
      expect(samePage || isSafeHref(href), `href ${href}`).to.equal(true);
      expect(['https:', 'http:', 'mailto:', 'tel:']).to.include(new URL(node.href).protocol);
    }
  }
}

describe('XSS: content is data, never markup', () => {
  let console_: ReturnType<typeof quietConsole>;
  beforeEach(() => {
    console_ = quietConsole();
    delete (window as { __xss?: unknown }).__xss;
  });
  afterEach(() => console_.restore());

  it('renders a guide whose every string is a payload as text, and runs none', async () => {
    const content = hostile(await richDocument());
    const el = await fixture<Widget>(html`<cqp-vae-guide .content=${content}></cqp-vae-guide>`);
    expect(shown(el)).to.equal('ready');
    // Show every route (tabs hide all but one), then read all the text.
    el.setAttribute('layout', 'stacked');
    await el.updateComplete;
    const shownText = text(el.shadowRoot);
    // French content is shown with French typography (no-break spaces, apostrophes): as text all the same.
    for (const p of PAYLOADS) expect(shownText.includes(text({ textContent: typeset(p) } as Node)), p.slice(0, 40)).to.equal(true);
    assertInert(el);
    await controlHandlerRuns();
    expect(executed()).to.equal(undefined);
  });

  it('walks the questionnaire to its result with payloads everywhere, and runs none', async () => {
    const content = hostile(await richDocument());
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${content}></eligibility-check>`);
    await begin(el);
    expect(shown(el)).to.equal('ready');
    const seen: string[] = [text(el.shadowRoot)];
    assertInert(el);
    await answerAll(el, { salarie: 'oui', mois: 6 });
    seen.push(text(el.shadowRoot));
    assertInert(el);
    await next(el);
    expect(step(el)).to.equal('#result');
    seen.push(text(el.shadowRoot));
    assertInert(el);
    const all = seen.join(' ');
    for (const p of PAYLOADS) expect(all.includes(text({ textContent: typeset(p) } as Node)), p.slice(0, 40)).to.equal(true);
    // The reason's placeholder was filled next to its payload, as text.
    expect(all).to.match(/6 (<img|<script|"><svg|' onmouseover|javascript:|<iframe|<\/style>|\$\{|&lt;|\u202E|<a |x{100}|<math|<details|vbscript|data:)/);
    await controlHandlerRuns();
    expect(executed()).to.equal(undefined);
  });

  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as const) {
    it(`<${tag}> refuses unsafe links and shows what was refused as text`, async () => {
      for (const href of UNSAFE_HREFS) {
        const doc = await richDocument();
        doc.guide.routes[0].sections.push({ kind: 'links', title: 'piège', links: [{ text: 'piège', href }] });
        const el = document.createElement(tag) as Widget;
        el.content = doc;
        await fixture(html`<div>${el}</div>`);
        expect(shown(el), href).to.equal('error');
        const items = [...el.shadowRoot!.querySelectorAll('[part~="error-list"] li')].map((li) => text(li));
        expect(items.some((i) => i.includes('.href')), `${href}: ${items.join(' | ')}`).to.equal(true);
        expect(el.shadowRoot!.querySelector('a[href]') === null, href).to.equal(true);
        assertInert(el);
      }
      await controlHandlerRuns();
      expect(executed()).to.equal(undefined);
    });
  }

  it('the error state shows hostile values from a broken document as text', async () => {
    const doc = hostile(await richDocument()) as Record<string, any>;
    doc.meta.id = PAYLOADS[0];
    doc.meta.reviewedAt = PAYLOADS[1];
    doc.guide.routes[0].id = PAYLOADS[2];
    doc[PAYLOADS[3]] = PAYLOADS[4];
    const el = await fixture<Widget>(html`<eligibility-check .content=${doc}></eligibility-check>`);
    expect(shown(el)).to.equal('error');
    const shownText = text(el.shadowRoot);
    expect(shownText).to.contain('<img src=x onerror="window.__xss=1">');
    expect(shownText).to.contain('<script>window.__xss=2</script>');
    assertInert(el);
    await controlHandlerRuns();
    expect(executed()).to.equal(undefined);
  });

  it('renderLink never puts an unsafe URL in an href, even for content that skipped the schema', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const href of UNSAFE_HREFS) {
        render(html`${renderLink(PAYLOADS[0], href, 'fr')}${renderParagraphs([[{ text: 'x', href }]], 'fr')}`, host);
        expect(host.querySelector('a') === null, href).to.equal(true);
        expect(text(host)).to.contain(PAYLOADS[0]);
      }
      for (const href of TRICKY_SAFE_HREFS) {
        render(renderLink('lien', href, 'fr'), host);
        const a = host.querySelector('a')!;
        expect(a.getAttribute('href')).to.equal(href);
        expect(host.querySelector('img, script') === null).to.equal(true);
      }
    } finally {
      host.remove();
    }
    await controlHandlerRuns();
    expect(executed()).to.equal(undefined);
  });
});
