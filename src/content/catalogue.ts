/**
 * The catalogue as data: what a certification's registry is, the facts the questionnaire can take
 * from it, and search. Pure: the guide's list and the questionnaire's picker share it, the CLI can too.
 *
 * Search is accent-, case- and apostrophe-insensitive ("esthetique" finds "Esthétique", "d'atelier"
 * finds "d’atelier"), and every word typed must appear. The normalised text of each entry is
 * computed once per catalogue (kept in a WeakMap), so a keystroke costs one pass of `includes`.
 */
import type { Certification, Fact, Registry } from './schema.js';

/** Answers of a certification question that are not catalogue ids. */
export const NOT_LISTED = 'not-listed';
export const UNKNOWN = 'unknown';

export const registryOf = (c: Certification): Registry =>
  c.registry === 'none' ? 'none' : 'rncp' in c.registry ? 'rncp' : 'rs';

/** "RNCP12345", "RS1234", or undefined when the certification is in no registry. */
export const registryNumber = (c: Certification): string | undefined =>
  c.registry === 'none' ? undefined : 'rncp' in c.registry ? c.registry.rncp : c.registry.rs;

/**
 * A fact of the certification as an option value: registry rncp | rs | none, the kind, vaeAccess
 * yes | no, the level as "4". Undefined when the catalogue does not say (a level left out).
 */
export function factValue(c: Certification, fact: Fact): string | undefined {
  const v = fact === 'registry' ? registryOf(c) : fact === 'vaeAccess' ? (vaeListed(c) ? 'yes' : 'no') : c[fact];
  return v === undefined ? undefined : String(v);
}

/**
 * VAE leads to the entry: it is in the RNCP and its record lists VAE among its access routes (what
 * the registry says, `vaeRoute`, else what the author wrote, `vaeAccess`). An RS record may list
 * "Par expérience" too, but VAE only reaches the RNCP.
 */
export const vaeListed = (c: Certification): boolean => registryOf(c) === 'rncp' && !!(c.vaeRoute ?? c.vaeAccess);

/** VAE leads to the entry today: {@link vaeListed}, and its registration has not ended. */
export const vaeOpen = (c: Certification, today?: string): boolean => vaeListed(c) && registration(c, today) !== 'ended';

/** Today as YYYY-MM-DD (UTC), the date registrations are compared with. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * Where the entry's registration stands on `today`: "ended" (marked inactive, or `registeredUntil`
 * passed), "ending" (ends within six months: people starting a path should know), "running", or
 * undefined when the catalogue does not say.
 */
export function registration(c: Certification, today = todayIso()): 'ended' | 'ending' | 'running' | undefined {
  if (c.active === false || (c.registeredUntil !== undefined && c.registeredUntil < today)) return 'ended';
  if (c.registeredUntil === undefined) return undefined;
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCMonth(soon.getUTCMonth() + 6);
  return c.registeredUntil <= soon.toISOString().slice(0, 10) ? 'ending' : 'running';
}

/** Lower case, without accents (NFD, combining marks stripped), œ/æ spelt out, one kind of apostrophe. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`]/g, "'");
}

const indexes = new WeakMap<readonly Certification[], string[]>();

/** The text searched for each entry (title, registry number, certifier), normalised once per catalogue. */
export function searchIndex(catalogue: readonly Certification[]): string[] {
  let index = indexes.get(catalogue);
  if (!index) {
    index = catalogue.map((c) => normalize(`${c.title} ${registryNumber(c) ?? ''} ${c.certifier ?? ''}`));
    indexes.set(catalogue, index);
  }
  return index;
}

export interface CatalogueFilter {
  query?: string;
  /** Only this registry; empty or absent: any. */
  registry?: Registry | '';
  /** Only this level; empty or absent: any. */
  level?: number | string;
  /** Only entries VAE leads to today ({@link vaeOpen}). */
  vae?: boolean;
}

/** The entries matching every word of the query and the filters, in the catalogue's order. */
export function filterCatalogue(catalogue: readonly Certification[], filter: CatalogueFilter = {}): Certification[] {
  const words = normalize(filter.query ?? '').split(/\s+/).filter(Boolean);
  const texts = searchIndex(catalogue);
  const level = filter.level === undefined || filter.level === '' ? '' : String(filter.level);
  return catalogue.filter(
    (c, i) =>
      (!filter.registry || registryOf(c) === filter.registry) &&
      (!level || String(c.level) === level) &&
      (!filter.vae || vaeOpen(c)) &&
      words.every((w) => texts[i].includes(w)),
  );
}
