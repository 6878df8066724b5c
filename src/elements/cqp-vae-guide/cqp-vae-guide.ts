// The built-in content first: the bundle then starts with its texts, which gzips to about 600 bytes
// fewer than with them after the code (measured with `npm run size`).
import { builtInGuide } from '../../content/default-content.js';
import { html, nothing, type PropertyValues } from 'lit';
import type { Content, Guide, Route } from '../../content/schema.js';
import { ContentElement, type ContentState } from '../../shared/content-element.js';
import type { UiLocale } from '../../shared/i18n.js';
import { coercedProperty, headingLevelRule, IGNORE, optionalText } from '../../shared/props.js';
import { renderParagraphs, textScope } from '../../shared/rich-text.js';
import { sharedStyles } from '../../shared/styles.js';
import { guideStyles } from './cqp-vae-guide.styles.js';
import { renderComparison } from './comparison.js';
import { clampLevel, heading } from '../../shared/heading.js';
import { renderRouteBody, type SectionContext } from './sections.js';
import { guideStrings } from './strings.js';
import { nextTabIndex } from './tabs.js';
import { uiStringsFor } from './english.js';
import { badgeStyles, catalogueStyles, emptyView, type CatalogueView } from './catalogue.js';
import { catalogueListLoader, catalogueList, loadCatalogueList, mayShowCatalogue } from './catalogue-loader.js';
import { catalogueEntryStyles, registrationStyles } from './catalogue-entry.js';
import { contactsOf, contactStyles } from '../../shared/contacts.js';

/** How the routes are laid out. */
export type GuideLayout = 'tabs' | 'stacked';

