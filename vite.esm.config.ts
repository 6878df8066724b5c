import { defineConfig } from 'vite';
import { build as esbuild } from 'esbuild';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { plugins } from './vite.config.ts';

// The unbundled build for applications that already ship lit: one ES module per source file in
// dist/esm/, with `lit` and `zod` left as bare imports (the package's dependencies), so that an
// application's bundler keeps one copy of each.
//
// The lit templates go through the same minifier plugin as the single-file bundle: a page
// prerendered on the server (`cqp-vae-widgets prerender` renders with this build) is hydrated by either
// build only if both have byte-identical template strings, since lit checks a digest of them.
//
// After the modules, this build also writes what the package ships beside them:
// - dist/hydrate-support.js: lit's hydration support (@lit-labs/ssr-client) as a self-contained
//   module, loaded before dist/cqp-vae-widgets.js on a prerendered page (opt-in, so that the main
//   bundle does not carry it);
// - a check that dist/esm/react.js (`cqp-vae-widgets/react`) still starts with 'use client';
// - dist/hydrate-support.node.js: what a server gets for `cqp-vae-widgets/hydrate-support` (the
//   `node` export condition): nothing, since hydration happens in the browser; importing the entry in
//   a server-rendered component then does not throw on `document`;
// - dist/types/types/*.d.ts: the JSX (React) and Vue typings, which tsc does not copy.
export default defineConfig({
  plugins: [...plugins, extras()],
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    // Readable modules, one per source file: applications minify them with their own bundler, and
    // debug them as they are (no maps, which would double the package's size).
    sourcemap: false,
    target: 'es2022',
    minify: false,
    lib: {
      entry: {
        'cqp-vae-widgets': 'src/cqp-vae-widgets.ts',
        index: 'src/index.ts',
        define: 'src/define.ts',
        react: 'src/react.ts',
        server: 'src/server.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // preserveModules keeps src/react.ts's 'use client' where Next.js reads it (checked below).
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return;
        warn(warning);
      },
      external: [/^lit(\/|$)/, /^zod(\/|$)/, /^react(\/|$)/, /^@lit\/react(\/|$)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        minify: false,
      },
    },
  },
});

function extras() {
  return {
    name: 'cqp-vae:package-extras',
    apply: 'build' as const,
    async closeBundle() {
      await esbuild({
        entryPoints: ['@lit-labs/ssr-client/lit-element-hydrate-support.js'],
        outfile: 'dist/hydrate-support.js',
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
        banner: {
          js:
            '// cqp-vae-widgets: lit hydration support for prerendered pages (@lit-labs/ssr-client, BSD-3-Clause).\n' +
            '// Load it before cqp-vae-widgets.js.',
        },
      });
      // Next.js needs the directive first in the file to render the React components from a Server
      // Component; bundlers may drop module-level directives, so the build fails if it is gone.
      const react = await readFile('dist/esm/react.js', 'utf8');
      if (!/^['"]use client['"]/.test(react)) throw new Error("dist/esm/react.js lost its 'use client' directive");
      await writeFile(
        'dist/hydrate-support.node.js',
        '// cqp-vae-widgets: hydration support runs in the browser; on a server this entry does nothing.\nexport {};\n',
      );
      await mkdir('dist/types/types', { recursive: true });
      await cp('src/types', 'dist/types/types', { recursive: true });
    },
  };
}
