/**
 * The content objects `parseContent` returned. An element given one of them as its `content` uses it
 * as is: a server that validated the content before rendering it (`cqp-vae-widgets prerender`,
 * src/cli/prerender.ts), or an application that did, need not pay for the same check twice, and the
 * element renders it synchronously, as lit's server renderer requires. Kept apart from validate.ts,
 * which the page loads only for custom content.
 */
import type { IssueLocale, IssueWords } from './issues.js';
import type { ContentChecker, ParseOptions, ParseResult } from './validate.js';

export const validated = new WeakSet<object>();

/** The checker as its users call it: the issues' language by name. */
export interface Checker {
  parseContent(input: unknown, options?: ParseOptions): ParseResult;
  parseContentText(text: string, options?: ParseOptions): ParseResult;
}

/**
 * The checker's two functions, remembering each content they return in `validated`, and wording
 * issues in the language asked for with `wordsOf(locale)` (French, the checker's own, when it
 * gives nothing). The checker itself (validate.ts) marks nothing: a page loads it from a file of
 * its own that imports nothing from the module, and the set must be the module's one.
 */
export function marking(check: ContentChecker, wordsOf: (locale: IssueLocale) => IssueWords | undefined): Checker {
  const mark = (result: ParseResult) => {
    if (result.ok) validated.add(result.content);
    return result;
  };
  return {
    parseContent: (input, options = {}) => mark(check.parseContent(input, wordsOf(options.locale ?? 'fr'))),
    parseContentText: (text, options = {}) => mark(check.parseContentText(text, wordsOf(options.locale ?? 'fr'))),
  };
}