/**
 * The CQP and VAE guide: what each route is, who it is for, its advantages, its steps and how to
 * fund it, with a short comparison to help choose. Works with no configuration on the built-in
 * French content; a branch plugs in its own content with `src`, an inline
 * `<script type="application/json">` child or the `content` property (in that order of precedence:
 * property, inline script, `src`, built-in). A content's `catalogue` becomes a list to search and
 * filter, where a `catalogue` section puts it, else at the end of the "cqp" route.
 *
 * @summary Explains the CQP and VAE routes to a professional certification, as tabs or stacked sections.
 *
 * @attr {string} src - URL of a JSON content document (https or http, fetched without credentials,
 *   10 s timeout, 1 MB cap). Ignored when the `content` property or an inline script is given.
 * @attr {string} fallback-href - The publisher's own page on the subject: when the content cannot be
 *   shown, the error offers it to the visitor (https, http, mailto or tel).
 * @attr {string} lang - Language of the element's own words (buttons, labels, messages): `fr`
 *   (default) or `en…`; read from the element, else from its nearest ancestor with `lang`. The
 *   content's texts are shown as written.
 * @prop {unknown} content - The content document as an object or as JSON text; takes precedence
 *   over an inline script and over `src`. Validated like any other source.
 *
 * @event {CustomEvent<ContentErrorDetail>} cqp-vae-content-error - The content could not be used
 *   (invalid, unreachable, too slow…). Bubbles and is composed. `detail`: `{ issues: { path, message,
 *   code }[], origin: 'property' | 'inline' | 'src' | 'default', reason?: 'network' | 'http' |
 *   'timeout' | 'too-large' | 'type' | 'scheme' | 'invalid', src?: string }`.
 *
 * @csspart base - Wrapper of the loaded guide.
 * @csspart header - Title and introduction.
 * @csspart title - The guide's title.
 * @csspart intro - The introduction (its paragraphs).
 * @csspart comparison - Wrapper of the comparison table (a size container).
 * @csspart comparison-table - The comparison `<table>`.
 * @csspart comparison-caption - Its caption.
 * @csspart comparison-route - A column header (a route's short title).
 * @csspart comparison-label - A row header (the compared aspect).
 * @csspart tabs - Wrapper of the tab list and panels (tabs layout).
 * @csspart tablist - The tab list.
 * @csspart tab - A tab (the selected one has `aria-selected="true"`).
 * @csspart panel - A tab panel (also has the `route` part).
 * @csspart route - A route: a tab panel, or a section in the stacked or single-route layouts.
 * @csspart route-title - A route's title.
 * @csspart route-summary - A route's one-sentence summary.
 * @csspart section - A section of a route.
 * @csspart section-heading - A section's heading.
 * @csspart paragraph - A paragraph of content text.
 * @csspart emphasis - Emphasised content text.
 * @csspart advantages - The list of advantages.
 * @csspart advantage - One advantage.
 * @csspart steps - The numbered timeline of steps (`<ol>`).
 * @csspart step - One step.
 * @csspart step-number - The number badge of a step.
 * @csspart step-title - A step's title.
 * @csspart cards - The list of financing options.
 * @csspart card - One financing option.
 * @csspart card-title - A financing option's title.
 * @csspart callout - A notes section ("À savoir"), also has the `section` part.
 * @csspart links - A list of links.
 * @csspart link-item - One item of a list of links.
 * @csspart link - A link in content text.
 * @csspart term - A word of the content's glossary, at its first occurrence in a section: an inline `role="button"` that wraps with the text and shows its definition.
 * @csspart term-definition - The definition a term shows, right after it.
 * @csspart sources - A section's sources: a closed disclosure (`<details>`).
 * @csspart sources-summary - The summary of the sources disclosure.
 * @csspart sources-list - The list of sources.
 * @csspart catalogue - The content's catalogue: search, filters, count and list.
 * @csspart catalogue-filters - The search field and filters.
 * @csspart catalogue-search - The search field.
 * @csspart catalogue-filter - A filter (a `<select>`).
 * @csspart catalogue-count - "12 certifications" (a polite live region); says how many are listed when not all are.
 * @csspart catalogue-list - The list of certifications. It lists 20 results at first.
 * @csspart catalogue-more - "Show 20 more": lists the next results and moves focus to the first of them.
 * @csspart certification - One entry of the catalogue list.
 * @csspart certification-title - An entry's title (a link when it has one).
 * @csspart certification-facts - An entry's badges.
 * @csspart certification-description - An entry's description.
 * @csspart certification-certifier - Who awards the certification.
 * @csspart catalogue-empty - Shown when nothing matches the search and filters: a hint and the catalogue-clear button.
 * @csspart catalogue-clear - "Effacer la recherche et les filtres": lists everything again and puts the focus in the search field.
 * @csspart catalogue-vae - The "VAE possible" checkbox: only the entries VAE leads to (in the RNCP, VAE among the record's access routes).
 * @csspart certification-registration - "Inscrit jusqu’au …" under an entry.
 * @csspart certification-warning - The registration line when it ends within six months or has ended (also has certification-registration).
 * @csspart certification-details - An entry's disclosure: blocs, certifiers, practical facts, contacts.
 * @csspart certification-summary - The summary of an entry's disclosure.
 * @csspart certification-blocs - The list of an entry's blocs de compétences.
 * @csspart certification-subtitle - A heading inside an entry's disclosure (blocs, certifiers, practical facts, contacts).
 * @csspart certification-certifiers - The certifiers named in an entry's disclosure.
 * @csspart certification-practical - An entry's practical facts (duration, cost, CPF), a description list.
 * @csspart bloc - One bloc de compétences.
 * @csspart contacts - A list of contacts.
 * @csspart contact - One contact.
 * @csspart contact-name - A contact's name.
 * @csspart contact-role - A contact's role.
 * @csspart contact-region - A contact's region.
 * @csspart contact-link - A contact's e-mail, phone or web link.
 * @csspart badge - A registry number ("RNCP12345", "Non inscrit"), a level or "VAE possible".
 * @csspart source - Footer: publisher (none for the built-in content), source and review date.
 * @csspart source-link - Link to the content's source.
 * @csspart loading - Placeholder shown while `src` loads (`role="status"`).
 * @csspart error - Error block (`role="alert"`).
 * @csspart error-details - Disclosure with the details for the content author.
 * @csspart error-list - List of problems, each with its JSON path.
 * @csspart error-actions - What the visitor can do about the error: retry, the publisher's page.
 * @csspart button - A button of the error block ("Réessayer").
 * @csspart button-secondary - A secondary button: "Effacer la recherche et les filtres" in the catalogue.
 * @csspart retry - "Réessayer", after a network or server failure.
 * @csspart fallback-link - The `fallback-href` page, offered when the content cannot be shown.
 *
 * @cssproperty [--cqp-vae-accent=#1d4f91] - Links, selected tab, step badges, callout border.
 * @cssproperty [--cqp-vae-on-accent=#ffffff] - Text on the accent colour (step numbers).
 * @cssproperty [--cqp-vae-text=inherit] - Text colour.
 * @cssproperty [--cqp-vae-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text (source, loading).
 * @cssproperty [--cqp-vae-surface=transparent] - Background of the element and of cards.
 * @cssproperty [--cqp-vae-surface-alt=color-mix(in srgb, currentColor 6%, transparent)] - Background of callouts, table headers, hovered tabs.
 * @cssproperty [--cqp-vae-border=color-mix(in srgb, currentColor 30%, transparent)] - Borders and the timeline line.
 * @cssproperty [--cqp-vae-radius=0.5rem] - Corner radius of cards, callouts, the error block.
 * @cssproperty [--cqp-vae-space=1rem] - Base spacing.
 * @cssproperty [--cqp-vae-margin-block=2rem] - Space above and below the element (collapses with its neighbours' margins).
 * @cssproperty [--cqp-vae-error=#b3261e] - Error block border and title.
 * @cssproperty [--cqp-vae-focus=var(--cqp-vae-accent)] - Focus outline colour.
 * @cssproperty [--cqp-vae-font=inherit] - Font family.
 * @cssproperty [--cqp-vae-font-size=inherit] - Base font size.
 * @cssproperty [--cqp-vae-loading-height=20rem] - Height the loading placeholder reserves.
 * @cssproperty [--cqp-vae-input-background=transparent] - Background of the catalogue's search field and filters.
 * @cssproperty [--cqp-vae-warning-color=#b34000] - Edge of the registration warning (ends within six months or has ended).
 * @cssproperty [--cqp-vae-warning-background=#fff4e5] - Background of the registration warning.
 * @cssproperty [--cqp-vae-warning-text=#5c2100] - Text of the registration warning.
 */
