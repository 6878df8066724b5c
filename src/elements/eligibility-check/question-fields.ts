/**
 * One question as native form controls: a fieldset of radios or checkboxes, a text field for a
 * number (with `inputmode`, not `type=number`, whose spinner and scroll-wheel changes trip people
 * up), or a list of period fields with their running total. Errors sit between the hint and the
 * fields, are tied to them with `aria-describedby` + `aria-invalid`, and are announced.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../content/schema.js';
import { durationsTotal, formatAnswer, pluralForm } from '../../rules/engine.js';
import { formatNumber } from '../../rules/answers.js';
import { format, type UiLocale } from '../../shared/i18n.js';
import { renderRuns } from '../../shared/rich-text.js';
import { errorMessage, fieldId, hints, ids, legendText, type FieldsContext } from './field-parts.js';
import { strings } from './strings.js';
import { uiLang } from './ui-lang.js';
import { periodWidth, splitMonths } from './validation.js';

function choices(ctx: FieldsContext, q: Extract<Question, { type: 'single' | 'multiple' }>) {
  const error = ctx.errors[0];
  const errorId = fieldId(q, 'error');
  const selected = Array.isArray(ctx.answer) ? ctx.answer : [ctx.answer];
  const type = q.type === 'single' ? 'radio' : 'checkbox';
  return html`<fieldset part="fieldset" aria-describedby=${ids(q.hint?.length && fieldId(q, 'hint'), error && errorId)}>
    <legend part="legend">${legendText(ctx)}</legend>
    ${hints(ctx)} ${errorMessage(ctx, error, errorId)}
    <div part="options" class="options">
      ${q.options.map((o) => {
        const id = fieldId(q, `o-${o.value}`);
        return html`<div part="option" class="option">
          <input
            part="input control"
            type=${type}
            id=${id}
            name=${q.id}
            .value=${o.value}
            .checked=${selected.includes(o.value)}
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${o.hint ? `${id}-hint` : nothing}
            @change=${ctx.onChoice}
          />
          <label part="label" for=${id}>${o.label}</label>
          ${o.hint ? html`<p part="hint option-hint" id=${`${id}-hint`}>${renderRuns(o.hint, ctx.text ?? ctx.locale)}</p>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function textInput(ctx: FieldsContext, index: number, id: string, describedBy: string | typeof nothing, invalid: boolean, integer: boolean) {
  return html`<input
    part="input"
    type="text"
    inputmode=${integer ? 'numeric' : 'decimal'}
    autocomplete="off"
    spellcheck="false"
    id=${id}
    .value=${ctx.draft[index] ?? ''}
    aria-describedby=${describedBy}
    aria-invalid=${invalid ? 'true' : nothing}
    @input=${(e: Event) => ctx.onText(index, e)}
    @change=${ctx.onCommit}
  />`;
}

function numberField(ctx: FieldsContext, q: Extract<Question, { type: 'number' }>) {
  const error = ctx.errors[0];
  const id = fieldId(q);
  const describedBy = ids(q.hint?.length && fieldId(q, 'hint'), q.unit && fieldId(q, 'unit'), error && fieldId(q, 'error'));
  const integer = q.step === undefined || Number.isInteger(q.step);
  return html`<div part="field" class="field">
    <label part="label legend" class="question-label" for=${id}>${legendText(ctx)}</label>
    ${hints(ctx)} ${errorMessage(ctx, error, fieldId(q, 'error'))}
    <div part="input-row" class="input-row">
      ${textInput(ctx, 0, id, describedBy, !!error, integer)}
      ${q.unit ? html`<span part="unit" id=${fieldId(q, 'unit')}>${q.unit}</span>` : nothing}
    </div>
  </div>`;
}

/** "5 ans et 3 mois", "1 year": a number of months as people say it. */
export function yearsAndMonths(n: number, locale: UiLocale): string {
  const s = strings[locale];
  const { years, months } = splitMonths(n);
  // Intl.PluralRules: "0 an", "1 an", "2 ans" in French, where English says "0 months".
  const one = (k: number) => pluralForm(k, locale) === 'one';
  const parts = [
    years ? `${formatNumber(years, locale)}\u00a0${one(years) ? s.yearOne : s.yearMany}` : '',
    months || !years ? `${formatNumber(months, locale)}\u00a0${one(months) ? s.monthOne : s.monthMany}` : '',
  ];
  return parts.filter(Boolean).join(s.and);
}

