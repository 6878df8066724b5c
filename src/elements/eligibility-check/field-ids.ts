/**
 * Ids inside the questionnaire's shadow root, shared by the fields that carry them and the flow
 * that moves the focus to them. Question ids and option values are safe id fragments.
 */
import type { Question } from '../../content/schema.js';

export const fieldId = (q: Pick<Question, 'id'>, suffix: string | number = 'field') => `q-${q.id}-${suffix}`;
