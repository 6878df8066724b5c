// Real host applications, built with their own tools from the packed tarball: the apps in
// test/frameworks/hosts/ are copied to a scratch folder and installed together (one `npm install`
// from the registry, with the tarball), then each is type-checked and built as its developers would,
// served, and used in headless Chromium:
// - Vite + React 19 (tsc, then vite build), through `cqp-vae-widgets/react`;
// - Next.js App Router (next build, next start): server-rendered, then hydrated;
// - Vue 3 (vue-tsc, then vite build), `@eligibility-complete` typed;
// - Astro 5 (astro build): the elements rendered on the server by lit's SSR, then hydrated;
// - plain HTML, the CMS page, with the package's bundled file.
// Each shows the content given by the page, delivers `eligibility-complete` to the page's handler,
// and (where the unbundled entry is bundled with the app's own lit) runs one copy of lit.
// It takes minutes (the install above all): `npm run test:frameworks` runs it, and so does CI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile as execFileCb, spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  at,
  completeQuestionnaire,
  ensureBuilt,
  hostContent,
  launch,
  openPage,
  pack,
  removeDir,
  scratchDir,
  serve,
} from '../package/support.mjs';

const execFile = promisify(execFileCb);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NEXT_PORT = Number(process.env.CQP_VAE_NEXT_PORT ?? 5352);
const EXPECTED = [{ answers: { employed: 'yes' }, verdicts: [{ outcome: 'cqp', verdict: 'eligible', reasons: ['Salarié.'] }] }];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

const timings = [];
/** Runs a command in `cwd`, records how long it took, and fails with its output's tail. */
async function timed(label, file, args, cwd) {
  const started = performance.now();
  try {
    await execFile(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 });
  } catch (error) {
    const tail = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${label} failed:\n${tail}`);
  } finally {
    timings.push(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** What a page's widgets show, what the page received, and how many copies of lit it runs. */
async function checkApp(browser, url, { oneLit = true } = {}) {
  const { page, problems } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('cqp-vae-guide')?.hasUpdated && document.querySelector('eligibility-check')?.hasUpdated,
    { timeout: 20_000 },
  );
  // The page's content may arrive after a first render of the built-in one (a wrapper sets the
  // property after the tag upgrades, and custom content waits for the checker to load).
  await page.waitForFunction(
    () => document.querySelector('cqp-vae-guide').shadowRoot.querySelector('[part~="title"]')?.textContent.trim() === 'Guide de test' &&
      document.querySelector('eligibility-check').shadowRoot.querySelector('[part~="legend"], button[part~="start"]'),
    { timeout: 20_000 },
  ).catch(() => {});
  const shown = await page.evaluate(() => {
    const t = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const guide = document.querySelector('cqp-vae-guide');
    const check = document.querySelector('eligibility-check');
    return {
      guideTitle: t(guide.shadowRoot.querySelector('[part~="title"]')),
      routes: [...guide.shadowRoot.querySelectorAll('[part~="route-title"]')].map(t),
      question: t(check.shadowRoot.querySelector('[part~="legend"]')),
      guides: document.querySelectorAll('cqp-vae-guide').length,
      checks: document.querySelectorAll('eligibility-check').length,
    };
  });
  assert.equal(shown.guideTitle, 'Guide de test', JSON.stringify(shown));
  assert.deepEqual(shown.routes, ['Le CQP de test', 'La VAE de test']);
  assert.match(shown.question, /Êtes-vous salarié/);
  assert.deepEqual([shown.guides, shown.checks], [1, 1]);
  assert.deepEqual(await completeQuestionnaire(page, 'eligibility-check'), ['Accessible']);
  await page.waitForFunction(() => document.getElementById('received')?.textContent === 'cqp:eligible', { timeout: 10_000 });
  const received = await page.evaluate(() => window.__received);
  assert.deepEqual(received.complete, EXPECTED);
  assert.equal(received.change, 1);
  const lit = await page.evaluate(() => ({
    html: globalThis.litHtmlVersions?.length ?? 0,
    element: globalThis.litElementVersions?.length ?? 0,
    reactive: globalThis.reactiveElementVersions?.length ?? 0,
  }));
  if (oneLit) assert.deepEqual(lit, { html: 1, element: 1, reactive: 1 }, 'one copy of lit in the page');
  assert.deepEqual(problems, []);
  return page;
}

async function waitForServer(url, child, output) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer at ${url}:\n${output.join('')}`);
}