export class CqpVaeGuide extends ContentElement {
  static override styles = [sharedStyles, guideStyles, badgeStyles, catalogueStyles, registrationStyles, catalogueEntryStyles, contactStyles];
  static override properties = {
    layout: { reflect: true, noAccessor: true },
    route: { reflect: true, noAccessor: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true, noAccessor: true },
    selected: { attribute: false },
    views: { attribute: false },
  };

  static {
    coercedProperty(this, 'layout', {
      coerce: (v) => (v === 'tabs' || v === 'stacked' ? v : v === undefined || v === null || typeof v === 'string' ? 'tabs' : IGNORE),
      accepted: '"tabs" or "stacked"',
    });
    coercedProperty(this, 'route', optionalText);
    coercedProperty(this, 'headingLevel', headingLevelRule);
  }

  /**
   * `tabs` (default): the routes are WAI-ARIA tabs (arrow keys, Home, End). `stacked`: one after
   * the other, all visible. Printing always shows every route.
   */
  layout: GuideLayout = 'tabs';

  /**
   * Id of the only route to show (e.g. `cqp` or `vae`): no tabs and no comparison then. An id the
   * content does not have shows every route (and warns in the console).
   */
  route?: string;

  /**
   * Level of the guide's title, 1 to 6 (default 2), to fit the host page's outline. Route titles
   * are one level below (or at this level when the content has no title), sections one more,
   * financing cards one more again (never deeper than 6).
   */
  headingLevel = 2;

  private selected?: string;
  /**
   * Search and filters of each catalogue list, by its place (a content can place the catalogue in
   * more than one section; each list keeps its own search). Replaced, never mutated, so that a
   * change re-renders.
   */
  private views: Record<string, CatalogueView> = {};

  #warnedRoute?: string;
  #list = catalogueListLoader(this);

