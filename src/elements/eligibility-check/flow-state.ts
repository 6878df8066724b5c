/**
 * The questionnaire's state as plain data, and every move a person can make, as pure functions:
 * (state, move) -> next state. No lit, no DOM: the element keeps one `FlowState`, hands it to these
 * functions, renders what comes back and moves the focus where a move says. The rules engine is
 * reached through an `evaluate` callback so that the element can cache evaluations per answers.
 *
 * A position is a question id, or START / RECAP / RESULT: ids cannot start with "#", so these never
 * collide with a question, and a position survives questions appearing or disappearing.
 */
import type { Question } from '../../content/schema.js';
import { ownAnswer } from '../../rules/engine.js';
import type { Answer, Answers, Evaluation } from '../../rules/types.js';
import { fieldId, periodFieldId } from './field-ids.js';
import { RECAP, RESULT, START, firstIncomplete, nextPosition, previousPosition, restorePosition } from './flow.js';
import { answerFromDraft, checkStep, draftFromAnswer, periodWidth, type FieldError } from './validation.js';

export interface FlowState {
  /** A visible question's id, START, RECAP or RESULT. */
  readonly position: string;
  /** Answers to the questions still asked (pruned by the engine after every change). */
  readonly answers: Answers;
  /** Typed texts of number and durations questions, by question id. */
  readonly drafts: Readonly<Record<string, readonly string[]>>;
  readonly errors: readonly FieldError[];
  /** The person came from the recap to change an answer: "Suivant" leads back to it. */
  readonly returning: boolean;
}

/** A move's outcome: the next state, the id to focus after rendering, whether the result just appeared. */
export interface Move {
  state: FlowState;
  focus?: string;
  complete?: boolean;
}

export type Evaluate = (answers: Answers) => Evaluation;
type Locale = 'fr' | 'en';

/**
 * The first state for a content. With saved progress, the saved position made safe; else the start
 * screen when `showStart` (a questionnaire with an introduction, shown once, there), else the first
 * question (starting over: the introduction was read).
 */
export function startFlow(evaluate: Evaluate, showStart: boolean, saved?: { answers: Answers; step: string } | null): FlowState {
  const evaluation = evaluate(saved?.answers ?? {});
  const first = evaluation.visible[0]?.id ?? RECAP;
  const position = saved
    ? saved.step === START
      ? showStart ? START : first
      : restorePosition(evaluation.visible, evaluation.answers, saved.step)
    : showStart
      ? START
      : first;
  return { position, answers: evaluation.answers, drafts: {}, errors: [], returning: false };
}

/** The position to show: the saved one unless the answers no longer lead there. */
export function currentPosition(state: FlowState, evaluation: Evaluation): string {
  const p = state.position;
  if (p === START || p === RECAP || evaluation.visible.some((q) => q.id === p)) return p;
  if (p === RESULT && evaluation.complete) return p;
  return firstIncomplete(evaluation.visible, evaluation.answers);
}

/** The question on screen, if the current step is one. */
export function currentQuestion(state: FlowState, evaluation: Evaluation): Question | undefined {
  const position = currentPosition(state, evaluation);
  return evaluation.visible.find((q) => q.id === position);
}

/** The texts shown in a number or durations question's fields. */
export function draftOf(state: FlowState, q: Question, locale: Locale): readonly string[] {
  return state.drafts[q.id] ?? draftFromAnswer(q, ownAnswer(state.answers, q.id), locale);
}

/** The answer after ticking (or unticking) `value`: the value itself for one choice, the ticked set in the options' order for several. */
export function ticked(q: Question, before: Answer | undefined, value: string, checked: boolean): Answer {
  if (q.type !== 'multiple') return value;
  const set = new Set(Array.isArray(before) ? (before as string[]) : []);
  if (checked) set.add(value);
  else set.delete(value);
  return q.options.map((o) => o.value).filter((v) => set.has(v));
}

