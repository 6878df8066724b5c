/**
 * `npx cqp-vae-widgets prerender [content.json] [options]`: the widgets' first screen as static HTML,
 * their shadow DOM serialized as declarative shadow DOM by Lit's server renderer, so that a browser
 * shows the whole guide and the questionnaire's start screen, styled, before any script runs, with
 * scripts disabled, and to search engines.
 *
 * The elements are rendered by the package's own unbundled modules (dist/esm/, beside this file once
 * built), not by copies bundled into the CLI: Lit's renderer and the elements must share one `lit`,
 * the one the project installed. `@lit-labs/ssr` is an optional peer dependency: most projects only
 * embed the widgets, and the renderer (parse5 and its friends) would cost them an install for nothing;
 * as a peer it is the project's own copy, the same one an Astro or Eleventy site already renders with.
 *
 * Hydration: a page's element upgrades in place, keeping the prerendered nodes, when
 * dist/hydrate-support.js runs before dist/cqp-vae-widgets.js (--scripts writes them so). The content
 * goes into each element as its inline JSON child, so the browser renders exactly what the server did.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TemplateResult } from 'lit';
import type { IssueLocale } from '../content/issues.js';
import { validateContentText } from '../authoring/lint-validate.js';
import { DEFAULT_MAX_BYTES } from '../shared/load-content.js';
import { prerenderStrings, type PrerenderStrings } from './prerender-strings.js';
import { textReport } from './report.js';
import type { CliStrings } from './strings.js';

export interface PrerenderIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
}

type ElementChoice = 'guide' | 'check' | 'both';

interface Options {
  file?: string;
  element: ElementChoice;
  out?: string;
  fragment: boolean;
  scripts?: string;
  layout?: string;
  route?: string;
  headingLevel?: string;
  lang?: 'fr' | 'en';
  title?: string;
}

class Usage extends Error {}

function parseOptions(argv: string[], t: PrerenderStrings, common: CommonWords): Options {
  const o: Options = { element: 'both', fragment: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Usage(common.missingValue(name));
      return v;
    };
    if (name === '--element') {
      const v = value();
      if (v !== 'guide' && v !== 'check' && v !== 'both') throw new Usage(t.badElement({ value: v }));
      o.element = v;
    } else if (name === '--out') o.out = value();
    else if (name === '--fragment') o.fragment = true;
    else if (name === '--scripts') o.scripts = value();
    else if (name === '--layout') {
      const v = value();
      if (v !== 'tabs' && v !== 'stacked') throw new Usage(t.badLayout({ value: v }));
      o.layout = v;
    } else if (name === '--route') o.route = value();
    else if (name === '--heading-level') {
      const v = value();
      if (!/^[1-6]$/.test(v)) throw new Usage(t.badHeading({ value: v }));
      o.headingLevel = v;
    } else if (name === '--lang') o.lang = value() === 'en' ? 'en' : 'fr'; // checked by main.ts
    else if (name === '--title') o.title = value();
    // The name the first version of this tool (a script of the repository) gave the file.
    else if (name === '--content') o.file = value();
    else if (name.startsWith('-') && name !== '-') throw new Usage(common.unknownOption(name));
    else if (o.file === undefined) o.file = arg;
    else throw new Usage(t.extraArgument({ arg }));
  }
  if (o.element === 'check') {
    const guideOnly = o.layout ? '--layout' : o.route ? '--route' : undefined;
    if (guideOnly) throw new Usage(t.onlyGuide({ option: guideOnly }));
  }
  return o;
}

export interface CommonWords {
  missingValue(option: string): string;
  unknownOption(option: string): string;
}

class Failure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON in a script element: `<` escaped so that no `</script>` or `<!--` can end or alter it. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Lit's server renderer, from the project's node_modules; a plain sentence when it is not there. */
async function loadRenderer(t: PrerenderStrings) {
  try {
    // Lit's DOM shim first: the element modules define their tags on import.
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    return { render, collectResultSync };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === 'ERR_MODULE_NOT_FOUND' && /['"]@lit-labs\/ssr['"/]/.test(e.message ?? '')) throw new Failure(t.missingSsr, 2);
    throw error;
  }
}

/** The content file's text and value; the validate report (with lines and columns) when it is not content. */
async function readContent(file: string, locale: IssueLocale, io: PrerenderIO, t: PrerenderStrings, cli: CliStrings) {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? cli.notFound : code === 'EISDIR' ? cli.isDirectory : String((error as Error).message ?? error);
    throw new Failure(cli.unreadable({ file, reason }), 2);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Failure(cli.encoding, 1);
  }
  // The widgets refuse content over this size: a page would hydrate into an error message.
  if (bytes.byteLength > DEFAULT_MAX_BYTES) throw new Failure(cli.tooLarge({ bytes: bytes.byteLength, max: DEFAULT_MAX_BYTES }), 1);
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    value = undefined;
  }
  const invalid = () => {
    const findings = validateContentText(text, { locale }).findings.filter((f) => f.severity === 'error');
    return new Failure(`${t.invalid({ file })}\n\n${textReport(file, findings, cli)}`, 1);
  };
  if (value === undefined) throw invalid();
  // Editors' `$schema` pointer is not content.
  if (value && typeof value === 'object' && !Array.isArray(value)) delete (value as { $schema?: unknown }).$schema;
  return { value, invalid };
}