  /**
   * Shows the route `id` and moves keyboard focus to it: selects its tab in the tabs layout,
   * scrolls to its section otherwise. For a host page or `<eligibility-check>`'s result ("see the
   * VAE route"). Returns false, and does nothing, when the content is not loaded yet or the
   * guide does not show such a route (an unknown id, or another one than `route` names).
   */
  selectRoute(id: string): boolean {
    const state = this.contentState;
    if (state.status !== 'ready') return false;
    const routes = this.#shownRoutes(state.content.guide);
    if (!routes.some((r) => r.id === id)) return false;
    this.selected = id;
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-route="${id}"]`);
      if (!target) return;
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      // With tabs, bring the tab list into view too, so that the reader sees which route is open.
      const scrollTo = target.closest<HTMLElement>('[part~="tabs"]') ?? target;
      target.focus({ preventScroll: true });
      scrollTo.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    });
    return true;
  }

  /** @internal The English UI strings load on demand (elements/english.ts). */
  protected override uiStringsFor(locale: UiLocale) {
    return uiStringsFor(locale);
  }

  /**
   * @internal The catalogue list's code, before an update that may show a catalogue
   * (catalogue-loader.ts); otherwise the list's place shows the loading placeholder until it arrives.
   */
  protected override codeFor() {
    return catalogueList() || !mayShowCatalogue(this.contentState, this.content, this) ? undefined : loadCatalogueList();
  }

  /** @internal Its code on demand, until rendered (or given up). */
  protected override codePending() {
    return this.#list.pending;
  }

  /** @internal Its part of the built-in content (content/default-content.ts). */
  protected override builtInContent() {
    return builtInGuide;
  }

  protected override contentChanged(_previous: ContentState, next: ContentState): void {
    if (next.status === 'ready' && !next.content.guide.routes.some((r) => r.id === this.selected)) {
      this.selected = undefined;
    }
    this.views = {};
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.contentState;
    if (state.status !== 'ready' || !this.route || this.#warnedRoute === this.route) return;
    if (!state.content.guide.routes.some((r) => r.id === this.route)) {
      this.#warnedRoute = this.route;
      const ids = state.content.guide.routes.map((r) => `"${r.id}"`).join(', ');
      console.warn(`<cqp-vae-guide>: route="${this.route}" is not in the content (${ids}); showing every route.`);
    }
  }

  override render() {
    const state = this.contentState;
    if (state.status === 'loading') return this.renderLoading();
    if (state.status === 'error') return this.renderError(state);
    return this.#renderGuide(state.content);
  }

  #shownRoutes(guide: Guide): Route[] {
    const only = this.route ? guide.routes.find((r) => r.id === this.route) : undefined;
    return only ? [only] : guide.routes;
  }

  #renderGuide(content: Content) {
    const { guide, meta, catalogue, glossary } = content;
    const level = clampLevel(this.headingLevel);
    const routes = this.#shownRoutes(guide);
    // The content's language for its texts; the words the element adds carry the UI language.
    const uiLang = meta.locale.toLowerCase().startsWith(this.uiLocale) ? nothing : this.uiLocale;
    const ctx: SectionContext = { locale: this.uiLocale, uiLang, level: guide.title ? level + 1 : level, glossary };
    if (catalogue) {
      this.#list.request();
      // Placed by a "catalogue" section, else at the end of the CQP route.
      const placed = guide.routes.some((r) => r.sections.some((s) => s.kind === 'catalogue'));
      ctx.catalogue = {
        retry: this.#list.retry,
        list: catalogue,
        view: (key) => this.views[key] ?? emptyView,
        onView: (key, view) => {
          this.views = { ...this.views, [key]: view };
          return this.updateComplete;
        },
        route: placed ? undefined : (guide.routes.find((r) => r.id === 'cqp') ?? guide.routes[0]).id,
        contacts: (c) => contactsOf(content, c.contacts),
      };
    }
    const tabs = this.layout !== 'stacked' && routes.length > 1;
    return html`<div part="base" class=${tabs ? 'guide guide--tabs' : 'guide guide--stacked'} lang=${meta.locale}>
      ${guide.title || guide.intro?.length
        ? html`<div part="header">
            ${guide.title ? heading(level, 'title', guide.title) : nothing}
            ${guide.intro?.length ? html`<div part="intro">${renderParagraphs(guide.intro, textScope(this.uiLocale, glossary, 'intro'))}</div>` : nothing}
          </div>`
        : nothing}
      ${renderComparison(guide, routes, this.uiLocale, uiLang)}
      ${tabs ? this.#renderTabs(routes, ctx) : routes.map((r) => this.#renderSection(r, ctx))}
      <div lang=${uiLang}>${this.renderSource(meta)}</div>
    </div>`;
  }

  #renderSection(route: Route, ctx: SectionContext) {
    return html`<section part="route" data-route=${route.id} tabindex="-1">
      ${renderRouteBody(route, ctx, `title-${route.id}`)}
    </section>`;
  }

  #renderTabs(routes: Route[], ctx: SectionContext) {
    const current = routes.find((r) => r.id === this.selected) ?? routes[0];
    return html`<div part="tabs">
      <div role="tablist" part="tablist" aria-label=${guideStrings[this.uiLocale].tablistLabel} @keydown=${this.#onKeydown}>
        ${routes.map((r) => {
          const selected = r === current;
          return html`<button
            type="button"
            role="tab"
            part="tab"
            id=${`tab-${r.id}`}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls=${`panel-${r.id}`}
            tabindex=${selected ? 0 : -1}
            @click=${() => (this.selected = r.id)}
          >
            ${r.shortTitle}
          </button>`;
        })}
      </div>
      ${routes.map(
        (r) => html`<div
          role="tabpanel"
          part="panel route"
          id=${`panel-${r.id}`}
          data-route=${r.id}
          aria-labelledby=${`tab-${r.id}`}
          tabindex="0"
          ?hidden=${r !== current}
        >
          ${renderRouteBody(r, ctx, `title-${r.id}`)}
        </div>`,
      )}
    </div>`;
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const list = event.currentTarget as HTMLElement;
    const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const next = nextTabIndex(event.key, index, tabs.length, getComputedStyle(list).direction === 'rtl');
    if (next === undefined) return;
    event.preventDefault();
    // Automatic activation: moving to a tab shows its panel.
    this.selected = tabs[next].id.slice('tab-'.length);
    tabs[next].focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cqp-vae-guide': CqpVaeGuide;
  }
}
