/**
 * The content's catalogue as a list a person searches as they type and filters by registry and
 * level (native controls, each with its label, drawn like the questionnaire's fields), the number of
 * results in a polite live region; a search with no result says so and offers the whole list again.
 * The search itself is content/catalogue.ts: normalised texts are computed once per catalogue,
 * so a keystroke over a few hundred entries is one pass of `includes`, and it lists at most a page
 * of results (more on request).
 *
 * Only content with a `catalogue` shows it, and the built-in content has none: the guide loads this
 * module on demand (catalogue-loader.ts), from the file the build writes beside the page's module.
 * That file imports nothing: what the list shares with the module (lit, the guide's dictionaries,
 * the catalogue's search and its cache, the links) is handed to `catalogueList` by the loader, so
 * that a module loaded with a query string (WordPress's `?ver=`) is not loaded a second time by an
 * import of its plain URL, with a second copy of its state.
 */
import type { Certification, Contact, Registry } from '../../content/schema.js';
import type { UiLocale } from '../../shared/i18n.js';
import type { CatalogueContext, CatalogueView } from './catalogue.js';
import type { CatalogueShared } from './catalogue-loader.js';

/** The list's two renderers, on the module's own lit, dictionaries and helpers. */
export function catalogueList(shared: CatalogueShared) {
  const { html, nothing, filterCatalogue, registryOf, vaeOpen, format, renderLink, renderContacts, guideStrings } = shared;
  const { badges, countText, emptyView, PAGE, entryWords, renderRegistration } = shared;

  /** The search field, the filters that tell entries apart, the count and the list. `key` keeps ids unique. */
  function renderCatalogue(ctx: CatalogueContext, locale: UiLocale, uiLang: string | typeof nothing, key: string) {
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

  /**
   * The entry's blocs, certifiers, practical facts and contacts in a disclosure the person opens
   * (native `<details>`: it opens with the keyboard and a screen reader announces its state, with no
   * script of ours); nothing when it has none.
   */
  function renderEntryDetails(c: Certification, contacts: readonly Contact[], locale: UiLocale, uiLang: string | typeof nothing) {
    const w = entryWords[locale];
    const facts: [string, string][] = [];
    if (c.duration) facts.push([w.duration, c.duration]);
    if (c.cost) facts.push([w.cost, c.cost]);
    // The registry's certifiers; the hand-written `certifier` already shows under the title.
    const certifiers = c.certifiers?.map((x) => x.name) ?? [];
    if (!c.blocs?.length && !certifiers.length && !facts.length && !c.cpf && !contacts.length) return nothing;
    const subtitle = (text: string) => html`<p part="certification-subtitle" class="subtitle" lang=${uiLang}>${text}</p>`;
    return html`<details part="certification-details">
      <summary part="certification-summary" lang=${uiLang}>${w.details}</summary>
      ${c.blocs?.length
        ? html`${subtitle(w.blocs)}
            <ul part="certification-blocs">
              ${c.blocs.map((b) => html`<li part="bloc" data-code=${b.code}>${b.title} <span class="muted">(${b.code})</span></li>`)}
            </ul>
            ${c.partialValidation ? html`<p lang=${uiLang}>${w.partial}</p>` : nothing}`
        : nothing}
      ${certifiers.length ? html`${subtitle(w.certifiers)}<p part="certification-certifiers">${certifiers.join(', ')}</p>` : nothing}
      ${facts.length || c.cpf
        ? html`<dl part="certification-practical">
            ${facts.map(([k, v]) => html`<dt lang=${uiLang}>${k}</dt><dd>${v}</dd>`)}
            ${c.cpf ? html`<dt lang=${uiLang}>${w.cpf}</dt><dd lang=${uiLang}>✓</dd>` : nothing}
          </dl>`
        : nothing}
      ${contacts.length ? html`${subtitle(w.contacts)}${renderContacts(contacts, locale)}` : nothing}
    </details>`;
  }

  return { renderCatalogue, renderEntryDetails };
}