/**
 * Runs `prerender …` (argv after "prerender") and resolves to the exit code.
 * @param messages the language of the messages (--lang, read by main.ts)
 */
export async function prerenderCommand(
  argv: string[],
  messages: IssueLocale,
  io: PrerenderIO,
  cli: CliStrings,
  common: CommonWords,
): Promise<number> {
  const t = prerenderStrings[messages];
  let o: Options;
  try {
    if (argv.includes('--help') || argv.includes('-h')) return (io.stdout(`${t.usage}\n`), 0);
    o = parseOptions(argv, t, common);
  } catch (error) {
    if (!(error instanceof Usage)) throw error;
    io.stderr(`${error.message}\n\n${t.usage}\n`);
    return 2;
  }
  try {
    const output = await renderPage(o, messages, io, t, cli);
    if (o.out) {
      await writeFile(o.out, output).catch((error: Error) => {
        throw new Failure(t.unwritable({ file: o.out!, reason: error.message }), 2);
      });
      io.stderr(`${t.written({ file: o.out, bytes: Buffer.byteLength(output) })}\n`);
    } else io.stdout(output);
    return 0;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    io.stderr(`${error.message}\n`);
    return error.code;
  }
}

async function renderPage(o: Options, messages: IssueLocale, io: PrerenderIO, t: PrerenderStrings, cli: CliStrings): Promise<string> {
  // Read first: a wrong path is reported as such, whatever else is missing.
  const input = o.file === undefined ? undefined : await readContent(o.file, messages, io, t, cli);
  const esm = new URL('./esm/', import.meta.url);
  if (!existsSync(fileURLToPath(new URL('server.js', esm)))) throw new Failure(t.missingBuild({ dir: fileURLToPath(esm) }), 2);
  const { render, collectResultSync } = await loadRenderer(t);
  const { html, nothing } = await import('lit');
  // The server entry defines the tags on lit's server build, with the content checker loaded up front.
  await import(new URL('server.js', esm).href);
  // The whole API: parseContent's result is what the elements render as is, synchronously.
  const widgets = await import(new URL('index.js', esm).href);

  const parsed = widgets.parseContent(input?.value ?? widgets.defaultContent, { locale: messages });
  if (!parsed.ok) {
    if (input) throw input.invalid();
    throw new Failure(parsed.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`).join('\n'), 1);
  }
  const { meta } = parsed.content as { meta: { locale: string; title: string } };
  // `lang` on the elements themselves: the server cannot see the page around them, the browser can,
  // and both must pick the same interface language for the hydration to match.
  const lang = o.lang ?? (meta.locale.toLowerCase().startsWith('en') ? 'en' : 'fr');
  const both = o.element === 'both';
  const guideId = both ? 'cqp-vae-guide' : nothing;

  const templates: Array<[tag: string, template: TemplateResult]> = [];
  if (o.element !== 'check') {
    templates.push([
      'cqp-vae-guide',
      html`<cqp-vae-guide id=${guideId} lang=${lang} layout=${o.layout ?? nothing} route=${o.route ?? nothing} heading-level=${o.headingLevel ?? nothing} .content=${parsed.content}></cqp-vae-guide>`,
    ]);
  }
  if (o.element !== 'guide') {
    templates.push([
      'eligibility-check',
      html`<eligibility-check lang=${lang} guide=${guideId} heading-level=${o.headingLevel ?? nothing} .content=${parsed.content}></eligibility-check>`,
    ]);
  }
  const elements = templates.map(([tag, template], index) => {
    let markup = collectResultSync(render(template))
      // The markers lit puts around the top-level template: nothing hydrates that template itself.
      .replace(/^<!--lit-part [^>]*-->/, '')
      .replace(/<!--\/lit-part-->$/, '')
      .replace(/<!--lit-node \d+-->/, '')
      // Unset attributes leave their spaces behind; attribute values here have no double spaces.
      .replace(new RegExp(`^<${tag}[^>]*>`), (open) => open.replace(/\s+/g, ' ').replace(' >', '>'));
    if (input) {
      // The first element's copy goes last in it, the second's first in it: the two copies are then
      // next to each other, and gzip (which looks back 32 KB) sends the second one almost for
      // nothing; behind the questionnaire's shadow DOM, it cost a branch file's page about 5 KB.
      const at = index === 0 ? markup.lastIndexOf(`</${tag}>`) : markup.indexOf('>') + 1;
      markup = `${markup.slice(0, at)}<script type="application/json">${scriptJson(input.value)}</script>${markup.slice(at)}`;
    }
    return markup;
  });

  const base = o.scripts?.replace(/\/?$/, '/');
  const scripts = base
    ? ['hydrate-support.js', 'cqp-vae-widgets.js'].map((file) => `<script type="module" src="${escapeHtml(base + file)}"></script>`).join('\n')
    : '';
  if (o.fragment) return `${scripts ? `${scripts}\n` : ''}${elements.join('\n')}\n`;
  const title = o.title ?? meta.title;
  return `<!doctype html>
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
${elements.join('\n')}
</main>
</body>
</html>
`;
}
