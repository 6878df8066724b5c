/**
 * What both elements share: where their content comes from, loading, and the error state.
 *
 * Precedence: the `content` property, then an inline `<script type="application/json">` child, then
 * the `src` attribute, else the built-in content. Whatever happens, the element shows the content,
 * a loading placeholder or an accessible error: never a blank box, never an uncaught exception.
 */
import { LitElement, isServer, supportsAdoptingStyleSheets, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ParseResult } from '../content/validate.js';
import type { ContentIssue } from '../content/issues.js';
import type { Content, Meta } from '../content/schema.js';
import { validated } from '../content/validated.js';
import { checkerFor, loadCheckerFor, type Checker } from './checker.js';
import { DEFAULT_TIMEOUT_MS, loadContent, type LoadFailure } from './load-content.js';
import { resolveLocale, type UiLocale } from './i18n.js';
import { renderError, renderLoading, renderSource } from './content-views.js';
import { emit } from './events.js';
import { coercedProperty, IGNORE, optionalText } from './props.js';
import { adoptStylesIn } from './document-styles.js';

/** Where the content in use came from. */
export type ContentOrigin = 'property' | 'inline' | 'src' | 'default';

export type ContentState =
  | { status: 'loading'; origin: ContentOrigin }
  | { status: 'ready'; content: Content; origin: ContentOrigin }
  | { status: 'error'; issues: ContentIssue[]; origin: ContentOrigin; failure?: LoadFailure & { src: string } };

/** Detail of `cqp-vae-content-error`. */
export interface ContentErrorDetail {
  /** Each problem with its JSON path and a message for the content author. */
  issues: ContentIssue[];
  origin: ContentOrigin;
  /** For `src` failures: why (network, http, timeout, too-large, type, scheme, invalid). */
  reason?: LoadFailure['reason'];
  src?: string;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

export abstract class ContentElement extends LitElement {
  // Declared without decorators: the decorator helpers cost bytes in the bundle, this does not.
  static override properties: PropertyDeclarations = {
    // Setters of their own (props.ts): a host may give any value.
    content: { attribute: false, noAccessor: true },
    src: { reflect: true, noAccessor: true },
    fallbackHref: { attribute: 'fallback-href', noAccessor: true },
  };

  /**
   * The content document as an object (or JSON text). Takes precedence over an inline script and
   * over `src`. It is validated like any other source, except an object `parseContent` returned,
   * which is used as is.
   */
  content?: unknown;

  /** URL of a JSON content document (https or http, fetched without credentials). */
  src?: string;

  /**
   * The publisher's own page on the subject, offered to a visitor when the content cannot be shown
   * (`fallback-href`): the error is then never a dead end. Only https:, http:, mailto: and tel:.
   */
  fallbackHref?: string;

  /** @internal */
  protected contentState: ContentState = { status: 'ready', content: this.builtInContent(), origin: 'default' };

  /**
   * @internal The content shown with no configuration: each element gives its part of the built-in
   * content (content/default-content.ts), so that a module with one element carries no texts of
   * the other.
   */
  protected abstract builtInContent(): Content;

  /**
   * @internal How long a `src` fetch may take before it fails with a timeout, in milliseconds.
   * Tests shorten it; pages have no reason to.
   */
  loadTimeoutMs = DEFAULT_TIMEOUT_MS;

  /** @internal The UI language, from `lang` on the element or its nearest ancestor. */
  protected uiLocale: UiLocale = 'fr';

  #fetch?: AbortController;
  /** The check waiting for the checker to arrive, if any; a newer resolve makes it stale. */
  #pendingCheck?: Promise<void>;
  #observer?: MutationObserver;
  #inlineText: string | null = null;

