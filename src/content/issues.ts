/**
 * Content issues as a content author reads them: a JSON path (`guide.routes[1].steps[3].title`) and a
 * sentence in French or English. zod's own messages are written for developers ("Invalid input:
 * expected string, received undefined"), so each zod issue is reworded here, in the words of one
 * language (issue-words.fr.ts, issue-words.en.ts) given by the caller.
 */
import type * as z from 'zod/mini';

export type IssueLocale = 'fr' | 'en';

/** One problem found in a content document. */
export interface ContentIssue {
  /** Where: a JSON path from the document root, `""` for the document itself. */
  path: string;
  /** What is wrong, worded for a content author. */
  message: string;
  /** A stable code for programs (zod's issue code or one of this project's keys). */
  code: string;
}

/** Formats a path array as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

type Params = Record<string, unknown>;

/**
 * The wording of issues in one language: issue-words.fr.ts (the one a page's checker carries) and
 * issue-words.en.ts (which reaches a page with its English interface strings).
 */
export interface IssueWords {
  /** Names of what a value is, by `typeof` (and int, nan, infinity): "expected a text, got …". */
  types: Record<string, string>;
  /** The quotation marks around a value quoted in a message. */
  quotes: readonly [string, string];
  /**
   * Templates by key: `{name}` is replaced by the parameter of that name, as String() writes it.
   * `orEqual`, `another`, `or`, `json_at` and `json_advice` are words the code puts into other messages.
   */
  messages: Record<string, string>;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // Given by property, NaN and Infinity are numbers to typeof, and no number to the schema.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : 'infinity';
  return typeof value;
}

/** `v` between the language's quotation marks: « v » or "v". */
export const quote = (words: IssueWords, v: unknown) => words.quotes[0] + String(v) + words.quotes[1];

/** Words one message; `params` values are inserted as they are. */
export function message(words: IssueWords, key: string, params: Params = {}): string {
  const p: Params = { code: key, ...params };
  return (words.messages[key] ?? words.messages.fallback).replace(/\{(\w+)\}/g, (_, name: string) => String(p[name]));
}

/** Builds an issue from one of this project's keys (used by cross-reference checks). */
export function issue(
  words: IssueWords,
  path: readonly PropertyKey[],
  key: string,
  params: Params = {},
): ContentIssue {
  const quoted: Params = {};
  for (const [k, v] of Object.entries(params)) quoted[k] = typeof v === 'string' ? quote(words, v) : v;
  return { path: formatPath(path), message: message(words, key, quoted), code: key };
}

/**
 * What a message must not show of a value: the user name and password of a URL in it (href.ts's
 * `withoutCredentials`, handed in rather than imported: a page's checker uses the module's own).
 */
export type Hide = (text: string) => string;

/**
 * Truncates a received value so that a huge or hostile string does not flood the message, and
 * hides the password of a URL in it: messages reach the page and the console.
 */
