/**
 * `npx cqp-vae-widgets catalogue import <export> [filters] [--merge content.json] [--out file]`:
 * a branch's catalogue from France compétences' open data (see src/authoring/import/).
 *
 * The output is written whole or not at all: to a temporary file beside the target, renamed over
 * it once complete, so an interrupted or failed import never leaves half a file (and `--merge x.json
 * --out x.json` is safe). The report goes to standard error, so standard output can carry the JSON.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IssueLocale } from '../content/issues.js';
import { mergeCatalogue, type MergeReport } from '../authoring/import/merge.js';
import { ImportError, readExports, type Progress } from '../authoring/import/read-export.js';
import type { RegistryFilters } from '../authoring/import/registry.js';
import { importStrings, type ImportStrings } from './import-strings.js';

export interface ImportIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Given when standard error is a terminal: redraws one progress line. */
  progress?(text: string): void;
}

class Usage extends Error {}

interface Options {
  exports: string[];
  filters: RegistryFilters;
  merge?: string;
  out?: string;
}

function parseArgs(argv: string[], t: ImportStrings, missingValue: (option: string) => string, unknown: (option: string) => string): Options {
  const options: Options = { exports: [], filters: {} };
  const f = options.filters;
  const list = (key: 'certifiers' | 'conventions' | 'kinds' | 'numbers', v: string) => {
    const values = key === 'numbers' ? v.split(',').map((x) => x.trim()).filter(Boolean) : [v];
    f[key] = [...(f[key] ?? []), ...values];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Usage(missingValue(name));
      return v;
    };
    if (name === '--certifier') list('certifiers', value());
    else if (name === '--convention') list('conventions', value());
    else if (name === '--kind') list('kinds', value());
    else if (name === '--number') list('numbers', value());
    else if (name === '--registry') {
      const v = value().toLowerCase();
      if (v !== 'rncp' && v !== 'rs') throw new Usage(t.badRegistry({ value: v }));
      f.registry = v;
    } else if (name === '--include-inactive') f.includeInactive = true;
    else if (name === '--merge') options.merge = value();
    else if (name === '--out') options.out = value();
    else if (name === '--lang') value();
    else if (name.startsWith('-')) throw new Usage(unknown(name));
    else options.exports.push(arg);
  }
  if (!options.exports.length) throw new Usage(t.missingExport);
  return options;
}

/** The file to merge into, as JSON with an optional catalogue array. */
async function readMerge(file: string, io: ImportIO): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(file));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ImportError(code === 'ENOENT' ? 'no_export' : 'unreadable', { file, reason: (error as Error).message });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError('merge_json', { file, reason: (error as Error).message });
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ImportError('merge_shape', { file });
  const catalogue = (json as { catalogue?: unknown }).catalogue;
  if (catalogue !== undefined && !(Array.isArray(catalogue) && catalogue.every((e) => e && typeof e === 'object'))) {
    throw new ImportError('merge_shape', { file });
  }
  return json as Record<string, unknown>;
}

function reportText(report: MergeReport, t: ImportStrings): string {
  const lines: string[] = [];
  if (report.added.length) lines.push(t.added(report.added.length), ...report.added.map((a) => `  + ${a.number}  ${a.title}`));
  if (report.updated.length) {
    lines.push(t.updated(report.updated.length), ...report.updated.map((u) => `  ~ ${u.number}  ${u.title} (${t.fields({ fields: u.fields.join(', ') })})`));
  }
  lines.push(t.unchanged(report.unchanged));
  if (report.disappeared.length) {
    lines.push(
      t.disappeared(report.disappeared.length),
      ...report.disappeared.map((d) => `  ! ${d.number}  ${d.title} [${d.id}] — ${d.inExport ? t.filtered : t.gone}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `text` to `file` through a temporary file renamed over it. */
async function writeWhole(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new ImportError('write', { file, reason: (error as Error).message });
  }
}

/**
 * Runs `catalogue import …` (argv after "catalogue") and resolves to the exit code.
 * @param common the main tool's words for option errors, so they read the same in every command.
 */
export async function catalogueCommand(
  argv: string[],
  locale: IssueLocale,
  io: ImportIO,
  common: { missingValue: (option: string) => string; unknownOption: (option: string) => string },
): Promise<number> {
  const t = importStrings[locale];
  let options: Options;
  try {
    const [sub, ...rest] = argv;
    if (argv.includes('--help') || argv.includes('-h')) return (io.stdout(`${t.usage}\n`), 0);
    if (sub !== 'import') throw new Usage(sub === undefined ? '' : t.unknownSub({ command: sub }));
    options = parseArgs(rest, t, common.missingValue, common.unknownOption);
  } catch (error) {
    if (!(error instanceof Usage)) throw error;
    io.stderr(`${error.message ? `${error.message}\n\n` : ''}${t.usage}\n`);
    return 2;
  }

  let last = 0;
  const onProgress = io.progress
    ? (p: Progress) => {
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        io.progress!(t.progress({ done: p.done + 1, total: p.total, file: p.file, lines: p.records }));
      }
    : undefined;
  try {
    const base = options.merge ? await readMerge(options.merge, io) : {};
    const existing = (base.catalogue as Record<string, unknown>[] | undefined) ?? [];
    const keep = existing.map((e) => {
      const r = e.registry as { rncp?: string; rs?: string } | undefined;
      return (r && typeof r === 'object' && (r.rncp ?? r.rs)) || '';
    });
    const collector = await readExports(options.exports, { ...options.filters, keep: keep.filter(Boolean) }, onProgress);
    io.progress?.('');
    const records = collector.selected();
    const { catalogue, report } = mergeCatalogue(existing, records, collector.seen);
    const output = options.merge ? { ...base, catalogue } : { catalogue };
    const text = `${JSON.stringify(output, null, 2)}\n`;
    if (options.out) await writeWhole(options.out, text);
    else io.stdout(text);
    io.stderr(`${t.summary({ selected: records.length, seen: collector.seen.size })}\n${reportText(report, t)}`);
    if (options.out) io.stderr(`${t.written({ file: options.out })}\n`);
    return 0;
  } catch (error) {
    io.progress?.('');
    if (!(error instanceof ImportError)) throw error;
    const word = t.errors[error.code] ?? ((p: Record<string, unknown>) => `${error.code} ${JSON.stringify(p)}`);
    io.stderr(`${word(error.params)}\n`);
    return 1;
  }
}
