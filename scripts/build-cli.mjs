// Builds what the package ships besides the widgets' module, after `vite build` (which empties dist/):
// - dist/cli.mjs: the command-line tool, bundled for plain Node 20 (zod included, nothing to install;
//   `prerender` alone imports lit and the optional peer @lit-labs/ssr at run time);
// - dist/content.schema.json: the content JSON Schema, generated from the zod schema by the CLI's own code.
// With --examples, also rewrites demo/content/default.fr.json from src/content/default-content.ts (with
// French typography applied), so the built-in content is written once, in TypeScript
// (test/content/examples.test.ts checks they agree).
//
// Usage: node scripts/build-cli.mjs [--examples]
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(root, ...parts);
const pkg = JSON.parse(await readFile(at('package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
};

await mkdir(at('dist'), { recursive: true });
await build({
  ...common,
  entryPoints: [at('src/cli/main.ts')],
  outfile: at('dist/cli.mjs'),
  define: { __CQP_VAE_VERSION__: JSON.stringify(pkg.version) },
  // `prerender` renders with the project's lit and Lit's server renderer (an optional peer), which
  // must be the copies the package's dist/esm/ modules use: imported at run time, never bundled.
  external: ['lit', '@lit-labs/ssr', '@lit-labs/ssr/*'],
  // The zip reader (yauzl) is CommonJS and requires Node's built-ins; an ES module has no `require`,
  // so the bundle makes one.
  banner: {
    js: `// cqp-vae-widgets ${pkg.version} command-line tool; built by scripts/build-cli.mjs, do not edit.\nimport { createRequire as __cqpRequire } from 'node:module';\nconst require = __cqpRequire(import.meta.url);`,
  },
});

// A query string so that a second run in the same process (tests) does not get a cached module.
const cli = await import(`${pathToFileURL(at('dist/cli.mjs')).href}?t=${Date.now()}`);
const schema = `${JSON.stringify(cli.contentJsonSchema('fr'), null, 2)}\n`;
await writeFile(at('dist/content.schema.json'), schema);
console.log(`dist/cli.mjs and dist/content.schema.json (${Buffer.byteLength(schema)} bytes) written.`);

if (process.argv.includes('--examples')) {
  const result = await build({
    ...common,
    stdin: {
      contents:
        "export { defaultContent } from './src/content/default-content.ts'; export { typesetContent } from './src/content/typography.ts';",
      resolveDir: root,
      sourcefile: 'default-content-entry.ts',
      loader: 'ts',
    },
    write: false,
  });
  const code = result.outputFiles[0].text;
  const { defaultContent, typesetContent } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  // With French typography, as the widgets show it and as `cqp-vae-widgets typography` wants it.
  const file = { $schema: '../../dist/content.schema.json', ...typesetContent(defaultContent) };
  await writeFile(at('demo/content/default.fr.json'), `${JSON.stringify(file, null, 2)}\n`);
  console.log('demo/content/default.fr.json written from src/content/default-content.ts.');
}