function shown(words: IssueWords, hide: Hide, value: unknown): string {
  let s: string;
  try {
    s = hide(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
  } catch {
    // A value given by property may be circular, a BigInt, or have a hostile toString: describing
    // it must not throw, or the element would be left blank.
    s = Object.prototype.toString.call(value);
  }
  return quote(words, s.length > 60 ? `${s.slice(0, 57)}…` : s);
}

/**
 * Passed to zod's `safeParse` (`{ error: knownKeys }`): an unknown-key issue then carries the keys
 * its object does accept (in its message, as JSON), which zod does not report, so that the author
 * can be told "did you mean …?".
 */
export function knownKeys(issue: { code?: string; inst?: unknown }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
  return shape ? JSON.stringify(Object.keys(shape)) : undefined;
}

/** Edit distance with transpositions ("titel" → "title" is 1), capped: only small ones matter. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The accepted key an unknown one most likely misspells: same letters in another case, or 1-2 edits away. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = key.length <= 4 ? 2 : 3;
  for (const k of known) {
    const d = k.toLowerCase() === key.toLowerCase() ? 0 : distance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * A union fails with one list of issues per branch. The branch an author most likely meant is the
 * one that got furthest into the value (longest issue path), then the one with fewest issues.
 */
function bestBranch(errors: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  let best: readonly z.core.$ZodIssue[] | undefined;
  let bestDepth = -1;
  for (const branch of errors) {
    if (branch.length === 0) continue;
    const depth = Math.max(...branch.map((i) => i.path.length));
    if (depth > bestDepth || (depth === bestDepth && best && branch.length < best.length)) {
      best = branch;
      bestDepth = depth;
    }
  }
  // A union whose every branch failed at its root (e.g. a number where text or an object is
  // expected) has no "meant" branch: report the union itself.
  return bestDepth > 0 ? best : undefined;
}

/** Rewords zod issues for a content author, flattening unions to the most plausible branch. */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  words: IssueWords,
  hide: Hide,
  root: unknown,
  base: readonly PropertyKey[] = [],
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const names = words.types;
  for (const zi of zodIssues) {
    const path = [...base, ...zi.path];
    // zod leaves `input` out of issues unless asked; the document itself is the reliable source.
    const input = valueAt(root, path);
    const at = (key: string, params: Params = {}) =>
      out.push({ path: formatPath(path), message: message(words, key, params), code: key });
    switch (zi.code) {
      case 'invalid_type': {
        const expected = names[zi.expected] ?? zi.expected;
        if (input === undefined) at('required', { expected });
        else at('invalid_type', { expected, received: names[typeOf(input)] ?? typeOf(input) });
        break;
      }
      case 'invalid_value': {
        // Numbers are written bare, texts quoted: « 4 » (a text) next to 4 (a number) is the mistake.
        const values = zi.values.map((v) => (typeof v === 'string' ? quote(words, v) : String(v))).join(', ');
        const numberAsText = typeof input === 'string' && input.trim() !== '' && zi.values.includes(Number(input));
        at(numberAsText ? 'quoted_number' : 'invalid_value', { received: shown(words, hide, input), values });
        break;
      }
      case 'unrecognized_keys': {
        // One finding per key, at the key itself; a likely misspelling names the right key, and
        // when that key is missing the two findings are one (see the merge below).
        let known: string[] = [];
        try {
          known = JSON.parse(zi.message) as string[];
        } catch {
          // parsed without `knownKeys`: no suggestion
        }
        for (const key of zi.keys) {
          const suggestion = Array.isArray(known) ? closest(key, known) : undefined;
          const keyPath = formatPath([...path, key]);
          if (suggestion === undefined) {
            out.push({ path: keyPath, message: message(words, 'unrecognized_keys', { keys: quote(words, key) }), code: 'unrecognized_keys' });
            continue;
          }
          const missing = formatPath([...path, suggestion]);
          const merged = out.findIndex((i) => i.code === 'required' && i.path === missing);
          if (merged >= 0) out.splice(merged, 1);
          const params = { key: quote(words, key), known: quote(words, suggestion) };
          out.push({ path: keyPath, message: message(words, merged >= 0 ? 'misspelt_required' : 'misspelt_key', params), code: 'unrecognized_keys' });
        }
        break;
      }
      case 'too_small':
        if (zi.origin === 'string') at('empty_text');
        else if (zi.origin === 'array') at('too_small_array', { minimum: zi.minimum });
        else at('too_small_number', { minimum: zi.minimum, orEqual: zi.inclusive ? words.messages.orEqual : '' });
        break;
      case 'too_big':
        at('too_big', { maximum: zi.maximum });
        break;
      case 'invalid_union': {
        // A discriminated union reports a wrong or missing discriminator as a union issue.
        if (zi.discriminator) {
          // zod already points the path at the discriminator field.
          const at = path[path.length - 1] === zi.discriminator ? path : [...path, zi.discriminator];
          const value = valueAt(root, at);
          const values = ('options' in zi ? zi.options ?? [] : []).map((v) => quote(words, String(v))).join(', ');
          out.push({
            path: formatPath(at),
            message:
              value === undefined
                ? message(words, 'required', { expected: values })
                : message(words, 'invalid_value', { received: shown(words, hide, value), values }),
            code: value === undefined ? 'required' : 'invalid_value',
          });
          break;
        }
        const branch = bestBranch(zi.errors);
        if (branch) out.push(...fromZodIssues(branch, words, hide, root, path));
        else {
          const expected = new Set<string>();
          for (const b of zi.errors) for (const e of b) if (e.code === 'invalid_type') expected.add(names[e.expected] ?? e.expected);
          at('invalid_union', {
            received: names[typeOf(input)] ?? typeOf(input),
            expected: [...expected].join(words.messages.or) || words.messages.another,
          });
        }
        break;
      }
      case 'custom': {
        let key = (zi.params as Params | undefined)?.key;
        // A refused link with a space inside: that is what to fix (not the scheme).
        if (key === 'href' && typeof input === 'string' && /\s/.test(input.trim())) key = 'href_space';
        if (typeof key === 'string') at(key, { received: shown(words, hide, input) });
        else at('fallback', { code: zi.code });
        break;
      }
      default:
        at('fallback', { code: zi.code });
    }
  }
  return out;
}

/** The value at `path` in `root`, or undefined when the path leads nowhere. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
