import { defineConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// One self-contained, minified ES module with lit and the built-in content, so that a webmaster
// needs a single <script type="module">; beside it, the content checker (zod, the schema and its
// messages), which the module imports only when a page gives its own content, and the English UI
// strings, which it imports only for an element in English.
export default defineConfig({
  plugins: [
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
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // terser with three compress passes, then the bundler's own minifier (output.minify): about
    // 190 bytes gzip fewer on the entry and 350 on the checker than the bundler's alone (measured
    // with `npm run size`).
    minify: 'terser',
    terserOptions: { compress: { passes: 3 } },
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
        // Two other files, each imported on demand and named for good, so that the README can say
        // which files a self-hosting webmaster copies: the content checker (src/shared/checker.ts,
        // for a page's own content) and the English UI strings (src/elements/english.ts, for an
        // element whose language is English).
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.endsWith('strings.en.ts') ? 'cqp-vae-widgets.en.js' : 'cqp-vae-widgets.check.js',
      },
    },
  },
});
