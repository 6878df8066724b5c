#!/usr/bin/env node
// Writes <cqp-vae-guide> for a content file as static HTML: the guide's shadow DOM is serialized as
// declarative shadow DOM (<template shadowrootmode="open">, lit's SSR package), so a browser shows
// the whole guide, styled, before any script runs, with scripts disabled, and to search engines.
//
// Usage (after `npm run build`, which writes the unbundled modules this renders with):
//   npm run prerender -- ma-branche.json > guide.html
//   node scripts/prerender.mjs --content ma-branche.json --out guide.html [options]
// Options:
//   --content FILE        content document (default: the built-in content); also the first bare argument
//   --out FILE            write there (default: standard output)
//   --fragment            only the element's markup, to paste into a page or a CMS template
//   --scripts URL         add the two module scripts that make the page interactive, from this base
//                         URL (e.g. `./` next to a copy of dist/, or a CDN's URL of the package's dist/):
//                         hydrate-support.js first, then cqp-vae-widgets.js. Without it the page is static.
//   --layout tabs|stacked --route ID --heading-level N   the element's attributes
//   --lang fr|en          the interface language (default: from the content's meta.locale)
//   --title TEXT          the page's title and <h1> (full page only; default: the content's meta.title)
//
// Hydration: the page's element upgrades in place, keeping the prerendered nodes (no flash), when
// dist/hydrate-support.js runs before dist/cqp-vae-widgets.js (--scripts writes them so). The
// content is written into the element as its inline <script type="application/json"> child, so the
// browser renders exactly what the server did; the built-in content is not repeated.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'Usage: node scripts/prerender.mjs [--content] FILE [--out FILE] [--fragment] [--scripts URL] ' +
  '[--layout tabs|stacked] [--route ID] [--heading-level N] [--lang fr|en] [--title TEXT]';

function fail(message, code = 2) {
  process.stderr.write(`prerender: ${message}\n`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      fragment: { type: 'boolean', default: false },
      scripts: { type: 'string' },
      layout: { type: 'string' },
      route: { type: 'string' },
      'heading-level': { type: 'string' },
      lang: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(`${error.message}\n${usage}`);
}
const opts = args.values;
if (opts.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const contentFile = opts.content ?? args.positionals[0];
if (args.positionals.length > (opts.content ? 0 : 1)) fail(`unexpected argument ${args.positionals.at(-1)}\n${usage}`);
if (opts.layout && !['tabs', 'stacked'].includes(opts.layout)) fail('--layout is tabs or stacked');
if (opts['heading-level'] && !/^[1-6]$/.test(opts['heading-level'])) fail('--heading-level is 1 to 6');
if (opts.lang && !['fr', 'en'].includes(opts.lang)) fail('--lang is fr or en');

const entry = path.join(root, 'dist/esm/cqp-vae-widgets.js');
if (!existsSync(entry)) fail('dist/esm/ is missing: run `npm run build` first.');

// Lit's DOM shim first: the element modules define their tags on import.
await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, nothing } = await import('lit');
await import(pathToFileURL(entry).href);
// The whole API (the page's entry leaves the checker out): the content parseContent returns is
// rendered as is, synchronously, as lit's server renderer needs.
const widgets = await import(pathToFileURL(path.join(root, 'dist/esm/index.js')).href);

let input;
if (contentFile) {
  let text;
  try {
    text = await readFile(contentFile, 'utf8');
  } catch (error) {
    fail(`cannot read ${contentFile}: ${error.message}`);
  }
  try {
    input = JSON.parse(text);
  } catch (error) {
    fail(`${contentFile} is not JSON: ${error.message}`, 1);
  }
  // Editors' `$schema` pointer is not content.
  if (input && typeof input === 'object') delete input.$schema;
}
const parsed = widgets.parseContent(input ?? widgets.defaultContent, { locale: opts.lang ?? 'fr' });
if (!parsed.ok) {
  fail(
    `${contentFile} is not valid content (check it with \`npx cqp-vae-widgets validate ${contentFile}\`):` +
      parsed.issues.map((i) => `\n  ${i.path || '(document)'}: ${i.message}`).join(''),
    1,
  );
}
const { meta } = parsed.content;
const lang = opts.lang ?? (meta.locale.toLowerCase().startsWith('en') ? 'en' : 'fr');

// `lang` on the element itself: the server cannot see the page around it, the browser can, and both
// must pick the same interface language for the hydration to match.
const result = render(
  html`<cqp-vae-guide lang=${lang} layout=${opts.layout ?? nothing} route=${opts.route ?? nothing} heading-level=${opts['heading-level'] ?? nothing} .content=${parsed.content}></cqp-vae-guide>`,
);
let element = collectResultSync(result)
  // The markers lit puts around the top-level template: nothing hydrates that template itself.
  .replace(/^<!--lit-part [^>]*-->/, '')
  .replace(/<!--\/lit-part-->$/, '')
  .replace(/<!--lit-node \d+-->/, '')
  .replace(/^<cqp-vae-guide\s+/, '<cqp-vae-guide ');
if (input) {
  // JSON in a script element: `<` escaped so that no `</script>` or `<!--` can end or alter it.
  const json = JSON.stringify(input).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const close = element.lastIndexOf('</cqp-vae-guide>');
  element = `${element.slice(0, close)}<script type="application/json">${json}</script>${element.slice(close)}`;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const base = opts.scripts?.replace(/\/?$/, '/');
const scripts = base
  ? ['hydrate-support.js', 'cqp-vae-widgets.js']
      .map((file) => `<script type="module" src="${escapeHtml(base + file)}"></script>`)
      .join('\n')
  : '';

let output;
if (opts.fragment) {
  output = `${scripts ? `${scripts}\n` : ''}${element}\n`;
} else {
  const title = opts.title ?? meta.title;
  output = `<!doctype html>
<html lang="${escapeHtml(meta.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="generator" content="cqp-vae-widgets prerender">
<style>body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>
${scripts}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${element}
</main>
</body>
</html>
`;
}

if (opts.out) {
  await writeFile(opts.out, output);
  process.stderr.write(`prerender: ${opts.out} written (${Buffer.byteLength(output)} bytes).\n`);
} else {
  process.stdout.write(output);
}
