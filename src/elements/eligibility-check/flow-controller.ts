/**
 * The questionnaire's flow as a lit ReactiveController: it holds the FlowState (position, answers,
 * drafts, messages, the recap's return trip), turns the person's actions into moves (flow-state.ts),
 * saves progress, tells the host page (`eligibility-change`, `eligibility-complete`) and moves the
 * focus after the host has rendered. The element only renders; this class never touches lit
 * templates, so it runs on plain Node with a stand-in host (test/cli/flow-controller.test.mjs).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Content, Question } from '../../content/schema.js';
import { evaluateWith, type CatalogueRules } from '../../rules/evaluate.js';
import { ownAnswer as own, resultSummary, summarize } from '../../rules/engine.js';
import type { Answer, Answers, Evaluation } from '../../rules/types.js';
import { emit } from '../../shared/events.js';
import type { UiLocale } from '../../shared/i18n.js';
import type { EligibilityChangeDetail, EligibilityCompleteDetail } from './events.js';
import { RECAP } from './flow.js';
import {
  addPeriod, changeAnswer, currentQuestion, go, previous, removePeriod, setAnswer, startFlow, submit, ticked, typeText,
  type FlowState, type Move,
} from './flow-state.js';
import { warnGap } from './gap.js';
import { clearProgress, loadProgress, saveProgress, type PersistMode } from './persistence.js';
import { resultAnnouncement } from './result.js';

/** The content's own language: the engine's words (reasons, the summary) follow it. */
export const localeOf = (content: Content): UiLocale => (content.meta.locale.toLowerCase().startsWith('en') ? 'en' : 'fr');

/** What the controller reads from its element, each time it needs it. */
export interface FlowHost extends ReactiveControllerHost, EventTarget {
  readonly localName: string;
  readonly id: string;
}

export interface FlowEnvironment {
  /** The content in use, when it is ready. */
  content(): Content | undefined;
  /** Where progress is saved, if anywhere. */
  persistMode(): PersistMode | null;
  /** The element's own language (buttons, announcements). */
  uiLocale(): UiLocale;
  /** Focuses the element with this id in the rendered shadow root. */
  focus(id: string): void;
  /**
   * The catalogue's rules once they are here (picker-loader.ts): without them a content with a
   * certification question gives nothing to ask and no verdict (rules/evaluate.ts).
   */
  catalogue?(): CatalogueRules | undefined;
}

const EMPTY: FlowState = { position: '', answers: {}, drafts: {}, errors: [], returning: false };

export class FlowController implements ReactiveController {
  /** Position, answers, drafts, messages: every move goes through flow-state.ts. */
  state: FlowState = EMPTY;
  /** What the live region says (the result's summary, "copied"). */
  announcement = '';

  #cache?: { content: Content; answers: Answers; rules?: CatalogueRules; evaluation: Evaluation };
  #lastEmitted = '{}';
  #pendingFocus: string | null = null;
  #pendingComplete = false;

  constructor(
    private host: FlowHost,
    private env: FlowEnvironment,
  ) {
    host.addController(this);
  }

  /** evaluate() once per answers object: renders and handlers read the cached result. */
  evaluate = (answers: Answers): Evaluation => {
    const content = this.env.content()!;
    const rules = this.env.catalogue?.();
    const c = this.#cache;
    if (c && c.content === content && c.answers === answers && c.rules === rules) return c.evaluation;
    const evaluation = evaluateWith(content, answers, localeOf(content), rules);
    warnGap(this.host.localName, content, evaluation);
    this.#cache = { content, answers: evaluation.answers, rules, evaluation };
    return evaluation;
  };

  /** The evaluation of the current answers. */
  get evaluation(): Evaluation {
    return this.evaluate(this.state.answers);
  }

  /** The current answers as plain JSON (a copy). */
  answers(): Answers {
    return JSON.parse(JSON.stringify(this.state.answers)) as Answers;
  }

