import { defineConfig, type Plugin } from 'vite';

// One self-contained, minified ES module with lit and the built-in content, so that a webmaster
// needs a single <script type="module">; beside it, the content checker (zod, the schema and its
// messages), which the module imports only when a page gives its own content.
export default defineConfig({
  plugins: [minifyLitTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: 'src/cqp-vae-widgets.ts',
      formats: ['es'],
      fileName: () => 'cqp-vae-widgets.js',
    },
    rolldownOptions: {
      // Nothing is external: the module must carry everything it needs.
      external: [],
      // The checker chunk shares a few small modules with the entry (links, the catalogue's ids…):
      // they stay in the entry, which gains internal exports for them, rather than go to a third
      // file that every page would have to load.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Library mode keeps whitespace in ES output for consumers' bundlers; this file is loaded
        // as is by browsers, so it is minified fully (whitespace included).
        minify: true,
        // The content checker, imported on demand (src/shared/checker.ts), is the one other file: a
        // fixed name, so that the README can say which files a self-hosting webmaster copies.
        chunkFileNames: 'cqp-vae-widgets.check.js',
      },
    },
  },
});

// ---------------------------------------------------------------------------------------------
// The JS minifier leaves template literals alone, so the indentation of lit's css`…` and html`…`
// templates would ship as is. This plugin (build only, files under src/) removes it:
// - css`…`: comments go; whitespace goes around { } ; : , > and at the ends; other runs become
//   one space; a `;` before `}` goes. Quoted strings are kept as written.
// - html`…`: whitespace runs become one space (text, and between attributes); a run that touches
//   a block-level tag (p, div, li, h1…) goes, since it renders as nothing there; a run before
//   the `>` of a tag goes. Attribute values and <pre>/<textarea>/<script>/<style> are kept.
// ${…} expressions are never touched: the quasis (the static parts) are edited one by one, with
// the expressions standing in as an opaque character. Every edit only replaces whitespace or a
// comment, and the plugin returns a fine-grained source map, so `sourcemap: true` still points at
// the right line and column of the TypeScript source.

type Edit = [start: number, end: number, text: string];

const EXPR = '\u0000';
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table tbody td ' +
    'tfoot th thead tr ul'
  ).split(' '),
);
const RAW_TEXT_TAGS = new Set(['pre', 'textarea', 'script', 'style']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** Edits (in `s` coordinates) that minify a css`…` template's static text. */
export function cssEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  const tight = '{};:,>';
  let i = 0;
  let prev = ''; // last significant character emitted
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') {
      prev = s[i + 1] ?? '';
      i += 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      i = j + 1;
      prev = c;
    } else if (isSpace(c) || (c === '/' && s[i + 1] === '*')) {
      // A gap: whitespace and comments.
      const start = i;
      while (i < s.length) {
        if (isSpace(s[i])) i++;
        else if (s[i] === '/' && s[i + 1] === '*') {
          const end = s.indexOf('*/', i + 2);
          i = end < 0 ? s.length : end + 2;
        } else break;
      }
      const next = s[i];
      const drop = start === 0 || next === undefined || tight.includes(prev) || tight.includes(next);
      const text = drop ? '' : ' ';
      if (s.slice(start, i) !== text) edits.push([start, i, text]);
    } else if (c === ';') {
      // `;` right before `}` (possibly across a gap) is not needed.
      let j = i + 1;
      while (j < s.length && isSpace(s[j])) j++;
      if (s[j] === '}') edits.push([i, i + 1, '']);
      prev = c;
      i++;
    } else {
      prev = c;
      i++;
    }
  }
  return edits;
}

