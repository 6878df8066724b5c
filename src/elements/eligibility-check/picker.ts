/**
 * The certification picker: a combobox following the WAI-ARIA 1.2 pattern (list autocomplete,
 * manual selection). The text field filters the catalogue as the person types (the guide's
 * search: accents and case ignored); the listbox ends with the two answers that are not entries,
 * "not in the list" and "I don't know yet", so that no search leaves the person without an answer.
 *
 * Keyboard: ArrowDown / ArrowUp open the list and move through it (wrapping), Enter picks the
 * active option, Escape closes the list (then restores the chosen answer's text). Focus stays in
 * the field; the active option is `aria-activedescendant`. Enter with no active option does not
 * submit the step while the list is open, so a half-typed name is never taken as an answer.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { filterCatalogue } from '../../content/catalogue.js';
import { badges, countText } from '../cqp-vae-guide/catalogue.js';
import { format } from '../../shared/i18n.js';
import { errorMessage, fieldId, hints, ids, legendText, type FieldsContext } from './field-parts.js';
import { strings } from './strings.js';

/** Most entries the list offers at once (see render). */
export const MAX_OPTIONS = 50;

export class Picker implements ReactiveController {
  /** Text typed since the last choice; null shows the chosen answer. */
  query: string | null = null;
  open = false;
  active = -1;
  #values: string[] = [];
  #activeId = '';

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.open && this.active >= 0) this.host.shadowRoot?.getElementById(this.#activeId)?.scrollIntoView({ block: 'nearest' });
  }

  reset(): void {
    this.query = null;
    this.open = false;
    this.active = -1;
  }

  #set(patch: Partial<Pick<Picker, 'query' | 'open' | 'active'>>): void {
    // A blur while the step is being replaced must not schedule an update for nothing.
    if (Object.entries(patch).every(([k, v]) => this[k as keyof typeof patch] === v)) return;
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  #pick(ctx: FieldsContext, value: string): void {
    this.#set({ query: null, open: false, active: -1 });
    ctx.onPick?.(value);
  }

  #onKeydown(ctx: FieldsContext, e: KeyboardEvent): void {
    const n = this.#values.length;
    const { open, active } = this;
    switch (e.key) {
      case 'ArrowDown':
        this.#set(open ? { active: (active + 1) % n } : { open: true, active: e.altKey ? -1 : 0 });
        break;
      case 'ArrowUp':
        this.#set({ open: true, active: open && active > 0 ? active - 1 : n - 1 });
        break;
      case 'Enter':
        if (!open) return;
        if (active >= 0) this.#pick(ctx, this.#values[active]);
        break;
      case 'Escape':
        if (!open && this.query === null) return;
        this.#set(open ? { open: false, active: -1 } : { query: null });
        // Handled here: a host's dialog must not close on it too.
        e.stopPropagation();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  render(ctx: FieldsContext) {
    const q = ctx.question;
    if (q.type !== 'single') return nothing;
    const catalogue = ctx.catalogue ?? [];
    const id = fieldId(q);
    const listId = fieldId(q, 'list');
    const error = ctx.errors[0];
    const chosen = catalogue.find((c) => c.id === ctx.answer);
    const found = filterCatalogue(catalogue, { query: this.query ?? '' });
    // The list offers the first MAX_OPTIONS matches: a keystroke then renders a bounded number of
    // options whatever the catalogue's size, and a list longer than that is read by nobody; a note
    // says there are more and to type on.
    const matches = found.slice(0, MAX_OPTIONS);
    // The compiled question ends with "not-listed" and "unknown" (rules/catalogue.ts).
    const others = q.options.slice(-2);
    this.#values = [...matches.map((c) => c.id), ...others.map((o) => o.value)];
    this.#activeId = fieldId(q, `c${this.active}`);
    const option = (i: number, value: string, label: unknown) =>
      html`<li
        role="option"
        part="picker-option"
        id=${fieldId(q, `c${i}`)}
        aria-selected=${i === this.active ? 'true' : 'false'}
        ?data-chosen=${value === ctx.answer}
        @click=${() => this.#pick(ctx, value)}
      >
        ${label}
      </li>`;
    return html`<div part="field picker" class="field picker">
      <label part="label legend" class="question-label" for=${id}>${legendText(ctx)}</label>
      ${hints(ctx)} ${errorMessage(ctx, error, fieldId(q, 'error'))}
      <input
        part="input combobox"
        type="text"
        role="combobox"
        id=${id}
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${this.open && this.active >= 0 ? this.#activeId : nothing}
        aria-describedby=${ids(q.hint?.length && fieldId(q, 'hint'), error && fieldId(q, 'error'), chosen && fieldId(q, 'chosen'))}
        aria-invalid=${error ? 'true' : nothing}
        .value=${this.query ?? q.options.find((o) => o.value === ctx.answer)?.label ?? ''}
        @input=${(e: Event) => this.#set({ query: (e.target as HTMLInputElement).value, open: true, active: -1 })}
        @keydown=${(e: KeyboardEvent) => this.#onKeydown(ctx, e)}
        @click=${() => this.open || this.#set({ open: true })}
        @blur=${() => this.#set({ query: null, open: false, active: -1 })}
      />
      ${chosen ? html`<p part="hint picker-choice" id=${fieldId(q, 'chosen')}>${badges(chosen, ctx.locale)}</p>` : nothing}
      <ul part="listbox" role="listbox" id=${listId} aria-label=${q.label} ?hidden=${!this.open} @mousedown=${(e: Event) => e.preventDefault()}>
        ${this.open
          ? [
              ...matches.map((c, i) => option(i, c.id, html`${c.title} <span class="facts">${badges(c, ctx.locale, true)}</span>`)),
              ...others.map((o, k) => option(matches.length + k, o.value, o.label)),
            ]
          : nothing}
      </ul>
      ${this.open && found.length > matches.length
        ? html`<p part="hint picker-more">${format(strings[ctx.locale].pickerMore, { n: matches.length, total: found.length })}</p>`
        : nothing}
      <p class="visually-hidden" role="status">${this.open ? countText(found.length, ctx.locale) : ''}</p>
    </div>`;
  }
}

/** The combobox's field and list, beside the questionnaire's other fields (eligibility-check.styles.ts). */
export const pickerStyles = css`
  .picker input {
    width: 100%;
  }
  [part~='listbox'] {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0.25em;
    max-height: 18em;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* A closed list stays hidden whatever a host's ::part(listbox) rule says: the shadow's important
     rules win the cascade. */
  [part~='listbox'][hidden] {
    display: none !important;
  }
  [role='option'] {
    padding: 0.4em 0.6em;
    border-radius: 0.25rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
    background: var(--_surface-alt);
  }
  [role='option'][data-chosen]::after {
    content: ' ✓';
  }
`;
