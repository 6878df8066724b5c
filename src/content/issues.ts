/**
 * Content issues as a content author reads them: a JSON path (`guide.routes[1].steps[3].title`) and a
 * sentence in French or English. zod's own messages are written for developers ("Invalid input:
 * expected string, received undefined"), so each zod issue is reworded here.
 */
import type * as z from 'zod/mini';
import { withoutCredentials } from './href.js';

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

const typeNames: Record<IssueLocale, Record<string, string>> = {
  fr: {
    string: 'un texte', number: 'un nombre', int: 'un nombre entier', boolean: 'vrai ou faux (true/false)', object: 'un objet { … }',
    array: 'une liste [ … ]', null: 'null', undefined: 'rien', nan: 'NaN (pas un nombre)',
    infinity: 'un nombre infini',
  },
  en: {
    string: 'a text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object { … }',
    array: 'a list [ … ]', null: 'null', undefined: 'nothing', nan: 'NaN (not a number)',
    infinity: 'an infinite number',
  },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // Given by property, NaN and Infinity are numbers to typeof, and no number to the schema.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : 'infinity';
  return typeof value;
}

const quote = (locale: IssueLocale, v: unknown) =>
  locale === 'fr' ? `« ${String(v)} »` : `"${String(v)}"`;

// Messages are templates: `{name}` is replaced by the parameter of that name, as String() writes it
// (strings, not functions: the widgets' bundle carries both tables). `orEqual`, `another` and `or`
// are words the code puts into other messages.
const messages: Record<IssueLocale, Record<string, string>> = {
  fr: {
    required: 'Champ obligatoire manquant (attendu : {expected}).',
    invalid_type: 'Type incorrect : attendu {expected}, reçu {received}.',
    invalid_value: 'Valeur non reconnue {received} ; valeurs possibles : {values}.',
    unrecognized_keys: 'Champ inconnu : {keys}. Vérifiez l’orthographe ou retirez-le.',
    misspelt_key: 'Champ inconnu : {key}. Vouliez-vous dire {known} ?',
    misspelt_required: 'Champ inconnu : {key}. Vouliez-vous dire {known} ? Ce champ obligatoire manque.',
    quoted_number: 'La valeur {received} est écrite comme un texte : écrivez le nombre sans guillemets ({values}).',
    empty_text: 'Le texte ne doit pas être vide.',
    too_small_array: 'Il faut au moins {minimum} élément(s) dans cette liste.',
    too_small_number: 'La valeur doit être supérieure{orEqual} à {minimum}.',
    orEqual: ' ou égale',
    too_big: 'La valeur dépasse le maximum ({maximum}).',
    invalid_union: 'Forme non reconnue : attendu {expected}, reçu {received}.',
    another: 'une autre forme',
    or: ' ou ',
    id: 'Identifiant invalide {received} : lettres minuscules, chiffres, « - » ou « _ », sans espace ni accent.',
    href: 'Lien refusé {received} : seuls les liens https:, http:, mailto: et tel: complets sont acceptés.',
    href_credentials: 'Lien refusé {received} : un « nom@ » avant le site peut faire croire à un autre site.',
    href_backslash: 'Lien refusé {received} : écrivez « / » au lieu de « \\ ».',
    href_mixed_scripts: 'Lien refusé {received} : le nom du site mélange des alphabets (latin, cyrillique, grec).',
    href_space: 'Lien refusé {received} : il contient une espace, et une adresse n’en contient pas.',
    date: 'Date invalide {received} : format attendu AAAA-MM-JJ (par exemple 2026-11-27).',
    unknown_contact: 'Le contact {id} n’existe pas dans « contacts ».',
    json: 'Le fichier n’est pas du JSON valide : {detail}',
    duplicate: 'L’identifiant {id} est déjà utilisé ailleurs ({other}).',
    unknown_question: 'Cette condition cite la question {id}, qui n’existe pas.',
    unknown_option: 'La valeur {value} n’est pas une option de la question {id}.',
    unknown_route: 'Le parcours {id} n’existe pas dans le guide.',
    unknown_financing: 'Le financement {id} n’existe pas dans le parcours {route}.',
    later_question:
      'Cette condition cite la question {id}, posée plus tard : une question ne peut dépendre que des précédentes.',
    range: 'Le minimum ({min}) dépasse le maximum ({max}).',
    too_deep: 'Condition imbriquée trop profondément (plus de {max} niveaux de all, any ou not) : simplifiez-la.',
    too_deep_document: 'Document imbriqué trop profondément pour être lu (ou objet qui se contient lui-même).',
    unreadable: 'Le document n’a pas pu être lu : {detail}',
    fallback: 'Valeur invalide ({code}).',
  },
  en: {
    required: 'Required field is missing (expected {expected}).',
    invalid_type: 'Wrong type: expected {expected}, got {received}.',
    invalid_value: 'Unknown value {received}; possible values: {values}.',
    unrecognized_keys: 'Unknown field: {keys}. Check the spelling or remove it.',
    misspelt_key: 'Unknown field: {key}. Did you mean {known}?',
    misspelt_required: 'Unknown field: {key}. Did you mean {known}? That required field is missing.',
    quoted_number: 'The value {received} is written as a text: write the number without quotes ({values}).',
    empty_text: 'The text must not be empty.',
    too_small_array: 'This list needs at least {minimum} item(s).',
    too_small_number: 'The value must be greater than {orEqual}{minimum}.',
    orEqual: 'or equal to ',
    too_big: 'The value is over the maximum ({maximum}).',
    invalid_union: 'Unrecognised shape: expected {expected}, got {received}.',
    another: 'another shape',
    or: ' or ',
    id: 'Invalid identifier {received}: lower-case letters, digits, "-" or "_", no spaces or accents.',
    href: 'Link refused {received}: only complete https:, http:, mailto: and tel: links are accepted.',
    href_credentials: 'Link refused {received}: a "name@" before the site can pass it off as another site.',
    href_backslash: 'Link refused {received}: write "/" instead of "\\".',
    href_mixed_scripts: 'Link refused {received}: the site name mixes alphabets (Latin, Cyrillic, Greek).',
    href_space: 'Link refused {received}: it contains a space, and an address has none.',
    date: 'Invalid date {received}: expected YYYY-MM-DD (for example 2026-11-27).',
    unknown_contact: 'The contact {id} does not exist in "contacts".',
    json: 'The file is not valid JSON: {detail}',
    duplicate: 'The identifier {id} is already used elsewhere ({other}).',
    unknown_question: 'This condition names the question {id}, which does not exist.',
    unknown_option: 'The value {value} is not an option of the question {id}.',
    unknown_route: 'The route {id} does not exist in the guide.',
    unknown_financing: 'The financing option {id} does not exist in the route {route}.',
    later_question: 'This condition names the question {id}, asked later: a question can only depend on earlier ones.',
    range: 'The minimum ({min}) is over the maximum ({max}).',
    too_deep: 'Condition nested too deep (more than {max} levels of all, any or not): simplify it.',
    too_deep_document: 'Document nested too deep to be read (or an object that contains itself).',
    unreadable: 'The document could not be read: {detail}',
    fallback: 'Invalid value ({code}).',
  },
};

