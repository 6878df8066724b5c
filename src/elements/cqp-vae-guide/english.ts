/** The guide's English UI strings, loaded on demand (elements/english.ts). */
import type { UiLocale } from '../../shared/i18n.js';
import { englishFor, type EnglishStrings } from '../english.js';
import { defaultRowLabels, guideStrings } from './strings.js';
import { entryWords } from './catalogue-entry.js';

export function useGuideEnglish(en: EnglishStrings): void {
  guideStrings.en = en.guide;
  defaultRowLabels.en = en.rowLabels;
  entryWords.en = en.entry;
}

export const uiStringsFor = (locale: UiLocale): Promise<void> | undefined => englishFor(locale, useGuideEnglish);
