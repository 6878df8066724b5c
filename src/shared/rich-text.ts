/**
 * Renders content text. Content is data: every string becomes a text node through lit's
 * templates, and links are `<a>` elements built here, whose href is checked again at render time
 * (content given by property may skip the schema in a host's code path, and defence in depth is
 * cheap).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Inline, Link, Paragraph } from '../content/schema.js';
import { isSafeHref } from '../content/href.js';
import { sharedStrings, type UiLocale } from './i18n.js';

/** A link to `href`, or plain text when the URL is not one the schema allows. */
export function renderLink(text: string, href: string, locale: UiLocale, part = 'link'): TemplateResult {
  if (!isSafeHref(href)) return html`<span>${text}</span>`;
  // The scheme as the URL parser reads it: "HTTPS:" and "MAILTO:" are valid too.
  const scheme = new URL(href).protocol;
  const s = sharedStrings[locale];
  const external = scheme === 'https:' || scheme === 'http:';
  // The words a screen reader hears after the link, saying where it leads.
  const kind = scheme === 'mailto:' ? s.emailLink : scheme === 'tel:' ? s.phoneLink : s.externalLink;
  return html`<a part=${part} href=${href} rel=${external ? 'noopener' : nothing}
    >${text}<span class="visually-hidden"> ${kind}</span>${external
      ? // The word joiner keeps the arrow, and the punctuation after the link, on the link's last line.
        html`<span class="external" aria-hidden="true">\u2060↗</span>`
      : nothing}</a
  >`;
}

export function renderInline(run: Inline, locale: UiLocale): TemplateResult | string {
  if (typeof run === 'string') return run;
  if ('emphasis' in run) return html`<strong part="emphasis">${run.emphasis}</strong>`;
  return renderLink(run.text, run.href, locale);
}

/** The runs of a paragraph, without the `<p>` (for list items, cells, captions). */
export function renderRuns(p: Paragraph, locale: UiLocale): TemplateResult | string {
  if (typeof p === 'string') return p;
  return html`${p.map((run) => renderInline(run, locale))}`;
}

export function renderParagraphs(ps: readonly Paragraph[] | undefined, locale: UiLocale, part = 'paragraph') {
  if (!ps?.length) return nothing;
  return ps.map((p) => html`<p part=${part}>${renderRuns(p, locale)}</p>`);
}

/** A standalone link with its optional description, as a list item. */
export function renderLinkItem(link: Link, locale: UiLocale) {
  return html`<li part="link-item">
    ${renderLink(link.text, link.href, locale)}${link.description
      ? html`<span class="link-description"> — ${link.description}</span>`
      : nothing}
  </li>`;
}
