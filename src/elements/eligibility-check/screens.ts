/**
 * The questionnaire's screens around the current position: the start screen (title, introduction,
 * "Commencer"), a step (stepper, question or recap, buttons), or the result with what to do with
 * it; then the live region and the source footer. The element decides where the person is; this
 * module only lays it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Certification, Content, Eligibility } from '../../content/schema.js';
import { pickedCertification } from '../../rules/engine.js';
import type { Evaluation } from '../../rules/types.js';
import { heading } from '../../shared/heading.js';
import type { UiLocale } from '../../shared/i18n.js';
import { renderParagraphs } from '../../shared/rich-text.js';
import type { FieldsContext } from './field-parts.js';
import type { FlowState } from './flow-state.js';
import { RESULT, START } from './flow.js';
import { pickedBloc } from './bloc-field.js';
import { contactsOf } from '../../shared/contacts.js';
import { renderResultScreen } from './result-actions.js';
import { renderStart, renderStep, type StepContext } from './step.js';

export interface ScreenContext extends Pick<StepContext, 'fields' | 'onSubmit' | 'onPrevious' | 'onChangeAnswer'> {
  content: Content;
  eligibility: Eligibility;
  evaluation: Evaluation;
  flow: FlowState;
  position: string;
  level: number;
  locale: UiLocale;
  contentLocale: UiLocale;
  lang: UiLocale | typeof nothing;
  summary: string;
  announcement: string;
  source: TemplateResult;
  guideHref: string | null;
  onGuide(routeId: string, event: Event): void;
  onEdit(): void;
  onRestart(): void;
  announce(message: string): void;
}

function body(ctx: ScreenContext) {
  const { position, evaluation, eligibility } = ctx;
  if (position === START) return renderStart(ctx.locale, ctx.lang, ctx.onSubmit);
  if (position === RESULT) {
    const certification: Certification | undefined = pickedCertification(ctx.content, evaluation.answers);
    return renderResultScreen({
      ...ctx,
      results: evaluation.results,
      title: eligibility.title,
      links: eligibility.links,
      level: ctx.level + 1,
      certification,
      bloc: pickedBloc(ctx.content, evaluation.answers),
      // The picked entry's contacts first, then those of each outcome shown and of its route.
      contacts: contactsOf(ctx.content, certification?.contacts, ...evaluation.results.flatMap((r) => [r.outcome.contacts, r.route?.contacts])),
      glossary: ctx.content.glossary,
    });
  }
  return renderStep({
    ...ctx,
    visible: evaluation.visible,
    answers: evaluation.answers,
    returning: ctx.flow.returning,
    level: ctx.level + 1,
    fields: ctx.fields as (q: Parameters<StepContext['fields']>[0]) => FieldsContext,
  });
}

export function renderScreen(ctx: ScreenContext) {
  const { position, eligibility } = ctx;
  const kind = position === START || position === RESULT ? position.slice(1) : 'step';
  return html`<div part="base" class="base" lang=${ctx.content.meta.locale} data-position=${kind}>
    <div part="header">
      ${heading(ctx.level, 'title', eligibility.title, 'start-heading', position === START)}
      ${position === START && eligibility.intro?.length
        ? html`<div part="intro">${renderParagraphs(eligibility.intro, ctx.locale)}</div>`
        : nothing}
    </div>
    ${body(ctx)}
    <div part="announcer" class="visually-hidden" role="status" lang=${ctx.lang}>${ctx.announcement}</div>
    <div lang=${ctx.lang}>${ctx.source}</div>
  </div>`;
}