  static {
    coercedProperty(this, 'content', {
      // A value JSON cannot hold (a function, a symbol, a bigint) is ignored; any other is checked
      // as a document, and a number or a boolean shows the error that says what was expected.
      coerce: (v) => (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint' ? IGNORE : v),
      accepted: 'a content object or JSON text',
    });
    coercedProperty(this, 'src', optionalText);
    coercedProperty(this, 'fallbackHref', optionalText);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A prerendered page (declarative shadow DOM) is hydrated in place when hydrate-support.js ran
    // before this module; without it, lit would render after the server's markup and show the
    // content twice, so the element starts again from an empty shadow root.
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    try {
      return super.createRenderRoot();
    } catch (error) {
      // First connected in another document (adopted into an iframe): lit gives the shadow root it
      // has just attached this window's sheets, which that document refuses (document-styles.ts).
      if (!this.shadowRoot) throw error;
      this.#restyle();
      return this.shadowRoot;
    }
  }

  /** @internal Moved to another document once connected: its sheets stayed behind, copies follow. */
  adoptedCallback(): void {
    if (this.renderRoot) this.#restyle();
  }

  #restyle(): void {
    if (supportsAdoptingStyleSheets) adoptStylesIn(this.shadowRoot!, (this.constructor as typeof LitElement).elementStyles);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.uiLocale = resolveLocale(this);
    // lit's SSR calls this on the server when a framework asks it to (Astro's lit integration):
    // there is nothing to observe or fetch there; the browser does it after hydration.
    if (isServer) return;
    // Inline content may be added or edited after the element upgrades (a CMS, a playground).
    this.#observer = new MutationObserver(() => this.#checkInline());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    // The first update resolves the content; after that, a fetch aborted by a removal must start
    // again when the element comes back, and inline content may have changed while it was away.
    if (!this.hasUpdated) return;
    if (this.contentState.status === 'loading') this.#resolve();
    else this.#checkInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#fetch?.abort();
    this.#fetch = undefined;
  }

  /**
   * Custom content needs the checker, which loads on demand: the update waits for it, so that the
   * first render is the content or its error rather than a flash of the loading state, and so that
   * a prerendered page is hydrated with the content the server rendered. An element in English
   * waits for its UI strings the same way, rather than show French first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits: Promise<unknown>[] = [];
    const locale = resolveLocale(this);
    // With the issues' wording of the language: the checker's own French, or English from a file of its own.
    if (!checkerFor(locale) && this.#needsChecker()) waits.push(loadCheckerFor(locale));
    // The same for the UI strings of a language that is a chunk of its own (English).
    const strings = this.uiStringsFor(locale);
    if (strings) waits.push(strings);
    // And code of the element's own that loads on demand (the guide's catalogue list).
    const code = this.codeFor();
    if (code) waits.push(code);
    if (!waits.length) return super.scheduleUpdate();
    const update = () => super.scheduleUpdate();
    return Promise.all(waits).then(update, update);
  }

  /**
   * @internal Undefined when the UI strings of `locale` are here, else the promise of their arrival
   * (each element gives its loader: elements/english.ts).
   */
  protected uiStringsFor(_locale: UiLocale): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * @internal Undefined when the element has the code it needs for this update, else the promise
   * of its arrival (the guide's catalogue list: cqp-vae-guide/catalogue-loader.ts).
   */
  protected codeFor(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * @internal The element's code on its way for the update just made, if any (the guide's list, the
   * questionnaire's picker): `updateComplete` waits for it and the render that follows.
   */
  protected codePending(): Promise<unknown> | undefined {
    return undefined;
  }

  #needsChecker(): boolean {
    const content = this.content;
    if (content !== undefined && content !== null) return !(typeof content === 'object' && validated.has(content));
    return !!this.querySelector?.(INLINE_SELECTOR);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.uiLocale = resolveLocale(this);
    if (!this.hasUpdated || changed.has('content') || changed.has('src')) this.#resolve();
  }

  #checkInline(): void {
    const text = this.querySelector?.(INLINE_SELECTOR)?.textContent ?? null;
    if (text !== this.#inlineText) this.#resolve();
  }

  #resolve(): void {
    this.#fetch?.abort();
    this.#fetch = undefined;
    this.#pendingCheck = undefined;
    const locale = resolveLocale(this);
    // `?.`: lit’s server renderer (`cqp-vae-widgets prerender`) gives elements no querySelector.
    const inline = this.querySelector?.(INLINE_SELECTOR);
    this.#inlineText = inline?.textContent ?? null;

    const content = this.content;
    if (content !== undefined && content !== null) {
      if (typeof content === 'object' && validated.has(content)) {
        this.#setState({ status: 'ready', content: content as Content, origin: 'property' });
      } else {
        this.#check('property', locale, (c) =>
          typeof content === 'string' ? c.parseContentText(content, { locale }) : c.parseContent(content, { locale }),
        );
      }
    } else if (inline) {
      const text = this.#inlineText ?? '';
      this.#check('inline', locale, (c) => c.parseContentText(text, { locale }));
    } else if (this.src) {
      this.#startFetch(this.src, locale);
    } else {
      this.#setState({ status: 'ready', content: this.builtInContent(), origin: 'default' });
    }
  }

