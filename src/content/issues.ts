/**
 * Content issues as a content author reads them: a JSON path (`guide.routes[1].steps[3].title`) and a
 * sentence in French or English. zod's own messages are written for developers ("Invalid input:
 * expected string, received undefined"), so each zod issue is reworded here.
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
type Messages = Record<string, (p: Params) => string>;

const typeNames: Record<IssueLocale, Record<string, string>> = {
  fr: {
    string: 'un texte', number: 'un nombre', int: 'un nombre entier', boolean: 'vrai ou faux (true/false)', object: 'un objet { … }',
    array: 'une liste [ … ]', null: 'null', undefined: 'rien',
  },
  en: {
    string: 'a text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object { … }',
    array: 'a list [ … ]', null: 'null', undefined: 'nothing',
  },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const quote = (locale: IssueLocale, v: unknown) =>
  locale === 'fr' ? `« ${String(v)} »` : `"${String(v)}"`;

const messages: Record<IssueLocale, Messages> = {
  fr: {
    required: (p) => `Champ obligatoire manquant (attendu : ${p.expected}).`,
    invalid_type: (p) => `Type incorrect : attendu ${p.expected}, reçu ${p.received}.`,
    invalid_value: (p) => `Valeur non reconnue ${p.received} ; valeurs possibles : ${p.values}.`,
    unrecognized_keys: (p) => `Champ inconnu : ${p.keys}. Vérifiez l'orthographe ou retirez-le.`,
    empty_text: () => 'Le texte ne doit pas être vide.',
    too_small_array: (p) => `Il faut au moins ${p.minimum} élément(s) dans cette liste.`,
    too_small_number: (p) => `La valeur doit être supérieure${p.inclusive ? ' ou égale' : ''} à ${p.minimum}.`,
    too_big: (p) => `La valeur dépasse le maximum (${p.maximum}).`,
    invalid_union: (p) => `Forme non reconnue : attendu ${p.expected || 'une autre forme'}, reçu ${p.received}.`,
    id: (p) => `Identifiant invalide ${p.received} : lettres minuscules, chiffres, « - » ou « _ », sans espace ni accent.`,
    href: (p) =>
      `Lien refusé ${p.received} : seuls les liens https:, http:, mailto: et tel: complets sont acceptés.`,
    date: (p) => `Date invalide ${p.received} : format attendu AAAA-MM-JJ (par exemple 2026-11-27).`,
    json: (p) => `Le fichier n'est pas du JSON valide : ${p.detail}`,
    duplicate: (p) => `L'identifiant ${p.id} est déjà utilisé ailleurs (${p.other}).`,
    unknown_question: (p) => `Cette condition cite la question ${p.id}, qui n'existe pas.`,
    unknown_option: (p) => `La valeur ${p.value} n'est pas une option de la question ${p.id}.`,
    unknown_route: (p) => `Le parcours ${p.id} n'existe pas dans le guide.`,
    unknown_financing: (p) => `Le financement ${p.id} n'existe pas dans le parcours ${p.route}.`,
    later_question: (p) =>
      `Cette condition cite la question ${p.id}, posée plus tard : une question ne peut dépendre que des précédentes.`,
    range: (p) => `Le minimum (${p.min}) dépasse le maximum (${p.max}).`,
    fallback: (p) => `Valeur invalide (${p.code}).`,
  },
  en: {
    required: (p) => `Required field is missing (expected ${p.expected}).`,
    invalid_type: (p) => `Wrong type: expected ${p.expected}, got ${p.received}.`,
    invalid_value: (p) => `Unknown value ${p.received}; possible values: ${p.values}.`,
    unrecognized_keys: (p) => `Unknown field: ${p.keys}. Check the spelling or remove it.`,
    empty_text: () => 'The text must not be empty.',
    too_small_array: (p) => `This list needs at least ${p.minimum} item(s).`,
    too_small_number: (p) => `The value must be greater than ${p.inclusive ? 'or equal to ' : ''}${p.minimum}.`,
    too_big: (p) => `The value is over the maximum (${p.maximum}).`,
    invalid_union: (p) => `Unrecognised shape: expected ${p.expected || 'another shape'}, got ${p.received}.`,
    id: (p) => `Invalid identifier ${p.received}: lower-case letters, digits, "-" or "_", no spaces or accents.`,
    href: (p) => `Link refused ${p.received}: only complete https:, http:, mailto: and tel: links are accepted.`,
    date: (p) => `Invalid date ${p.received}: expected YYYY-MM-DD (for example 2026-11-27).`,
    json: (p) => `The file is not valid JSON: ${p.detail}`,
    duplicate: (p) => `The identifier ${p.id} is already used elsewhere (${p.other}).`,
    unknown_question: (p) => `This condition names the question ${p.id}, which does not exist.`,
    unknown_option: (p) => `The value ${p.value} is not an option of the question ${p.id}.`,
    unknown_route: (p) => `The route ${p.id} does not exist in the guide.`,
    unknown_financing: (p) => `The financing option ${p.id} does not exist in the route ${p.route}.`,
    later_question: (p) =>
      `This condition names the question ${p.id}, asked later: a question can only depend on earlier ones.`,
    range: (p) => `The minimum (${p.min}) is over the maximum (${p.max}).`,
    fallback: (p) => `Invalid value (${p.code}).`,
  },
};

/** Words one message in the given locale; `params` values are inserted as they are. */
export function message(locale: IssueLocale, key: string, params: Params = {}): string {
  const m = messages[locale][key] ?? messages[locale].fallback;
  return m({ code: key, ...params });
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

/** Truncates a received value so that a huge or hostile string does not flood the message. */
function shown(locale: IssueLocale, value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return quote(locale, s.length > 60 ? `${s.slice(0, 57)}…` : s);
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
      case 'invalid_value':
        at('invalid_value', {
          received: shown(locale, input),
          values: zi.values.map((v) => quote(locale, String(v))).join(', '),
        });
        break;
      case 'unrecognized_keys':
        at('unrecognized_keys', { keys: zi.keys.map((k) => quote(locale, k)).join(', ') });
        break;
      case 'too_small':
        if (zi.origin === 'string') at('empty_text');
        else if (zi.origin === 'array') at('too_small_array', { minimum: zi.minimum });
        else at('too_small_number', { minimum: zi.minimum, inclusive: zi.inclusive });
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
          at('invalid_union', { received: names[typeOf(input)] ?? typeOf(input), expected: [...expected].join(locale === 'fr' ? ' ou ' : ' or ') });
        }
        break;
      }
      case 'custom': {
        const key = (zi.params as Params | undefined)?.key;
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
