/**
 * Reads France compétences' export from disk, a zip or the folder it unzips to, streaming each CSV
 * file through csv-parse into a {@link RegistryCollector}. CLI-only (Node streams and files): the
 * page bundle never imports this folder.
 *
 * Every failure is an {@link ImportError} naming the file (and the line when there is one), so that
 * the person who downloaded the export can open it at the right place.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import * as yauzl from 'yauzl';
import { columnsOf, EXPORT_FILES, kindOfFile, READ_ORDER, type ExportFileKind } from './export-format.js';
import { RegistryCollector, RowError, type RegistryFilters } from './registry.js';

/** A failure to read the export, worded by the CLI from `code` and `params`. */
export class ImportError extends Error {
  constructor(
    readonly code: string,
    readonly params: { file?: string; line?: number; [key: string]: string | number | undefined } = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

export interface Progress {
  file: string;
  kind: ExportFileKind;
  /** Records (lines, but for a value written over several) read in this file so far. */
  records: number;
  /** Files done before this one, and the number to read. */
  done: number;
  total: number;
}

interface Source {
  /** Where a file comes from, for messages: "export.zip:export_fiches_CSV_Standard_….csv". */
  label: string;
  files: Map<ExportFileKind, { name: string; open(): Promise<Readable> }>;
  /** How a message names one of its files: "export.zip:….csv", or the path in a folder. */
  where(name: string): string;
  close(): Promise<void>;
}

// yauzl 3's promise API (its published types describe version 2).
interface ZipEntry {
  fileName: Buffer;
}
interface ZipFile {
  eachEntry(): AsyncIterable<ZipEntry>;
  openReadStreamPromise(entry: ZipEntry): Promise<Readable>;
  close(): void;
}
const openZip = (yauzl as unknown as { openPromise(file: string, options: object): Promise<ZipFile> }).openPromise;

function addFile(files: Source['files'], where: string, name: string, open: () => Promise<Readable>): void {
  const kind = kindOfFile(name);
  if (!kind) return;
  const other = files.get(kind);
  if (other) throw new ImportError('twice', { file: where, first: other.name, second: name });
  files.set(kind, { name, open });
}

async function zipSource(file: string): Promise<Source> {
  // A zip starts with a local file header (PK\3\4), or is an empty archive (PK\5\6).
  const handle = await open(file, 'r');
  const magic = Buffer.alloc(4);
  try {
    await handle.read(magic, 0, 4, 0);
  } finally {
    await handle.close();
  }
  if (!(magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5))) throw new ImportError('not_zip', { file });
  let zip: ZipFile;
  try {
    // decodeStrings: false, because the export stores UTF-8 names without the UTF-8 flag: read as
    // the zip's default (CP437), "Compétences" would come out garbled.
    zip = await openZip(file, { decodeStrings: false, autoClose: false });
  } catch (error) {
    throw new ImportError('bad_zip', { file, reason: (error as Error).message });
  }
  const files: Source['files'] = new Map();
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName.toString('utf8').normalize('NFC');
      if (!name.endsWith('/')) addFile(files, file, name, () => zip.openReadStreamPromise(entry));
    }
  } catch (error) {
    zip.close();
    if (error instanceof ImportError) throw error;
    throw new ImportError('bad_zip', { file, reason: (error as Error).message });
  }
  return { label: file, files, where: (name) => `${file}:${name}`, close: async () => zip.close() };
}

async function folderSource(dir: string): Promise<Source> {
  const files: Source['files'] = new Map();
  for (const name of (await readdir(dir)).sort()) {
    addFile(files, dir, name.normalize('NFC'), async () => createReadStream(path.join(dir, name)));
  }
  return { label: dir, files, where: (name) => path.join(dir, name), close: async () => {} };
}

