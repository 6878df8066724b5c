// <cqp-vae-guide>: presentation (tabs, stacked, single route), keyboard, selectRoute, headings,
// comparison, parts, accessibility, UI language, printing, and hostile content shown as text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import { canEmulateMedia } from '../hosts/engine.js';

const THREE = '/test/fixtures/guide/three-routes.json';
let three: Record<string, any>;
before(async () => {
  three = await (await fetch(THREE)).json();
});
const copy = <T>(value: T): T => structuredClone(value);

const root = (el: CqpVaeGuide) => el.shadowRoot!;
const all = (el: CqpVaeGuide, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: CqpVaeGuide, selector: string) => root(el).querySelector<HTMLElement>(selector);
const tabs = (el: CqpVaeGuide) => all(el, '[role="tab"]');
const panels = (el: CqpVaeGuide) => all(el, '[role="tabpanel"]');
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The shown panel is the one the selected tab controls, and only that one. */
function expectSelected(el: CqpVaeGuide, index: number) {
  tabs(el).forEach((tab, i) => {
    expect(tab.getAttribute('aria-selected'), `tab ${i} aria-selected`).to.equal(String(i === index));
    expect(tab.getAttribute('tabindex'), `tab ${i} tabindex`).to.equal(i === index ? '0' : '-1');
    const panel = root(el).getElementById(tab.getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
    expect(panel.hidden, `panel ${i} hidden`).to.equal(i !== index);
  });
}

describe('<cqp-vae-guide> tabs', () => {
  it('renders the routes as WAI-ARIA tabs, the first one selected', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    const list = one(el, '[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Parcours');
    expect(tabs(el).map((t) => text(t))).to.deep.equal(['CQP', 'VAE']);
    expect(panels(el)).to.have.length(2);
    expectSelected(el, 0);
    await expect(el).to.be.accessible();
  });

  it('moves and activates with ArrowRight, ArrowLeft (wrapping), Home and End', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${three}></cqp-vae-guide>`);
    tabs(el)[0].focus();
    const press = async (key: string, expected: number) => {
      await sendKeys({ press: key });
      await el.updateComplete;
      expectSelected(el, expected);
      expect(root(el).activeElement, `focus after ${key}`).to.equal(tabs(el)[expected]);
    };
    await press('ArrowRight', 1);
    await press('ArrowRight', 2);
    await press('ArrowRight', 0);
    await press('ArrowLeft', 2);
    await press('Home', 0);
    await press('End', 2);
    await press('ArrowLeft', 1);
    // Tab leaves the tab list for the shown panel.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(panels(el)[1]);
  });

  it('follows the visual order of the arrows in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><cqp-vae-guide .content=${three}></cqp-vae-guide></div>`);
    const el = wrapper.querySelector('cqp-vae-guide')!;
    tabs(el)[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expectSelected(el, 1);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expectSelected(el, 0);
  });

  it('selects a clicked tab', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${three}></cqp-vae-guide>`);
    tabs(el)[2].click();
    await el.updateComplete;
    expectSelected(el, 2);
  });

  it('keeps other keys for the page', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${three}></cqp-vae-guide>`);
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true, composed: true });
    tabs(el)[0].dispatchEvent(event);
    expect(event.defaultPrevented).to.be.false;
    expectSelected(el, 0);
  });
});

