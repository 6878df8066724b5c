/**
 * The content's catalogue as a list a person searches as they type and filters by registry and
 * level (native controls, each with its label, drawn like the questionnaire's fields), the number of
 * results in a polite live region; a search with no result says so and offers the whole list again.
 * The search itself is content/catalogue.ts: normalised texts are computed once per catalogue,
 * so a keystroke over a few hundred entries is one pass of `includes`, and it lists at most a page
 * of results (more on request).
 *
 * `<eligibility-check>`'s picker shows the same badges and count: they are exported from here so
 * that the bundle holds them once.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Certification, Contact, Registry } from '../../content/schema.js';
import { filterCatalogue, registryNumber, registryOf, vaeOpen } from '../../content/catalogue.js';
import { renderEntryDetails, renderRegistration } from './catalogue-entry.js';
import { format, type UiLocale } from '../../shared/i18n.js';
import { renderLink } from '../../shared/rich-text.js';
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

/** The search field, the filters that tell entries apart, the count and the list. `key` keeps ids unique. */
export function renderCatalogue(ctx: CatalogueContext, locale: UiLocale, uiLang: string | typeof nothing, key: string) {
  const s = guideStrings[locale];
  const { list } = ctx;
  const view = ctx.view(key);
  const shown = filterCatalogue(list, view);
  const listed = shown.slice(0, view.limit);
  const id = (x: string) => `cat-${key}-${x}`;
  // A new search or filter starts from the first page of its results.
  const set = (patch: Partial<CatalogueView>) => ctx.onView(key, { ...view, limit: PAGE, ...patch });
  const more = async (e: Event) => {
    const ul = (e.target as HTMLElement).closest('[part~="catalogue"]')?.querySelector('[part~="catalogue-list"]');
    await ctx.onView(key, { ...view, limit: view.limit + PAGE });
    // Keyboard and screen-reader users go on from the first entry just added, not from the top.
    ul?.querySelectorAll<HTMLElement>('[part~="certification"]')[listed.length]?.focus();
  };
  // The way out of an empty result: the whole list again, and the focus in the search field (the
  // button it was on is gone).
  const clear = async (e: Event) => {
    const shadow = (e.target as HTMLElement).getRootNode() as ShadowRoot;
    await ctx.onView(key, emptyView);
    shadow.getElementById(id('q'))?.focus();
  };
  const registries = (['rncp', 'rs', 'none'] as const).filter((r) => list.some((c) => registryOf(c) === r));
  const levels = [...new Set(list.map((c) => c.level).filter((n) => n !== undefined))].sort((a, b) => a - b);
  const select = (name: string, label: string, options: [string, string][], value: string, on: (v: string) => void) =>
    html`<p class="filter select">
      <label for=${id(name)}>${label}</label>
      <select part="catalogue-filter" id=${id(name)} @change=${(e: Event) => on((e.target as HTMLSelectElement).value)}>
        <option value="">${s.catAll}</option>
        ${options.map(([v, text]) => html`<option value=${v} .selected=${v === value}>${text}</option>`)}
      </select>
    </p>`;
  return html`<div part="catalogue" class="catalogue">
    <div part="catalogue-filters" class="filters" lang=${uiLang}>
      <p class="filter search">
        <label for=${id('q')}>${s.catSearch}</label>
        <input
          part="catalogue-search"
          type="search"
          id=${id('q')}
          autocomplete="off"
          spellcheck="false"
          .value=${view.query}
          @input=${(e: Event) => set({ query: (e.target as HTMLInputElement).value })}
        />
      </p>
      ${registries.length > 1
        ? select('r', s.catRegistry, registries.map((r) => [r, r === 'none' ? s.catNone : r.toUpperCase()]), view.registry, (v) =>
            set({ registry: v as Registry | '' }),
          )
        : nothing}
      ${levels.length > 1
        ? select('l', s.catLevel, levels.map((n) => [String(n), format(s.catLevelN, { n })]), view.level, (v) => set({ level: v }))
        : nothing}
      ${list.some((c) => vaeOpen(c)) && !list.every((c) => vaeOpen(c))
        ? html`<p class="filter check">
            <input part="catalogue-vae" type="checkbox" id=${id('v')} .checked=${!!view.vae}
              @change=${(e: Event) => set({ vae: (e.target as HTMLInputElement).checked })} />
            <label for=${id('v')}>${s.catVae}</label>
          </p>`
        : nothing}
    </div>
    <p part="catalogue-count" role="status" lang=${uiLang}>
      ${shown.length
        ? html`${countText(shown.length, locale)}${listed.length < shown.length ? format(s.catFirst, { n: listed.length }) : ''}`
        : s.catEmpty}
    </p>
    ${shown.length ? nothing : html`<div part="catalogue-empty" class="catalogue-empty" lang=${uiLang}>
      <p>${s.catEmptyHint}</p>
      <button type="button" part="button button-secondary catalogue-clear" @click=${clear}>${s.catClear}</button>
    </div>`}
    <ul part="catalogue-list" role="list">
      ${listed.map(
        (c) => html`<li part="certification" data-id=${c.id} tabindex="-1">
          <p part="certification-title">${c.link ? renderLink(c.title, c.link, locale) : c.title}</p>
          <p part="certification-facts" lang=${uiLang}>${badges(c, locale)}</p>
          ${c.description ? html`<p part="certification-description">${c.description}</p>` : nothing}
          ${c.certifier ? html`<p part="certification-certifier" class="muted">${c.certifier}</p>` : nothing}
          ${renderRegistration(c, locale)} ${renderEntryDetails(c, ctx.contacts?.(c) ?? [], locale, uiLang)}
        </li>`,
      )}
    </ul>
    ${listed.length < shown.length
      ? html`<button type="button" part="catalogue-more" lang=${uiLang} @click=${more}>
          ${format(s.catMore, { n: Math.min(PAGE, shown.length - listed.length) })}
        </button>`
      : nothing}
  </div>`;
}

/** Badges for both elements; the guide's list and filters. */
export const catalogueStyles = css`
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }
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
