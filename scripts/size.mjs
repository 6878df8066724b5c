#!/usr/bin/env node
// `npm run size` (after `npm run build`): prints raw, gzip -9 and brotli sizes of what a page
// downloads and fails (exit 1) when
//   - a budget is exceeded. Budgets live in ONE place, package.json
//     "sizeLimit": { "<file>[ + <file>…]": <max gzip -9 bytes> }; a key naming several files is the
//     sum of their gzip sizes (what a page that loads them all downloads, each file compressed
//     on its own as a server sends it);
//   - an entry module (dist/cqp-vae-widgets.js, both elements; dist/cqp-vae-guide.js and
//     dist/eligibility-check.js, one each) imports anything statically: a page with the built-in
//     content must need one request. Its dynamic imports must be relative and name a file that the
//     build wrote beside it (the content checker, the English strings, the guide's catalogue list,
//     the questionnaire's certification picker);
//   - a file the build wrote beside an entry (the content checker, the English strings, the guide's
//     catalogue list, the picker: *.check.js, *.check.en.js, *.en.js, *.catalogue.js, *.picker.js) imports anything: its import of the
//     entry by its plain URL would load a second copy of a module that a page loaded with a query
//     string (WordPress's `?ver=`), every module-level state twice;
//   - any file imports by a bare specifier (`from "lit"`, `import("zod")`): the module must be
//     self-contained. Allowed specifiers start with ./ or ../ and name a file in dist/.
//   - dist/ was built from other sources than the working tree's (a source in a file's map differs
//     from the file on disk, or a build setting changed after the build): the figures would describe
//     another build, as a checkout's old dist/ does after a pull.
// `npm run size -- --by-source` adds, per file, its gzip bytes by area and by source (from the
// source map), for the same build.
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import ts from 'typescript';
import { attribute } from '../bench/bytes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const limits = pkg.sizeLimit;
// The modules a page loads with its one <script type="module">.
const ENTRIES = ['dist/cqp-vae-widgets.js', 'dist/cqp-vae-guide.js', 'dist/eligibility-check.js'];
const bySource = process.argv.includes('--by-source');

const errors = [];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padStart(n);
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

if (!limits || typeof limits !== 'object' || !Object.keys(limits).length) {
  errors.push('package.json has no "sizeLimit": { "<file>": <max gzip bytes> } field.');
} else {
  for (const entry of ENTRIES) if (!(entry in limits)) errors.push(`package.json "sizeLimit" has no budget for ${entry}.`);
}

