#!/usr/bin/env node
// The package's command-line tool: `npx cqp-vae-widgets validate content.json`, `… schema` or
// `… catalogue import export.zip`.
// The code lives in dist/cli.mjs, built by scripts/build-cli.mjs (part of `npm run build`).
import { readFile } from 'node:fs/promises';
import { run } from '../dist/cli.mjs';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  // One line redrawn in place, only on a terminal (a CI log or a pipe gets no progress noise).
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
});
