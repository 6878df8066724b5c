/**
 * Registry records as catalogue entries, merged into what an author already has.
 *
 * The registry owns what it publishes: title, registry number, level, registration end, active,
 * VAE route, partial validation, blocs, certifiers, conventions. The author owns the rest: the id
 * (links and conditions name it), the kind once chosen (the export has no kind column, so the
 * import's guess can be corrected by hand), description, link, duration, cost, cpf, contacts, and
 * any field this version does not know. Entries the registry no longer lists are kept as they are
 * and reported: only a person removes a certification from a branch's file.
 *
 * Plain JSON in, plain JSON out, in a fixed key order, so that importing the same export twice
 * gives the same bytes.
 */
import { kindOf, type RegistryRecord } from './registry.js';

type Json = Record<string, unknown>;

/** The fields the import writes, in the order they are written; every other field is the author's. */
export const REGISTRY_FIELDS = ['title', 'registry', 'level', 'active', 'registeredUntil', 'vaeRoute', 'partialValidation', 'certifiers', 'conventions', 'blocs'] as const;
const ORDER = ['id', 'title', 'kind', 'registry', 'level', 'active', 'registeredUntil', 'vaeRoute', 'vaeAccess', 'partialValidation', 'certifier', 'certifiers', 'conventions', 'blocs', 'description', 'link', 'duration', 'cost', 'cpf', 'contacts'];

export interface MergeReport {
  added: { number: string; title: string }[];
  updated: { number: string; title: string; fields: string[] }[];
  unchanged: number;
  /** In the file, with a registry number the export does not have (or no longer selects). */
  disappeared: { id: string; number: string; title: string; inExport: boolean }[];
}

/** The registry's side of an entry (no id, no kind). */
function registryFields(r: RegistryRecord): Json {
  return {
    title: r.title,
    registry: r.number.startsWith('RNCP') ? { rncp: r.number } : { rs: r.number },
    level: r.level,
    active: r.active ? undefined : false,
    registeredUntil: r.registeredUntil,
    vaeRoute: r.vaeRoute,
    partialValidation: r.partialValidation,
    certifiers: r.certifiers.length ? r.certifiers : undefined,
    conventions: r.conventions.length ? r.conventions : undefined,
    blocs: r.blocs.length ? r.blocs : undefined,
  };
}

/** The entry with its keys in the import's order (unknown ones last, as found) and no undefined value. */
function ordered(entry: Json): Json {
  const out: Json = {};
  for (const key of [...ORDER, ...Object.keys(entry).filter((k) => !ORDER.includes(k))]) {
    if (entry[key] !== undefined) out[key] = entry[key];
  }
  return out;
}

export const numberOf = (entry: Json): string | undefined => {
  const r = entry.registry as { rncp?: unknown; rs?: unknown } | undefined;
  const n = r && typeof r === 'object' ? (r.rncp ?? r.rs) : undefined;
  return typeof n === 'string' ? n.trim().toUpperCase() : undefined;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The merged catalogue: existing entries in their order (updated from the registry when it has
 * them), then the new records in registry-number order.
 * @param seen every number of the export's Standard file, to tell "filtered out" from "gone".
 */
export function mergeCatalogue(existing: readonly Json[], records: readonly RegistryRecord[], seen: ReadonlySet<string>): { catalogue: Json[]; report: MergeReport } {
  const report: MergeReport = { added: [], updated: [], unchanged: 0, disappeared: [] };
  const byNumber = new Map(records.map((r) => [r.number, r] as const));
  const used = new Set(existing.map((e) => String(e.id)));
  const done = new Set<string>();

  const catalogue = existing.map((entry) => {
    const number = numberOf(entry);
    const record = number === undefined ? undefined : byNumber.get(number);
    if (!record || done.has(record.number)) {
      if (number !== undefined && !done.has(number)) {
        report.disappeared.push({ id: String(entry.id), number, title: String(entry.title ?? ''), inExport: seen.has(number) });
      }
      return entry;
    }
    done.add(record.number);
    const fields = registryFields(record);
    const merged = ordered({ ...entry, ...fields, kind: entry.kind ?? kindOf(record) });
    const changed = REGISTRY_FIELDS.filter((f) => !same(entry[f], merged[f]));
    if (changed.length) report.updated.push({ number: record.number, title: record.title, fields: changed });
    else report.unchanged += 1;
    return merged;
  });

  for (const record of records) {
    if (done.has(record.number)) continue;
    let id = record.number.toLowerCase();
    for (let n = 2; used.has(id); n++) id = `${record.number.toLowerCase()}-${n}`;
    used.add(id);
    catalogue.push(ordered({ id, ...registryFields(record), kind: kindOf(record) }));
    report.added.push({ number: record.number, title: record.title });
  }
  return { catalogue, report };
}
