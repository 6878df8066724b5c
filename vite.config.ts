import { defineConfig } from 'vite';

// One self-contained, minified ES module: lit, zod and the built-in content are bundled in
// so that a webmaster needs a single <script type="module"> and nothing else.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    target: 'es2022',
    lib: {
      entry: 'src/cqp-vae-widgets.ts',
      formats: ['es'],
      fileName: () => 'cqp-vae-widgets.js',
    },
    rollupOptions: {
      // Nothing is external: the module must carry everything it needs.
      external: [],
    },
  },
});
