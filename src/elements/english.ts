/**
 * The English UI strings (strings.en.ts) loaded on demand: a page in French, the common case,
 * never downloads them. The build writes them beside the module (cqp-vae-widgets.en.js) and the
 * relative import resolves against the module's own URL, so a CDN or a copied dist/ folder works as
 * is. An element in English waits for them before it renders (ContentElement.scheduleUpdate), so it
 * never shows French first.
 */
import { months, sharedStrings, type UiLocale } from '../shared/i18n.js';
import { defaultRowLabels, guideStrings } from './cqp-vae-guide/strings.js';
import { entryWords } from './cqp-vae-guide/catalogue-entry.js';
import { strings } from './eligibility-check/strings.js';
import { targetWords } from './eligibility-check/result-target.js';
import type * as English from './strings.en.js';

let pending: Promise<void> | undefined;
let settled = false;

/** Puts the English strings in each dictionary (a server does it up front: src/server.ts). */
export function useEnglish(en: typeof English): void {
  months.en = en.months;
  sharedStrings.en = en.shared;
  guideStrings.en = en.guide;
  defaultRowLabels.en = en.rowLabels;
  entryWords.en = en.entry;
  strings.en = en.questionnaire;
  targetWords.en = en.target;
  settled = true;
}

/** Undefined when the strings of `locale` are here; else the promise of their arrival. */
export function uiStringsFor(locale: UiLocale): Promise<void> | undefined {
  if (locale !== 'en' || settled) return undefined;
  pending ??= import('./strings.en.js').then(
    (en) => useEnglish(en),
    (error: unknown) => {
      // The element then speaks French rather than not at all; the console says why.
      settled = true;
      console.warn(`cqp-vae-widgets: the English interface strings could not be loaded, French is shown instead (${error instanceof Error ? error.message : String(error)}).`);
    },
  );
  return pending;
}
