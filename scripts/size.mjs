#!/usr/bin/env node
// `npm run size` (after `npm run build`): prints raw, gzip -9 and brotli sizes of the bundle and
// fails (exit 1) when
//   - a file's gzip size exceeds its budget. Budgets live in ONE place: package.json
//     "sizeLimit": { "<file>": <max gzip bytes> };
//   - the bundle imports anything by a bare specifier (`from "lit"`, `import "zod"`,
//     `import("x")`): the module must be self-contained. Allowed specifiers start with
//     ./ ../ / http: or https:. A relative import is reported as a warning (it means a second file).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const limits = pkg.sizeLimit;
const BUNDLE = 'dist/cqp-vae-widgets.js';

const errors = [];
const warnings = [];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padStart(n);

if (!limits || typeof limits !== 'object' || !Object.keys(limits).length) {
  errors.push('package.json has no "sizeLimit": { "<file>": <max gzip bytes> } field.');
} else if (!(BUNDLE in limits)) {
  errors.push(`package.json "sizeLimit" has no budget for ${BUNDLE}.`);
}

/** Import specifiers of an ES module: static imports, re-exports and dynamic import("..."). */
function importSpecifiers(code) {
  const info = ts.preProcessFile(code, /* readImportFiles */ true, /* detectJavaScriptImports */ true);
  return info.importedFiles.map((f) => f.fileName);
}

const isAllowed = (spec) => /^(\.\.?\/|\/|https?:)/.test(spec);
const isRelative = (spec) => /^\.\.?\//.test(spec);

const files = Object.keys(limits ?? {}).length ? Object.keys(limits) : [BUNDLE];
console.log(`${'file'.padEnd(28)} ${pad('raw', 10)} ${pad('gzip -9', 10)} ${pad('brotli', 10)} ${pad('gzip budget', 12)}`);
for (const file of files) {
  const full = path.join(root, file);
  if (!existsSync(full)) {
    errors.push(`${file} does not exist: run \`npm run build\` first.`);
    continue;
  }
  const buf = readFileSync(full);
  const gzip = gzipSync(buf, { level: 9 }).length;
  const brotli = brotliCompressSync(buf, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
  const limit = limits?.[file];
  const pct = typeof limit === 'number' ? ` (${((gzip / limit) * 100).toFixed(0)}%)` : '';
  console.log(
    `${file.padEnd(28)} ${pad(buf.length, 10)} ${pad(gzip, 10)} ${pad(brotli, 10)} ${pad(limit ?? '-', 12)}${pct}`,
  );
  console.log(`${''.padEnd(28)} ${pad(kib(buf.length), 10)} ${pad(kib(gzip), 10)} ${pad(kib(brotli), 10)}`);
  if (typeof limit !== 'number') {
    errors.push(`sizeLimit for ${file} must be a number of gzip bytes.`);
  } else if (gzip > limit) {
    errors.push(`${file} is ${gzip} bytes gzipped, over its budget of ${limit} bytes by ${gzip - limit}.`);
  }

  if (file.endsWith('.js') || file.endsWith('.mjs')) {
    const specs = [...new Set(importSpecifiers(buf.toString('utf8')))];
    const bare = specs.filter((s) => !isAllowed(s));
    const relative = specs.filter(isRelative);
    if (bare.length) {
      errors.push(
        `${file} is not self-contained: it imports ${bare.map((s) => JSON.stringify(s)).join(', ')}. ` +
          'Bundle every dependency (vite.config.ts must keep external: []).',
      );
    }
    if (relative.length) {
      warnings.push(`${file} imports other files (${relative.join(', ')}): the bundle is no longer a single file.`);
    }
  }
}

for (const w of warnings) console.warn(`size: warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`size: error: ${e}`);
  process.exit(1);
}
console.log('size: ok');