async function openSource(file: string): Promise<Source> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(file)).isDirectory();
  } catch (error) {
    throw new ImportError((error as { code?: string }).code === 'ENOENT' ? 'no_export' : 'unreadable', { file, reason: (error as Error).message });
  }
  const source = isDirectory ? await folderSource(file) : await zipSource(file);
  const missing = READ_ORDER.filter((k) => !source.files.has(k));
  if (missing.length) {
    await source.close();
    throw new ImportError('missing_file', { file, missing: missing.map((k) => EXPORT_FILES[k].label).join(', ') });
  }
  return source;
}

/** csv-parse's error: a code and the line it stopped at. */
interface CsvError {
  code?: string;
  lines?: number;
  message: string;
}

const csvOptions = { delimiter: ';', bom: true, skip_empty_lines: true, relax_column_count: false } as const;

/**
 * The line a record starts on, found by reading the file again with csv-parse's line counts: only
 * when a row is refused, since counting lines for every record slows the whole import by half.
 */
async function lineOfRecord(open: () => Promise<Readable>, recordIndex: number): Promise<number> {
  let n = 0;
  let line = 0;
  try {
    for await (const { info } of (await open()).pipe(parse({ ...csvOptions, info: true })) as AsyncIterable<{ info: { lines: number } }>) {
      line = info.lines;
      if (n++ === recordIndex) break;
    }
  } catch {
    // The first pass read this far without a CSV error; keep the last line found.
  }
  return line;
}

async function readFile(
  kind: ExportFileKind,
  where: string,
  open: () => Promise<Readable>,
  collector: RegistryCollector,
  onRecords: (records: number) => void,
): Promise<void> {
  let input: Readable;
  try {
    input = await open();
  } catch (error) {
    throw new ImportError('unreadable', { file: where, reason: (error as Error).message });
  }
  const parser = input.pipe(parse(csvOptions));
  input.on('error', (error) => parser.destroy(error));
  let index: Record<string, number> | undefined;
  let n = 0;
  let refused: { error: RowError; at: number } | undefined;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const at = n++;
      if (!index) {
        const columns = columnsOf(kind, record);
        if ('missing' in columns) {
          throw new ImportError('header', { file: where, line: 1, missing: columns.missing.join(', '), found: record.join(';').slice(0, 300) });
        }
        index = columns.index;
        continue;
      }
      const row: Record<string, string> = {};
      for (const column in index) row[column] = record[index[column]] ?? '';
      try {
        collector.add(kind, row);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        refused = { error, at };
        break;
      }
      if ((n & 4095) === 0) onRecords(n);
    }
  } catch (error) {
    parser.destroy();
    input.destroy();
    if (error instanceof ImportError) throw error;
    const csv = error as CsvError;
    if (csv.code?.startsWith('CSV_')) throw new ImportError('csv', { file: where, line: csv.lines, reason: csv.message });
    throw new ImportError('unreadable', { file: where, reason: csv.message });
  }
  if (refused) {
    parser.destroy();
    input.destroy();
    const line = await lineOfRecord(open, refused.at);
    throw new ImportError(`row_${refused.error.code}`, { file: where, line, ...refused.error.params });
  }
  if (!index) throw new ImportError('empty', { file: where });
  onRecords(n);
}

/**
 * Reads every export (zip or folder) into one collector, Standard files first, and returns it.
 * A record found in two exports keeps the last one's values.
 */
export async function readExports(
  files: string[],
  filters: RegistryFilters,
  onProgress: (p: Progress) => void = () => {},
): Promise<RegistryCollector> {
  const collector = new RegistryCollector(filters);
  const sources: Source[] = [];
  try {
    for (const file of files) sources.push(await openSource(file));
    const total = sources.length * READ_ORDER.length;
    let done = 0;
    for (const kind of READ_ORDER) {
      for (const source of sources) {
        const entry = source.files.get(kind)!;
        const where = source.where(entry.name);
        await readFile(kind, where, entry.open, collector, (records) => onProgress({ file: entry.name, kind, records, done, total }));
        done += 1;
      }
    }
  } finally {
    await Promise.all(sources.map((s) => s.close()));
  }
  return collector;
}
