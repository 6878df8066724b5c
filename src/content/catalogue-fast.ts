/**
 * A fast path for the schema's largest part. A catalogue can hold a whole registry (100,000
 * entries), and zod, run without its compiled fast paths (a strict Content-Security-Policy forbids
 * them, see schema.ts), spends several microseconds on each: most of a second of the page's main
 * thread. Entries are flat records, so they are checked here by hand against the same rules as
 * the schema's `Certification`; only a catalogue in which every entry passes skips zod. Anything
 * else (a field this check does not know, a text with edge spaces that the schema would trim, any
 * doubt) goes through zod, which then words the issues. A test checks that whatever passes here
 * passes the schema with the same result.
 */
import type { Certification, Schemas } from './schema.js';
import { isIsoDate } from './iso-date.js';

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const KINDS: readonly unknown[] = ['cqp', 'titre', 'diplome', 'bloc'];
/** A text the schema keeps as it is: not empty, nothing to trim. */
const text = (v: unknown) => typeof v === 'string' && v.length > 0 && v.trim() === v;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const fields: Record<string, (v: unknown) => boolean> = {
  id: (v) => typeof v === 'string' && ID.test(v),
  title: text,
  kind: (v) => KINDS.includes(v),
  registry: (v) => {
    if (v === 'none') return true;
    if (!isObject(v)) return false;
    const keys = Object.keys(v);
    return keys.length === 1 && (keys[0] === 'rncp' || keys[0] === 'rs') && text(v[keys[0]]);
  },
  level: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 8,
  vaeAccess: (v) => typeof v === 'boolean',
  certifier: text,
  description: text,
  vaeRoute: (v) => typeof v === 'boolean',
  active: (v) => typeof v === 'boolean',
  partialValidation: (v) => typeof v === 'boolean',
  cpf: (v) => typeof v === 'boolean',
  duration: text,
  cost: text,
  registeredUntil: (v) => typeof v === 'string' && isIsoDate(v),
};

type Schema = { safeParse(value: unknown): { success: boolean; data?: unknown } };
const REQUIRED = ['id', 'title', 'kind', 'registry'];

/**
 * Copies of the entries when `catalogue` is a non-empty list of entries the schema accepts
 * unchanged, else undefined (then zod checks it). `schemas` are the ones that check the rest of
 * the document, and `isSafeHref` is href.ts's (a page's checker is handed the module's own).
 */
export function fastCatalogue(catalogue: unknown, schemas: Pick<Schemas, 'Certification'>, isSafeHref: (href: string) => boolean): Certification[] | undefined {
  if (!Array.isArray(catalogue) || catalogue.length === 0) return undefined;
  const shape = schemas.Certification.shape as Record<string, unknown>;
  const checks: typeof fields = { ...fields, link: (v) => typeof v === 'string' && isSafeHref(v) };
  const out: Certification[] = [];
  for (let i = 0; i < catalogue.length; i++) {
    const entry: unknown = catalogue[i];
    if (!isObject(entry)) return undefined;
    for (const key of REQUIRED) if (!(key in entry)) return undefined;
    const copy = { ...entry } as Record<string, unknown>;
    for (const key in entry) {
      if (!Object.prototype.hasOwnProperty.call(shape, key)) return undefined;
      const value = entry[key];
      // An optional field given as undefined: the schema accepts it and keeps the key.
      if (value === undefined) {
        if (REQUIRED.includes(key)) return undefined;
      } else if (checks[key]) {
        if (!checks[key](value)) return undefined;
      } else {
        // A list (blocs, certifiers, contacts…) or a field this check does not know: its own schema,
        // still far cheaper than the whole entry's.
        const result = (shape[key] as Schema).safeParse(value);
        if (!result.success) return undefined;
        copy[key] = result.data;
      }
    }
    if (isObject(entry.registry)) copy.registry = { ...entry.registry };
    out.push(copy as Certification);
  }
  return out;
}
