// The widgets in hostile host pages: `* { all: unset }`, `button { display: none }`, a huge root
// font size, `direction: rtl`, a <base href> elsewhere, a page zoomed to 200 % and a 320 px
// viewport. In each, both widgets stay usable: content shown, every button needed at that point
// visible (non-zero box, inside the viewport), readable text, no horizontal scrolling, on the
// first step and on the result.
//
// Zoom: browser zoom at 200 % on a 1280 px wide window lays the page out in a 640 CSS px viewport
// (what zoom changes for layout is the number of CSS pixels across), so "200 %" is tested as a
// 640 px wide page; `html { zoom: 2 }` in a 1280 px page (CSS zoom, supported by all three engines)
// and text-only zoom (`html { font-size: 200% }`, WCAG 1.4.4) are tested as well. 320 px is WCAG
// 1.4.10 reflow (1280 px at 400 %).
import { expect, waitUntil } from '@open-wc/testing';
import { answerAll, next, step } from '../elements/eligibility-check.helpers.js';
import { text } from '../security/helpers.js';
import { expectUsable, hostPage, styleOf, type HostOptions, type HostPage } from './host-page.js';

const ANSWERS = { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14] };

async function walk(page: HostPage, label: string) {
  expectUsable(page, page.guide, `${label} guide`);
  expectUsable(page, page.check, `${label} questionnaire`);
  // Every route of the guide can be opened and shows its text.
  for (const tab of page.guide.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
    tab.click();
    await page.guide.updateComplete;
    const panel = page.guide.shadowRoot!.querySelector<HTMLElement>(`#${tab.getAttribute('aria-controls')}`)!;
    expect(text(panel).length, `${label}: panel text`).to.be.greaterThan(100);
    expectUsable(page, page.guide, `${label} guide, tab ${text(tab)}`);
  }
  await answerAll(page.check, ANSWERS);
  expectUsable(page, page.check, `${label} recap`);
  await next(page.check);
  expect(step(page.check)).to.equal('#result');
  expectUsable(page, page.check, `${label} result`);
}

const CASES: [string, HostOptions][] = [
  ['* { all: unset }', { css: '* { all: unset !important; }' }],
  ['button { display: none }', { css: 'button, input, a, details, summary { display: none !important; }' }],
  ['html { font-size: 48px }', { css: 'html { font-size: 48px; }' }],
  ['body { direction: rtl }', { css: 'body { direction: rtl; }' }],
  ['inherited properties gone wild', {
    css: 'body { line-height: 0.6; letter-spacing: 0.2em; word-spacing: 1em; text-transform: uppercase; text-align: justify; color: #333; font: 16px/0.6 monospace; }',
  }],
  ['a 640 px page (200 % browser zoom)', { width: 640 }],
  ['html { zoom: 2 } in 1280 px', { width: 1280, css: 'html { zoom: 2; }' }],
  ['html { font-size: 200% } in 1280 px (text-only zoom)', { width: 1280, css: 'html { font-size: 200%; }' }],
  ['a 320 px page', { width: 320, height: 640 }],
];

describe('hostile host pages', function () {
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const [label, options] of CASES) {
    it(`stays usable with ${label}`, async () => {
      const page = await hostPage(options);
      frames.push(page.iframe);
      await walk(page, label);
    });
  }

  it('button { display: none } does not reach the shadow DOM, but ::part() theming does (control)', async () => {
    const page = await hostPage({ css: 'button { display: none !important; } eligibility-check::part(start) { display: none; }' });
    frames.push(page.iframe);
    const nextButton = page.check.shadowRoot!.querySelector('button[part~="start"]')!;
    expect(styleOf(nextButton).display).to.equal('none');
    const tab = page.guide.shadowRoot!.querySelector('[role="tab"]')!;
    expect(styleOf(tab).display).to.not.equal('none');
  });

  it('body { direction: rtl } lays the widgets out right to left', async () => {
    const page = await hostPage({ css: 'body { direction: rtl; }' });
    frames.push(page.iframe);
    const tabs = [...page.guide.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(styleOf(tabs[0]).direction).to.equal('rtl');
    // The first tab is on the right.
    expect(tabs[0].getBoundingClientRect().left).to.be.greaterThan(tabs[1].getBoundingClientRect().left);
  });

  describe('<base href> elsewhere', () => {
    const head = '<base href="https://elsewhere.invalid/sub/">';

    it('content, links and the guide link still work, and nothing navigates away', async () => {
      const page = await hostPage({ head });
      frames.push(page.iframe);
      expect(page.doc.baseURI).to.equal('https://elsewhere.invalid/sub/');
      await walk(page, 'base');
      // The result's links to the guide ("#guide", which the base would send elsewhere) are handled
      // in the page; every other link is absolute, so the base changes none of them.
      const guideLinks = [...page.check.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="guide-link"]')];
      expect(guideLinks.length).to.be.greaterThan(0);
      for (const link of guideLinks) {
        let prevented = false;
        page.doc.addEventListener('click', (e) => (prevented = e.defaultPrevented), { once: true });
        link.click();
        expect(prevented, 'guide link click handled in page').to.equal(true);
      }
      expect(page.iframe.contentWindow!.location.href).to.equal('about:srcdoc');
      for (const el of [page.guide, page.check]) {
        for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          if (guideLinks.includes(a)) continue;
          expect(a.href.startsWith('https://elsewhere.invalid/'), a.getAttribute('href')!).to.equal(false);
        }
      }
    });

    it('an absolute src loads under it', async () => {
      const page = await hostPage({
        head,
        body: `<cqp-vae-guide src="${location.origin}/test/fixtures/security/branch.json"></cqp-vae-guide>`,
      });
      frames.push(page.iframe);
      await waitUntil(() => text(page.guide.shadowRoot).includes('branche de test'), 'absolute src under <base>', { timeout: 5000 });
    });
  });
});