describe('<cqp-vae-guide> layouts and routes', () => {
  it('layout="stacked" shows every route, without tabs', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked" .content=${three}></cqp-vae-guide>`);
    expect(one(el, '[role="tablist"]')).to.be.null;
    const routes = all(el, '[part~="route"]');
    expect(routes.map((r) => r.dataset.route)).to.deep.equal(['cqp', 'vae', 'pro']);
    for (const r of routes) expect(r.hidden).to.be.false;
    expect(one(el, '[part~="comparison"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('route="vae" shows that route only, with no tabs and no comparison', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide route="vae"></cqp-vae-guide>`);
    expect(one(el, '[role="tablist"]')).to.be.null;
    expect(one(el, '[part~="comparison"]')).to.be.null;
    const routes = all(el, '[part~="route"]');
    expect(routes.map((r) => r.dataset.route)).to.deep.equal(['vae']);
    expect(text(one(el, '[part~="route-title"]'))).to.contain('Validation des acquis');
    el.route = 'cqp';
    await el.updateComplete;
    expect(all(el, '[part~="route"]').map((r) => r.dataset.route)).to.deep.equal(['cqp']);
    await expect(el).to.be.accessible();
  });

  it('shows every route and warns when route names no route', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide route="nope"></cqp-vae-guide>`);
      expect(tabs(el)).to.have.length(2);
      expect(warnings.join('\n')).to.contain('route="nope"').and.contain('"vae"');
    } finally {
      console.warn = original;
    }
  });

  it('selectRoute(id) selects the tab and focuses its panel', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    expect(el.selectRoute('vae')).to.be.true;
    await el.updateComplete;
    expectSelected(el, 1);
    await waitUntil(() => root(el).activeElement === panels(el)[1], 'panel focused');
    expect(el.selectRoute('nope')).to.be.false;
    expectSelected(el, 1);
  });

  it('selectRoute(id) focuses the section in the stacked layout', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked"></cqp-vae-guide>`);
    expect(el.selectRoute('vae')).to.be.true;
    await waitUntil(() => root(el).activeElement === one(el, '[part~="route"][data-route="vae"]'), 'section focused');
  });

  it('selectRoute refuses a route that is not shown, or before the content is there', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide route="cqp"></cqp-vae-guide>`);
    expect(el.selectRoute('vae')).to.be.false;
    expect(el.selectRoute('cqp')).to.be.true;
    const loading = await fixture<CqpVaeGuide>(html`<cqp-vae-guide src="/__fixtures__/hang"></cqp-vae-guide>`);
    expect(loading.selectRoute('vae')).to.be.false;
    loading.remove();
  });
});

describe('<cqp-vae-guide> structure', () => {
  const levels = (el: CqpVaeGuide, part: string) => all(el, `[part~="${part}"]`).map((h) => h.localName);

  it('uses heading levels from heading-level (default 2)', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${three}></cqp-vae-guide>`);
    expect(levels(el, 'title')).to.deep.equal(['h2']);
    expect(new Set(levels(el, 'route-title'))).to.deep.equal(new Set(['h3']));
    expect(new Set(levels(el, 'section-heading'))).to.deep.equal(new Set(['h4']));
    expect(new Set(levels(el, 'card-title'))).to.deep.equal(new Set(['h5']));
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.getAttribute('heading-level')).to.equal('5');
    expect(levels(el, 'title')).to.deep.equal(['h5']);
    expect(new Set(levels(el, 'route-title'))).to.deep.equal(new Set(['h6']));
    expect(new Set(levels(el, 'card-title'))).to.deep.equal(new Set(['h6']));
  });

  it('renders steps as a numbered timeline', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked"></cqp-vae-guide>`);
    const vaeSteps = one(el, '[data-route="vae"] [part~="steps"]')!;
    expect(vaeSteps.localName).to.equal('ol');
    const steps = [...vaeSteps.querySelectorAll('[part~="step"]')];
    expect(steps).to.have.length(6);
    steps.forEach((step, i) => {
      expect(text(step.querySelector('[part~="step-number"]'))).to.equal(String(i + 1));
      expect(text(step.querySelector('[part~="step-title"]'))).to.match(new RegExp(`^Étape ${i + 1}\\s?: `));
    });
  });

  it('renders financing options as cards, notes as callouts (not alerts), links marked external', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked"></cqp-vae-guide>`);
    const cards = all(el, '[data-route="vae"] [part~="card"]');
    expect(cards.map((c) => text(c.querySelector('[part~="card-title"]')))).to.have.length(3);
    const callouts = all(el, '[part~="callout"]');
    expect(callouts.length).to.be.greaterThan(0);
    for (const c of callouts) expect(c.closest('[role="alert"]') ?? c.getAttribute('role')).to.be.null;
    const link = all(el, 'a[part~="link"]').find((a) => a.getAttribute('href') === 'https://vae.gouv.fr')!;
    expect(link, 'vae.gouv.fr link').to.exist;
    expect(text(link.querySelector('.visually-hidden'))).to.equal('(site externe)');
    expect(link.querySelector('[aria-hidden="true"]')!.textContent).to.equal('\u2060↗');
  });

  it('compares the routes in a table built from the content', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    const table = one(el, 'table[part~="comparison-table"]')!;
    expect(text(table.querySelector('caption'))).to.equal('CQP ou VAE : laquelle vous correspond ?');
    const cols = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => text(th));
    expect(cols).to.deep.equal(['Critère', 'CQP', 'VAE']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => text(r.querySelector('th[scope="row"]')))).to.deep.equal([
      'Ce que c’est',
      'Pour qui',
      'Comment',
      'Financement',
    ]);
    expect(text(rows[1].querySelectorAll('td')[0])).to.equal('Toutes les personnes salariées ; certaines branches l’ouvrent à d’autres publics.');
    expect(text(rows[2].querySelectorAll('td')[0])).to.contain('4 étapes');
    expect(text(rows[2].querySelectorAll('td')[1])).to.contain('6 étapes');
  });

  it('falls back to default rows, first paragraphs and "Non précisé" when the content has no comparison', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${three}></cqp-vae-guide>`);
    const table = one(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal('Comparer les parcours');
    const cell = (row: number, col: number) => text(table.querySelectorAll('tbody tr')[row].querySelectorAll('td')[col]);
    const labels = [...table.querySelectorAll('tbody th')].map((th) => text(th));
    expect(labels).to.deep.equal(['Objectif', 'Pour qui', 'Démarche', 'Financement']);
    expect(cell(0, 0)).to.equal('Résumé objectif CQP.');
    expect(cell(0, 1)).to.equal('Valider l’expérience.');
    expect(cell(1, 0)).to.equal('Premier paragraphe public CQP.');
    expect(cell(1, 1)).to.equal('Non précisé');
    expect(cell(2, 0)).to.equal('Première étape CQP 2 étapes');
    expect(cell(2, 1)).to.equal('Résumé étapes VAE. 3 étapes');
    expect(cell(3, 0)).to.equal('Carte entreprise');
  });

  it('reflows at 320 px without horizontal scrolling, in both layouts', async () => {
    for (const layout of ['tabs', 'stacked']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px; font-size: 16px"><cqp-vae-guide layout=${layout}></cqp-vae-guide></div>`,
      );
      const el = wrapper.querySelector('cqp-vae-guide')!;
      const base = one(el, '[part~="base"]')!;
      expect(base.scrollWidth, `${layout}: guide`).to.be.at.most(320);
      const table = one(el, 'table')!;
      expect(table.getBoundingClientRect().width, `${layout}: table`).to.be.at.most(320);
      // Stacked cells say which route they belong to.
      expect(getComputedStyle(table.querySelector('td')!).display).to.equal('block');
    }
  });

  it('shows the source and the review date at the bottom', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    const base = one(el, '[part~="base"]')!;
    const footer = one(el, '[part~="source"]')!;
    expect(base.lastElementChild!.contains(footer)).to.be.true;
    expect(text(footer)).to.contain('Vérifié le 2 décembre 2026');
    expect(footer.querySelector('a[part~="source-link"]')!.getAttribute('href')).to.equal('https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences');
  });

  it('exposes a part on every meaningful node', async () => {
    const parts = (el: CqpVaeGuide) => new Set(all(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
    const tabbed = parts(await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`));
    for (const part of [
      'base', 'header', 'title', 'intro', 'comparison', 'comparison-table', 'comparison-caption',
      'comparison-route', 'comparison-label', 'tabs', 'tablist', 'tab', 'panel', 'route', 'route-title',
      'route-summary', 'section', 'section-heading', 'paragraph', 'emphasis', 'advantages', 'advantage',
      'steps', 'step', 'step-number', 'step-title', 'cards', 'card', 'card-title', 'callout', 'links',
      'link-item', 'link', 'source', 'source-link',
    ]) {
      expect(tabbed.has(part), part).to.be.true;
    }
    const stacked = parts(await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked"></cqp-vae-guide>`));
    expect(stacked.has('route') && !stacked.has('tab') && !stacked.has('panel')).to.be.true;
  });

  // Print media is emulated through the DevTools protocol: Chromium only (Firefox over WebDriver
  // BiDi and WebKitGTK's WebDriver cannot emulate media).
  (canEmulateMedia ? it : it.skip)('prints every route, without the tab list', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(one(el, '[role="tablist"]')!).display).to.equal('none');
      for (const panel of panels(el)) expect(getComputedStyle(panel).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(panels(el)[1]).display).to.equal('none');
  });
});

