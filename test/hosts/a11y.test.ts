// Accessibility (axe) in every state of both elements, in whichever engine runs the suite: the guide
// as tabs (each route), stacked, one route, in English, loading, in error (details open); the
// questionnaire at every step of the built-in flow, with a validation error, with several periods,
// at the recap, at the result, on content without a questionnaire, loading and in error.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { begin, choose, next, periods, step } from '../elements/eligibility-check.helpers.js';
import { BRANCH, quietConsole, shown, uniqueId } from '../security/helpers.js';

const FLOW: [string, string | string[] | number[]][] = [
  ['target', 'cqp'],
  ['registry', 'rncp'],
  ['status', 'salarie'],
  ['experience', 'yes'],
  ['activities', ['salarie']],
  ['months', [8, 6]],
];

describe('accessibility (axe) in every state', function () {
  this.timeout(30_000);
  let console_: ReturnType<typeof quietConsole>;
  beforeEach(() => (console_ = quietConsole()));
  afterEach(() => console_.restore());

  describe('<cqp-vae-guide>', () => {
    it('as tabs, on each route', async () => {
      const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
      for (const tab of el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
        tab.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('stacked, one route only, and in English', async () => {
      for (const template of [
        html`<cqp-vae-guide layout="stacked" heading-level="3"></cqp-vae-guide>`,
        html`<cqp-vae-guide route="vae"></cqp-vae-guide>`,
        html`<div lang="en"><cqp-vae-guide></cqp-vae-guide></div>`,
      ]) {
        // One widget per page here: several on one page is the landmark case below.
        fixtureCleanup();
        const el = await fixture<HTMLElement>(template);
        await expect(el).to.be.accessible();
      }
    });

    it('loading, then in error with its details open', async () => {
      const loading = await fixture<CqpVaeGuide>(html`<cqp-vae-guide src=${`/__fixtures__/hang?id=${uniqueId('a11y')}`}></cqp-vae-guide>`);
      expect(shown(loading)).to.equal('loading');
      await expect(loading).to.be.accessible();
      loading.remove();

      const broken = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${{ meta: { id: 'X' }, guide: {} }}></cqp-vae-guide>`);
      expect(shown(broken)).to.equal('error');
      broken.shadowRoot!.querySelector('details')!.open = true;
      await expect(broken).to.be.accessible();
    });
  });

  describe('<eligibility-check>', () => {
    beforeEach(() => sessionStorage.clear());

    it('at every step, with a validation error, several periods, the recap and the result', async () => {
      const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      await begin(el);
      // A validation error (nothing chosen) first.
      await next(el);
      expect(el.shadowRoot!.querySelector('[part~="error-message"]') !== null, 'validation error shown').to.equal(true);
      await expect(el).to.be.accessible();
      for (const [id, answer] of FLOW) {
        expect(step(el)).to.equal(id);
        await expect(el).to.be.accessible();
        if (Array.isArray(answer) && typeof answer[0] === 'number') await periods(el, answer as number[]);
        else for (const v of Array.isArray(answer) ? answer : [answer]) await choose(el, String(v));
        await expect(el).to.be.accessible();
        await next(el);
      }
      expect(step(el)).to.equal('#recap');
      await expect(el).to.be.accessible();
      await next(el);
      expect(step(el)).to.equal('#result');
      await expect(el).to.be.accessible();
    });

    it('in English, on content without a questionnaire, loading and in error', async () => {
      const en = await fixture<HTMLElement>(html`<div lang="en"><eligibility-check></eligibility-check></div>`);
      await expect(en).to.be.accessible();

      const guideOnly = await (await fetch('/test/fixtures/guide/alt.json')).json();
      fixtureCleanup();
      const empty = await fixture<EligibilityCheck>(html`<eligibility-check .content=${guideOnly}></eligibility-check>`);
      await begin(empty);
      expect(empty.shadowRoot!.querySelector('[part~="empty"]') !== null).to.equal(true);
      await expect(empty).to.be.accessible();

      fixtureCleanup();
      const loading = await fixture<EligibilityCheck>(html`<eligibility-check src=${`/__fixtures__/hang?id=${uniqueId('a11y')}`}></eligibility-check>`);
      await begin(loading);
      await expect(loading).to.be.accessible();
      loading.remove();

      const broken = await fixture<EligibilityCheck>(html`<eligibility-check src=${`${BRANCH}.missing`}></eligibility-check>`);

      await begin(broken);
      await waitUntil(() => shown(broken) === 'error', 'error state', { timeout: 5000 });
      broken.shadowRoot!.querySelector('details')!.open = true;
      await expect(broken).to.be.accessible();
    });
  });

  // The header and source parts are <div>s: a <header>/<footer> directly in a shadow root becomes a
  // page-level banner/contentinfo landmark on hosts laid out with <div>s (many CMS themes), next to
  // the site's own.
  it('both widgets in a <div> layout host page with its own header and footer: no duplicate landmarks', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <header><p>Site</p></header>
      <div class="content"><cqp-vae-guide id="g"></cqp-vae-guide><eligibility-check guide="g"></eligibility-check></div>
      <footer><p>Mentions légales</p></footer>
    </div>`);
    for (const el of page.querySelectorAll('cqp-vae-guide, eligibility-check')) await (el as CqpVaeGuide).updateComplete;
    await expect(page).to.be.accessible();
  });

  it("both widgets inside the host page's <main>, with its own header and footer", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <header><p>Site</p></header>
      <main><cqp-vae-guide id="g"></cqp-vae-guide><eligibility-check guide="g"></eligibility-check></main>
      <footer><p>Mentions légales</p></footer>
    </div>`);
    for (const el of page.querySelectorAll('cqp-vae-guide, eligibility-check')) await (el as CqpVaeGuide).updateComplete;
    await expect(page).to.be.accessible();
  });
});
