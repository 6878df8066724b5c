/**
 * The content checker (schema, cross-references, readable issues: zod and its wording, about half
 * of the validation's bytes) loaded on demand. A page with the built-in content never loads it; a
 * page with its own content loads it once, from the file the build writes beside the module (a
 * relative import, which the browser resolves against the module's own URL, so a CDN or a copied
 * dist/ folder works as is). That file imports nothing from the module (a module loaded with a
 * query string, WordPress's `?ver=`, would otherwise be loaded again under its plain URL, with a
 * second copy of its state): the checker keeps no state, what it returns is remembered as
 * validated here, in the module's own set, and what it needs of the module is handed to it (the
 * link checks of href.ts, which the module has anyway).
 *
 * The checker words issues in French. Their English wording is a file of its own beside it
 * (e.g. cqp-vae-guide.check.en.js, content/issue-words.en.ts), loaded only by a page in English
 * that checks content, and handed to the checker with each check: a French page, and an English
 * page with the built-in content, never download it.
 */
import type * as Validate from '../content/validate.js';
import type * as EnglishIssues from '../content/issue-words.en.js';
import type { IssueLocale } from '../content/issues.js';
import { marking, type Checker } from '../content/validated.js';
import { hrefProblem, withoutCredentials } from '../content/href.js';
import { onDemand } from './on-demand.js';

export type { Checker };

const english = onDemand(() => import('../content/issue-words.en.js'), (module: typeof EnglishIssues) => module.englishIssues);

const file = onDemand(
  () => import('../content/validate.js'),
  (module: typeof Validate) =>
    marking(module.contentChecker({ hrefProblem, withoutCredentials }), (locale) => (locale === 'en' ? english.get() : undefined)),
);

/** The checker if it has arrived, for a synchronous check. */
export const checker = file.get;
/** The checker, loading it the first time; a failed load is tried again on the next call. */
export const loadChecker = file.load;
/**
 * Gives the checker up front, for a server: lit's server renderer renders synchronously, so content
 * set by property must be checked at once, not after a dynamic import (src/server.ts).
 */
export const provideChecker = file.provide;

/** The checker if it is here with the issues' wording of `locale`, for a synchronous check. */
export function checkerFor(locale: IssueLocale): Checker | undefined {
  return locale === 'en' && !english.get() ? undefined : file.get();
}

/**
 * The checker with the issues' wording of `locale`, loading what is missing. The English wording
 * failing to load does not stop the check: its issues are then worded in French, as the interface
 * is when its English strings fail to load, and the console says why.
 */
export function loadCheckerFor(locale: IssueLocale): Promise<Checker> {
  const words =
    locale === 'en' &&
    english.load().catch((error: unknown) => {
      console.warn(`cqp-vae-widgets: the English content error messages could not be loaded, French is shown instead (${error instanceof Error ? error.message : String(error)}).`);
    });
  return Promise.all([file.load(), words]).then(([loaded]) => loaded);
}

/** Gives the issues' English wording up front, for a server (src/server.ts). */
export const provideEnglishIssues = english.provide;
