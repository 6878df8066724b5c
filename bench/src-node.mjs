// The project's pure TypeScript (content, parse, lint) bundled for Node with esbuild, so that the
// benchmark can read the built-in questionnaire and time the lint outside the browser.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadSource(root) {
  const result = await build({
    stdin: {
      contents: [
        "export { defaultContent } from './src/content/default-content.ts';",
        "export { lintContent } from './src/authoring/lint.ts';",
        "export { parseContent } from './src/content/parse.ts';",
        "export { evaluate } from './src/rules/engine.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'cqp-vae-bench-'));
  const file = path.join(dir, 'src.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
