/**
 * The questionnaire's screens around the current position: the start screen (title, introduction,
 * "Commencer"), a step (stepper, question or recap, buttons), or the result with what to do with
 * it; then the live region and the source footer. The element decides where the person is; this
 * module only lays it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Certification, Content, Eligibility } from '../../content/schema.js';
import type { Evaluation } from '../../rules/types.js';
import { heading } from '../../shared/heading.js';
import type { UiLocale } from '../../shared/i18n.js';
import { renderParagraphs } from '../../shared/rich-text.js';
import type { FieldsContext } from './field-parts.js';
import type { FlowState } from './flow-state.js';
import { RESULT, START } from './flow.js';
import { catalogueKit, type CatalogueKit, type Picker } from './picker-loader.js';
import { ownAnswer as own } from '../../rules/engine.js';
import { textScope } from '../../shared/rich-text.js';
import { draftOf } from './flow-state.js';
import { localeOf, type FlowController } from './flow-controller.js';
import { uiLang } from './ui-lang.js';
import { guideHref, openRoute } from './guide-link.js';
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
  /** The catalogue's code, for content with a certification question (picker-loader.ts). */
  catalogue?: Pick<CatalogueKit, 'pickedCertification' | 'pickedBloc'>;
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
    const certification: Certification | undefined = ctx.catalogue?.pickedCertification(ctx.content, evaluation.answers);
    return renderResultScreen({
      ...ctx,
      results: evaluation.results,
      title: eligibility.title,
      links: eligibility.links,
      level: ctx.level + 1,
      certification,
      bloc: ctx.catalogue?.pickedBloc(ctx.content, evaluation.answers),
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

/** What a screen reads from its element. */
export interface ScreenHost {
  flow: FlowController;
  picker: Picker;
  locale: UiLocale;
  level: number;
  source: TemplateResult;
  /** The guide the result links to, if any (guide-link.ts). */
  guide(): HTMLElement | null;
  onRestart(): void;
}

/** The screen at `position`, from the element's flow: the current one, or the next one prepared ahead. */
export function screenAt(host: ScreenHost, content: Content, eligibility: Eligibility, position: string) {
  const { flow, picker, locale } = host;
  const contentLocale = localeOf(content);
  const evaluation = flow.evaluation;
  const guide = position === RESULT ? host.guide() : null;
  const kit = catalogueKit();
  return renderScreen({
    content,
    eligibility,
    evaluation,
    flow: flow.state,
    position,
    level: host.level,
    locale,
    contentLocale,
    lang: uiLang(locale, contentLocale),
    catalogue: kit,
    summary: position === RESULT ? flow.summary(evaluation) : '',
    announcement: flow.announcement,
    source: host.source,
    guideHref: guide ? guideHref(guide) : null,
    onGuide: (routeId, event) => openRoute(host.guide(), routeId, event),
    fields: (question) => ({
      question: kit ? kit.blocQuestion(content, question, evaluation.answers) : question,
      answer: own(evaluation.answers, question.id),
      draft: draftOf(flow.state, question, contentLocale),
      errors: flow.state.errors,
      locale,
      contentLocale,
      // One glossary scope per question: its hint and its options' hints mark a term once.
      text: textScope(locale, content.glossary, `q-${question.id}`),
      ...flow.handlers,
      ...(flow.isPicker(question) ? { picker, catalogue: content.catalogue, onPick: flow.onPick } : {}),
    }),
    onSubmit: flow.onSubmit,
    onPrevious: flow.onPrevious,
    onChangeAnswer: flow.onChangeAnswer,
    onEdit: flow.onEdit,
    onRestart: host.onRestart,
    announce: (message) => flow.announce(message),
  });
}

/**
 * Content with a certification question before the picker's file is here (picker-loader.ts): the
 * title, then the loading line, or after a failed load the error with "Réessayer". Updates wait
 * for the file, so this shows only when it is slow or missing.
 */
export function renderHeld(host: ScreenHost, content: Content, eligibility: Eligibility) {
  const lang = uiLang(host.locale, localeOf(content));
  return html`<div part="base" class="base" lang=${content.meta.locale} data-position="step">
    <div part="header">${heading(host.level, 'title', eligibility.title, 'start-heading', false)}</div>
    <div lang=${lang}>${host.picker.renderMissing(host.locale)}</div>
    <div lang=${lang}>${host.source}</div>
  </div>`;
}
