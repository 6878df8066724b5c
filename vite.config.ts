import { defineConfig, type PluginOption } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// Self-contained, minified ES modules with lit and the built-in content, so that a webmaster needs
// a single <script type="module">: the widgets' module (both elements) and one module per element,
// for a page that shows only one (it carries neither the other element nor its texts). Each is
// its own build, `vite build --mode <name>` (package.json's build script), so that no code is
// shared between them through a third file. Beside each, the content checker (zod, the schema and
// its messages), which the module imports only when a page gives its own content, and the English
// UI strings, which it imports only for an element in English.
const entries: Record<string, string> = {
  'cqp-vae-widgets': 'src/cqp-vae-widgets.ts',
  'cqp-vae-guide': 'src/cqp-vae-guide.ts',
  'eligibility-check': 'src/eligibility-check.ts',
};

export const plugins: PluginOption[] = [
  // The JS minifier leaves template literals alone: this minifies the markup of lit's html`…` and
  // the CSS of css`…` (html-minifier-next and lightningcss, as lit's own plugin does it), with
  // source maps. The unbundled build uses it too: a prerendered page hydrates only when the
  // server's and the browser's templates are byte-identical.
  {
    ...minifyHtmlLiterals({
      include: ['**/src/**/*.ts'],
      failOnError: true,
      // Whitespace runs become one space, never none: a template is a fragment, and the space at
      // its edge ("<span> — ${description}</span>" after a link) is text the reader sees.
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    apply: 'build' as const,
  },
];

export default defineConfig(({ mode }) => {
  // `vite build` is the widgets' module; `--mode cqp-vae-guide` and `--mode eligibility-check`
  // the elements' own, written beside it.
  const name = mode in entries ? mode : 'cqp-vae-widgets';
  return {
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: name === 'cqp-vae-widgets',
      sourcemap: true,
      target: 'es2022',
      // terser with three compress passes, then the bundler's own minifier (output.minify): about
      // 190 bytes gzip fewer on the entry and 350 on the checker than the bundler's alone (measured
      // with `npm run size`).
      minify: 'terser',
      terserOptions: { compress: { passes: 3 } },
      lib: {
        entry: entries[name],
        formats: ['es'],
        fileName: () => `${name}.js`,
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
          // Other files, each imported on demand and named for good after the module, so that the
          // README can say which files a self-hosting webmaster copies: the content checker
          // (src/shared/checker.ts, for a page's own content; it imports a few small modules back
          // from its module, so each module has its own), the English UI strings
          // (src/elements/english.ts, for an element whose language is English) and the guide's
          // catalogue list (cqp-vae-guide/catalogue-loader.ts, for content with a catalogue).
          chunkFileNames: (chunk) => {
            const id = chunk.facadeModuleId ?? '';
            if (id.endsWith('strings.en.ts')) return `${name}.en.js`;
            if (id.endsWith('catalogue-list.ts')) return `${name}.catalogue.js`;
            return `${name}.check.js`;
          },
        },
      },
    },
  };
});
