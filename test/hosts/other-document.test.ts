// Moved into another document: page builders and preview panes adopt a widget into an iframe
// (`iframe.contentDocument.adoptNode(el)`, then append). Constructed stylesheets belong to the
// document they were made in, so each element must bring its styles along: connected there for the
// first time, moved there after rendering, and moved back. Styles are read as computed styles, in
// the window that renders the element, so that a sheet present but not applied fails the test.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LitElement } from 'lit';

const ACCENT = 'rgb(29, 79, 145)'; // the default --cqp-vae-accent, #1d4f91

type Tag = 'cqp-vae-guide' | 'eligibility-check';

/** What shows that the element's styles apply where it is now, read with its document's window. */
function styleFacts(el: LitElement) {
  const win = el.ownerDocument.defaultView!;
  const root = el.shadowRoot!;
  const hidden = root.querySelector<HTMLElement>('.visually-hidden')!;
  // The guide's selected tab and the questionnaire's start button both take the accent colour.
  const accented = root.querySelector<HTMLElement>('[part~="tab"][aria-selected="true"], [part~="button-primary"]')!;
  const h = win.getComputedStyle(hidden);
  const a = win.getComputedStyle(accented);
  return {
    hiddenWidth: h.width,
    hiddenPosition: h.position,
    hiddenOverflow: h.overflow,
    accent: el.localName === 'cqp-vae-guide' ? a.color : a.backgroundColor,
    hostDisplay: win.getComputedStyle(el).display,
  };
}

const STYLED = { hiddenWidth: '1px', hiddenPosition: 'absolute', hiddenOverflow: 'hidden', accent: ACCENT, hostDisplay: 'block' };

async function settled(el: LitElement): Promise<void> {
  await el.updateComplete;
  // Two frames: style recalculation in a freshly attached iframe.
  const win = el.ownerDocument.defaultView ?? window;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}

async function frame(): Promise<HTMLIFrameElement> {
  const wrapper = await fixture<HTMLElement>(html`<div><iframe title="preview" style="width: 800px; height: 600px"></iframe></div>`);
  const iframe = wrapper.querySelector('iframe')!;
  // about:blank is ready as soon as the iframe is in the page; give it a body like a real preview.
  const doc = iframe.contentDocument!;
  if (!doc.body) doc.documentElement.append(doc.createElement('body'));
  return iframe;
}

describe('moved into another document (an iframe)', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught).to.deep.equal([]);
  });

  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as Tag[]) {
    describe(`<${tag}>`, () => {
      it('adopted before its first connection: renders there with its styles, and again once back', async () => {
        const iframe = await frame();
        const doc = iframe.contentDocument!;
        const el = document.createElement(tag) as LitElement;
        doc.adoptNode(el);
        doc.body.append(el);
        await settled(el);
        expect(el.ownerDocument).to.equal(doc);
        expect(el.shadowRoot!.querySelector('[part]'), 'rendered').to.exist;
        expect(styleFacts(el)).to.deep.equal(STYLED);

        iframe.parentElement!.append(el);
        await settled(el);
        expect(el.ownerDocument).to.equal(document);
        expect(styleFacts(el)).to.deep.equal(STYLED);
      });

      it('moved after rendering: keeps its styles there, and again once back', async () => {
        const iframe = await frame();
        const doc = iframe.contentDocument!;
        const el = (await fixture(`<${tag}></${tag}>`)) as LitElement;
        await settled(el);
        expect(styleFacts(el)).to.deep.equal(STYLED);

        doc.body.append(doc.adoptNode(el));
        await settled(el);
        expect(el.ownerDocument).to.equal(doc);
        expect(styleFacts(el)).to.deep.equal(STYLED);
        const framed = [...el.shadowRoot!.adoptedStyleSheets];

        iframe.parentElement!.append(el);
        await settled(el);
        expect(styleFacts(el)).to.deep.equal(STYLED);
        // And back into the frame: the copies made there are reused, not made again.
        doc.body.append(el);
        await settled(el);
        expect(styleFacts(el)).to.deep.equal(STYLED);
        expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(framed.length);
        el.shadowRoot!.adoptedStyleSheets.forEach((sheet, i) => expect(sheet).to.equal(framed[i]));
      });
    });
  }

  it('moved through a document without a window (a DOMParser\'s) and back: no error, styled again', async () => {
    const el = (await fixture('<eligibility-check></eligibility-check>')) as LitElement;
    const home = el.parentElement!;
    const inert = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    inert.body.append(inert.adoptNode(el));
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
    home.append(el);
    await settled(el);
    expect(styleFacts(el)).to.deep.equal(STYLED);
  });
});