  /**
   * Checks now if the checker is here with the issues' wording of `locale` (scheduleUpdate waited
   * for it), else once it arrives.
   */
  #check(origin: ContentOrigin, locale: UiLocale, parse: (checker: Checker) => ParseResult): void {
    const ready = checkerFor(locale);
    if (ready) return this.#settle(parse(ready), origin);
    this.#setState({ status: 'loading', origin });
    const pending: Promise<void> = loadCheckerFor(locale).then(
      (loaded) => {
        if (this.#pendingCheck !== pending) return;
        this.#pendingCheck = undefined;
        this.#settle(parse(loaded), origin);
      },
      (error: unknown) => {
        if (this.#pendingCheck !== pending) return;
        this.#pendingCheck = undefined;
        this.#fail({ status: 'error', issues: [checkerIssue(error)], origin, failure: { reason: 'checker', src: '' } });
      },
    );
    this.#pendingCheck = pending;
  }

  /**
   * Content given by property or inline script is settled when `updateComplete` resolves, even when
   * the checker was still on its way (content set before the tag was defined): a `src` is not, it
   * shows its loading state until the file arrives. So is code the element loads on demand.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.#pendingCheck ?? this.codePending();
    if (!pending) return done;
    await pending;
    return this.getUpdateComplete();
  }

  #startFetch(src: string, locale: UiLocale): void {
    const controller = new AbortController();
    this.#fetch = controller;
    this.#setState({ status: 'loading', origin: 'src' });
    loadContent(src, {
      signal: controller.signal,
      base: document.baseURI,
      locale,
      checker: () => loadCheckerFor(locale),
      timeoutMs: Number.isFinite(this.loadTimeoutMs) && this.loadTimeoutMs > 0 ? this.loadTimeoutMs : DEFAULT_TIMEOUT_MS,
    }).then(
      (result) => {
        // A newer src, a property, or a removal made this answer stale.
        if (this.#fetch !== controller) return;
        this.#fetch = undefined;
        if (result.ok) this.#settle(result, 'src');
        else {
          const { ok: _ok, issues, ...failure } = result;
          this.#fail({ status: 'error', issues, origin: 'src', failure });
        }
      },
      () => {
        // Rejected only when aborted: whoever aborted has already moved on.
      },
    );
  }

  #settle(result: ParseResult, origin: ContentOrigin): void {
    // The schema and the cross-references only: the lint (answers that reach no verdict, outcomes
    // never shown…) is the author's tool, `npx cqp-vae-widgets validate`, not every visitor's. What it
    // would refuse still renders sensibly: the engine answers a gap with "to check" and a contact
    // (rules/fallback.ts), and the questionnaire tells the console.
    if (!result.ok) return this.#fail({ status: 'error', issues: result.issues, origin });
    this.#setState({ status: 'ready', content: result.content, origin });
  }

  #fail(state: Extract<ContentState, { status: 'error' }>): void {
    this.#setState(state);
    const detail: ContentErrorDetail = {
      issues: state.issues,
      origin: state.origin,
      reason: state.failure?.reason,
      src: state.failure?.src || undefined,
    };
    // The author-facing details go to the console too, where a webmaster looks first.
    console.error(
      `<${this.localName}>: content could not be used (${state.origin}${detail.reason ? `, ${detail.reason}` : ''}).` +
        state.issues.map((i) => `\n  ${i.path || '(document)'}: ${i.message}`).join(''),
    );
    emit(this, 'cqp-vae-content-error', detail);
  }

  #setState(state: ContentState): void {
    const previous = this.contentState;
    this.contentState = state;
    // Not a declared property (the manifest analyser would list it as public API): same effect.
    this.requestUpdate('contentState', previous);
    this.contentChanged(previous, state);
  }

  /** Called when the content state changes; elements reset what depended on the old content. */
  protected contentChanged(_previous: ContentState, _next: ContentState): void {}

  /** The loading placeholder: reserves room and says what is happening. */
  protected renderLoading() {
    return renderLoading(this.uiLocale);
  }

  /** The error state (content-views.ts); "Réessayer" resolves the content again. */
  protected renderError(state: Extract<ContentState, { status: 'error' }>) {
    return renderError(state, this.uiLocale, this.fallbackHref, () => this.#resolve());
  }

  /** Publisher (none for the built-in content), source and review date, under the content. */
  protected renderSource(meta: Meta) {
    return renderSource(meta, this.uiLocale, this.contentState.origin === 'default' || meta.id === this.builtInContent().meta.id);
  }
}

declare global {
  interface HTMLElementEventMap {
    'cqp-vae-content-error': CustomEvent<ContentErrorDetail>;
  }
}

/** The one issue of a checker that could not be loaded: the browser's own words name the file. */
export function checkerIssue(error: unknown): ContentIssue {
  return { path: '', code: 'checker', message: error instanceof Error ? error.message : String(error) };
}
