/**
 * Ids inside the questionnaire's shadow root, shared by the fields that carry them and the flow
 * that moves the focus to them. Question ids and option values are safe id fragments.
 */
import type { Question } from '../../content/schema.js';

export const fieldId = (q: Pick<Question, 'id'>, suffix: string | number = 'field') => `q-${q.id}-${suffix}`;

/**
 * The first field of period `index` of a durations question: its years field when periods are typed
 * in years and months (the months field keeps the period's id), else its only field.
 */
export const periodFieldId = (q: Question, index: number) =>
  `${fieldId(q, `p${index}`)}${q.type === 'durations' && q.entry === 'years-months' ? '-years' : ''}`;
