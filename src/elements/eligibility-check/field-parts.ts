/**
 * What every question's fields share: the context they render from, and the legend, hint and
 * error message around the controls. Both the plain fields (question-fields.ts) and the
 * certification combobox (picker.ts) build on this module; neither imports the other.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Certification, Question } from '../../content/schema.js';
import type { Answer } from '../../rules/types.js';
import type { UiLocale } from '../../shared/i18n.js';
import { renderParagraphs, type TextScope } from '../../shared/rich-text.js';
import { fieldId } from './field-ids.js';
import { strings } from './strings.js';
import { errorText, type FieldError } from './validation.js';

export { fieldId };

export interface FieldsContext {
  question: Question;
  answer: Answer | undefined;
  /** Typed texts of a number (one) or durations (one per period) question. */
  draft: readonly string[];
  errors: readonly FieldError[];
  locale: UiLocale;
  /** The content's language, for numbers written inside content texts. */
  contentLocale: UiLocale;
  /** Where the question's hints mark glossary terms (once for the question and its options). */
  text?: TextScope;
  onChoice(event: Event): void;
  onText(index: number, event: Event): void;
  onCommit(): void;
  onAdd(): void;
  onRemove(index: number): void;
  /** For a certification question: the combobox that renders it, the catalogue, and the choice. */
  picker?: { render(ctx: FieldsContext): TemplateResult | typeof nothing };
  catalogue?: readonly Certification[];
  onPick?(value: string): void;
}

export const ids = (...list: (string | number | false | undefined)[]) => list.filter(Boolean).join(' ') || nothing;

export function errorMessage(ctx: FieldsContext, error: FieldError | undefined, id: string) {
  if (!error) return nothing;
  const s = strings[ctx.locale];
  return html`<p part="error-message" id=${id} role="alert">
    <span class="visually-hidden">${s.errorPrefix} </span>${errorText(ctx.question, error, s, ctx.locale)}
  </p>`;
}

export function legendText(ctx: FieldsContext) {
  const optional = ctx.question.required === false ? html` <span part="optional">${strings[ctx.locale].optional}</span>` : nothing;
  return html`${ctx.question.label}${optional}`;
}

export function hints(ctx: FieldsContext) {
  return ctx.question.hint?.length
    ? html`<div part="hint" id=${fieldId(ctx.question, 'hint')}>${renderParagraphs(ctx.question.hint, ctx.text ?? ctx.locale, 'hint-paragraph')}</div>`
    : nothing;
}