/** Words one message in the given locale; `params` values are inserted as they are. */
export function message(locale: IssueLocale, key: string, params: Params = {}): string {
  const p: Params = { code: key, ...params };
  return (messages[locale][key] ?? messages[locale].fallback).replace(/\{(\w+)\}/g, (_, name: string) => String(p[name]));
}

/** Builds an issue from one of this project's keys (used by cross-reference checks). */
export function issue(
  locale: IssueLocale,
  path: readonly PropertyKey[],
  key: string,
  params: Params = {},
): ContentIssue {
  const quoted: Params = {};
  for (const [k, v] of Object.entries(params)) quoted[k] = typeof v === 'string' ? quote(locale, v) : v;
  return { path: formatPath(path), message: message(locale, key, quoted), code: key };
}

/**
 * Truncates a received value so that a huge or hostile string does not flood the message, and
 * hides the password of a URL in it: messages reach the page and the console.
 */
function shown(locale: IssueLocale, value: unknown): string {
  let s: string;
  try {
    s = withoutCredentials(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
  } catch {
    // A value given by property may be circular, a BigInt, or have a hostile toString: describing
    // it must not throw, or the element would be left blank.
    s = Object.prototype.toString.call(value);
  }
  return quote(locale, s.length > 60 ? `${s.slice(0, 57)}…` : s);
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
  locale: IssueLocale,
  root: unknown,
  base: readonly PropertyKey[] = [],
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const names = typeNames[locale];
  for (const zi of zodIssues) {
    const path = [...base, ...zi.path];
    // zod leaves `input` out of issues unless asked; the document itself is the reliable source.
    const input = valueAt(root, path);
    const at = (key: string, params: Params = {}) =>
      out.push({ path: formatPath(path), message: message(locale, key, params), code: key });
    switch (zi.code) {
      case 'invalid_type': {
        const expected = names[zi.expected] ?? zi.expected;
        if (input === undefined) at('required', { expected });
        else at('invalid_type', { expected, received: names[typeOf(input)] ?? typeOf(input) });
        break;
      }
      case 'invalid_value': {
        // Numbers are written bare, texts quoted: « 4 » (a text) next to 4 (a number) is the mistake.
        const values = zi.values.map((v) => (typeof v === 'string' ? quote(locale, v) : String(v))).join(', ');
        const numberAsText = typeof input === 'string' && input.trim() !== '' && zi.values.includes(Number(input));
        at(numberAsText ? 'quoted_number' : 'invalid_value', { received: shown(locale, input), values });
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
            out.push({ path: keyPath, message: message(locale, 'unrecognized_keys', { keys: quote(locale, key) }), code: 'unrecognized_keys' });
            continue;
          }
          const missing = formatPath([...path, suggestion]);
          const merged = out.findIndex((i) => i.code === 'required' && i.path === missing);
          if (merged >= 0) out.splice(merged, 1);
          const params = { key: quote(locale, key), known: quote(locale, suggestion) };
          out.push({ path: keyPath, message: message(locale, merged >= 0 ? 'misspelt_required' : 'misspelt_key', params), code: 'unrecognized_keys' });
        }
        break;
      }
      case 'too_small':
        if (zi.origin === 'string') at('empty_text');
        else if (zi.origin === 'array') at('too_small_array', { minimum: zi.minimum });
        else at('too_small_number', { minimum: zi.minimum, orEqual: zi.inclusive ? messages[locale].orEqual : '' });
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
          const values = ('options' in zi ? zi.options ?? [] : []).map((v) => quote(locale, String(v))).join(', ');
          out.push({
            path: formatPath(at),
            message:
              value === undefined
                ? message(locale, 'required', { expected: values })
                : message(locale, 'invalid_value', { received: shown(locale, value), values }),
            code: value === undefined ? 'required' : 'invalid_value',
          });
          break;
        }
        const branch = bestBranch(zi.errors);
        if (branch) out.push(...fromZodIssues(branch, locale, root, path));
        else {
          const expected = new Set<string>();
          for (const b of zi.errors) for (const e of b) if (e.code === 'invalid_type') expected.add(names[e.expected] ?? e.expected);
          at('invalid_union', {
            received: names[typeOf(input)] ?? typeOf(input),
            expected: [...expected].join(messages[locale].or) || messages[locale].another,
          });
        }
        break;
      }
      case 'custom': {
        let key = (zi.params as Params | undefined)?.key;
        // A refused link with a space inside: that is what to fix (not the scheme).
        if (key === 'href' && typeof input === 'string' && /\s/.test(input.trim())) key = 'href_space';
        if (typeof key === 'string') at(key, { received: shown(locale, input) });
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