describe('host applications built from the packed tarball', { timeout: 40 * 60_000 }, () => {
  let dir;
  let apps;
  let browser;
  const servers = [];
  const bin = (pkg, file) => path.join(apps, 'node_modules', pkg, file);

  before(async () => {
    await ensureBuilt();
    dir = await scratchDir('apps');
    const { tarball } = await pack(dir);
    apps = path.join(dir, 'hosts');
    await cp(at('test/frameworks/hosts'), apps, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|dist|\.next|\.astro)([\\/]|$)/.test(src),
    });
    await writeFile(path.join(apps, 'content.json'), `${JSON.stringify(hostContent, null, 2)}\n`);
    const manifest = JSON.parse(await readFile(path.join(apps, 'package.json'), 'utf8'));
    manifest.dependencies['cqp-vae-widgets'] = `file:${tarball}`;
    await writeFile(path.join(apps, 'package.json'), JSON.stringify(manifest, null, 2));
    // One install for every app (they share node_modules one folder up). Install scripts are not
    // needed: esbuild, sharp and Next's compiler come as prebuilt optional packages.
    await timed('npm install (all apps)', npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], apps);
    browser = await launch();
  });

  after(async () => {
    process.stderr.write(`frameworks timings:\n  ${timings.join('\n  ')}\n`);
    await browser?.close();
    for (const server of servers) await server.close();
    if (dir && !process.env.CQP_VAE_KEEP_APPS) await removeDir(dir);
  });

  it('Vite + React 19: tsc accepts the typed props and events (and refuses wrong ones), the built app works', async () => {
    const app = path.join(apps, 'vite-react');
    await timed('vite-react: tsc', process.execPath, [bin('typescript', 'bin/tsc'), '-p', app], app);
    await timed('vite-react: vite build', process.execPath, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'error'], app);
    const server = await serve(path.join(app, 'dist'), { '/': await readFile(path.join(app, 'dist/index.html'), 'utf8') });
    servers.push(server);
    await (await checkApp(browser, `${server.url}/`)).close();
  });

  it('Next.js App Router: server-rendered, hydrated, and the content and the handler survive hydration', async () => {
    const app = path.join(apps, 'next');
    await timed('next: next build', process.execPath, [bin('next', 'dist/bin/next'), 'build'], app);
    const output = [];
    const child = spawn(process.execPath, [bin('next', 'dist/bin/next'), 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1'], {
      cwd: app,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    servers.push({ close: async () => child.exitCode === null && (child.kill('SIGTERM'), await new Promise((r) => child.once('exit', r))) });
    const url = `http://127.0.0.1:${NEXT_PORT}/`;
    await waitForServer(url, child, output);
    // The server's HTML has the elements (so the browser hydrates them), with no property set yet.
    const html = await (await fetch(url)).text();
    assert.match(html, /<cqp-vae-guide[^>]*id="guide"/);
    assert.match(html, /<eligibility-check[^>]*>/);
    const page = await checkApp(browser, url);
    assert.equal(await page.evaluate(() => typeof document.querySelector('eligibility-check').content), 'object');
    await page.close();
  });

  it('Vue 3: vue-tsc types `@eligibility-complete` (and refuses wrong handlers), the built app works', async () => {
    const app = path.join(apps, 'vue');
    await timed('vue: vue-tsc', process.execPath, [bin('vue-tsc', 'bin/vue-tsc.js'), '-p', app], app);
    await timed('vue: vite build', process.execPath, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'error'], app);
    const server = await serve(path.join(app, 'dist'), { '/': await readFile(path.join(app, 'dist/index.html'), 'utf8') });
    servers.push(server);
    const { page, problems } = await openPage(browser, { warnings: true });
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.querySelector('eligibility-check')?.hasUpdated);
    // isCustomElement: no "Failed to resolve component" warning.
    assert.deepEqual(problems, []);
    await page.close();
    await (await checkApp(browser, `${server.url}/`)).close();
  });

  it('Astro 5 on Node 20: the frontmatter imports the package, lit SSR renders both elements, hydration keeps them', async () => {
    const app = path.join(apps, 'astro');
    await timed('astro: astro build', process.execPath, [bin('astro', 'astro.js'), 'build', '--silent'], app);
    const html = await readFile(path.join(app, 'dist/index.html'), 'utf8');
    // Rendered on the server: each element's shadow DOM is in the HTML, with the page's content.
    const guideShadow = /<cqp-vae-guide[^>]*>\s*<template shadowroot(?:mode)?="open"[^]*?<\/template>/.exec(html)?.[0] ?? '';
    assert.match(guideShadow, /Guide de test/);
    assert.match(guideShadow, /Le CQP de test/);
    const checkShadow = /<eligibility-check[^>]*>\s*<template shadowroot(?:mode)?="open"[^]*?<\/template>/.exec(html)?.[0] ?? '';
    assert.match(checkShadow, /Êtes-vous salarié/);
    const server = await serve(path.join(app, 'dist'), { '/': html });
    servers.push(server);
    const page = await checkApp(browser, `${server.url}/`);
    // Hydrated, not rendered a second time: one title in the guide's shadow root.
    assert.equal(await page.evaluate(() => document.querySelector('cqp-vae-guide').shadowRoot.querySelectorAll('[part~="title"]').length), 1);
    await page.close();
  });

  it('plain HTML (a CMS page): the package\'s single file, content set by a classic script, result to analytics', async () => {
    const installed = path.join(apps, 'node_modules', 'cqp-vae-widgets');
    const cms = await readFile(at('test/frameworks/apps/cms.html'), 'utf8');
    const contentScript = `<script>window.__hostContent = ${JSON.stringify(hostContent).replace(/</g, '\\u003c')};</script>`;
    const page = cms
      .replace('</title>', `</title>${contentScript}`)
      // The CMS page has no #received output of its own: the analytics call stands for it.
      .replace('</body>', `<output id="received"></output><script>document.addEventListener('eligibility-complete', function (e) { document.getElementById('received').textContent = e.detail.verdicts.map(function (v) { return v.outcome + ':' + v.verdict; }).join(' '); });</script></body>`);
    const server = await serve(installed, { '/cms.html': page });
    servers.push(server);
    const opened = await checkApp(browser, `${server.url}/cms.html`);
    assert.deepEqual(await opened.evaluate(() => window._paq), [['trackEvent', 'eligibilite', 'resultat', 'cqp:eligible']]);
    await opened.close();
  });
});
