/**
 * Parsing a content document (validate.ts: schema, then cross-references), remembering the content
 * it returns as validated, so that an element given it renders it without checking it again.
 * Outside a page: with the issues' wording in both languages and href.ts's own link checks.
 */
import { contentChecker, type ParseOptions, type ParseResult } from './validate.js';
import { marking } from './validated.js';
import { issueWords } from './issue-words.js';
import { hrefProblem, withoutCredentials } from './href.js';

export type { ParseResult, ParseOptions } from './validate.js';

const marked = marking(contentChecker({ hrefProblem, withoutCredentials }), (locale) => issueWords[locale]);

/** Validates an already-decoded JSON value as content. */
export function parseContent(input: unknown, options: ParseOptions = {}): ParseResult {
  return marked.parseContent(input, options);
}

/** Decodes JSON text, then validates it; invalid JSON is one issue at the root. */
export function parseContentText(text: string, options: ParseOptions = {}): ParseResult {
  return marked.parseContentText(text, options);
}
