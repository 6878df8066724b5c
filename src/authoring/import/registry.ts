/**
 * The registry records of an export, joined and filtered, from rows already split into columns.
 * No file and no stream here: read-export.ts feeds it row by row, so a test can feed it rows too.
 *
 * Memory stays bounded by what is selected, not by the export: the Standard file is read first and
 * only the records that can still match are kept (kind, registry and active are known there); the
 * joined files then add blocs, certifiers, conventions and routes to kept records only, and the
 * certifier and convention filters apply at the end. Every number of the Standard file is remembered
 * (a few bytes each) so that a merge can tell "gone from the registry" from "filtered out".
 */
import { normalize } from '../../content/catalogue.js';
import { isIsoDate } from '../../content/iso-date.js';
import { VAE_ROUTE, type ExportFileKind } from './export-format.js';

export interface RegistryRecord {
  number: string;
  title: string;
  abbreviation: string;
  /** Abrege_Intitule, e.g. "Certificat d'aptitude professionnelle"; used to tell a diploma. */
  abbreviationTitle: string;
  /** 1 to 8 when the record has a European level NIV1…NIV8. */
  level?: number;
  active: boolean;
  /** YYYY-MM-DD. */
  registeredUntil?: string;
  partialValidation?: boolean;
  vaeRoute: boolean;
  blocs: { code: string; title: string }[];
  certifiers: { name: string; siret?: string }[];
  conventions: { idcc: string; title?: string }[];
}

export interface RegistryFilters {
  /** Certifier names (any part, accents and case ignored) or SIRET / SIREN numbers. */
  certifiers?: string[];
  /** Convention collective IDCC numbers or names (any part). */
  conventions?: string[];
  /** "cqp", "titre", "diplome", or an abbreviation of the export ("BTS", "TP", …). */
  kinds?: string[];
  registry?: 'rncp' | 'rs';
  /** Record numbers asked for by name: imported whatever the other filters say (active or not). */
  numbers?: string[];
  /** Record numbers already in the file being merged: always imported (so they are updated), but they
   * do not narrow the selection the way `numbers` alone does. */
  keep?: string[];
  includeInactive?: boolean;
}

/** Thrown for a value that cannot be read; read-export.ts adds the file and the line. */
export class RowError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
  }
}

const NUMBER = /^(RNCP|RS)\d{1,6}$/;

/** DD/MM/YYYY (the export's dates) as YYYY-MM-DD; an empty value gives undefined. */
export function isoDate(value: string): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = m && `${m[3]}-${m[2]}-${m[1]}`;
  if (!iso || !isIsoDate(iso)) throw new RowError('date', { value });
  return iso;
}

const clean = (s: string | undefined) => (s ?? '').trim();

