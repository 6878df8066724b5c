/**
 * Checking a content document: schema, then cross-references. Returns the typed content or the
 * complete list of issues, never throws, so the elements can always show either the content or a
 * readable error. This is the content checker a page loads on demand (shared/checker.ts); it keeps
 * no state, and parse.ts (the public `parseContent`) and the checker's loader remember what it
 * returns as validated, in the module's one WeakSet (validated.ts).
 */
import { contentSchema, type Content } from './schema.js';
import { fromZodIssues, knownKeys, message, type ContentIssue, type IssueLocale } from './issues.js';
import { checkReferences } from './references.js';
import { fastCatalogue } from './catalogue-fast.js';
import { jsonErrorDetail } from './json-error.js';
import { typesetContent } from './typography.js';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export type ParseResult = { ok: true; content: Content } | { ok: false; issues: ContentIssue[] };

export interface ParseOptions {
  /** Language of the issue messages (default "fr"). */
  locale?: IssueLocale;
}

/** Validates an already-decoded JSON value as content. */
export function parseContent(input: unknown, options: ParseOptions = {}): ParseResult {
  const locale = options.locale ?? 'fr';
  let result;
  let catalogue;
  try {
    // A catalogue every entry of which passes the hand-written check skips zod (catalogue-fast.ts).
    catalogue = isRecord(input) ? fastCatalogue(input.catalogue) : undefined;
    result = contentSchema().Content.safeParse(catalogue ? { ...(input as object), catalogue: undefined } : input, { error: knownKeys });
  } catch (error) {
    // Only a pathological input gets here: nested deeper than the stack (or cyclic), or a getter
    // that throws.
    return { ok: false, issues: [failureIssue(locale, error)] };
  }
  if (!result.success) return { ok: false, issues: fromZodIssues(result.error.issues, locale, input) };
  const content = catalogue ? { ...result.data, catalogue } : result.data;
  const issues = checkReferences(content, locale);
  if (issues.length) return { ok: false, issues };
  // French content comes back with French typography's no-break spaces and apostrophes, whether or
  // not its author typed them: what the elements show. The built-in content is typeset in its
  // sources (scripts/typeset-default.mjs), so that the page carries no typesetter.
  return { ok: true, content: typesetContent(content) };
}

/** Decodes JSON text, then validates it; invalid JSON is one issue at the root. */
export function parseContentText(text: string, options: ParseOptions = {}): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const locale = options.locale ?? 'fr';
    if (isStackOverflow(error)) return { ok: false, issues: [failureIssue(locale, error)] };
    return { ok: false, issues: [jsonIssue(locale, jsonErrorDetail(text, error, locale))] };
  }
  return parseContent(value, options);
}

function jsonIssue(locale: IssueLocale, detail: string): ContentIssue {
  return { path: '', code: 'json', message: message(locale, 'json', { detail }) };
}

/** A stack overflow: RangeError in Chromium and WebKit, InternalError ("too much recursion") in Firefox. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && error.name === 'InternalError');
}

/** What a thrown error while reading the document means, in words. */
function failureIssue(locale: IssueLocale, error: unknown): ContentIssue {
  if (isStackOverflow(error)) return { path: '', code: 'too_deep_document', message: message(locale, 'too_deep_document') };
  let detail: string;
  try {
    detail = error instanceof Error ? error.message : String(error);
  } catch {
    detail = typeof error;
  }
  return { path: '', code: 'unreadable', message: message(locale, 'unreadable', { detail }) };
}