function unitInput(ctx: FieldsContext, index: number, id: string, unit: string, describedBy: string | typeof nothing, invalid: boolean) {
  // Field and unit never part at a line end: "3 [ans]" reads as one thing.
  return html`<span class="unit-field">${textInput(ctx, index, id, describedBy, invalid, false)}<label part="unit" for=${id}>${unit}</label></span>`;
}

function durationsField(ctx: FieldsContext, q: Extract<Question, { type: 'durations' }>) {
  const s = strings[ctx.locale];
  const whole = ctx.errors.find((e) => e.index === undefined);
  const wholeId = fieldId(q, 'error');
  const itemLabel = q.itemLabel ?? s.period;
  const width = periodWidth(q);
  const count = ctx.draft.length / width;
  const months = durationsTotal(ctx.answer);
  // The sum is written in the content's language and unit ("25 mois"), as the rule's reasons quote it,
  // inside a line in the interface's language: each part carries its own lang when they differ, so a
  // screen reader reads "Total: 25 mois, that is 2 years and 1 month" in the right voice.
  const total = formatAnswer(q, [months], ctx.contentLocale);
  const lang = uiLang(ctx.locale, ctx.contentLocale);
  const [before, after = ''] = s.total.split('{total}');
  return html`<fieldset part="fieldset" aria-describedby=${ids(q.hint?.length && fieldId(q, 'hint'), whole && wholeId)}>
    <legend part="legend">${legendText(ctx)}</legend>
    ${hints(ctx)} ${errorMessage(ctx, whole, wholeId)}
    <ol part="periods" class="periods">
      ${Array.from({ length: count }, (_, i) => {
        const id = fieldId(q, `p${i}`);
        const error = ctx.errors.find((e) => e.index === i);
        const describedBy = error ? `${id}-error` : nothing;
        const n = i + 1;
        const label = q.unit && width === 1
          ? format(s.periodLabelUnit, { label: itemLabel, n, unit: q.unit })
          : format(s.periodLabel, { label: itemLabel, n });
        // Years and months: a group named by the period, each field named by its unit.
        const fields = width === 1
          ? html`${textInput(ctx, i, id, describedBy, !!error, true)}
              ${q.unit ? html`<span part="unit" aria-hidden="true">${q.unit}</span>` : nothing}`
          : html`${unitInput(ctx, 2 * i, `${id}-years`, s.years, describedBy, !!error)}
              ${unitInput(ctx, 2 * i + 1, id, q.unit ?? s.months, describedBy, !!error)}`;
        const body = html`${width === 1
            ? html`<label part="label" for=${id}>${label}</label>`
            : html`<span part="label" class="period-label" id=${`${id}-label`}>${label}</span>`}
          ${errorMessage(ctx, error, `${id}-error`)}
          <div part="input-row" class="input-row">
            ${fields}
            ${count > 1
              ? html`<button type="button" part="button button-secondary remove" @click=${() => ctx.onRemove(i)}>
                  ${s.removePeriod}<span class="visually-hidden"> ${format(s.removeTarget, { n })}</span>
                </button>`
              : nothing}
          </div>`;
        return html`<li part="period" class="period">
          ${width === 1 ? body : html`<div role="group" aria-labelledby=${`${id}-label`}>${body}</div>`}
        </li>`;
      })}
    </ol>
    ${q.maxItems === undefined || count < q.maxItems
      ? html`<button type="button" part="button button-secondary add" @click=${ctx.onAdd}>${s.addPeriod}</button>`
      : nothing}
    <p part="total" class="total" role="status" lang=${lang}>${before}<span lang=${lang === nothing ? nothing : ctx.contentLocale}>${total}</span>${after}${width > 1 && months >= 12
      ? format(s.totalYears, { years: yearsAndMonths(months, ctx.locale) })
      : ''}</p>
  </fieldset>`;
}

/** The controls for the question of the current step. */
export function renderQuestion(ctx: FieldsContext): TemplateResult | typeof nothing {
  const q = ctx.question;
  if (ctx.picker) return ctx.picker.render(ctx);
  switch (q.type) {
    case 'single':
    case 'multiple':
      return choices(ctx, q);
    case 'number':
      return numberField(ctx, q);
    case 'durations':
      return durationsField(ctx, q);
    default:
      // A certification question reaches the form compiled into a choice (rules/catalogue.ts).
      return nothing;
  }
}
