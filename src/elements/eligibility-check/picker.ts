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
 *
 * Only content with a `certification` question shows it, and the built-in content has none: the
 * questionnaire loads this module on demand (picker-loader.ts, which keeps the combobox's state),
 * from the file the build writes beside the page's module. That file imports nothing: what the view
 * shares with the module (lit, the dictionaries, the field parts) is handed
 * to `pickerView` by the loader, so that a module loaded with a query string (WordPress's `?ver=`)
 * is not loaded a second time by an import of its plain URL.
 */
import type { nothing as Nothing, TemplateResult } from 'lit';
import { filterCatalogue } from '../../content/catalogue.js';
import type { FieldsContext } from './field-parts.js';
import type { Picker, PickerShared } from './picker-loader.js';

/** Most entries the list offers at once (see render). */
export const MAX_OPTIONS = 50;

/** The combobox's render, on the module's own lit, dictionaries and helpers. */
export function pickerView(shared: PickerShared) {
  const { html, nothing, badges, countText, format, errorMessage, fieldId, hints, ids, legendText, strings } = shared;

  const pick = (p: Picker, ctx: FieldsContext, value: string): void => {
    p.set({ query: null, open: false, active: -1 });
    ctx.onPick?.(value);
  };

  function onKeydown(p: Picker, ctx: FieldsContext, e: KeyboardEvent): void {
    const n = p.values.length;
    const { open, active } = p;
    switch (e.key) {
      case 'ArrowDown':
        p.set(open ? { active: (active + 1) % n } : { open: true, active: e.altKey ? -1 : 0 });
        break;
      case 'ArrowUp':
        p.set({ open: true, active: open && active > 0 ? active - 1 : n - 1 });
        break;
      case 'Enter':
        if (!open) return;
        if (active >= 0) pick(p, ctx, p.values[active]);
        break;
      case 'Escape':
        if (!open && p.query === null) return;
        p.set(open ? { open: false, active: -1 } : { query: null });
        // Handled here: a host's dialog must not close on it too.
        e.stopPropagation();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  return (p: Picker, ctx: FieldsContext): TemplateResult | typeof Nothing => {
    const q = ctx.question;
    if (q.type !== 'single') return shared.nothing;
    const catalogue = ctx.catalogue ?? [];
    const id = fieldId(q);
    const listId = fieldId(q, 'list');
    const error = ctx.errors[0];
    const chosen = catalogue.find((c) => c.id === ctx.answer);
    const found = filterCatalogue(catalogue, { query: p.query ?? '' });
    // The list offers the first MAX_OPTIONS matches: a keystroke then renders a bounded number of
    // options whatever the catalogue's size, and a list longer than that is read by nobody; a note
    // says there are more and to type on.
    const matches = found.slice(0, MAX_OPTIONS);
    // The compiled question ends with "not-listed" and "unknown" (rules/catalogue.ts).
    const others = q.options.slice(-2);
    p.values = [...matches.map((c) => c.id), ...others.map((o) => o.value)];
    p.activeId = fieldId(q, `c${p.active}`);
    const option = (i: number, value: string, label: unknown) =>
      html`<li
        role="option"
        part="picker-option"
        id=${fieldId(q, `c${i}`)}
        aria-selected=${i === p.active ? 'true' : 'false'}
        ?data-chosen=${value === ctx.answer}
        @click=${() => pick(p, ctx, value)}
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
        aria-expanded=${p.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${p.open && p.active >= 0 ? p.activeId : nothing}
        aria-describedby=${ids(q.hint?.length && fieldId(q, 'hint'), error && fieldId(q, 'error'), chosen && fieldId(q, 'chosen'))}
        aria-invalid=${error ? 'true' : nothing}
        .value=${p.query ?? q.options.find((o) => o.value === ctx.answer)?.label ?? ''}
        @input=${(e: Event) => p.set({ query: (e.target as HTMLInputElement).value, open: true, active: -1 })}
        @keydown=${(e: KeyboardEvent) => onKeydown(p, ctx, e)}
        @click=${() => p.open || p.set({ open: true })}
        @blur=${() => p.set({ query: null, open: false, active: -1 })}
      />
      ${chosen ? html`<p part="hint picker-choice" id=${fieldId(q, 'chosen')}>${badges(chosen, ctx.locale)}</p>` : nothing}
      <ul part="listbox" role="listbox" id=${listId} aria-label=${q.label} ?hidden=${!p.open} @mousedown=${(e: Event) => e.preventDefault()}>
        ${p.open
          ? [
              ...matches.map((c, i) => option(i, c.id, html`${c.title} <span class="facts">${badges(c, ctx.locale, true)}</span>`)),
              ...others.map((o, k) => option(matches.length + k, o.value, o.label)),
            ]
          : nothing}
      </ul>
      ${p.open && found.length > matches.length
        ? html`<p part="hint picker-more">${format(strings[ctx.locale].pickerMore, { n: matches.length, total: found.length })}</p>`
        : nothing}
      <p class="visually-hidden" role="status">${p.open ? countText(found.length, ctx.locale) : ''}</p>
    </div>`;
  };
}
