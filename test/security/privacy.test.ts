// Nothing is sent anywhere by the widgets: while both run (every tab, the questionnaire to its
// result with persist on, restart), the page makes no request at all on the built-in content, and
// only the content `src` with one. Two witnesses: the Resource Timing entries the page records
// (every fetch, image, font, stylesheet, beacon…) and spies on the request APIs (fetch, XHR,
// sendBeacon, WebSocket, EventSource, Worker). A sentinel request, seen last, closes each window.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { answerAll, next, step } from '../elements/eligibility-check.helpers.js';
import { BRANCH, deepElements, shown, uniqueId, type Widget } from './helpers.js';
import { checker, loadChecker } from '../../src/shared/checker.js';

type Restore = () => void;

function watchNetwork() {
  performance.setResourceTimingBufferSize?.(100_000);
  const resources: string[] = [];
  const observer = new PerformanceObserver((list) => {
    // WebKit reports the page's own /favicon.ico request, which the browser makes by itself (no
    // page of the tests links one), now and then among the resources: not the widgets' doing.
    for (const entry of list.getEntries()) if (new URL(entry.name).pathname !== '/favicon.ico') resources.push(entry.name);
  });
  observer.observe({ type: 'resource' });

  const calls: string[] = [];
  const restores: Restore[] = [];
  const replace = <T extends object, K extends keyof T>(target: T, key: K, make: (original: T[K]) => T[K]) => {
    const original = target[key];
    if (original === undefined) return;
    target[key] = make(original);
    restores.push(() => void (target[key] = original));
  };
  const urlOf = (x: unknown) => String(x instanceof Request ? x.url : x);
  const realFetch = window.fetch;

  replace(window, 'fetch', (original) =>
    function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      calls.push(`fetch ${new URL(urlOf(input), document.baseURI).href}`);
      return original.call(this, input, init);
    } as typeof fetch,
  );
  replace(XMLHttpRequest.prototype, 'open', (original) =>
    function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      calls.push(`xhr ${url}`);
      return (original as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as XMLHttpRequest['open'],
  );
  replace(navigator, 'sendBeacon', (original) =>
    function (this: Navigator, url: string | URL, data?: BodyInit | null) {
      calls.push(`beacon ${url}`);
      return original.call(this, url, data);
    },
  );
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker'] as const) {
    replace(window as unknown as Record<string, unknown>, name, (Original) => {
      const Ctor = Original as new (...args: unknown[]) => object;
      return class extends Ctor {
        constructor(...args: unknown[]) {
          calls.push(`${name} ${String(args[0])}`);
          super(...args);
        }
      };
    });
  }

  return {
    calls,
    /** The URLs the page requested since watching began, once a sentinel request has been seen. */
    async requested(): Promise<string[]> {
      const sentinel = new URL(`/__fixtures__/status/204?sentinel=${uniqueId('privacy')}`, location.href).href;
      await realFetch(sentinel);
      await waitUntil(() => resources.includes(sentinel), 'the sentinel request was never observed', { timeout: 5000 });
      return resources.filter((r) => r !== sentinel);
    },
    stop() {
      observer.disconnect();
      restores.splice(0).reverse().forEach((r) => r());
    },
  };
}

/** Clicks every tab of the guide, then walks the questionnaire to its result, and restarts. */
async function useEverything(guide: Widget, check: EligibilityCheck, answers: Record<string, unknown>) {
  for (const tab of guide.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
    tab.click();
    await guide.updateComplete;
  }
  await answerAll(check, answers as never);
  await next(check);
  expect(step(check)).to.equal('#result');
  check.shadowRoot!.querySelector<HTMLElement>('[part~="guide-link"]')?.click();
  check.shadowRoot!.querySelector<HTMLElement>('button[part~="restart"]')!.click();
  await check.updateComplete;
}

describe('privacy: nothing is sent anywhere', () => {
  let watch: ReturnType<typeof watchNetwork> | undefined;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    watch?.stop();
    watch = undefined;
  });

  it('makes no request at all on the built-in content', async () => {
    watch = watchNetwork();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <cqp-vae-guide id="g"></cqp-vae-guide>
      <eligibility-check guide="g" persist></eligibility-check>
    </div>`);
    const guide = wrapper.querySelector('cqp-vae-guide') as unknown as Widget;
    const check = wrapper.querySelector('eligibility-check')!;
    await useEverything(guide, check, {
      target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14],
    });
    // Nothing in the shadow trees could load something later either.
    for (const el of [guide, check]) {
      const loaders = deepElements(el.shadowRoot!).filter((n) => /^(img|iframe|link|script|object|embed|video|audio|source)$/.test(n.localName));
      expect(loaders.map((n) => n.localName)).to.deep.equal([]);
    }
    expect(await watch.requested()).to.deep.equal([]);
    expect(watch.calls).to.deep.equal([]);
    // Not even the widgets' own content checker: the built-in content needs none.
    expect(checker(), 'checker loaded').to.equal(undefined);
  });

  it('requests only the content src, and nothing else', async () => {
    // The content checker is the widgets' own code, from beside their module (one file when
    // bundled; here, the dev server's source modules): loaded first, so that what is watched is
    // what the page sends out about its content.
    await loadChecker();
    watch = watchNetwork();
    const src = new URL(BRANCH, location.href).href;
    const wrapper = await fixture<HTMLElement>(html`<div>
      <cqp-vae-guide id="g2" src=${BRANCH}></cqp-vae-guide>
      <eligibility-check guide="g2" src=${BRANCH} persist="local"></eligibility-check>
    </div>`);
    const guide = wrapper.querySelector('cqp-vae-guide') as unknown as Widget;
    const check = wrapper.querySelector('eligibility-check')!;
    await waitUntil(() => shown(guide) === 'ready' && shown(check) === 'ready', 'src never loaded', { timeout: 5000 });
    await useEverything(guide, check, { salarie: 'oui', mois: 20 });
    const requested = await watch.requested();
    expect([...new Set(requested)]).to.deep.equal([src]);
    expect([...new Set(watch.calls)]).to.deep.equal([`fetch ${src}`]);
    localStorage.clear();
  });
});
