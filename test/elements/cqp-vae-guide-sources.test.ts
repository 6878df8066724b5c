// Where <cqp-vae-guide> gets its content (property, inline script, src, built-in), how loading
// fails, and the loading/error states. The logic lives in ContentElement; it is tested here
// through the guide, against the test server's /__fixtures__/ routes.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import { defineOnce } from '../../src/shared/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import { typeset } from '../../src/content/typography.js';
import type { ContentErrorDetail } from '../../src/shared/content-element.js';

const THREE = '/test/fixtures/guide/three-routes.json';
const ALT = '/test/fixtures/guide/alt.json';
const NET = { timeout: 5000 };

let uid = 0;
const hangUrl = (name: string) => `/__fixtures__/hang?id=${name}-${Date.now()}-${++uid}`;
const hangState = async (url: string) => {
  const id = new URL(url, location.href).searchParams.get('id');
  return ((await (await fetch(`/__fixtures__/hang-state?id=${id}`)).json()) as { state: string }).state;
};
const textUrl = (body: string, type = 'application/json') =>
  `/__fixtures__/text?body=${encodeURIComponent(body)}&type=${encodeURIComponent(type)}`;
const loadJson = async (url: string) => (await fetch(url)).json() as Promise<Record<string, any>>;

const root = (el: CqpVaeGuide) => el.shadowRoot!;
const titleOf = (el: CqpVaeGuide) => root(el).querySelector('[part~="title"]')?.textContent?.trim();
const hasTitle = (el: CqpVaeGuide, title: string) => waitUntil(() => titleOf(el) === title, `title "${title}"`, NET);
const errorOf = (el: CqpVaeGuide) => root(el).querySelector<HTMLElement>('[part~="error"]');

/** Collects console.error calls (the element reports author details there) without printing them. */
function captureConsoleError() {
  const calls: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.error = original) };
}

const errorEvent = (target: EventTarget) =>
  oneEvent(target, 'cqp-vae-content-error') as Promise<CustomEvent<ContentErrorDetail>>;

/** A guide whose error event is caught even when it fires during the first update. */
async function guideWithError<T extends Element = CqpVaeGuide>(template: ReturnType<typeof html>) {
  const event = errorEvent(document);
  const el = await fixture<T>(template);
  return { el, detail: (await event).detail };
}

