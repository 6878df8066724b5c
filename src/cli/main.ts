/**
 * `npx cqp-vae-widgets validate <file> | typography <file> | schema | catalogue import <export> |
 * prerender [file]`: the command-line tool a branch federation runs on its content file, by hand or in
 * its own CI. Built by scripts/build-cli.mjs into dist/cli.mjs (one file, plain Node 20, no dependency
 * at run time except `prerender`, which renders with the package's dist/esm/ and the project's
 * `@lit-labs/ssr`); bin/cqp-vae-widgets.mjs calls `run` with Node's files and streams. Only
 * `catalogue import` (catalogue-import.ts, src/authoring/import/) and `prerender --out` write files
 * with Node itself.
 *
 * Exit codes: 0 no error (warnings allowed), 1 at least one error, 2 a usage error or unreadable file.
 */
import type { IssueLocale } from '../content/issues.js';
import { contentJsonSchema } from '../authoring/json-schema.js';
import type { LintFinding } from '../authoring/lint.js';
import { validateContentText } from '../authoring/lint-validate.js';
import { DEFAULT_MAX_BYTES } from '../shared/load-content.js';
import { catalogueCommand } from './catalogue-import.js';
import { prerenderCommand } from './prerender.js';
import { textReport } from './report.js';
import { cliStrings, type CliStrings } from './strings.js';
import { typographyCommand } from './typography.js';

export { contentJsonSchema } from '../authoring/json-schema.js';

// Replaced by the build with the package's version.
declare const __CQP_VAE_VERSION__: string;

/** Where the tool writes and how it reads a file (rejecting with a Node-style `code` such as ENOENT). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Given when standard error is a terminal: redraws one progress line (long commands). */
  progress?(text: string): void;
}

class UsageError extends Error {}

interface Parsed {
  command?: string;
  args: string[];
  json: boolean;
  fix: boolean;
  help: boolean;
  version: boolean;
  maxAgeDays?: number;
}

function parse(argv: string[], t: CliStrings): Parsed {
  const parsed: Parsed = { args: [], json: false, fix: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(t.missingValue({ option: name }));
      return v;
    };
    if (name === '--json') parsed.json = true;
    else if (name === '--fix') parsed.fix = true;
    else if (name === '--help' || name === '-h') parsed.help = true;
    else if (name === '--version') parsed.version = true;
    else if (name === '--lang') value(); // read before parsing, see run()
    else if (name === '--max-age') {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(t.badAge({ value: v }));
      parsed.maxAgeDays = Number(v);
    } else if (name.startsWith('-') && name !== '-') throw new UsageError(t.unknownOption({ option: name }));
    else if (parsed.command === undefined) parsed.command = arg;
    else parsed.args.push(arg);
  }
  return parsed;
}

/** The language asked for with --lang, read first so that every later message is in it. */
function langOf(argv: string[]): string {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') return argv[i + 1] ?? 'fr';
    if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
  }
  return 'fr';
}

async function validate(file: string, parsed: Parsed, locale: IssueLocale, t: CliStrings, io: CliIO): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? t.notFound : code === 'EISDIR' ? t.isDirectory : String((error as Error).message ?? error);
    io.stderr(`${t.unreadable({ file, reason })}\n`);
    return 2;
  }
  let findings: LintFinding[];
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    findings = [{ severity: 'error', path: '', code: 'encoding', message: t.encoding, hint: t.encodingHint }];
  } else {
    findings = validateContentText(text, { locale, maxAgeDays: parsed.maxAgeDays }).findings;
    if (bytes.byteLength > DEFAULT_MAX_BYTES) {
      const message = t.tooLarge({ bytes: bytes.byteLength, max: DEFAULT_MAX_BYTES });
      findings.unshift({ severity: 'error', path: '', code: 'too_large', message, hint: t.tooLargeHint });
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (parsed.json) {
    const report = { file, valid: errors === 0, errors, warnings: findings.length - errors, findings };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(textReport(file, findings, t));
  }
  return errors > 0 ? 1 : 0;
}

/** Runs the tool on `argv` (without "node" and the script) and resolves to the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const lang = langOf(argv);
  const locale: IssueLocale = lang === 'en' ? 'en' : 'fr';
  const t: CliStrings = cliStrings[locale];
  try {
    if (lang !== 'fr' && lang !== 'en') throw new UsageError(t.badLang({ lang }));
    // `catalogue import` has options of its own: it parses the rest of the line itself.
    const first = argv.findIndex((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
    if (argv[first] === 'catalogue' && !argv.slice(0, first).some((a) => a === '--help' || a === '-h')) {
      return await catalogueCommand(argv.slice(first + 1), locale, io, {
        missingValue: (option) => t.missingValue({ option }),
        unknownOption: (option) => t.unknownOption({ option }),
      });
    }
    // So has `prerender`, whose options are the page's (prerender.ts).
    if (argv[first] === 'prerender' && !argv.slice(0, first).some((a) => a === '--help' || a === '-h')) {
      return await prerenderCommand([...argv.slice(0, first), ...argv.slice(first + 1)], locale, io, t, {
        missingValue: (option) => t.missingValue({ option }),
        unknownOption: (option) => t.unknownOption({ option }),
      });
    }
    const parsed = parse(argv, t);
    if (parsed.help) return (io.stdout(`${t.usage}\n`), 0);
    if (parsed.version) return (io.stdout(`${typeof __CQP_VAE_VERSION__ === 'string' ? __CQP_VAE_VERSION__ : 'dev'}\n`), 0);
    switch (parsed.command) {
      case 'validate': {
        const [file, extra] = parsed.args;
        if (file === undefined) throw new UsageError(t.missingFile);
        if (extra !== undefined) throw new UsageError(t.extraArgument({ arg: extra }));
        return await validate(file, parsed, locale, t, io);
      }
      case 'typography': {
        const [file, extra] = parsed.args;
        if (file === undefined) throw new UsageError(t.missingFile);
        if (extra !== undefined) throw new UsageError(t.extraArgument({ arg: extra }));
        return await typographyCommand(file, parsed.fix, parsed.json, locale, io);
      }
      case 'schema':
        if (parsed.args.length) throw new UsageError(t.extraArgument({ arg: parsed.args[0] }));
        io.stdout(`${JSON.stringify(contentJsonSchema(locale), null, 2)}\n`);
        return 0;
      case undefined:
        throw new UsageError('');
      default:
        throw new UsageError(t.unknownCommand({ command: parsed.command }));
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message ? `${error.message}\n\n` : ''}${t.usage}\n`);
    return 2;
  }
}
