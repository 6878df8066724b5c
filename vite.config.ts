import { defineConfig } from 'vite';

// One self-contained, minified ES module: lit, zod and the built-in content are bundled in
// so that a webmaster needs a single <script type="module"> and nothing else.
export default defineConfig({
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
      output: {
        // Library mode keeps whitespace in ES output for consumers' bundlers; this file is loaded
        // as is by browsers, so it is minified fully (whitespace included).
        minify: true,
      },
    },
  },
});
