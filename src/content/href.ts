/**
 * Which links a visitor can trust. A content link is rendered as an `<a href>` a person clicks, so
 * besides its scheme it must not be able to say one thing and lead to another:
 * - `https://opco-ep.fr@evil.example` reads as opco-ep.fr and leads to evil.example (a user name);
 * - `https:\\evil.example` is rewritten by browsers into `https://evil.example`;
 * - `https://аpple.example` (a Cyrillic "а") looks like a Latin name: a host label that mixes
 *   Latin with Cyrillic or Greek letters, once its punycode (`xn--…`) is decoded, is refused.
 * Pure string work: no DOM, usable by the CLI.
 */

/** Schemes a content link may use; anything else (javascript:, data:, vbscript:, …) is refused. */
export const SAFE_LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** Why a link is refused (the key of its message in issues.ts), or null when it is safe. */
export type HrefProblem = 'href' | 'href_credentials' | 'href_backslash' | 'href_mixed_scripts';

// The common case, checked without building a URL (a catalogue of 100,000 entries has as many
// links, and `new URL` costs microseconds each): http(s), an ASCII host name whose last label starts
// with a letter (so it is no IPv4 number), no port, no user name, no backslash, nothing outside
// printable ASCII, and no punycode anywhere.
const PLAIN = /^https?:\/\/[a-z0-9.-]*\.[a-z][a-z0-9-]*(?:[/?#][!-[\]-~]*)?$/i;

export function hrefProblem(href: string): HrefProblem | null {
  if (PLAIN.test(href) && !/xn--/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'href';
  }
  if (!(SAFE_LINK_SCHEMES as readonly string[]).includes(url.protocol)) return 'href';
  if (href.includes('\\')) return 'href_backslash';
  if (url.username || url.password) return 'href_credentials';
  if (url.hostname.split('.').some((label) => mixesScripts(decodeLabel(label)))) return 'href_mixed_scripts';
  return null;
}

/** True when `href` is an absolute URL a visitor can trust (see {@link hrefProblem}). */
export function isSafeHref(href: string): boolean {
  return hrefProblem(href) === null;
}

/**
 * `text` with the user name and password of any URL in it replaced by "***": for messages, events
 * and console lines, which a visitor or a log may read.
 */
export function withoutCredentials(text: string): string {
  // scheme://userinfo@ : userinfo runs to the last "@" before the host's end.
  return text.replace(/([a-z][a-z0-9+.-]*:[\\/]{2})[^\s/\\?#]*@/gi, '$1***@');
}

const LATIN = /\p{Script=Latin}/u;
const CONFUSABLE = [/\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/** Latin letters mixed with Cyrillic or Greek ones, or those two mixed, in one label. */
function mixesScripts(label: string): boolean {
  const found = [LATIN, ...CONFUSABLE].filter((script) => script.test(label)).length;
  return found > 1;
}

/** A host label with its punycode (RFC 3492) decoded; the label itself when it is not valid punycode. */
function decodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  return decodePunycode(label.slice(4).toLowerCase()) ?? label;
}

function decodePunycode(input: string): string | undefined {
  const base = 36;
  const out: number[] = [];
  const dash = input.lastIndexOf('-');
  for (let j = 0; j < dash; j++) {
    if (input.charCodeAt(j) >= 128) return undefined;
    out.push(input.charCodeAt(j));
  }
  const digitOf = (c: number) => (c >= 48 && c < 58 ? c - 22 : c >= 97 && c < 123 ? c - 97 : base);
  // Bias adaptation, RFC 3492 section 6.1 (tmin 1, tmax 26, skew 38, damp 700).
  const adapt = (delta: number, points: number, first: boolean) => {
    delta = first ? Math.floor(delta / 700) : delta >> 1;
    delta += Math.floor(delta / points);
    let k = 0;
    for (; delta > 455; k += base) delta = Math.floor(delta / 35);
    return k + Math.floor((36 * delta) / (delta + 38));
  };
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let at = dash > 0 ? dash + 1 : 0; at < input.length; ) {
    const old = i;
    for (let w = 1, k = base; ; k += base) {
      if (at >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(at++));
      if (digit >= base) return undefined;
      i += digit * w;
      if (i > 0x10ffff * 256) return undefined;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    const points = out.length + 1;
    bias = adapt(i - old, points, old === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) return undefined;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}