describe('<cqp-vae-guide> content sources', () => {
  let consoleError: ReturnType<typeof captureConsoleError>;
  beforeEach(() => (consoleError = captureConsoleError()));
  afterEach(() => consoleError.restore());

  it('shows the built-in French content with no configuration', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    // Shown with French typography's no-break spaces (content/typography.ts).
    expect(titleOf(el)).to.equal(typeset(defaultContent.guide.title!));
    expect(root(el).querySelectorAll('[role="tab"]')).to.have.length(2);
  });

  it('takes the content property first, then the inline script, then src', async () => {
    const alt = await loadJson(ALT);
    const inline = await loadJson(THREE);
    inline.guide.title = 'Guide en ligne';
    const el = document.createElement('cqp-vae-guide');
    el.content = alt;
    el.src = THREE;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(inline);
    el.append(script);
    await fixture(html`<div>${el}</div>`);
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Guide alternatif');

    el.content = undefined;
    await hasTitle(el, 'Guide en ligne');

    script.remove();
    await hasTitle(el, 'Guide d’essai');
  });

  it('accepts the content property as JSON text', async () => {
    const text = JSON.stringify(await loadJson(ALT));
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${text}></cqp-vae-guide>`);
    expect(titleOf(el)).to.equal('Guide alternatif');
  });

  it('re-reads an inline script edited after the element upgraded', async () => {
    const doc = await loadJson(ALT);
    const el = document.createElement('cqp-vae-guide');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(doc);
    el.append(script);
    await fixture(html`<div>${el}</div>`);
    expect(titleOf(el)).to.equal('Guide alternatif');
    doc.guide.title = 'Guide modifié';
    script.textContent = JSON.stringify(doc);
    await hasTitle(el, 'Guide modifié');
  });

  it('loads src from the server, with a role=status placeholder that reserves room meanwhile', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide src=${`/__fixtures__/slow?ms=150&file=${THREE.slice(1)}`}></cqp-vae-guide>`);
    const loading = root(el).querySelector<HTMLElement>('[part~="loading"]');
    expect(loading, 'placeholder').to.exist;
    expect(loading!.getAttribute('role')).to.equal('status');
    expect(loading!.textContent).to.contain('Chargement');
    expect(loading!.getBoundingClientRect().height).to.be.greaterThan(200);
    await hasTitle(el, 'Guide d’essai');
    expect(root(el).querySelector('[part~="loading"]')).to.be.null;
  });

  it('is accessible while loading', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide src=${hangUrl('a11y')}></cqp-vae-guide>`);
    expect(root(el).querySelector('[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an alert with author details on a 404, and fires cqp-vae-content-error', async () => {
    const el = document.createElement('cqp-vae-guide');
    const event = errorEvent(el);
    el.src = '/__fixtures__/status/404';
    await fixture(html`<div>${el}</div>`);
    const { detail } = await event;
    expect(detail).to.include({ origin: 'src', reason: 'http', src: '/__fixtures__/status/404' });
    await el.updateComplete;
    const alert = errorOf(el)!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Ce contenu n’a pas pu être affiché.');
    expect(alert.querySelector('details')!.textContent).to.contain('404');
    expect(consoleError.calls.join('\n')).to.contain('cqp-vae-guide').and.contain('http');
    await expect(el).to.be.accessible();
  });

  it('reports invalid JSON at the document root', async () => {
    const el = document.createElement('cqp-vae-guide');
    const event = errorEvent(el);
    el.src = textUrl('{ "meta": ');
    await fixture(html`<div>${el}</div>`);
    const { detail } = await event;
    expect(detail.reason).to.equal('invalid');
    expect(detail.issues).to.have.length(1);
    expect(detail.issues[0]).to.include({ path: '', code: 'json' });
    await el.updateComplete;
    expect(errorOf(el)!.querySelector('details')!.textContent).to.contain('Le fichier n’est pas du JSON valide');
  });

  it('lists each schema issue with its path and message, in the disclosure, the event and the console', async () => {
    const doc = await loadJson(THREE);
    delete doc.guide.routes[0].title;
    doc.meta.reviewedAt = 'hier';
    const el = document.createElement('cqp-vae-guide');
    const event = errorEvent(el);
    el.src = textUrl(JSON.stringify(doc));
    await fixture(html`<div>${el}</div>`);
    const { detail } = await event;
    const paths = detail.issues.map((i) => i.path);
    expect(paths).to.include.members(['guide.routes[0].title', 'meta.reviewedAt']);
    await el.updateComplete;
    const items = [...errorOf(el)!.querySelectorAll('details li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    for (const issue of detail.issues) {
      expect(issue.message).to.be.a('string').and.not.empty;
      expect(items.some((t) => t.includes(issue.path) && t.includes(issue.message)), issue.path).to.be.true;
    }
    expect(consoleError.calls.join('\n')).to.contain('guide.routes[0].title');
    await expect(el).to.be.accessible();
  });

  it('refuses a javascript: link in content, naming the href path, and renders no link', async () => {
    const doc = await loadJson(THREE);
    doc.guide.routes[1].sections[3].links[0].href = 'javascript:alert(1)';
    const { el, detail } = await guideWithError(html`<cqp-vae-guide .content=${doc}></cqp-vae-guide>`);
    expect(detail.origin).to.equal('property');
    expect(detail.issues.map((i) => i.path)).to.include('guide.routes[1].sections[3].links[0].href');
    expect(errorOf(el)!.textContent).to.contain('guide.routes[1].sections[3].links[0].href');
    expect(root(el).querySelector('a[href^="javascript"]')).to.be.null;

    // The same through src.
    const el2 = document.createElement('cqp-vae-guide');
    const event = errorEvent(el2);
    el2.src = textUrl(JSON.stringify(doc));
    await fixture(html`<div>${el2}</div>`);
    expect((await event).detail.issues.map((i) => i.path)).to.include('guide.routes[1].sections[3].links[0].href');
  });

  it('gives up on a response slower than loadTimeoutMs, and aborts the request', async () => {
    const url = hangUrl('timeout');
    const el = document.createElement('cqp-vae-guide');
    el.loadTimeoutMs = 100;
    const event = errorEvent(el);
    el.src = url;
    await fixture(html`<div>${el}</div>`);
    const { detail } = await event;
    expect(detail.reason).to.equal('timeout');
    await el.updateComplete;
    expect(errorOf(el)).to.exist;
    await waitUntil(async () => (await hangState(url)) === 'aborted', 'request aborted', NET);
  });

  it('aborts the older request when src changes', async () => {
    const first = hangUrl('race');
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide src=${first}></cqp-vae-guide>`);
    await waitUntil(async () => (await hangState(first)) === 'pending', 'first request sent', NET);
    el.src = ALT;
    await hasTitle(el, 'Guide alternatif');
    await waitUntil(async () => (await hangState(first)) === 'aborted', 'first request aborted', NET);
  });

  it('never lets an older answer that arrives later win', async () => {
    const realFetch = window.fetch;
    let releaseOld!: (r: Response) => void;
    let oldSignal: AbortSignal | undefined;
    let oldResponse: Response | undefined;
    const oldText = JSON.stringify(await loadJson(THREE));
    // A fetch that ignores aborts, so the stale answer really reaches the element.
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('old.json')) {
        oldSignal = init?.signal ?? undefined;
        return new Promise<Response>((resolve) => (releaseOld = resolve));
      }
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide src="/old.json"></cqp-vae-guide>`);
      await waitUntil(() => releaseOld, 'old request sent');
      el.src = ALT;
      await hasTitle(el, 'Guide alternatif');
      oldResponse = new Response(oldText, { headers: { 'Content-Type': 'application/json' } });
      releaseOld(oldResponse);
      await waitUntil(() => oldResponse!.bodyUsed, 'old answer read');
      // Give the stale answer every chance to be applied before checking that it was not.
      await aTimeout(20);
      await el.updateComplete;
      expect(oldSignal!.aborted).to.be.true;
      expect(titleOf(el)).to.equal('Guide alternatif');
      expect(root(el).querySelector('[part~="error"]')).to.be.null;
    } finally {
      window.fetch = realFetch;
    }
  });

  it('aborts the request when removed while fetching, and fetches again when put back', async () => {
    const url = hangUrl('remove');
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide src=${url}></cqp-vae-guide>`);
    await waitUntil(async () => (await hangState(url)) === 'pending', 'request sent', NET);
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(async () => (await hangState(url)) === 'aborted', 'request aborted', NET);
    parent.append(el);
    await waitUntil(async () => (await hangState(url)) === 'pending', 'request sent again', NET);
    el.remove();
  });

  it('fires cqp-vae-content-error for an invalid content property, with issues', async () => {
    const { el, detail } = await guideWithError(html`<cqp-vae-guide .content=${{ meta: {} }}></cqp-vae-guide>`);
    expect(detail.origin).to.equal('property');
    expect(detail.issues.length).to.be.greaterThan(0);
    for (const issue of detail.issues) expect(issue).to.have.keys('path', 'message', 'code');
    expect(errorOf(el)!.getAttribute('role')).to.equal('alert');
    expect(consoleError.calls).to.have.length(1);
  });

  it('says the error in English under lang="en"', async () => {
    const { el } = await guideWithError<HTMLDivElement>(html`<div lang="en"><cqp-vae-guide .content=${{}}></cqp-vae-guide></div>`);
    const guide = el.querySelector('cqp-vae-guide')!;
    expect(guide.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('This content could not be displayed.');
  });
});

describe('<cqp-vae-guide> definition', () => {
  it('is defined once; defining it again does not throw', async () => {
    expect(customElements.get('cqp-vae-guide')).to.equal(CqpVaeGuide);
    expect(() => defineOnce('cqp-vae-guide', class extends CqpVaeGuide {})).not.to.throw();
    expect(customElements.get('cqp-vae-guide')).to.equal(CqpVaeGuide);
    // A second copy of the registering module (another URL, as from a CDN and a local copy).
    await import(`../../src/define.ts?again=${Date.now()}`);
    expect(customElements.get('cqp-vae-guide')).to.equal(CqpVaeGuide);
  });
});
