import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The demo pages (demo/*.html) as a static site in dist-demo/, next to the library builds of
// vite.config.ts. Each page is an entry; the example contents the playground fetches are copied as
// assets by Vite (new URL('./content/…', import.meta.url)).
// `base: './'` makes every URL relative, so the folder works from any path (GitHub Pages, a sub-folder,
// or opened from a plain static server) with no network beyond its own origin.
const demo = fileURLToPath(new URL('./demo/', import.meta.url));

export default defineConfig({
  root: demo,
  base: './',
  build: {
    outDir: resolve(demo, '../dist-demo'),
    emptyOutDir: true,
    target: 'es2022',
    // The example contents stay files (the playground fetches them) rather than data: URLs.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        index: resolve(demo, 'index.html'),
        theming: resolve(demo, 'theming.html'),
        playground: resolve(demo, 'playground.html'),
        noscript: resolve(demo, 'noscript.html'),
      },
    },
  },
});
