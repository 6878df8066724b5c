#!/usr/bin/env node
// `node scripts/typeset-default.mjs [--check]`: French typography (src/content/typography.ts) written
// into the built-in content's sources, src/content/default-content.ts and default/*.fr.ts, so that the page ships it typeset
// and needs no typesetter (custom content is typeset by parseContent, in the checker's chunk).
// Authors type plain spaces and straight apostrophes; this rewrites the string literals whose text
// changes (no-break spaces as the characters themselves, as in the JSON examples), nothing else.
// test/content/default-typography.test.ts fails when a text was left untypeset.
// --check: writes nothing, lists the literals to change, exits 1 if there are any.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = [
  path.join(root, 'src/content/default-content.ts'),
  ...readdirSync(path.join(root, 'src/content/default'))
    .filter((n) => n.endsWith('.fr.ts'))
    .map((n) => path.join(root, 'src/content/default', n)),
];
const check = process.argv.includes('--check');

// The typesetter itself, from its TypeScript source.
const bundled = await build({ entryPoints: [path.join(root, 'src/content/typography.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
const tmp = mkdtempSync(path.join(tmpdir(), 'typeset-'));
writeFileSync(path.join(tmp, 'typography.mjs'), bundled.outputFiles[0].text);
const { typeset } = await import(pathToFileURL(path.join(tmp, 'typography.mjs')).href);
rmSync(tmp, { recursive: true, force: true });

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

let changed = 0;
for (const file of files) {
  const name = path.basename(file);
  const code = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    // Import paths are not texts; every other literal of these files is content.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const next = typeset(node.text);
      if (next !== node.text) edits.push({ start: node.getStart(source), end: node.getEnd(), text: quote(next), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) continue;
  changed += edits.length;
  if (check) {
    for (const e of edits) console.log(`${path.relative(root, file)}:${e.line}: ${e.text.replace(/\u00a0|\u202f/g, '⍽')}`);
    continue;
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  writeFileSync(file, out);
  console.log(`${path.relative(root, file)}: ${edits.length} text${edits.length > 1 ? 's' : ''} typeset`);
}
if (!changed) console.log('typeset-default: the built-in content is typeset, nothing to change.');
else if (check) {
  console.log(`typeset-default: ${changed} text${changed > 1 ? 's' : ''} to typeset: node scripts/typeset-default.mjs`);
  process.exit(1);
}
