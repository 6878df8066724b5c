/**
 * Where the person is in the questionnaire, as pure functions of the visible questions and the
 * answers. A position is a question id, or RECAP / RESULT: ids cannot start with "#", so these
 * never collide with a question, and a position survives questions appearing or disappearing.
 */
import type { Question } from '../../content/schema.js';
import { ownAnswer as answerOf, validateAnswer } from '../../rules/engine.js';
import type { Answers } from '../../rules/types.js';

export const START = '#start';
export const RECAP = '#recap';
export const RESULT = '#result';

/** True when the question's answer would be accepted as it is. */
export const isAnswered = (q: Question, answers: Answers) => validateAnswer(q, answerOf(answers, q.id)) === null;

/** The first visible question without an acceptable answer, else RECAP. */
export function firstIncomplete(visible: readonly Question[], answers: Answers): string {
  return visible.find((q) => !isAnswered(q, answers))?.id ?? RECAP;
}

/**
 * The step after `position`. The next visible question in order; but when the person came from the
 * recap to change an answer (`returning`), straight back to the recap unless that change made a
 * question appear (or left one) without an answer: then that question comes first.
 */
export function nextPosition(visible: readonly Question[], answers: Answers, position: string, returning: boolean): string {
  if (position === START) return visible[0]?.id ?? RECAP;
  if (position === RECAP || position === RESULT) return RESULT;
  if (returning) {
    const index = visible.findIndex((q) => q.id === position);
    const pending = visible.find((q, i) => i > index && !isAnswered(q, answers));
    return pending?.id ?? firstIncomplete(visible, answers);
  }
  const index = visible.findIndex((q) => q.id === position);
  return visible[index + 1]?.id ?? RECAP;
}

/** The step before `position`, or null on the first question. */
export function previousPosition(visible: readonly Question[], position: string): string | null {
  if (position === START) return null;
  if (position === RESULT) return RECAP;
  if (position === RECAP) return visible.at(-1)?.id ?? null;
  const index = visible.findIndex((q) => q.id === position);
  return index > 0 ? visible[index - 1].id : null;
}

/**
 * A position restored from storage, made safe: never past the first question still to answer (a
 * question no longer asked, or a recap or result the answers do not reach, falls back to it).
 */
export function restorePosition(visible: readonly Question[], answers: Answers, saved: string): string {
  if (saved === START) return START;
  const pending = firstIncomplete(visible, answers);
  const savedIndex = visible.findIndex((q) => q.id === saved);
  if (pending === RECAP) return saved === RESULT || savedIndex >= 0 ? saved : RECAP;
  return savedIndex >= 0 && savedIndex <= visible.findIndex((q) => q.id === pending) ? saved : pending;
}
