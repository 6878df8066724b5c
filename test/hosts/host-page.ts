// A host page in an iframe: its own stylesheet, <base>, size (the iframe's width IS the page's
// viewport width, in every engine, without driver commands), and the bundle entry loaded as a
// webmaster would. Same origin (srcdoc), so tests drive it directly.
import { expect, waitUntil } from '@open-wc/testing';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { shown, deepElements } from '../security/helpers.js';

export interface HostOptions {
  css?: string;
  head?: string;
  body?: string;
  width?: number;
  height?: number;
  dir?: string;
}

export type Guide = HTMLElement & { updateComplete: Promise<boolean>; selectRoute(id: string): boolean };

export interface HostPage {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  guide: Guide;
  check: EligibilityCheck;
}

export const DEFAULT_BODY = `<main><h1>Page hôte</h1>
  <cqp-vae-guide id="guide"></cqp-vae-guide>
  <eligibility-check guide="guide"></eligibility-check></main>`;

export async function hostPage(options: HostOptions = {}): Promise<HostPage> {
  const { css = '', head = '', body = DEFAULT_BODY, width = 1000, height = 800 } = options;
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  // An absolute module URL: a <base href> elsewhere in the page must not move the script itself.
  iframe.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    ${head}<style>${css}</style>
    <script type="module" src="${location.origin}/src/cqp-vae-widgets.ts"></script></head>
    <body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.customElements.get('cqp-vae-guide') && win.customElements.get('eligibility-check'), 'widgets never defined', {
    timeout: 10_000,
  });
  const doc = iframe.contentDocument!;
  const guide = doc.querySelector('cqp-vae-guide') as Guide;
  const check = doc.querySelector('eligibility-check') as unknown as EligibilityCheck;
  await guide?.updateComplete;
  await check?.updateComplete;
  return { iframe, win, doc, guide, check };
}

/** Rendered, with a box: width and height above zero, and not hidden by visibility or opacity. */
export const styleOf = (node: Element) => node.ownerDocument.defaultView!.getComputedStyle(node);

export function isVisible(node: Element): boolean {
  const r = node.getBoundingClientRect();
  const style = styleOf(node);
  return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
}

/** The buttons a person needs now (not those of a hidden tab panel). */
export function activeButtons(el: Element): HTMLElement[] {
  return deepElements(el.shadowRoot!).filter((n) => n.localName === 'button' && !n.closest('[hidden]')) as HTMLElement[];
}

/**
 * Usable and readable: content shown, every needed button visible with a non-zero box inside the
 * viewport, text not shrunk to nothing, and no horizontal scrolling of the page.
 */
export function expectUsable(page: HostPage, el: Element, label: string) {
  const { doc } = page;
  expect(shown(el), `${label}: content shown`).to.equal('ready');
  const buttons = activeButtons(el);
  expect(buttons.length, `${label}: buttons`).to.be.greaterThan(0);
  const viewport = doc.documentElement.clientWidth;
  for (const b of buttons) {
    const name = `${label}: button "${(b.textContent ?? '').trim().slice(0, 30)}"`;
    expect(isVisible(b), `${name} visible`).to.equal(true);
    const r = b.getBoundingClientRect();
    expect(r.left, `${name} left edge`).to.be.at.least(-1);
    expect(r.right, `${name} right edge`).to.be.at.most(viewport + 1);
  }
  const fontSize = parseFloat(styleOf(el.shadowRoot!.querySelector('[part~="base"]')!).fontSize);
  expect(fontSize, `${label}: font size`).to.be.at.least(10);
  expect(doc.documentElement.scrollWidth, `${label}: horizontal overflow`).to.be.at.most(viewport + 1);
}
