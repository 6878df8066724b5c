/**
 * A content link as an `<a>` the element builds itself, whose href is checked again at render time
 * (content given by property may skip the schema in a host's code path, and defence in depth is
 * cheap), with words for screen readers saying where it leads.
 */
import { html, nothing, type TemplateResult } from 'lit';
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
