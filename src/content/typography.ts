/**
 * French typography, as a pure function on text: the widgets apply it to French content before they
 * render it, and the CLI reports and fixes it in a file, so that an author never has to type a
 * no-break space. What it does (and nothing else):
 * - a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : — replacing
 *   a plain space, or added after a letter when there was none ("Pour qui?" → "Pour qui ?");
 * - no-break spaces inside « » ;
 * - a narrow no-break space as the thousands separator ("1 500" → "1 500"), a no-break space
 *   between a number and € or % ;
 * - curly apostrophes between letters ("l'expérience" → "l’expérience").
 * Idempotent: typeset(typeset(t)) === typeset(t). A colon between digits (10:30) or followed by "//"
 * (a URL) is left alone.
 */

const NNBSP = '\u202f';
const NBSP = '\u00a0';
// A letter, digit or closing sign that can precede punctuation, in any script French uses.
const WORD = '[\\p{L}\\p{N})\\]»’"”…]';

export const RULES: [RegExp, string][] = [
  // Plain or no-break space before ; ! ? becomes a narrow no-break space.
  [/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`],
  [new RegExp(`(${WORD})([;!?])(?=\\s|$|[»)”])`, 'gu'), `$1${NNBSP}$2`],
  // Before a colon, a no-break space; not in 10:30 nor https://.
  [/[ \u00a0\u202f]+:(?!\/\/)/g, `${NBSP}:`],
  [new RegExp(`(\\p{L}|[)\\]»”])(:)(?=\\s|$)`, 'gu'), `$1${NBSP}$2`],
  // Inside guillemets.
  [/«[ \u00a0\u202f]*/g, `«${NBSP}`],
  [/[ \u00a0\u202f]*»/g, `${NBSP}»`],
  // Thousands: 1 500, 12 000 000 (digits in groups of three after the first group).
  [/(\d)[ \u00a0](?=\d{3}(?!\d))/g, `$1${NNBSP}`],
  // A number and its unit sign.
  [/(\d)[ \u202f]?(€|%)/g, `$1${NBSP}$2`],
  // Apostrophes between letters.
  [/(\p{L})'(?=\p{L})/gu, '$1’'],
];

/**
 * What each rule needs to match: ; ! ? : « » ' € % or a space between digits. A text with none of
 * them (most of a catalogue's titles) is left as it is after one search instead of eighteen.
 */
export const TRIGGER = /[;!?:«»'€%]|\d\s\d/;

/** `text` with French typography's no-break spaces and apostrophes. */
export function typeset(text: string): string {
  let out = text;
  // Twice: "1 500 000" needs a second pass for the group a first match consumed.
  if (TRIGGER.test(text)) for (let pass = 0; pass < 2; pass++) for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/** True for a locale whose texts follow French typography ("fr", "fr-CA", …). */
export const isFrench = (locale: string) => /^fr\b/i.test(locale);

/** Keys of a content document whose string values are texts a person reads. */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'title', 'shortTitle', 'label', 'hint', 'body', 'summary', 'intro', 'items', 'reason', 'text', 'emphasis',
  'description', 'notes', 'unit', 'itemLabel', 'name', 'definition', 'certifier', 'term', 'forms', 'employerReason',
]);

/**
 * Calls `fix` on every text of a content document (JSON as parsed: objects, arrays, strings) and
 * returns a copy with the results; identifiers, links, conditions and dates are left as they are.
 * No path is kept on the way (a catalogue of 100,000 entries would allocate one per object and per
 * field): authoring/typography-report.ts finds the paths of what changed by comparing.
 */
export function mapTexts<T>(value: T, fix: (text: string) => string, inText = false): T {
  if (typeof value === 'string') return (inText ? fix(value) : value) as T;
  if (Array.isArray(value)) return value.map((v) => mapTexts(v, fix, inText)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in value) {
      const v: unknown = value[k];
      // A link run's href sits next to its text: only the text is a text. A note's `when` sits next
      // to its text too: a condition is never a text.
      out[k] = k === 'href' || k === 'url' ? v : mapTexts(v, fix, k !== 'when' && (inText || TEXT_KEYS.has(k)));
    }
    return out as T;
  }
  return value;
}

const typesetCache = new WeakMap<object, object>();

/**
 * The content with French typography applied to its texts, when its locale is French (else the
 * same object). Cached per document, so the built-in content is typeset once per page.
 */
export function typesetContent<T extends { meta: { locale: string } }>(content: T): T {
  if (!isFrench(content.meta.locale)) return content;
  let out = typesetCache.get(content) as T | undefined;
  if (!out) typesetCache.set(content, (out = mapTexts(content, typeset)));
  return out;
}
