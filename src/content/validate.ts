/**
 * Checking a content document: schema, then cross-references. Returns the typed content or the
 * complete list of issues, never throws, so the elements can always show either the content or a
 * readable error. This is the content checker a page loads on demand (shared/checker.ts); it keeps
 * no state, and parse.ts (the public `parseContent`) and the checker's loader remember what it
 * returns as validated, in the module's one WeakSet (validated.ts).
 *
 * It carries the issues' French wording only: the English one is given with each check
 * (`words`), by a page in English once that wording's own file has arrived (shared/checker.ts),
 * by `parseContent` and the CLI from issue-words.ts. What the module that loads it already has
 * (href.ts's link checks) is handed to `contentChecker` too, not copied here.
 */
import { buildSchemas, type Content, type HrefCheck, type Schemas } from './schema.js';
import { fromZodIssues, knownKeys, message, type ContentIssue, type Hide, type IssueLocale, type IssueWords } from './issues.js';
import { frenchIssues } from './issue-words.fr.js';
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

/** What the checker uses of href.ts, given by the module that loads it. */
export interface CheckerLinks {
  hrefProblem: HrefCheck;
  withoutCredentials: Hide;
}

/** The checker's two functions; `words` is the issues' wording, French when left out. */
export interface ContentChecker {
  /** Validates an already-decoded JSON value as content. */
  parseContent(input: unknown, words?: IssueWords): ParseResult;
  /** Decodes JSON text, then validates it; invalid JSON is one issue at the root. */
  parseContentText(text: string, words?: IssueWords): ParseResult;
}

/** A checker that judges links with `links`; its schemas are built on its first check. */
export function contentChecker(links: CheckerLinks): ContentChecker {
  let schemas: Schemas | undefined;

  function parseContent(input: unknown, words = frenchIssues): ParseResult {
    let result;
    let catalogue;
    try {
      schemas ??= buildSchemas(links.hrefProblem);
      // A catalogue every entry of which passes the hand-written check skips zod (catalogue-fast.ts).
      catalogue = isRecord(input) ? fastCatalogue(input.catalogue, schemas, (href) => links.hrefProblem(href) === null) : undefined;
      result = schemas.Content.safeParse(catalogue ? { ...(input as object), catalogue: undefined } : input, { error: knownKeys });
    } catch (error) {
      // Only a pathological input gets here: nested deeper than the stack (or cyclic), or a getter
      // that throws.
      return { ok: false, issues: [failureIssue(words, error)] };
    }
    if (!result.success) return { ok: false, issues: fromZodIssues(result.error.issues, words, links.withoutCredentials, input) };
    const content = catalogue ? { ...result.data, catalogue } : result.data;
    const issues = checkReferences(content, words);
    if (issues.length) return { ok: false, issues };
    // French content comes back with French typography's no-break spaces and apostrophes, whether or
    // not its author typed them: what the elements show. The built-in content is typeset in its
    // sources (scripts/typeset-default.mjs), so that the page carries no typesetter.
    return { ok: true, content: typesetContent(content) };
  }

  function parseContentText(text: string, words = frenchIssues): ParseResult {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (isStackOverflow(error)) return { ok: false, issues: [failureIssue(words, error)] };
      return { ok: false, issues: [{ path: '', code: 'json', message: message(words, 'json', { detail: jsonErrorDetail(text, error, words) }) }] };
    }
    return parseContent(value, words);
  }

  return { parseContent, parseContentText };
}

/** A stack overflow: RangeError in Chromium and WebKit, InternalError ("too much recursion") in Firefox. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && error.name === 'InternalError');
}

/** What a thrown error while reading the document means, in words. */
function failureIssue(words: IssueWords, error: unknown): ContentIssue {
  if (isStackOverflow(error)) return { path: '', code: 'too_deep_document', message: message(words, 'too_deep_document') };
  let detail: string;
  try {
    detail = error instanceof Error ? error.message : String(error);
  } catch {
    detail = typeof error;
  }
  return { path: '', code: 'unreadable', message: message(words, 'unreadable', { detail }) };
}
