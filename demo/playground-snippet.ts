/**
 * The HTML a webmaster pastes: the script tag, the elements with their attributes, the content
 * (inline JSON in each element, or a `src` URL) and, when the theme differs from the default, a
 * `<style>` rule with the custom properties. Pure: the playground shows it, the tests paste it.
 */

export type ContentMode = 'inline' | 'src';

export interface SnippetOptions {
  /** Where the webmaster published dist/cqp-vae-widgets.js. */
  scriptUrl: string;
  mode: ContentMode;
  /** The content file's URL (mode `src`). */
  src: string;
  /** The content as JSON text (mode `inline`). */
  json: string;
  guide: boolean;
  check: boolean;
  layout: 'tabs' | 'stacked';
  persist: boolean;
  /** Custom properties to set, e.g. `{ '--cqp-vae-accent': '#7a2e8c' }` (empty: none). */
  properties: Record<string, string>;
}

/** Above this many bytes, inline JSON is repeated in every element of every page: a file is better. */
export const INLINE_LIMIT_BYTES = 20 * 1024;

/** Id the snippet gives the guide so that the questionnaire's result can open its routes. */
export const SNIPPET_GUIDE_ID = 'guide';

export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Inline JSON is the author's text, trimmed, made safe inside a `<script>` element. */
export function inlineJson(json: string): string {
  // In JSON, "<" can only occur inside strings, where \u003c means the same character; escaping it
  // means no "</script>" or "<!--" in a content text can end or confuse the script element.
  return json.trim().replace(/</g, '\\u003c');
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The attributes of each element, in the order they are written. */
export function elementAttributes(options: SnippetOptions): { guide: [string, string][]; check: [string, string][] } {
  const both = options.guide && options.check;
  const src: [string, string][] = options.mode === 'src' ? [['src', options.src]] : [];
  const guide: [string, string][] = [...(both ? [['id', SNIPPET_GUIDE_ID] as [string, string]] : []), ...src];
  if (options.layout === 'stacked') guide.push(['layout', 'stacked']);
  const check: [string, string][] = [...(both ? [['guide', SNIPPET_GUIDE_ID] as [string, string]] : []), ...src];
  if (options.persist) check.push(['persist', '']);
  return { guide, check };
}

function element(tag: string, attributes: [string, string][], options: SnippetOptions): string {
  const attrs = attributes.map(([name, value]) => (value === '' && name !== 'src' ? ` ${name}` : ` ${name}="${attribute(value)}"`)).join('');
  if (options.mode === 'src') return `<${tag}${attrs}></${tag}>`;
  const json = inlineJson(options.json)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `<${tag}${attrs}>\n  <script type="application/json">\n${json}\n  </script>\n</${tag}>`;
}

export function buildSnippet(options: SnippetOptions): string {
  const parts = [`<script type="module" src="${attribute(options.scriptUrl)}"></script>`];
  const declarations = Object.entries(options.properties).map(([name, value]) => `    ${name}: ${value};`);
  const tags = [options.guide && 'cqp-vae-guide', options.check && 'eligibility-check'].filter(Boolean).join(', ');
  if (declarations.length && tags) parts.push(`<style>\n  ${tags} {\n${declarations.join('\n')}\n  }\n</style>`);
  const attributes = elementAttributes(options);
  if (options.guide) parts.push(element('cqp-vae-guide', attributes.guide, options));
  if (options.check) parts.push(element('eligibility-check', attributes.check, options));
  return `${parts.join('\n\n')}\n`;
}
