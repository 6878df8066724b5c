/**
 * Renders content text. Content is data: every string becomes a text node through lit's
 * templates, links are `<a>` elements built in link.ts, and glossary terms are buttons built in
 * glossary.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Inline, Link, Paragraph } from '../content/schema.js';
import type { UiLocale } from './i18n.js';
import { renderLink } from './link.js';
import { renderTerms, type TextScope } from './glossary.js';

export { renderLink } from './link.js';
export { textScope, type TextScope } from './glossary.js';

/**
 * Where a text is rendered: the UI locale only, or a scope whose glossary terms are marked once
 * (see glossary.ts). Both elements pass a scope where the issue of words a visitor does not know
 * arises: sections, questions, hints, reasons.
 */
export type TextContext = UiLocale | TextScope;
const localeOf = (ctx: TextContext): UiLocale => (typeof ctx === 'string' ? ctx : ctx.locale);

/** A plain text, its first glossary terms marked when `ctx` is a scope. */
export function renderText(text: string, ctx: TextContext): TemplateResult | string {
  return typeof ctx === 'string' ? text : renderTerms(text, ctx);
}

export function renderInline(run: Inline, ctx: TextContext): TemplateResult | string {
  if (typeof run === 'string') return renderText(run, ctx);
  if ('emphasis' in run) return html`<strong part="emphasis">${renderText(run.emphasis, ctx)}</strong>`;
  // Never a term inside a link: a button cannot sit in an <a>.
  return renderLink(run.text, run.href, localeOf(ctx));
}

/** The runs of a paragraph, without the `<p>` (for list items, cells, captions). */
export function renderRuns(p: Paragraph, ctx: TextContext): TemplateResult | string {
  if (typeof p === 'string') return renderText(p, ctx);
  return html`${p.map((run) => renderInline(run, ctx))}`;
}

export function renderParagraphs(ps: readonly Paragraph[] | undefined, ctx: TextContext, part = 'paragraph') {
  if (!ps?.length) return nothing;
  return ps.map((p) => html`<p part=${part}>${renderRuns(p, ctx)}</p>`);
}

/** A standalone link with its optional description, as a list item. */
export function renderLinkItem(link: Link, ctx: TextContext) {
  return html`<li part="link-item">
    ${renderLink(link.text, link.href, localeOf(ctx))}${link.description
      ? html`<span class="link-description"> — ${link.description}</span>`
      : nothing}
  </li>`;
}