describe('<cqp-vae-guide> UI language', () => {
  it('speaks English under lang="en", keeping the content language on the content', async () => {
    // The English strings are a module of their own: the first render waits for them, never French
    // first. Recorded with a MutationObserver from the moment of connection, since a fixture that
    // waits a frame can find the strings already there (WebKit loads the chunk within one).
    // Assertions compare strings and booleans, never elements: in WebKit a failed assertion that
    // holds a DOM node hangs the run while it is serialised for the report.
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const el = document.createElement('cqp-vae-guide') as CqpVaeGuide;
    wrapper.append(el);
    const firstRender: string[] = [];
    document.body.append(wrapper);
    const observer = new MutationObserver(() => {
      if (!firstRender.length) firstRender.push(text(el.shadowRoot));
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    expect(el.shadowRoot!.childElementCount === 0, 'nothing rendered at connection').to.equal(true);
    await el.updateComplete;
    expect(one(el, '[role="tablist"]')!.getAttribute('aria-label')).to.equal('Routes');
    expect(one(el, '[part~="base"]')!.getAttribute('lang')).to.equal('fr');
    const stepLabel = one(el, '[part~="step-title"] .visually-hidden')!;
    expect(text(stepLabel)).to.equal('Step 1:');
    expect(stepLabel.getAttribute('lang')).to.equal('en');
    expect(text(one(el, 'tbody tr:nth-child(3) td .count'))).to.equal('4 steps');
    expect(text(one(el, '[part~="source"]'))).to.contain('Reviewed on December 2, 2026');
    expect(text(one(el, 'a[part~="link"] .visually-hidden'))).to.equal('(external site)');
    observer.disconnect();
    expect(firstRender[0] ?? '', 'the first render').to.contain('Step 1:');
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('follows lang on the element itself', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide lang="en" .content=${three}></cqp-vae-guide>`);
    expect(text(one(el, 'caption'))).to.equal('Compare the routes');
  });
});

describe('<cqp-vae-guide> hostile content', () => {
  it('a revoked Proxy as content: the content error, nothing thrown', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
    window.addEventListener('error', onError);
    try {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
      el.content = proxy;
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the content error shows', { timeout: 3000 });
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  const attacks = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 1">',
    '" onmouseover="window.__pwned = 1',
    '<a href="javascript:window.__pwned = 1">x</a>',
  ];

  it('shows markup in content as text, and never produces scripts or on* attributes', async () => {
    const doc = copy(three);
    const a = (i: number) => attacks[i % attacks.length];
    doc.meta.publisher.name = a(0);
    doc.guide.title = a(1);
    doc.guide.intro = [a(2), [a(3), { emphasis: a(0) }, { text: a(1), href: 'https://example.org/?q=<script>' }]];
    doc.guide.comparison = { title: a(2), rows: [{ label: a(3), section: 'steps' }] };
    const cqp = doc.guide.routes[0];
    cqp.title = a(0);
    cqp.shortTitle = a(1);
    cqp.summary = a(2);
    cqp.sections[2].steps[0].title = a(3);
    cqp.sections[2].steps[0].body = [a(0)];
    cqp.sections[3].options[0].title = a(1);
    cqp.sections[3].options[0].link.text = a(2);
    doc.guide.routes[1].sections[2].items = [a(3)];
    doc.guide.routes[1].sections[3].links[0].description = a(0);

    for (const layout of ['tabs', 'stacked']) {
      const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout=${layout} .content=${doc}></cqp-vae-guide>`);
      expect(one(el, '[part~="error"]'), 'content is valid').to.be.null;
      expect(all(el, 'script, img, iframe, object, embed')).to.have.length(0);
      for (const node of all(el, '*')) {
        for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), `${node.localName}[${attr}]`).to.be.false;
        if (node.localName === 'a') expect(node.getAttribute('href')).to.match(/^https:/);
      }
      const shown = root(el).textContent!;
      for (const attack of attacks) expect(shown).to.contain(attack);
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    }
  });
});