/** Import specifiers of an ES module, static (import/export … from) and dynamic (import("…")). */
export function importsOf(code) {
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = { static: [], dynamic: [] };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.static.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      found.dynamic.push(arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : '<computed>');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Why `file` does not describe the working tree's build, or undefined. Its source map holds the text
 * of every source it was built from: any that differs from the file on disk (or is gone) makes it
 * stale. A build setting (vite.config.ts, the lock file) edited after the build also does, by date.
 */
export function staleness(file) {
  const full = path.join(root, file);
  const mapFile = `${full}.map`;
  if (!existsSync(full)) return undefined; // reported as missing
  if (!existsSync(mapFile)) return `${file}.map is missing`;
  const built = statSync(full).mtimeMs;
  for (const setting of ['vite.config.ts', 'package-lock.json']) {
    const at = path.join(root, setting);
    if (existsSync(at) && statSync(at).mtimeMs > built) return `${setting} is newer than the build`;
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const base = path.dirname(full);
  for (const [i, source] of map.sources.entries()) {
    const text = map.sourcesContent?.[i];
    if (typeof text !== 'string') continue;
    const onDisk = path.resolve(base, map.sourceRoot ?? '', source);
    const shown = path.relative(root, onDisk);
    if (!existsSync(onDisk)) return `${shown} is gone`;
    if (readFileSync(onDisk, 'utf8') !== text) return `${shown} differs from the text it was built from`;
  }
  return undefined;
}

for (const entry of ENTRIES) {
  const stale = existsSync(path.join(root, entry)) ? staleness(entry) : undefined;
  if (stale) {
    // Nothing else is measured: every figure would be another build's.
    console.error(`size: error: ${entry} is not the build of these sources (${stale}): run \`npm run build\` first.`);
    process.exit(1);
  }
}

const sizes = new Map();
function measure(file) {
  if (sizes.has(file)) return sizes.get(file);
  const full = path.join(root, file);
  if (!existsSync(full)) {
    errors.push(`${file} does not exist: run \`npm run build\` first.`);
    sizes.set(file, undefined);
    return undefined;
  }
  const buf = readFileSync(full);
  const result = {
    buf,
    raw: buf.length,
    gzip: gzip(buf),
    brotli: brotliCompressSync(buf, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
  sizes.set(file, result);
  const why = ENTRIES.includes(file) ? undefined : staleness(file);
  if (why) errors.push(`${file} is not the build of these sources (${why}): run \`npm run build\` first.`);
  checkImports(file, buf.toString('utf8'));
  return result;
}

function checkImports(file, code) {
  const { static: statics, dynamic } = importsOf(code);
  for (const spec of [...statics, ...dynamic]) {
    if (!/^\.\.?\//.test(spec)) {
      errors.push(`${file} imports ${JSON.stringify(spec)}: only files beside it may be imported (vite.config.ts keeps external: []).`);
    } else if (!existsSync(path.join(root, path.dirname(file), spec))) {
      errors.push(`${file} imports ${spec}, which the build did not write.`);
    }
  }
  if (!ENTRIES.includes(file) && statics.length + dynamic.length) {
    errors.push(`${file} imports ${[...statics, ...dynamic].join(', ')}: a file loaded on demand must import nothing (the entry hands it what it shares).`);
  }
  if (ENTRIES.includes(file) && statics.length) {
    errors.push(`${file} imports ${statics.join(', ')} statically: a page with the built-in content would need more than one request.`);
  }
}

console.log(`${'files'.padEnd(52)} ${pad('raw', 10)} ${pad('gzip -9', 10)} ${pad('brotli', 10)} ${pad('gzip budget', 12)}`);
for (const [key, limit] of Object.entries(limits ?? {})) {
  const files = key.split(/\s*\+\s*/);
  const measured = files.map(measure);
  if (measured.some((m) => !m)) continue;
  const total = (k) => measured.reduce((t, m) => t + m[k], 0);
  const gz = total('gzip');
  const pct = typeof limit === 'number' ? ` (${((gz / limit) * 100).toFixed(0)}%)` : '';
  console.log(`${key.padEnd(52)} ${pad(total('raw'), 10)} ${pad(gz, 10)} ${pad(total('brotli'), 10)} ${pad(limit, 12)}${pct}`);
  console.log(`${''.padEnd(52)} ${pad(kib(total('raw')), 10)} ${pad(kib(gz), 10)} ${pad(kib(total('brotli')), 10)}`);
  if (typeof limit !== 'number') errors.push(`sizeLimit for ${key} must be a number of gzip bytes.`);
  else if (gz > limit) errors.push(`${key} is ${gz} bytes gzipped, over its budget of ${limit} bytes by ${gz - limit}.`);
}

// Every script the build wrote beside the entries must be under a budget: a new chunk would
// otherwise go unmeasured (hydrate-support.js is lit's, loaded only by prerendered pages).
const budgeted = new Set(Object.keys(limits ?? {}).flatMap((k) => k.split(/\s*\+\s*/)));
const { readdirSync } = await import('node:fs');
if (existsSync(path.join(root, 'dist'))) {
  for (const name of readdirSync(path.join(root, 'dist'))) {
    const file = `dist/${name}`;
    if (name.endsWith('.js') && !name.startsWith('hydrate-support') && !budgeted.has(file)) {
      errors.push(`${file} is under no budget in package.json "sizeLimit".`);
    }
  }
}

if (bySource) {
  for (const [file, m] of sizes) {
    if (!m || !existsSync(path.join(root, `${file}.map`))) continue;
    const map = JSON.parse(readFileSync(path.join(root, `${file}.map`), 'utf8'));
    const groups = new Map();
    for (const f of attribute(m.buf.toString('utf8'), map)) {
      const name = f.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1 (npm)');
      groups.set(name, (groups.get(name) ?? '') + f.text);
    }
    // Each source's (and each area's) text gzipped alone, scaled so that the shares add up to the
    // file's gzip size.
    const share = (list) => {
      const alone = list.map(([name, text]) => [name, gzip(Buffer.from(text))]);
      const sum = alone.reduce((t, [, g]) => t + g, 0);
      return alone.map(([name, g]) => [name, Math.round((g / sum) * m.gzip)]).sort((a, b) => b[1] - a[1]);
    };
    const areas = new Map();
    for (const [name, text] of groups) areas.set(areaOf(name), (areas.get(areaOf(name)) ?? '') + text);
    console.log(`\n${file} (${m.gzip} bytes gzip -9): by area (estimate)`);
    for (const [name, g] of share([...areas])) console.log(`${pad(g, 8)}  ${name}`);
    console.log(`\n${file}: by source (estimate)`);
    for (const [name, g] of share([...groups])) console.log(`${pad(g, 8)}  ${name}`);
  }
}

/** A coarse area of a source, for the summary a budget decision starts from. */
function areaOf(name) {
  if (/^(lit|lit-html|lit-element|@lit\/[^ ]+) \(npm\)$/.test(name)) return 'lit';
  if (name.endsWith('(npm)')) return name;
  if (name.startsWith('src/content/default')) return 'built-in content (src/content/default*)';
  if (/strings\.ts$|\/i18n\.ts$/.test(name)) return 'UI strings (strings.ts, i18n.ts)';
  if (/styles\.ts$/.test(name)) return 'styles (*.styles.ts, shared/styles.ts)';
  const folder = /^src\/((?:elements\/)?[^/]+)\//.exec(name);
  return folder ? `src/${folder[1]}/ (other)` : name;
}

if (errors.length) {
  for (const e of errors) console.error(`size: error: ${e}`);
  process.exit(1);
}
console.log('size: ok');
