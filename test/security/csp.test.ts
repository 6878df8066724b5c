// Both widgets under a strict Content-Security-Policy (`default-src 'self'; script-src 'self';
// style-src 'self'`: no unsafe-inline, no unsafe-eval) and under Trusted Types
// (`require-trusted-types-for 'script'`), with zero `securitypolicyviolation` events.
//
// The test runner's own page injects inline scripts, so the policy cannot be set on it: the page
// under test (test/fixtures/security/widgets.html) is served with the header by the fixtures
// middleware and framed; being same-origin, the test drives it and reads its violations directly.
// A control (an inline script, an innerHTML assignment) then proves the policy is enforced and the
// listener hears violations, so "zero violations" is not zero by deafness.
import { expect, waitUntil } from '@open-wc/testing';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { answerAll, next, step } from '../elements/eligibility-check.helpers.js';
import { BRANCH, shown, text } from './helpers.js';
import { engine } from '../hosts/engine.js';

type Violation = { directive: string; blocked: string; sample: string; source: string; line: number };
type FrameWindow = Window & { __violations: Violation[]; __ready: Promise<unknown>; __inlineRan?: number; trustedTypes?: unknown };

type Page = 'guide' | 'widgets';

async function framePage(file: Page, csp: 'strict' | 'trusted-types') {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '700px';
  iframe.src = `/__fixtures__/page?file=test/fixtures/security/${file}.html&csp=${csp}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  await waitUntil(() => Array.isArray(win.__violations) && win.__ready, 'probe.js did not run', { timeout: 5000 });
  await win.__ready;
  const doc = iframe.contentDocument!;
  const guide = doc.querySelector('cqp-vae-guide') as HTMLElement & { updateComplete: Promise<boolean> };
  const check = doc.querySelector('eligibility-check') as unknown as EligibilityCheck | null;
  await guide.updateComplete;
  await check?.updateComplete;
  return { iframe, win, doc, guide, check };
}
type Framed = Awaited<ReturnType<typeof framePage>>;

const described = (v: Violation[]) => v.map((x) => `${x.directive} ${x.blocked} ${x.sample} ${x.source}:${x.line}`).join('\n');

/** Violation events are queued as tasks: let them arrive before counting. */
async function settle(win: Window) {
  await new Promise((r) => win.setTimeout(r, 0));
  await new Promise((r) => win.requestAnimationFrame(r));
}

/** The guide: tabs, a branch file by src, and the error state (of both elements). */
async function useGuide({ win, doc, guide }: Framed) {
  expect(shown(guide)).to.equal('ready');
  const tabs = [...guide.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
  expect(tabs.length).to.be.greaterThan(1);
  tabs[1].click();
  await guide.updateComplete;
  expect(tabs[1].getAttribute('aria-selected')).to.equal('true');

  const fromSrc = doc.createElement('cqp-vae-guide') as HTMLElement & { updateComplete: Promise<boolean> };
  fromSrc.setAttribute('src', BRANCH);
  doc.body.append(fromSrc);
  await waitUntil(() => shown(fromSrc) === 'ready', 'src content never showed', { timeout: 5000 });
  expect(text(fromSrc.shadowRoot)).to.contain('branche de test');
  for (const tag of ['cqp-vae-guide', 'eligibility-check']) {
    const broken = doc.createElement(tag) as HTMLElement & { content: unknown; updateComplete: Promise<boolean> };
    broken.content = { meta: {} };
    doc.body.append(broken);
    await broken.updateComplete;
    expect(shown(broken)).to.equal('error');
  }
  await settle(win);
}

/** The questionnaire (with `persist`) to its result, and its link to the guide. */
async function useQuestionnaire({ win, check }: Framed) {
  expect(shown(check!)).to.equal('ready');
  await answerAll(check!, { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14] });
  await next(check!);
  expect(step(check!)).to.equal('#result');
  check!.shadowRoot!.querySelector<HTMLElement>('[part~="guide-link"]')!.click();
  await settle(win);
}

/** The policy is enforced and the listener hears it: "zero violations" is not zero by deafness. */
async function control({ win, doc }: Framed, csp: 'strict' | 'trusted-types') {
  if (csp === 'strict') {
    const script = doc.createElement('script');
    script.textContent = 'window.__inlineRan = 1';
    doc.head.append(script);
    await waitUntil(() => win.__violations.length > 0, 'no violation reported for an inline script', { timeout: 3000 });
    expect(win.__inlineRan).to.equal(undefined);
    expect(win.__violations[0].directive).to.match(/^script-src/);
    return;
  }
  if (!win.trustedTypes) {
    // An engine without Trusted Types ignores the directive; only the strict policy applies there.
    expect(engine, 'Chromium has Trusted Types').to.not.equal('chromium');
    return;
  }
  let threw = false;
  try {
    doc.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    threw = true;
  }
  expect(threw, 'innerHTML with a string should throw under Trusted Types').to.equal(true);
  await waitUntil(() => win.__violations.length > 0, 'no violation reported for innerHTML', { timeout: 3000 });
  expect(win.__violations[0].directive).to.equal('require-trusted-types-for');
}

describe('Content-Security-Policy and Trusted Types', () => {
  const frames: HTMLIFrameElement[] = [];
  // The questionnaire page keeps progress (persist): each test starts from an empty session.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const csp of ['strict', 'trusted-types'] as const) {
    describe(csp, () => {
      it('the guide works (tabs, src, error state) and no violation is reported', async () => {
        const page = await framePage('guide', csp);
        frames.push(page.iframe);
        await useGuide(page);
        expect(page.win.__violations, described(page.win.__violations)).to.have.length(0);
        await control(page, csp);
      });

      // Regression: the progress bar's custom property once went through lit's styleMap, which
      // writes a `style` attribute on first render: a style-src-attr violation under this policy.
      // It must go through CSSOM (a `.style` property binding or setProperty), which CSP allows.
      it('both widgets together (questionnaire to its result, persist on) report no violation', async () => {
        const page = await framePage('widgets', csp);
        frames.push(page.iframe);
        await useQuestionnaire(page);
        expect(text(page.check!.shadowRoot)).to.match(/Accessible|À vérifier|Non accessible/);
        await useGuide(page);
        expect(page.win.__violations, described(page.win.__violations)).to.have.length(0);
        await control(page, csp);
      });
    });
  }
});
