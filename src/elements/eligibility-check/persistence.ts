/**
 * Saving progress (answers and current step) in Web Storage, so that a reload does not lose it.
 *
 * Storage is hostile ground: it may be missing, blocked by privacy settings (reading
 * `window.sessionStorage` itself throws), full, or hold something another version of the widget
 * (or a person in the console) wrote. Every failure here means "nothing saved": the questionnaire
 * starts over, it never breaks.
 */
import type { Meta } from '../../content/schema.js';
import type { Answers } from '../../rules/types.js';

export type PersistMode = 'session' | 'local';

/** What is saved; answers are checked again against the content when restored. */
export interface SavedProgress {
  answers: Answers;
  /** A question id, or one of the flow's own positions (see flow.ts). */
  step: string;
}

interface Stored extends SavedProgress {
  id: string;
  version: string;
}

/**
 * The storage a `persist` attribute asks for: absent → none; present, empty or "session" →
 * sessionStorage; "local" → localStorage; "none", "off" or "false" → none. As a property, true is
 * "session" and false is none; any other value is none.
 */
export function persistMode(value: unknown): PersistMode | null {
  if (value === true) return 'session';
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (v === 'local') return 'local';
  if (v === 'none' || v === 'off' || v === 'false') return null;
  return 'session';
}

/**
 * One key per content document and version (answers to another questionnaire never leak in), and
 * per element id when it has one: two questionnaires on one content keep their own progress.
 */
export function storageKey(meta: Pick<Meta, 'id' | 'version'>, elementId = ''): string {
  return `cqp-vae-widgets:eligibility:${meta.id}@${meta.version}${elementId ? `#${elementId}` : ''}`;
}

function storage(mode: PersistMode): Storage | null {
  try {
    return mode === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The progress saved for this content, or null when there is none usable. */
export function loadProgress(mode: PersistMode, meta: Meta, elementId = ''): SavedProgress | null {
  try {
    const text = storage(mode)?.getItem(storageKey(meta, elementId));
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (!isPlainObject(value) || value.id !== meta.id || value.version !== meta.version) return null;
    if (!isPlainObject(value.answers) || typeof value.step !== 'string') return null;
    return { answers: value.answers as Answers, step: value.step };
  } catch {
    return null;
  }
}

export function saveProgress(mode: PersistMode, meta: Meta, elementId: string, progress: SavedProgress): void {
  const stored: Stored = { id: meta.id, version: meta.version, ...progress };
  try {
    storage(mode)?.setItem(storageKey(meta, elementId), JSON.stringify(stored));
  } catch {
    // Quota exceeded or storage blocked: progress is simply not kept.
  }
}

export function clearProgress(mode: PersistMode, meta: Meta, elementId = ''): void {
  try {
    storage(mode)?.removeItem(storageKey(meta, elementId));
  } catch {
    // Nothing to clear that we could reach.
  }
}