/** Edits (in `s` coordinates) that minify an html`…` template's static text. */
export function htmlEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  let inTag = false;
  let tagName = '';
  /** The block-level tag that the last `>` closed, if the last thing seen was such a `>`. */
  let afterBlockTag = false;
  while (i < s.length) {
    const c = s[i];
    if (isSpace(c)) {
      const start = i;
      while (i < s.length && isSpace(s[i])) i++;
      const rest = s.slice(i);
      let text = ' ';
      if (inTag) {
        if (rest[0] === '>' || rest.startsWith('/>')) text = '';
      } else {
        const nextTag = /^<\/?([a-zA-Z][\w-]*)/.exec(rest);
        // Elsewhere (even at an end of the template) it may separate words: one space stays.
        if (afterBlockTag || (nextTag && BLOCK_TAGS.has(nextTag[1].toLowerCase()))) text = '';
      }
      if (s.slice(start, i) !== text) edits.push([start, i, text]);
      continue;
    }
    if (c === '\\') {
      afterBlockTag = false;
      i += 2;
      continue;
    }
    if (inTag) {
      if (c === '"' || c === "'") {
        const end = s.indexOf(c, i + 1);
        i = end < 0 ? s.length : end + 1;
        continue;
      }
      if (c === '>') {
        inTag = false;
        const name = tagName.replace(/^\//, '').toLowerCase();
        afterBlockTag = BLOCK_TAGS.has(name);
        i++;
        if (!tagName.startsWith('/') && RAW_TEXT_TAGS.has(name)) {
          // Keep raw text as written, up to its closing tag.
          const close = s.toLowerCase().indexOf(`</${name}`, i);
          i = close < 0 ? s.length : close;
          afterBlockTag = false;
        }
        continue;
      }
      i++;
      continue;
    }
    if (c === '<' && s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      i = end < 0 ? s.length : end + 3;
      afterBlockTag = false;
      continue;
    }
    const open = c === '<' ? /^<(\/?[a-zA-Z][\w-]*)/.exec(s.slice(i)) : null;
    if (open) {
      inTag = true;
      tagName = open[1];
      i += open[0].length;
      continue;
    }
    afterBlockTag = false;
    i++;
  }
  return edits;
}

interface TemplateNode {
  type: string;
  tag?: { type: string; name?: string };
  quasi?: { quasis: { start: number; end: number }[] };
}

/** Applies edits to `code` and returns the result with a source map of character precision. */
function applyEdits(code: string, edits: Edit[], file: string) {
  edits.sort((a, b) => a[0] - b[0]);
  const lines: number[][][] = [[]];
  let out = '';
  let srcLine = 0;
  let srcCol = 0;
  let outCol = 0;
  const segment = () => lines[lines.length - 1].push([outCol, 0, srcLine, srcCol]);
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const ch = code[k];
      if (!isSpace(ch)) segment();
      out += ch;
      if (ch === '\n') {
        lines.push([]);
        outCol = 0;
        srcLine++;
        srcCol = 0;
      } else {
        outCol++;
        srcCol++;
      }
    }
  };
  let pos = 0;
  for (const [start, end, text] of edits) {
    copy(pos, start);
    if (text) {
      segment();
      out += text;
      outCol += text.length;
    }
    for (let k = start; k < end; k++) {
      if (code[k] === '\n') {
        srcLine++;
        srcCol = 0;
      } else srcCol++;
    }
    pos = end;
  }
  copy(pos, code.length);
  return { code: out, map: { version: 3, sources: [file], names: [], mappings: encodeMappings(lines) } };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let d = v & 31;
    v >>>= 5;
    if (v) d |= 32;
    s += B64[d];
  } while (v);
  return s;
}

function encodeMappings(lines: number[][][]): string {
  let prevSrcLine = 0;
  let prevSrcCol = 0;
  return lines
    .map((segments) => {
      let prevOutCol = 0;
      return segments
        .map(([outCol, , line, col]) => {
          const s = vlq(outCol - prevOutCol) + 'A' + vlq(line - prevSrcLine) + vlq(col - prevSrcCol);
          prevOutCol = outCol;
          prevSrcLine = line;
          prevSrcCol = col;
          return s;
        })
        .join(',');
    })
    .join(';');
}

function minifyLitTemplates(): Plugin {
  return {
    name: 'cqp-vae:minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:css|html)`/.test(code)) return null;
      const edits: Edit[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as TemplateNode;
        if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && n.quasi) {
          const minify = n.tag.name === 'css' ? cssEdits : n.tag.name === 'html' ? htmlEdits : null;
          if (minify) {
            // The quasis joined by a stand-in for each expression, so that context carries across.
            const parts = n.quasi.quasis.map((q) => code.slice(q.start, q.end));
            const offsets: number[] = [];
            let joined = '';
            parts.forEach((p, k) => {
              offsets.push(joined.length);
              joined += p + (k < parts.length - 1 ? EXPR : '');
            });
            for (const [start, end, text] of minify(joined)) {
              let k = offsets.length - 1;
              while (offsets[k] > start) k--;
              const base = n.quasi.quasis[k].start - offsets[k];
              edits.push([start + base, end + base, text]);
            }
          }
        }
        for (const key in n) if (key !== 'parent') visit((n as Record<string, unknown>)[key]);
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      return applyEdits(code, edits, id);
    },
  };
}
