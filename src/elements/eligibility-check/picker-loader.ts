/**
 * The certification picker's view (picker.ts) and the catalogue's rules (rules/catalogue.ts, the
 * bloc field) loaded on demand (picker-file.ts): only content with a `certification` question needs
 * them, and the built-in content has none, so a page with it never downloads that code. The build
 * writes it beside the module (e.g. eligibility-check.picker.js), as the guide's catalogue list
 * (cqp-vae-guide/catalogue-loader.ts). The picker's state stays here, a controller of the element
 * from its start: it scrolls its list before the flow moves the focus.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContentState } from '../../shared/content-element.js';
import { badges, countText } from '../cqp-vae-guide/catalogue.js';
import { format, sharedStrings, type UiLocale } from '../../shared/i18n.js';
import { errorMessage, fieldId, hints, ids, legendText, type FieldsContext } from './field-parts.js';
import { strings } from './strings.js';
import type * as File from './picker-file.js';
import type { CatalogueRules } from '../../rules/evaluate.js';
import { HostLoad, onDemand } from '../../shared/on-demand.js';
import { needsCatalogue } from '../../rules/evaluate.js';

/**
 * What the view uses of the module, handed to it rather than imported: the file the build writes
 * for it then imports nothing, so it never loads the module a second time under another URL, and
 * it renders with the module's lit and dictionaries (English arrives in them).
 */
const shared = { html, nothing, badges, countText, format, errorMessage, fieldId, hints, ids, legendText, strings } as const;

export type PickerShared = typeof shared;
export type PickerView = ReturnType<typeof File.pickerView>;

/** The file's code as the questionnaire uses it. */
export interface CatalogueKit {
  view: PickerView;
  rules: CatalogueRules;
  pickedCertification: typeof File.pickedCertification;
  blocQuestion: typeof File.blocQuestion;
  pickedBloc: typeof File.pickedBloc;
}

const kitOf = (m: typeof File): CatalogueKit => ({
  view: m.pickerView(shared),
  rules: { resolveEligibility: m.resolveEligibility, withoutStaleBlocs: m.withoutStaleBlocs },
  pickedCertification: m.pickedCertification,
  blocQuestion: m.blocQuestion,
  pickedBloc: m.pickedBloc,
});

const view = onDemand(() => import('./picker-file.js'), kitOf);

/** The file's code if it has arrived, for a synchronous render and evaluation. */
export const catalogueKit = view.get;
/** The file's code, loading it the first time. */
export const loadCatalogueKit = view.load;
/** Gives the file's code up front, for a server (src/server.ts). */
export const provideCatalogueKit = view.provide;

/**
 * Whether the questionnaire may show a picker, so that its updates wait for the view's code, which
 * then loads as soon as the content is known, not when the step is reached: content that has a
 * certification question, content not yet checked that names one (a look at the text, not a
 * parse), or a prerendered picker (declarative shadow DOM) to hydrate.
 */
export function mayShowPicker(state: ContentState, content: unknown, host: Element): boolean {
  if (state.status === 'ready' && needsCatalogue(state.content)) return true;
  if (content && typeof content === 'object') {
    if (asksCertification(content)) return true;
  } else {
    const text = typeof content === 'string' ? content : host.querySelector?.(':scope > script[type="application/json"]')?.textContent;
    if (text?.includes('"certification"')) return true;
  }
  return !!host.shadowRoot?.querySelector('[part~="picker"]');
}

/**
 * Whether a content object not yet checked has a certification question, by its shape: any value
 * may come by property (cyclic, with throwing getters, a Proxy), and the checker reports what is
 * wrong with it. Once per object: this runs before every update.
 */
function asksCertification(content: object): boolean {
  let found = asked.get(content);
  if (found === undefined) {
    try {
      const questions: unknown = (content as { eligibility?: { questions?: unknown } }).eligibility?.questions;
      found = Array.isArray(questions) && questions.some((q) => (q as { type?: unknown } | null)?.type === 'certification');
    } catch {
      found = false;
    }
    asked.set(content, found);
  }
  return found;
}
const asked = new WeakMap<object, boolean>();

/**
 * The combobox's state (what is typed, whether the list is open, the active option) and its render:
 * the view once its code is here; meanwhile the loading line, or after a failed load the error with
 * "Réessayer".
 */
export class Picker implements ReactiveController {
  /** Text typed since the last choice; null shows the chosen answer. */
  query: string | null = null;
  open = false;
  active = -1;
  /** The values of the options shown, and the id of the active one (set by the view's render). */
  values: string[] = [];
  activeId = '';
  #load: HostLoad;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.#load = new HostLoad(host, view, '<eligibility-check>: the certification picker');
  }

  /** The file's load on its way, if any. */
  get pending(): Promise<void> | undefined {
    return this.#load.pending;
  }

  hostUpdated(): void {
    if (this.open && this.active >= 0) this.host.shadowRoot?.getElementById(this.activeId)?.scrollIntoView({ block: 'nearest' });
  }

  reset(): void {
    this.query = null;
    this.open = false;
    this.active = -1;
  }

  set(patch: Partial<Pick<Picker, 'query' | 'open' | 'active'>>): void {
    // A blur while the step is being replaced must not schedule an update for nothing.
    if (Object.entries(patch).every(([k, v]) => this[k as keyof typeof patch] === v)) return;
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  render(ctx: FieldsContext) {
    const loaded = view.get();
    return loaded ? loaded.view(this, ctx) : this.renderMissing(ctx.locale);
  }

  /** While the file loads, the loading line; after a failed load, the error with "Réessayer". */
  renderMissing(locale: UiLocale) {
    this.#load.request();
    const s = sharedStrings[locale];
    const retry = this.#load.retry;
    return retry
      ? html`<p part="error" role="alert">${s.errorNetwork} <button type="button" part="button retry" @click=${retry}>${s.retry}</button></p>`
      : html`<p part="loading" role="status">${s.loading}</p>`;
  }
}
