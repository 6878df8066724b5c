// @web/test-runner: test/**/*.test.ts in headless Chromium from Debian (/usr/bin/chromium),
// driven by puppeteer-core. Run one file: npx web-test-runner test/path/file.test.ts
import { writeSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumCandidates, findChromium } from './scripts/find-browser.mjs';
import { fixturesMiddleware } from './test/server/fixtures-middleware.mjs';

const projectDir = path.dirname(fileURLToPath(import.meta.url));
const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    `No Chromium found (looked at ${chromiumCandidates().join(', ')}). ` +
      'Run `node scripts/ensure-browser.mjs` (installs it via apt-get when root), ' +
      'or `sudo apt-get install -y chromium`, or set CHROME_PATH.',
  );
}

/**
 * Prints one plain closing line, `Tests: N passed, M failed[, K skipped]`, after the run (CI logs
 * read it). A test file that failed without a failing test (e.g. it did not load) counts as one failure.
 */
function plainSummaryReporter() {
  let last;
  const count = (suite, acc) => {
    if (!suite) return acc;
    for (const t of suite.tests ?? []) {
      if (t.skipped) acc.skipped += 1;
      else if (t.passed) acc.passed += 1;
      else acc.failed += 1;
    }
    for (const child of suite.suites ?? []) count(child, acc);
    return acc;
  };
  process.once('exit', () => {
    if (!last) return;
    const total = { passed: 0, failed: 0, skipped: 0 };
    for (const session of last) {
      const c = count(session.testResults, { passed: 0, failed: 0, skipped: 0 });
      if (session.passed === false && c.failed === 0) c.failed = 1;
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
    writeSync(1, `Tests: ${total.passed} passed, ${total.failed} failed${skipped}\n`);
  });
  return {
    stop({ sessions }) {
      last = sessions;
    },
  };
}

export default {
  rootDir: projectDir,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Default concurrency (half the cores). A hung file fails the run instead of blocking CI.
  testsFinishTimeout: 120_000,
  browserStartTimeout: 60_000,
  // Lit's one-line "dev mode" notice on every test file is noise; other logs are kept.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
  plugins: [
    // esbuild reads tsconfig.json: experimentalDecorators + useDefineForClassFields=false are
    // what lit's decorators need. `.js` imports of `.ts` files are rewritten by this plugin.
    esbuildPlugin({ ts: true, tsconfig: path.join(projectDir, 'tsconfig.json') }),
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
  middleware: [fixturesMiddleware({ rootDir: projectDir })],
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', // we run as root
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--no-default-browser-check',
        ],
      },
    }),
  ],
};
