/**
 * One step of the questionnaire: the stepper (the French public-site convention: "Étape 2 sur 5",
 * the step's title, "Étape suivante : …"; not clickable), then a form with the question or the
 * recap, and the Previous / Next buttons. The stepper says "Étape 3" with no total, as GOV.UK does
 * where paths branch: a total would change under the person's feet as answers show or hide
 * questions. The number is the step's rank on the person's own path, so it only ever goes up by one
 * going forward, and the recap is the step after the last question.
 */
import { html, nothing } from 'lit';
import type { Question } from '../../content/schema.js';
import type { Answers } from '../../rules/types.js';
import { format, type UiLocale } from '../../shared/i18n.js';
import { RECAP, START, nextPosition, previousPosition } from './flow.js';
import { heading } from '../../shared/heading.js';
import type { FieldsContext } from './field-parts.js';
import { renderQuestion } from './question-fields.js';
import { questionTitle, renderRecap } from './recap.js';
import { strings } from './strings.js';
import { uiLang, uiText } from './ui-lang.js';

export interface StepContext {
  visible: readonly Question[];
  answers: Answers;
  /** A visible question's id, or RECAP. */
  position: string;
  returning: boolean;
  level: number;
  locale: UiLocale;
  contentLocale: UiLocale;
  /** The question's fields, when the step is a question. */
  fields: (question: Question) => FieldsContext;
  onSubmit(event: Event): void;
  onPrevious(): void;
  onChangeAnswer(id: string): void;
}

export function renderStep(ctx: StepContext) {
  const s = strings[ctx.locale];
  const { visible, answers, position } = ctx;
  const question = visible.find((q) => q.id === position);
  const index = question ? visible.indexOf(question) : visible.length;
  const next = nextPosition(visible, answers, position, ctx.returning);
  const nextQuestion = visible.find((q) => q.id === next);
  const nextTitle = nextQuestion ? questionTitle(nextQuestion) : next === RECAP ? s.recapTitle : null;
  const previous = previousPosition(visible, position);
  const lang = uiLang(ctx.locale, ctx.contentLocale);
  return html`<div part="stepper" class="stepper">
      ${heading(
        ctx.level,
        'step-heading',
        html`<span part="step-count" lang=${lang}>${format(s.stepCount, { current: index + 1 })}</span>
          <span part="step-title">${question ? questionTitle(question) : uiText(s.recapTitle, lang)}</span>`,
        'step-heading',
        true,
      )}
      ${nextTitle ? html`<p part="step-next"><span part="step-next-label" lang=${lang}>${s.nextStep}</span> ${nextTitle}</p>` : nothing}
    </div>
    ${question ? html`<p part="required-note" lang=${lang}>${s.requiredNote}</p>` : nothing}
    <form part="form" novalidate data-step=${position} @submit=${ctx.onSubmit}>
      ${question
        ? renderQuestion(ctx.fields(question))
        : renderRecap(visible, answers, ctx.locale, ctx.contentLocale, ctx.onChangeAnswer)}
      <div part="actions" class="actions" lang=${lang}>
        ${previous !== null
          ? html`<button type="button" part="button button-secondary previous" @click=${ctx.onPrevious}>${s.previous}</button>`
          : nothing}
        <button type="submit" part="button button-primary next">${question ? s.next : s.showResult}</button>
      </div>
    </form>`;
}

/** The start screen's form: the introduction above it is read once, then "Commencer". */
export function renderStart(locale: UiLocale, lang: string | typeof nothing, onSubmit: (event: Event) => void) {
  return html`<form part="form" novalidate data-step=${START} @submit=${onSubmit}>
    <div part="actions" class="actions" lang=${lang}>
      <button type="submit" part="button button-primary start">${strings[locale].start}</button>
    </div>
  </form>`;
}
