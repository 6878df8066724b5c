// Helpers shared by the security, robustness and host tests: creating either element with a source,
// waiting for it to settle, and reading what it shows.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ContentErrorDetail } from '../../src/shared/content-element.js';

export type Tag = 'cqp-vae-guide' | 'eligibility-check';
export const TAGS: readonly Tag[] = ['cqp-vae-guide', 'eligibility-check'];
export const BRANCH = '/test/fixtures/security/branch.json';

/** The element's public surface the tests use (both elements share it through ContentElement). */
export type Widget = HTMLElement & {
  src?: string;
  content?: unknown;
  loadTimeoutMs: number;
  updateComplete: Promise<boolean>;
};

export type Settled = 'ready' | 'error' | 'loading';

/** What the element shows now: its content, its error state, or its loading placeholder. */
export function shown(el: Element): Settled | 'blank' {
  const root = el.shadowRoot;
  if (!root) return 'blank';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="loading"]')) return 'loading';
  // A questionnaire on content without one shows its "empty" note: content too.
  if (root.querySelector('[part~="base"], [part~="empty"]')) return 'ready';
  return 'blank';
}

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Silences console.error (elements report author-facing details there) and keeps the calls. */
export function quietConsole() {
  const calls: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => void (console.error = original) };
}

/**
 * Creates `<tag>` with `src` (and a short timeout when asked), listening for its error event before
 * it connects, then waits until it leaves the loading state.
 */
export async function loadFrom(tag: Tag, src: string, options: { timeoutMs?: number; wait?: number } = {}) {
  const el = document.createElement(tag) as Widget;
  if (options.timeoutMs) el.loadTimeoutMs = options.timeoutMs;
  const errors: ContentErrorDetail[] = [];
  el.addEventListener('cqp-vae-content-error', (e) => errors.push((e as CustomEvent<ContentErrorDetail>).detail));
  el.setAttribute('src', src);
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => shown(el) === 'ready' || shown(el) === 'error', `${tag} never settled on ${src}`, {
    timeout: options.wait ?? 5000,
  });
  await el.updateComplete;
  return { el, errors, state: shown(el) };
}

/** A unique id for fixture routes that remember requests. */
let uid = 0;
export const uniqueId = (name: string) => `${name}-${Date.now().toString(36)}-${++uid}-${Math.random().toString(36).slice(2, 8)}`;

/** Every element inside `el`'s shadow root and the shadow roots nested in it. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const node of root.querySelectorAll('*')) {
    out.push(node);
    if (node.shadowRoot) out.push(...deepElements(node.shadowRoot));
  }
  return out;
}