  get #locale(): UiLocale {
    const content = this.env.content();
    return content ? localeOf(content) : 'fr';
  }

  /**
   * The first state for `content`: the saved progress when `restore` and there is some, else the
   * start screen (a questionnaire with an introduction) or, starting over, the first question.
   */
  start(content: Content | undefined, restore: boolean): void {
    const mode = this.env.persistMode();
    const eligibility = content?.eligibility;
    const saved = restore && eligibility && mode ? loadProgress(mode, content.meta, this.host.id) : null;
    this.state = eligibility ? startFlow(this.evaluate, restore && !!eligibility.intro?.length, saved) : EMPTY;
    this.announcement = '';
    this.#pendingFocus = null;
    this.#pendingComplete = false;
    this.#lastEmitted = JSON.stringify(this.state.answers);
    this.host.requestUpdate();
  }

  /** Starts over at the first question and forgets the saved progress; fires no event. */
  reset(): void {
    const content = this.env.content();
    const mode = this.env.persistMode();
    if (content && mode) clearProgress(mode, content.meta, this.host.id);
    this.start(content, false);
  }

  save(): void {
    const content = this.env.content();
    const mode = this.env.persistMode();
    if (content && mode) saveProgress(mode, content.meta, this.host.id, { answers: this.state.answers, step: this.state.position });
  }

  /** The answer-first sentence of the result, in the content's language. */
  summary(evaluation: Evaluation): string {
    return resultSummary(evaluation.results, this.#locale, evaluation.employer);
  }

  /** Says `message` in the element's live region. */
  announce(message: string): void {
    this.announcement = message;
    this.host.requestUpdate();
  }

  /** Focuses the step's heading after the next render (after "Recommencer"). */
  focusAfterUpdate(id: string): void {
    this.#pendingFocus = id;
  }

  hostUpdated(): void {
    if (this.#pendingFocus) {
      const id = this.#pendingFocus;
      this.#pendingFocus = null;
      this.env.focus(id);
    }
    if (this.#pendingComplete) {
      this.#pendingComplete = false;
      if (!this.env.content()) return;
      const detail: EligibilityCompleteDetail = {
        answers: this.answers(),
        verdicts: JSON.parse(JSON.stringify(summarize(this.evaluation.results))),
      };
      emit(this.host, 'eligibility-complete', detail);
    }
  }

  /** Applies a move: new state, focus after rendering, the result's announcement and event. */
  apply(move: Move | null): void {
    if (!move) return;
    const moved = move.state.position !== this.state.position || move.complete;
    this.state = move.state;
    if (move.focus) this.#pendingFocus = move.focus;
    if (moved) {
      this.announcement = move.complete ? resultAnnouncement(this.summary(this.evaluation), this.env.uiLocale()) : '';
      this.#pendingComplete = !!move.complete;
    }
    this.save();
    this.host.requestUpdate();
  }

  #emitChange(questionId: string): void {
    const json = JSON.stringify(this.state.answers);
    if (json === this.#lastEmitted) return;
    this.#lastEmitted = json;
    const detail: EligibilityChangeDetail = { question: questionId, answers: JSON.parse(json) as Answers };
    emit(this.host, 'eligibility-change', detail);
  }

  /** The question on screen, if the step is one. */
  question(): Question | undefined {
    if (!this.env.content()?.eligibility) return undefined;
    return currentQuestion(this.state, this.evaluation);
  }

  /** Records the person's answer to the question on screen and says so to the host page. */
  answer(value: (q: Question) => Answer | undefined): void {
    const q = this.question();
    if (!q) return;
    this.apply({ state: setAnswer(this.state, this.evaluate, q, value(q), this.#locale) });
    this.#emitChange(q.id);
  }

  /** Runs `fn` on the question on screen, if there is one. */
  #onQuestion(fn: (q: Question) => void): void {
    const q = this.question();
    if (q) fn(q);
  }

  /** A certification question (compiled into a choice by the engine): shown as the combobox. */
  isPicker = (q: Question): boolean => !!this.env.content()?.eligibility?.questions.some((x) => x.id === q.id && x.type === 'certification');

  /** The handlers of a question's fields; created once, so that lit does not rebind them on each render. */
  readonly handlers = {
    onChoice: (event: Event) => {
      const input = event.target as HTMLInputElement;
      this.answer((q) => ticked(q, own(this.state.answers, q.id), input.value, input.checked));
    },
    onText: (index: number, event: Event) =>
      this.#onQuestion((q) => this.apply({ state: typeText(this.state, this.evaluate, q, index, (event.target as HTMLInputElement).value, this.#locale) })),
    onCommit: () => this.#onQuestion((q) => this.#emitChange(q.id)),
    onAdd: () => this.#onQuestion((q) => this.apply(addPeriod(this.state, q, this.#locale))),
    onRemove: (index: number) =>
      this.#onQuestion((q) => {
        this.apply(removePeriod(this.state, this.evaluate, q, index, this.#locale));
        this.#emitChange(q.id);
      }),
  };

  /** "Commencer", "Suivant", "Voir le résultat": checks the step, then goes on. */
  onSubmit = (event: Event): void => {
    event.preventDefault();
    if (!this.env.content()?.eligibility) return;
    const evaluation = this.evaluation;
    const q = currentQuestion(this.state, evaluation);
    const move = submit(this.state, evaluation, this.#locale, this.isPicker);
    if (q && !move.state.errors.length) this.#emitChange(q.id);
    this.apply(move);
  };

  onPick = (value: string): void => this.answer(() => value);

  onPrevious = (): void => {
    if (this.env.content()?.eligibility) this.apply(previous(this.state, this.evaluation));
  };

  onChangeAnswer = (id: string): void => this.apply(changeAnswer(this.state, id));

  onEdit = (): void => this.apply(go(this.state, RECAP));
}
