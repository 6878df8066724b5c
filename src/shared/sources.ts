/**
 * The sources of a section or an outcome, shown discreetly: a closed "Sources" disclosure under
 * what they support, each with the day it was checked. A reader who wants to verify opens it; the
 * others are not slowed down.
 */
import { html, nothing } from 'lit';
import type { Source } from '../content/schema.js';
import { format, formatDate, sharedStrings, type UiLocale } from './i18n.js';
import { renderLink } from './link.js';

/** `lists` merged, each URL once, in order. */
export function mergeSources(...lists: (readonly Source[] | undefined)[]): Source[] {
  const seen = new Set<string>();
  return lists.flatMap((l) => l ?? []).filter((s) => !seen.has(s.url) && seen.add(s.url));
}

/**
 * `uiLang` marks the element's own words when they are not in the content's language (the titles
 * are content).
 */
export function renderSources(list: readonly Source[] | undefined, locale: UiLocale, uiLang: string | typeof nothing = nothing) {
  if (!list?.length) return nothing;
  const s = sharedStrings[locale];
  return html`<details part="sources" class="sources">
    <summary part="sources-summary" lang=${uiLang}>${list.length === 1 ? s.sourceOne : format(s.sourcesN, { n: list.length })}</summary>
    <ul part="sources-list">
      ${list.map(
        (source) => html`<li>
          ${renderLink(source.title, source.url, locale)}<span class="checked" lang=${uiLang}>,
            ${format(s.checkedOn, { date: formatDate(source.checkedAt, locale) })}</span>
        </li>`,
      )}
    </ul>
  </details>`;
}
