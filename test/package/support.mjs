// Shared by the node:test files of test/package/ and test/frameworks/: the build they need, a
// static file server, headless Chromium (Debian's, through puppeteer-core), the packed tarball, and
// acting on the widgets' shadow DOM as a person would.
import { execFile as execFileCb } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/find-browser.mjs';

const execFile = promisify(execFileCb);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const at = (...parts) => path.join(root, ...parts);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** What the tests load: the build's outputs. */
const BUILT = [
  'dist/cqp-vae-widgets.js',
  'dist/cqp-vae-guide.js',
  'dist/eligibility-check.js',
  'dist/hydrate-support.js',
  'dist/esm/cqp-vae-widgets.js',
  'dist/esm/define.js',
  'dist/esm/index.js',
  'dist/types/cqp-vae-widgets.d.ts',
  'dist/types/types/react.d.ts',
  'custom-elements.json',
];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  const missing = BUILT.filter((f) => !existsSync(at(f)));
  if (process.env.CQP_VAE_USE_DIST === '1' && !missing.length) return false;
  if (missing.length) return true;
  const sources = Math.max(newestMtime(at('src')), statSync(at('vite.config.ts')).mtimeMs, statSync(at('vite.esm.config.ts')).mtimeMs);
  return BUILT.some((f) => statSync(at(f)).mtimeMs < sources);
}

const LOCK = at('node_modules/.cache/cqp-vae-test-build.lock');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let built;
/**
 * Runs `npm run build` when an output is missing or older than a source file. node --test runs
 * files in parallel processes: a lock directory makes the others wait for the one that builds
 * (a lock older than 5 minutes is a leftover and is taken over). `CQP_VAE_USE_DIST=1` tests
 * dist/ as it is.
 */
export function ensureBuilt() {
  built ??= (async () => {
    if (!isStale()) return;
    await mkdir(path.dirname(LOCK), { recursive: true });
    for (;;) {
      try {
        await mkdir(LOCK);
        break;
      } catch {
        const age = Date.now() - ((await stat(LOCK).catch(() => null))?.mtimeMs ?? Date.now());
        if (age > 5 * 60_000) await rm(LOCK, { recursive: true, force: true });
        else await sleep(500);
      }
    }
    try {
      if (!isStale()) return;
      process.stderr.write('test: dist/ is missing or older than src/: running npm run build\n');
      await execFile(npm, ['run', 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const tail = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new Error(`npm run build failed:\n${tail}`);
    } finally {
      await rm(LOCK, { recursive: true, force: true });
    }
  })();
  return built;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 (a random port); `pages` maps URL paths to what is served first: an
 * HTML string, or `{ type, body }`. Every request is logged in `requests`, so a test can say what a
 * page fetched.
 */
export async function serve(dir, pages = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    if (Object.hasOwn(pages, url.pathname)) {
      const page = pages[url.pathname];
      const { type, body } = typeof page === 'string' ? { type: TYPES['.html'], body: page } : page;
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        // Chromium keeps idle keep-alive connections open; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}

/** Debian's headless Chromium, with the flags it needs as root in a container. */
export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-browser.mjs` or set CHROME_PATH.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
}

/**
 * A new page that records console errors (and warnings, with `warnings: true`), uncaught exceptions
 * and failed requests in `problems`: a test asserts it is empty, so that a hydration mismatch, a
 * framework's warning or a 404 cannot pass unnoticed.
 */
export async function openPage(browser, { warnings = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  if (warnings) {
    page.on('console', (msg) => {
      if (msg.type() === 'warn') problems.push(`console.warn: ${msg.text()}`);
    });
  }
  // The browser asks for /favicon.ico on its own; no page of the tests links one.
  const ours = (url) => !url.endsWith('/favicon.ico');
  page.on('console', (msg) => {
    if (msg.type() === 'error' && ours(msg.location()?.url ?? '')) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (req) => {
    if (ours(req.url())) problems.push(`requestfailed: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && ours(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, problems };
}

export async function scratchDir(prefix) {
  return mkdtemp(path.join(os.tmpdir(), `cqp-vae-${prefix}-`));
}

export const removeDir = (dir) => rm(dir, { recursive: true, force: true });

/** `npm pack` into `dest`; returns the tarball's path and npm's list of the files it holds. */
export async function pack(dest) {
  const { stdout } = await execFile(npm, ['pack', '--json', '--pack-destination', dest], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [info] = JSON.parse(stdout);
  return { tarball: path.join(dest, info.filename), files: info.files.map((f) => f.path) };
}

/**
 * Installs the tarball in a new project in `dir`, as an application would (`npm install <tarball>`),
 * its dependencies (lit, zod) from the npm cache when they are there (`--prefer-offline`).
 */
export async function installTarball(dir, tarball) {
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  await execFile(
    npm,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball],
    { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
  );
  return path.join(dir, 'node_modules', 'cqp-vae-widgets');
}

/**
 * A one-question content document for the host tests: the result comes after one choice, so the
 * tests depend on the elements' behaviour, not on the built-in questionnaire's wording.
 */
export const hostContent = {
  meta: {
    id: 'host-test',
    version: '1',
    locale: 'fr',
    title: 'Contenu de test des hôtes',
    publisher: { name: 'Branche test' },
    source: { url: 'https://example.org/source' },
    reviewedAt: '2026-01-15',
  },
  guide: {
    title: 'Guide de test',
    routes: [
      { id: 'cqp', title: 'Le CQP de test', shortTitle: 'CQP', sections: [{ kind: 'objectives', title: 'Objectif', body: ['Texte du CQP.'] }] },
      { id: 'vae', title: 'La VAE de test', shortTitle: 'VAE', sections: [{ kind: 'objectives', title: 'Objectif', body: ['Texte de la VAE.'] }] },
    ],
  },
  eligibility: {
    title: 'Test d’éligibilité',
    questions: [
      {
        id: 'employed',
        type: 'single',
        label: 'Êtes-vous salarié ?',
        options: [
          { value: 'yes', label: 'Oui' },
          { value: 'no', label: 'Non' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'cqp',
        title: 'Le CQP',
        route: 'cqp',
        rules: [
          { when: { question: 'employed', equals: 'no' }, verdict: 'to-check', reason: 'Non salarié.' },
          { verdict: 'eligible', reason: 'Salarié.' },
        ],
      },
    ],
  },
};

/**
 * In the page: answers the one question of `hostContent` ("yes") inside the shadow DOM of the
 * `<eligibility-check>` matched by `selector`, clicking through to the result as a person would.
 * Returns the verdict words shown.
 */
export async function completeQuestionnaire(page, selector) {
  const el = await page.waitForSelector(selector);
  const inShadow = (css) => el.waitForSelector(`>>> ${css}`);
  await (await inShadow('input[value="yes"]')).click();
  await (await inShadow('button[part~="next"]')).click(); // to the recap
  await inShadow('[part~="recap"]');
  await (await inShadow('button[part~="next"]')).click(); // to the result
  await inShadow('[part~="result"]');
  return el.evaluate((node) =>
    [...node.shadowRoot.querySelectorAll('[part~="verdict-text"]')].map((n) => n.textContent.trim()),
  );
}
