/**
 * What the playground checks on each pause in typing: the same schema and lint as the CLI
 * (validateContentText, plus its size limit), each finding placed in the text so that a click can
 * move the caret there. Pure, no DOM.
 */
import { placeFinding, validateContentText } from '../src/authoring/lint-validate.js';
import type { LintFinding } from '../src/authoring/lint.js';
import type { Content } from '../src/content/schema.js';
import { DEFAULT_MAX_BYTES } from '../src/shared/load-content.js';
import { defaultContent } from '../src/content/default-content.js';
import { cliStrings } from '../src/cli/strings.js';
import { byteLength } from './playground-snippet.js';

/** A finding and where it is in the text. */
export interface PlacedFinding extends LintFinding {
  offset: number;
  line: number;
  column: number;
  /** False when the path names something the text does not have (a missing field). */
  exact: boolean;
}

export interface Check {
  text: string;
  bytes: number;
  content?: Content;
  findings: PlacedFinding[];
  errors: number;
  warnings: number;
  /** The text is the built-in content (its `$schema` aside): the snippet needs neither JSON nor src. */
  builtIn: boolean;
}

export interface CheckOptions {
  /** Today, YYYY-MM-DD, for the review-date warning (default: the system's date). */
  today?: string;
}

/** Keys sorted: two documents with the same data in another order are the same content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
const builtInText = canonical(defaultContent);

export function checkText(text: string, options: CheckOptions = {}): Check {
  const t = cliStrings.fr;
  const validation = validateContentText(text, { locale: 'fr', today: options.today });
  const findings: LintFinding[] = [...validation.findings];
  const bytes = byteLength(text);
  // The CLI's rule: the elements refuse a `src` file over this size.
  if (bytes > DEFAULT_MAX_BYTES) {
    findings.unshift({ severity: 'error', path: '', code: 'too_large', message: t.tooLarge({ bytes, max: DEFAULT_MAX_BYTES }), hint: t.tooLargeHint });
  }
  const placed = findings.map((f): PlacedFinding => ({ ...f, ...placeFinding(text, f) }));
  const errors = placed.filter((f) => f.severity === 'error').length;
  let builtIn = false;
  if (validation.content) {
    const { $schema: _schema, ...rest } = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown>;
    builtIn = canonical(rest) === builtInText;
  }
  return { text, bytes, content: validation.content, findings: placed, errors, warnings: placed.length - errors, builtIn };
}