/** The kind the widgets use, from the abbreviation (the Standard file has no kind column). */
export function kindOf(r: Pick<RegistryRecord, 'abbreviation' | 'abbreviationTitle' | 'title'>): 'cqp' | 'titre' | 'diplome' {
  const abbreviation = normalize(r.abbreviation);
  // Some CQPs have no abbreviation at all and only say so in their title ("CQP Tourier").
  if (/^cqpi?$/.test(abbreviation) || /^(cqpi?\b|certificat de qualification professionnelle)/.test(normalize(r.title))) return 'cqp';
  const long = normalize(r.abbreviationTitle);
  if (/^(diplome|brevet|baccalaureat|certificat d'aptitude|licence|master|doctorat|mention complementaire)/.test(long)) return 'diplome';
  if (/^(cap|bep|bp|bts|btsa|but|dut|bac pro|mc|de|deust|licence|master|lp)$/.test(abbreviation)) return 'diplome';
  return 'titre';
}

const digits = (s: string) => s.replace(/\D/g, '');

export class RegistryCollector {
  readonly records = new Map<string, RegistryRecord>();
  /** Every number seen in the Standard file, selected or not. */
  readonly seen = new Set<string>();
  private readonly numbers: Set<string>;
  private readonly always: Set<string>;
  private readonly kinds: string[];

  constructor(private readonly filters: RegistryFilters = {}) {
    const upper = (list: string[] = []) => list.map((n) => n.trim().toUpperCase());
    this.numbers = new Set(upper(filters.numbers));
    this.always = new Set([...this.numbers, ...upper(filters.keep)]);
    this.kinds = (filters.kinds ?? []).map((k) => normalize(k));
  }

  private get narrowed(): boolean {
    const f = this.filters;
    return !!(f.certifiers?.length || f.conventions?.length || f.kinds?.length || f.registry);
  }

  /** Whether the Standard row can still be selected: the filters known from the Standard file alone. */
  private keeps(r: RegistryRecord): boolean {
    if (this.always.has(r.number)) return true;
    if (!this.narrowed && this.numbers.size) return false;
    if (!r.active && !this.filters.includeInactive) return false;
    if (this.filters.registry && !r.number.toLowerCase().startsWith(this.filters.registry)) return false;
    if (this.kinds.length && !this.kinds.some((k) => k === kindOf(r) || k === normalize(r.abbreviation))) return false;
    return true;
  }

  /** One row of a file, as a record of the columns the import reads. */
  add(kind: ExportFileKind, row: Record<string, string>): void {
    const number = clean(row.Numero_Fiche).toUpperCase();
    if (!NUMBER.test(number)) throw new RowError('number', { value: clean(row.Numero_Fiche).slice(0, 40) });
    if (kind === 'standard') return this.standard(number, row);
    const record = this.records.get(number);
    if (!record) return;
    if (kind === 'voies') {
      if (clean(row.Si_Jury) === VAE_ROUTE) record.vaeRoute = true;
    } else if (kind === 'blocs') {
      const code = clean(row.Bloc_Competences_Code);
      if (code && !record.blocs.some((b) => b.code === code)) record.blocs.push({ code, title: clean(row.Bloc_Competences_Libelle) || code });
    } else if (kind === 'certificateurs') {
      const name = clean(row.Nom_Certificateur);
      const siret = digits(row.Siret_Certificateur ?? '');
      if (name && !record.certifiers.some((c) => c.name === name && (c.siret ?? '') === siret)) {
        record.certifiers.push(siret ? { name, siret } : { name });
      }
    } else {
      for (const n of [1, 2, 3]) {
        const idcc = clean(row[`Ccn_${n}_Numero`]);
        const title = clean(row[`Ccn_${n}_Libelle`]);
        if (idcc && !record.conventions.some((c) => c.idcc === idcc)) record.conventions.push(title ? { idcc, title } : { idcc });
      }
    }
  }

  private standard(number: string, row: Record<string, string>): void {
    this.seen.add(number);
    const actif = clean(row.Actif);
    if (actif !== 'ACTIVE' && actif !== 'INACTIVE' && actif !== '') throw new RowError('active', { value: actif.slice(0, 40) });
    const level = /^NIV([1-8])$/.exec(clean(row.Nomenclature_Europe_Niveau));
    const partial = clean(row.Validation_Partielle);
    const record: RegistryRecord = {
      number,
      title: clean(row.Intitule),
      abbreviation: clean(row.Abrege_Libelle),
      abbreviationTitle: clean(row.Abrege_Intitule),
      active: actif === 'ACTIVE',
      vaeRoute: false,
      blocs: [],
      certifiers: [],
      conventions: [],
    };
    if (!record.title) throw new RowError('title');
    if (level) record.level = Number(level[1]);
    const until = isoDate(clean(row.Date_Fin_Enregistrement));
    if (until) record.registeredUntil = until;
    if (partial === 'Oui' || partial === 'Non') record.partialValidation = partial === 'Oui';
    if (this.keeps(record)) this.records.set(number, record);
  }

  /** The selected records, in registry-number order (RNCP before RS, then by number). */
  selected(): RegistryRecord[] {
    const certifiers = (this.filters.certifiers ?? []).map((c) => c.trim()).filter(Boolean);
    const conventions = (this.filters.conventions ?? []).map((c) => c.trim()).filter(Boolean);
    const byCertifier = (r: RegistryRecord) =>
      !certifiers.length ||
      certifiers.some((f) =>
        /^\d[\d\s]{8,}$/.test(f)
          ? r.certifiers.some((c) => !!c.siret && c.siret.startsWith(digits(f)))
          : r.certifiers.some((c) => normalize(c.name).includes(normalize(f))),
      );
    const byConvention = (r: RegistryRecord) =>
      !conventions.length ||
      conventions.some((f) =>
        /^\d+$/.test(f)
          ? r.conventions.some((c) => /^\d+$/.test(c.idcc) && Number(c.idcc) === Number(f))
          : r.conventions.some((c) => normalize(c.title ?? '').includes(normalize(f))),
      );
    const order = (n: string) => [n.startsWith('RNCP') ? 0 : 1, Number(n.replace(/\D/g, ''))];
    return [...this.records.values()]
      .filter((r) => this.always.has(r.number) || (byCertifier(r) && byConvention(r)))
      .map((r) => ({ ...r, blocs: [...r.blocs].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })) }))
      .sort((a, b) => {
        const [x, y] = [order(a.number), order(b.number)];
        return x[0] - y[0] || x[1] - y[1];
      });
  }
}
