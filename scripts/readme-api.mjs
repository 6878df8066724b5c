#!/usr/bin/env node
// README API reference, generated from custom-elements.json (written by `npm run analyze`, part of
// `npm run build`).
//
//   node scripts/readme-api.mjs --write   (npm run docs:api)     rewrite README.md between the markers
//   node scripts/readme-api.mjs --check   (npm run check:readme) exit 1 if README.md is out of date
//   node scripts/readme-api.mjs           print the generated Markdown
//
// Markers in README.md: <!-- api:start --> ... <!-- api:end -->. Everything between them is replaced.
// Per element: attributes, properties, methods, events, CSS parts, CSS custom properties, slots
// (sections with nothing in them are left out).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = path.join(root, 'custom-elements.json');
const README = path.join(root, 'README.md');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const tag = 'readme-api:';

const mode = process.argv.includes('--write') ? 'write' : process.argv.includes('--check') ? 'check' : 'print';

function die(msg) {
  console.error(`${tag} ${msg}`);
  process.exit(1);
}

// ---- Markdown helpers -------------------------------------------------------------------------

/** Text for a table cell: one line, pipes escaped. */
function cell(text) {
  if (text === undefined || text === null || text === '') return '';
  return String(text)
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\n{2,}/g, '<br>')
    .replace(/\n/g, ' ')
    .replace(/\|/g, '\\|');
}

/** Inline code for a table cell (GFM unescapes `\|` inside code spans in tables). */
function code(text) {
  if (text === undefined || text === null || text === '') return '';
  const s = String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

function table(headers, rows) {
  if (!rows.length) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function section(title, headers, rows) {
  const t = table(headers, rows);
  return t.length ? [`#### ${title}`, '', ...t, ''] : [];
}

// ---- Manifest → Markdown ----------------------------------------------------------------------

const isPublic = (m) => !m.static && (!m.privacy || m.privacy === 'public') && !/^[_#]/.test(m.name);

function elementDoc(decl, modulePath) {
  const title = decl.tagName ? `\`<${decl.tagName}>\`` : `\`${decl.name}\` (no tag name found)`;
  const lines = [`### ${title}`, ''];
  const meta = [`Class \`${decl.name}\``, `source \`${modulePath}\``];
  lines.push(`${meta.join(', ')}.`, '');
  const description = [decl.summary, decl.description].filter(Boolean).join('\n\n').trim();
  if (description) lines.push(description, '');

  const members = decl.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && isPublic(m));
  const methods = members.filter((m) => m.kind === 'method' && isPublic(m));

  lines.push(
    ...section(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (decl.attributes ?? []).map((a) => {
        const field = fields.find((f) => f.name === a.fieldName);
        return [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          cell([a.description, field?.reflects ? '(reflected)' : ''].filter(Boolean).join(' ')),
        ];
      }),
    ),
    ...section(
      'Properties',
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        code(f.name),
        code(f.attribute),
        code(f.type?.text),
        code(f.default),
        cell([f.readonly ? '(read-only)' : '', f.description].filter(Boolean).join(' ')),
      ]),
    ),
    ...section(
      'Methods',
      ['Method', 'Signature', 'Description'],
      methods.map((m) => {
        const params = (m.parameters ?? [])
          .map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
          .join(', ');
        const ret = m.return?.type?.text ? `: ${m.return.type.text}` : '';
        return [code(m.name), code(`(${params})${ret}`), cell(m.description)];
      }),
    ),
    ...section(
      'Events',
      ['Event', 'Type', 'Description'],
      (decl.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
    ...section(
      'CSS parts',
      ['Part', 'Description'],
      (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...section(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
    ...section(
      'Slots',
      ['Slot', 'Description'],
      (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
  );
  return lines;
}

function generate(manifest) {
  // Elements are the classes with a tag name. A class without one is left out when it is a base
  // class (another class extends it) or lives outside src/elements/; otherwise it is listed with a
  // warning, since it is most likely an element that src/define.ts does not register.
  const classes = (manifest.modules ?? []).flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.kind === 'class').map((decl) => ({ decl, path: mod.path })),
  );
  const superclasses = new Set(classes.map((c) => c.decl.superclass?.name).filter(Boolean));
  const elements = classes.filter(({ decl, path: modulePath }) => {
    if (decl.tagName) return true;
    if (!decl.customElement || superclasses.has(decl.name) || !modulePath.startsWith('src/elements/')) return false;
    console.warn(
      `${tag} warning: class ${decl.name} (${modulePath}) has no tag name: register it in src/define.ts ` +
        "with defineOnce('tag', Class) or customElements.define('tag', Class), or add @tagname to its JSDoc.",
    );
    return true;
  });
  elements.sort((a, b) => (a.decl.tagName ?? a.decl.name).localeCompare(b.decl.tagName ?? b.decl.name));
  const lines = [
    '<!-- Generated from custom-elements.json by `npm run docs:api` (scripts/readme-api.mjs): do not edit by hand. -->',
    '',
  ];
  if (!elements.length) lines.push('_No custom elements found in custom-elements.json._', '');
  for (const el of elements) lines.push(...elementDoc(el.decl, el.path));
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

// ---- README handling --------------------------------------------------------------------------

function splitReadme(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return {
    before: text.slice(0, start + START.length),
    inner: text.slice(start + START.length, end),
    after: text.slice(end),
  };
}

const norm = (s) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

function main() {
  if (!existsSync(MANIFEST)) die('custom-elements.json not found: run `npm run build` (or `npm run analyze`) first.');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch (e) {
    die(`custom-elements.json is not valid JSON: ${e.message}`);
  }
  const generated = generate(manifest);

  if (mode === 'print') {
    console.log(generated);
    return;
  }

  if (!existsSync(README)) die('README.md not found.');
  const readme = readFileSync(README, 'utf8');
  const parts = splitReadme(readme);
  if (!parts) die(`README.md has no "${START}" ... "${END}" markers (in that order).`);

  if (mode === 'write') {
    const next = `${parts.before}\n${generated}\n\n${parts.after}`;
    if (next === readme) {
      console.log(`${tag} README.md API reference already up to date.`);
    } else {
      writeFileSync(README, next);
      console.log(`${tag} README.md API reference updated.`);
    }
    return;
  }

  // --check
  const want = norm(generated).split('\n');
  const have = norm(parts.inner).split('\n');
  if (want.join('\n') === have.join('\n')) {
    console.log(`${tag} README.md API reference is up to date.`);
    return;
  }
  let i = 0;
  while (i < want.length && i < have.length && want[i] === have[i]) i += 1;
  console.error(`${tag} README.md API reference is out of date with custom-elements.json.`);
  console.error(`${tag} first difference at line ${i + 1} of the section:`);
  console.error(`  README.md : ${have[i] === undefined ? '(section ends)' : JSON.stringify(have[i])}`);
  console.error(`  generated : ${want[i] === undefined ? '(section ends)' : JSON.stringify(want[i])}`);
  console.error(`${tag} run \`npm run build && npm run docs:api\` and commit README.md.`);
  process.exit(1);
}

main();
