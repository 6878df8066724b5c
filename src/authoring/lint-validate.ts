/**
 * Schema, then lint, as one list of findings: what the CLI and the playground show an author. A
 * content that fails the schema is not linted (the lint needs typed content); fixing the schema
 * errors and running again shows the rest.
 */
import { contentSchema, type Content } from '../content/schema.js';
import { fromZodIssues, knownKeys, message, type IssueLocale } from '../content/issues.js';
import { issueWords } from '../content/issue-words.js';
import { withoutCredentials } from '../content/href.js';
import { issueFinding, lintContent, type LintFinding, type LintOptions } from './lint.js';
import { jsonErrorDetail, lineColumn } from '../content/json-error.js';
import { jsonErrorOffset, locatePath } from './json-position.js';

export interface Validation {
  /** The typed content when the schema accepted it (even if the lint found errors). */
  content?: Content;
  findings: LintFinding[];
  errors: number;
  warnings: number;
}

function summed(findings: LintFinding[], content?: Content): Validation {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { ...(content ? { content } : {}), findings, errors, warnings: findings.length - errors };
}

/** Validates an already-decoded JSON value: schema issues, or else the lint's findings. */
export function validateContent(input: unknown, options: LintOptions = {}): Validation {
  const locale: IssueLocale = options.locale ?? 'fr';
  let result;
  try {
    result = contentSchema().Content.safeParse(input, { error: knownKeys });
  } catch (error) {
    // A cyclic or hostile object; JSON text never gets here.
    return summed([issueFinding({ path: '', code: 'json', message: message(issueWords[locale], 'json', { detail: String(error) }) }, locale)]);
  }
  if (!result.success) return summed(fromZodIssues(result.error.issues, issueWords[locale], withoutCredentials, input).map((i) => issueFinding(i, locale)));
  return summed(lintContent(result.data, options), result.data);
}

/** Line and column (from 1) of a character offset. */
export { lineColumn };

/** Where a finding is in the text it was found in. */
export interface FindingPlace {
  /** Character offset: the member's key for an object member, the value for an array item. */
  offset: number;
  /** False when the path goes further than the text (a missing field): the place is its parent. */
  exact: boolean;
  line: number;
  column: number;
}

/**
 * Places a finding of `validateContentText(text)` in `text`: a syntax error where the JSON goes
 * wrong, any other finding at its JSON path (a missing field at the object that lacks it).
 */
export function placeFinding(text: string, finding: Pick<LintFinding, 'code' | 'path'>): FindingPlace {
  let at: { start: number; exact: boolean };
  if (finding.code === 'json') {
    const syntax = jsonErrorOffset(text);
    at = { start: syntax ?? 0, exact: syntax !== undefined };
  } else at = finding.path ? locatePath(text, finding.path) : { start: 0, exact: true };
  return { offset: at.start, exact: at.exact, ...lineColumn(text, at.start) };
}

/**
 * Decodes JSON text (a leading byte-order mark is allowed), then validates it. Each finding has
 * the line and column of its place in the text (`placeFinding`).
 */
export function validateContentText(text: string, options: LintOptions = {}): Validation {
  const validation = validateDecoded(text, options);
  for (const f of validation.findings) {
    const { line, column } = placeFinding(text, f);
    f.line = line;
    f.column = column;
  }
  return validation;
}

function validateDecoded(text: string, options: LintOptions): Validation {
  const locale: IssueLocale = options.locale ?? 'fr';
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    // An author counts lines, not characters, and reads one language (content/json-error.ts).
    const detail = jsonErrorDetail(source, error, issueWords[locale]);
    return summed([issueFinding({ path: '', code: 'json', message: message(issueWords[locale], 'json', { detail }) }, locale)]);
  }
  return validateContent(value, options);
}
