/**
 * An outcome's note is a paragraph (always shown) or `{ text, when }` (shown when `when` holds). A
 * paragraph may itself be an array of runs, so "an object with `when`" is the one test, kept here
 * for the references check, the engine and the lint.
 */
import type { Condition, Note, Paragraph } from './schema.js';

export const isConditional = (note: Note): note is { text: Paragraph; when: Condition } => typeof note === 'object' && 'when' in note;
