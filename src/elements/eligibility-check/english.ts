/**
 * The questionnaire's English UI strings, loaded on demand (elements/english.ts): its own, and the
 * guide's catalogue words that its certification picker and result show (badges, counts, registry).
 */
import type { UiLocale } from '../../shared/i18n.js';
import { englishFor, type EnglishStrings } from '../english.js';
import { guideStrings } from '../cqp-vae-guide/strings.js';
import { entryWords } from '../cqp-vae-guide/catalogue-entry.js';
import { strings } from './strings.js';
import { targetWords } from './result-target.js';

export function useQuestionnaireEnglish(en: EnglishStrings): void {
  strings.en = en.questionnaire;
  targetWords.en = en.target;
  guideStrings.en = en.guide;
  entryWords.en = en.entry;
}

export const uiStringsFor = (locale: UiLocale): Promise<void> | undefined => englishFor(locale, useQuestionnaireEnglish);