/** Records an answer; answers (and drafts) of questions that are now hidden go. */
export function setAnswer(state: FlowState, evaluate: Evaluate, q: Question, value: Answer | undefined, locale: Locale, keepErrors = false): FlowState {
  const raw: Record<string, Answer> = { ...state.answers };
  if (value === undefined) delete raw[q.id];
  else raw[q.id] = value;
  const evaluation = evaluate(raw);
  const drafts: Record<string, readonly string[]> = {};
  for (const v of evaluation.visible) if (state.drafts[v.id]) drafts[v.id] = state.drafts[v.id];
  if (q.type === 'number' || q.type === 'durations') drafts[q.id] = draftOf(state, q, locale);
  return { ...state, answers: evaluation.answers, drafts, errors: keepErrors ? state.errors : [] };
}

/**
 * The person typed into field `index`. A message already shown stays only while the field is still
 * wrong: it goes as soon as the value is acceptable, never appears while typing.
 */
export function typeText(state: FlowState, evaluate: Evaluate, q: Question, index: number, text: string, locale: Locale): FlowState {
  const draft = [...draftOf(state, q, locale)];
  draft[index] = text;
  const next = setAnswer({ ...state, drafts: { ...state.drafts, [q.id]: draft } }, evaluate, q, answerFromDraft(q, draft), locale, true);
  if (!state.errors.length) return next;
  const still = checkStep(q, ownAnswer(next.answers, q.id), draft);
  return { ...next, errors: state.errors.filter((e) => still.some((s) => s.index === e.index)).map((e) => still.find((s) => s.index === e.index)!) };
}

export function addPeriod(state: FlowState, q: Question, locale: Locale): Move {
  const width = periodWidth(q);
  const draft = [...draftOf(state, q, locale), ...Array<string>(width).fill('')];
  return { state: { ...state, drafts: { ...state.drafts, [q.id]: draft } }, focus: periodFieldId(q, draft.length / width - 1) };
}

export function removePeriod(state: FlowState, evaluate: Evaluate, q: Question, index: number, locale: Locale): Move {
  const width = periodWidth(q);
  const draft = draftOf(state, q, locale).filter((_, i) => Math.floor(i / width) !== index);
  if (draft.length === 0) draft.push(...Array<string>(width).fill(''));
  const next = setAnswer({ ...state, drafts: { ...state.drafts, [q.id]: draft } }, evaluate, q, answerFromDraft(q, draft), locale);
  return { state: next, focus: periodFieldId(q, Math.max(0, index - 1)) };
}

/** Goes to `position`: messages go, the recap ends a return trip, focus goes to the new heading. */
export function go(state: FlowState, position: string): Move {
  return {
    state: { ...state, position, errors: [], returning: position === RECAP ? false : state.returning },
    focus: position === RESULT ? 'result-heading' : 'step-heading',
    complete: position === RESULT,
  };
}

/** "Modifier" in the recap: that question, then straight back to the recap. */
export function changeAnswer(state: FlowState, id: string): Move {
  const move = go(state, id);
  return { ...move, state: { ...move.state, returning: true } };
}

export function previous(state: FlowState, evaluation: Evaluation): Move | null {
  const p = previousPosition(evaluation.visible, currentPosition(state, evaluation));
  return p === null ? null : go(state, p);
}

/**
 * "Suivant" / "Voir le résultat" / "Commencer": checks the step; with problems, stays and focuses
 * the first field at fault; else goes on. `isPicker` tells a certification combobox (one field) from
 * radios.
 */
export function submit(state: FlowState, evaluation: Evaluation, locale: Locale, isPicker: (q: Question) => boolean): Move {
  const position = currentPosition(state, evaluation);
  if (position === START) return go(state, evaluation.visible[0]?.id ?? RECAP);
  const q = evaluation.visible.find((x) => x.id === position);
  if (q) {
    const errors = checkStep(q, ownAnswer(state.answers, q.id), draftOf(state, q, locale));
    if (errors.length) {
      const focus = isPicker(q)
        ? fieldId(q)
        : q.type === 'single' || q.type === 'multiple'
          ? fieldId(q, `o-${q.options[0].value}`)
          : q.type === 'number'
            ? fieldId(q)
            : periodFieldId(q, errors[0].index ?? 0);
      return { state: { ...state, errors }, focus };
    }
  } else if (position === RECAP && !evaluation.complete) {
    return go(state, firstIncomplete(evaluation.visible, evaluation.answers));
  }
  return go(state, nextPosition(evaluation.visible, evaluation.answers, position, state.returning));
}
