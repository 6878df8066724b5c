/**
 * What the guide's catalogue list (catalogue-list.ts, loaded on demand) and `<eligibility-check>`'s
 * picker share: the search state, the count, the badges and the styles of both. They are exported
 * from here so that each module holds them once.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Certification, Contact, Registry } from '../../content/schema.js';
import { registryNumber, vaeOpen } from '../../content/catalogue.js';
import { format, type UiLocale } from '../../shared/i18n.js';
import { guideStrings } from './strings.js';

/** What the person typed and chose; empty strings mean "any". */
export interface CatalogueView {
  query: string;
  registry: Registry | '';
  level: string;
  /** Only the entries VAE leads to. */
  vae?: boolean;
  /** How many of the matching entries are listed (PAGE, then more on request). */
  limit: number;
}

/**
 * Entries listed at first, and added by each "show more". A search or a filter lists the first
 * PAGE of its results again: whatever the catalogue's size, a keystroke renders and lays out at
 * most this many entries (a few hundred took longer than a frame), and the list stays short
 * enough to read after a search.
 */
export const PAGE = 20;

export const emptyView: CatalogueView = { query: '', registry: '', level: '', limit: PAGE };

export interface CatalogueContext {
  list: readonly Certification[];
  /** The search and filters of the list placed at `key`. */
  view(key: string): CatalogueView;
  /** Sets them; resolves once the element has re-rendered. */
  onView(key: string, view: CatalogueView): Promise<unknown>;
  /** Whom to contact about an entry (the content's contacts it names). */
  contacts?(c: Certification): Contact[];
}

/** "12 certifications"; French counts 0 and 1 as singular. */
export function countText(n: number, locale: UiLocale): string {
  const s = guideStrings[locale];
  return format((locale === 'fr' ? n < 2 : n === 1) ? s.catOne : s.catOther, { n });
}

/** Registry number (or "Non inscrit"), level, and VAE access unless `short`. */
export function badges(c: Certification, locale: UiLocale, short = false): TemplateResult {
  const s = guideStrings[locale];
  const badge = (text: string) => html`<span part="badge" class="badge">${text}</span> `;
  return html`${badge(registryNumber(c) ?? s.catNone)}${c.level ? badge(format(s.catLevelN, { n: c.level })) : nothing}${!short &&
  vaeOpen(c)
    ? badge(s.catVae)
    : nothing}`;
}

/** Badges, for both elements. */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }
`;

/** The guide's list and filters. */
export const catalogueStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1em;
    margin-block: 0.5em 0.75em;
  }
  .filter {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .filter label {
    font-weight: 600;
  }
  .search {
    flex: 1 1 14em;
  }
  /* The checkbox and its label: one 44 px target, the label's whole height clickable. */
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .check label {
    display: flex;
    align-items: center;
    min-height: 2.75em;
    font-weight: normal;
    cursor: pointer;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* Fields drawn like the questionnaire's: a thin frame, a strong bottom line, 44 px high. */
  .filters :is(input[type='search'], select) {
    font: inherit;
    color: inherit;
    background-color: var(--cqp-vae-input-background, transparent);
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-bottom: 2px solid currentColor;
    border-radius: 0.25rem 0.25rem 0 0;
  }
  /* A select without the platform's look, its arrow a chevron drawn in the text colour after it. */
  .filters select {
    appearance: none;
    padding-inline-end: 2.25em;
    cursor: pointer;
  }
  .select {
    position: relative;
  }
  .select::after {
    content: '';
    position: absolute;
    inset-inline-end: 0.9em;
    bottom: 1.2em;
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
    pointer-events: none;
  }
  .filters select option {
    color: initial;
    background-color: initial;
  }
  .catalogue-empty {
    padding: 0 var(--_space) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  [part~='catalogue-list'] {
    list-style: none;
    padding: 0;
  }
  [part~='certification'] {
    margin-top: 0.5em;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='certification-title'],
  [part~='catalogue-count'] {
    font-weight: 700;
  }
  [part~='catalogue-more'] {
    margin-top: 0.75em;
  }
  @media print {
    [part~='catalogue-more'] {
      display: none;
    }
  }
`;
