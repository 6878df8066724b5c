/**
 * `npx cqp-vae-widgets typography <file.json> [--fix] [--json]`: French typography in a content file.
 * The widgets apply it when they render French content (src/content/typography.ts), so a file
 * without it still displays well; this command lets an author see and fix it in the file itself.
 * Only texts change (titles, paragraphs, reasons…): never ids, option values, links or dates.
 *
 * Exit codes: 0 nothing to change (or changed with --fix), 1 texts to change, 2 unreadable file.
 * With --fix the file is rewritten whole or not at all (a temporary file renamed over it).
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IssueLocale } from '../content/issues.js';
import { isFrench } from '../content/typography.js';
import { typographyChanges } from '../authoring/typography-report.js';

export interface TypographyIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
}

const words = {
  fr: {
    notFrench: (p: { file: string; locale: string }) => `${p.file} : contenu en « ${p.locale} », pas en français ; rien à changer.\n`,
    ok: (file: string) => `${file} : la typographie française est respectée, rien à changer.\n`,
    found: (file: string, n: number) => `${file} : ${n} texte${n > 1 ? 's' : ''} à corriger (⍽ = espace insécable, fine avant ; ! ?) :\n`,
    fixed: (file: string, n: number) => `${file} : ${n} texte${n > 1 ? 's' : ''} corrigé${n > 1 ? 's' : ''}.\n`,
    hint: 'Corrigez-les avec : npx cqp-vae-widgets typography <fichier> --fix\n',
    notJson: (file: string, reason: string) => `${file} n’est pas du JSON valide : ${reason}\n`,
    unreadable: (file: string, reason: string) => `Impossible de lire « ${file} » : ${reason}\n`,
    write: (file: string, reason: string) => `Impossible d’écrire « ${file} » : ${reason}\n`,
  },
  en: {
    notFrench: (p: { file: string; locale: string }) => `${p.file}: content in "${p.locale}", not French; nothing to change.\n`,
    ok: (file: string) => `${file}: French typography is right, nothing to change.\n`,
    found: (file: string, n: number) => `${file}: ${n} text${n > 1 ? 's' : ''} to fix (⍽ = no-break space, narrow before ; ! ?):\n`,
    fixed: (file: string, n: number) => `${file}: ${n} text${n > 1 ? 's' : ''} fixed.\n`,
    hint: 'Fix them with: npx cqp-vae-widgets typography <file> --fix\n',
    notJson: (file: string, reason: string) => `${file} is not valid JSON: ${reason}\n`,
    unreadable: (file: string, reason: string) => `Cannot read "${file}": ${reason}\n`,
    write: (file: string, reason: string) => `Cannot write "${file}": ${reason}\n`,
  },
} satisfies Record<IssueLocale, unknown>;

// The no-break spaces made visible, for a report read in a terminal.
const visible = (s: string) => s.replace(/[\u00a0\u202f]/g, '⍽');

/** The corrected text around each change, at most `room` characters either side. */
function excerpt(before: string, after: string, room = 30): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const from = Math.max(0, start - room);
  const to = Math.min(after.length, after.length - end + room);
  return `${from > 0 ? '…' : ''}${visible(after.slice(from, to))}${to < after.length ? '…' : ''}`;
}

export async function typographyCommand(file: string, fix: boolean, json: boolean, locale: IssueLocale, io: TypographyIO): Promise<number> {
  const t = words[locale];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(file));
  } catch (error) {
    io.stderr(t.unreadable(file, String((error as Error).message ?? error)));
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    io.stderr(t.notJson(file, (error as Error).message));
    return 2;
  }
  const contentLocale = String((data as { meta?: { locale?: unknown } })?.meta?.locale ?? 'fr');
  const { fixed, changes } = isFrench(contentLocale) ? typographyChanges(data) : { fixed: data, changes: [] };
  if (json) io.stdout(`${JSON.stringify({ file, french: isFrench(contentLocale), changes: changes.length, fixed: fix && changes.length > 0, details: changes }, null, 2)}\n`);
  if (!isFrench(contentLocale)) return (json || io.stdout(t.notFrench({ file, locale: contentLocale })), 0);
  if (!changes.length) return (json || io.stdout(t.ok(file)), 0);
  if (!fix) {
    if (!json) io.stdout(t.found(file, changes.length) + changes.map((c) => `  ${c.path}: ${excerpt(c.before, c.after)}\n`).join('') + t.hint);
    return 1;
  }
  // The file's own indentation, so that the rewrite changes the texts and nothing else.
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, `${JSON.stringify(fixed, null, indent)}\n`);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    io.stderr(t.write(file, (error as Error).message));
    return 2;
  }
  if (!json) io.stdout(t.fixed(file, changes.length));
  return 0;
}
