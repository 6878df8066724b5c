/**
 * The English UI strings (strings.en.ts) loaded on demand: a page in French, the common case,
 * never downloads them. The build writes them beside the module (e.g. cqp-vae-widgets.en.js) and the
 * relative import resolves against the module's own URL, so a CDN or a copied dist/ folder works as
 * is. An element in English waits for them before it renders (ContentElement.scheduleUpdate), so it
 * never shows French first.
 *
 * The chunk is plain data that imports nothing (a module loaded with a query string, WordPress's
 * `?ver=`, would otherwise load a second copy of itself): each element puts the strings it uses
 * in its own dictionaries (its `english.ts`), so that a module with one element carries no
 * dictionaries of the other.
 */
import { months, sharedStrings, type UiLocale } from '../shared/i18n.js';
import type * as English from './strings.en.js';

export type EnglishStrings = typeof English;

/** Puts an element's English strings in its dictionaries; called once per element class. */
export type UseEnglish = (en: EnglishStrings) => void;

let loading: Promise<EnglishStrings> | undefined;
const settled = new Set<UseEnglish>();
const pending = new Map<UseEnglish, Promise<void>>();

/** The strings both elements use (months, loading and error states). */
export function useSharedEnglish(en: EnglishStrings): void {
  months.en = en.months;
  sharedStrings.en = en.shared;
}

/** Undefined when the strings of `locale` are in the dictionaries `use` fills; else the promise of their arrival. */
export function englishFor(locale: UiLocale, use: UseEnglish): Promise<void> | undefined {
  if (locale !== 'en' || settled.has(use)) return undefined;
  let arrival = pending.get(use);
  if (!arrival) {
    arrival = (loading ??= import('./strings.en.js')).then(
      (en) => {
        useSharedEnglish(en);
        use(en);
        settled.add(use);
      },
      (error: unknown) => {
        // The element then speaks French rather than not at all; the console says why.
        settled.add(use);
        console.warn(`cqp-vae-widgets: the English interface strings could not be loaded, French is shown instead (${error instanceof Error ? error.message : String(error)}).`);
      },
    );
    pending.set(use, arrival);
  }
  return arrival;
}
