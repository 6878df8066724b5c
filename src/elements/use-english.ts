/**
 * Every English dictionary filled at once, for a server (src/server.ts) and tests: lit's server
 * renderer renders synchronously, in either language.
 */
import { useSharedEnglish, type EnglishStrings } from './english.js';
import { useGuideEnglish } from './cqp-vae-guide/english.js';
import { useQuestionnaireEnglish } from './eligibility-check/english.js';

export function useEnglish(en: EnglishStrings): void {
  useSharedEnglish(en);
  useGuideEnglish(en);
  useQuestionnaireEnglish(en);
}
