// The package as npm and CDNs serve it: `npm pack`, then the tarball installed in a scratch
// application (`npm install <tarball>`, lit and zod from the npm cache). From there:
// - a script-tag page served from the package's files alone (what a CDN serving npm packages by URL
//   does) runs both widgets on the built-in content and fetches nothing else; with its own content,
//   a page copied anywhere fetches the content checker from beside the module;
// - an application bundles the unbundled entry with esbuild: one copy of lit shared with the app;
// - the exports map, files, sideEffects and typings are what package.json promises;
// - `npx cqp-vae-widgets prerender` explains how to install its optional peer @lit-labs/ssr, then,
//   installed, writes a page whose elements show without JavaScript and hydrate.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile as execFileCb } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { at, completeQuestionnaire, ensureBuilt, hostContent, installTarball, launch, openPage, pack, removeDir, scratchDir, serve } from './support.mjs';

const execFile = promisify(execFileCb);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const pkg = JSON.parse(await readFile(at('package.json'), 'utf8'));

const widgetsPage = (script) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Widgets</title>${script}</head>
<body><main><h1>Page</h1>
<cqp-vae-guide id="guide"></cqp-vae-guide>
<eligibility-check guide="guide"></eligibility-check>
</main></body>
</html>`;

/** Both elements upgraded and rendered: tags defined, title of the built-in guide, first step. */
const widgetsState = async (page) => {
  await page.waitForFunction(
    () => document.querySelector('cqp-vae-guide')?.hasUpdated && document.querySelector('eligibility-check')?.hasUpdated,
  );
  return page.evaluate(() => {
    const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const guide = document.querySelector('cqp-vae-guide');
    const check = document.querySelector('eligibility-check');
    return {
      guideTitle: text(guide.shadowRoot.querySelector('[part~="title"]')),
      tabs: guide.shadowRoot.querySelectorAll('[role="tab"]').length,
      checkHasForm: Boolean(check.shadowRoot.querySelector('form')),
      guideIsClass: guide instanceof customElements.get('cqp-vae-guide'),
    };
  });
};

describe('the packed package', () => {
  let dir;
  let tarball;
  let files;
  let installed;
  let browser;
  let defaultTitle;

  before(async () => {
    await ensureBuilt();
    dir = await scratchDir('package');
    ({ tarball, files } = await pack(dir));
    const app = path.join(dir, 'app');
    await (await import('node:fs/promises')).mkdir(app);
    installed = await installTarball(app, tarball);
    const { defaultContent } = await import(at('dist/esm/index.js'));
    // Read as the page's view reads it: its no-break spaces (French typography) as spaces.
    defaultTitle = defaultContent.guide.title.replace(/\s+/g, ' ').trim();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    if (dir) await removeDir(dir);
  });

  it('holds the built files, the manifest, the licence and the changelog, and no sources or tests', () => {
    for (const f of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'bin/cqp-vae-widgets.mjs',
      'dist/cli.mjs',
      'dist/content.schema.json',
      'dist/cqp-vae-widgets.js',
      'dist/cqp-vae-widgets.check.js',
      'dist/cqp-vae-widgets.check.en.js',
      'dist/cqp-vae-widgets.en.js',
      'dist/cqp-vae-widgets.catalogue.js',
      'dist/cqp-vae-widgets.picker.js',
      'dist/cqp-vae-guide.js',
      'dist/cqp-vae-guide.check.js',
      'dist/cqp-vae-guide.check.en.js',
      'dist/cqp-vae-guide.en.js',
      'dist/cqp-vae-guide.catalogue.js',
      'dist/eligibility-check.js',
      'dist/eligibility-check.check.js',
      'dist/eligibility-check.check.en.js',
      'dist/eligibility-check.en.js',
      'dist/eligibility-check.picker.js',
      'dist/hydrate-support.js',
      'dist/esm/cqp-vae-widgets.js',
      'dist/esm/define.js',
      'dist/esm/index.js',
      'dist/types/cqp-vae-widgets.d.ts',
      'dist/types/types/react.d.ts',
      'dist/types/types/vue.d.ts',
    ]) {
      assert.ok(files.includes(f), `${f} is in the tarball`);
    }
    const stray = files.filter((f) => /^(src|test|demo|scripts|bench|node_modules)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts'));
    assert.deepEqual(stray, []);
  });

  it('package.json: every export exists, `types` comes first, sideEffects name only tag-defining modules', async () => {
    const manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
    for (const [key, target] of Object.entries(manifest.exports)) {
      const targets = typeof target === 'string' ? { default: target } : target;
      if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', `${key}: types first`);
      for (const file of Object.values(targets)) assert.ok(existsSync(path.join(installed, file)), `${key} → ${file}`);
    }
    for (const field of ['main', 'module', 'types', 'customElements']) {
      assert.ok(existsSync(path.join(installed, manifest[field])), `${field}: ${manifest[field]}`);
    }
    assert.ok(existsSync(path.join(installed, manifest.bin['cqp-vae-widgets'])));
    assert.equal(manifest.license, 'MIT');
    assert.ok(manifest.engines.node);
    // Each shipped side-effect module defines the tags (or installs hydration); index.js does not.
    for (const file of manifest.sideEffects.filter((f) => f.startsWith('./dist/'))) {
      assert.ok(existsSync(path.join(installed, file)), file);
    }
    assert.ok(!manifest.sideEffects.includes('./dist/esm/index.js'));
    const manifestJson = JSON.parse(await readFile(path.join(installed, 'custom-elements.json'), 'utf8'));
    const tags = manifestJson.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    assert.deepEqual(tags.sort(), ['cqp-vae-guide', 'eligibility-check']);
  });

  it('the CLI runs from the installed package', async () => {
    const { stdout } = await execFile(process.execPath, [path.join(installed, 'bin/cqp-vae-widgets.mjs'), 'schema']);
    assert.equal(JSON.parse(stdout).type, 'object');
  });

  it('`npx cqp-vae-widgets prerender` without @lit-labs/ssr: a French message with the npm install line, nothing written', async () => {
    const app = path.dirname(path.dirname(installed));
    await writeFile(path.join(app, 'content.json'), JSON.stringify(hostContent));
    await assert.rejects(
      execFile(npx, ['--no', 'cqp-vae-widgets', 'prerender', 'content.json', '--out', 'page.html'], { cwd: app }),
      (error) => {
        assert.equal(error.code, 2);
        assert.match(error.stderr, /La commande prerender a besoin du rendu serveur de Lit \(paquet @lit-labs\/ssr\), qui n’est pas installé/);
        assert.match(error.stderr, /^ {2}npm install --save-dev @lit-labs\/ssr$/m);
        return true;
      },
    );
    assert.ok(!existsSync(path.join(app, 'page.html')), 'no page written');
  });

  it('`npx cqp-vae-widgets prerender content.json` with @lit-labs/ssr installed: both first screens, hydrated, answered', async () => {
    const app = path.dirname(path.dirname(installed));
    // The optional peer, as the message above says, at the version the repository tests with.
    await execFile(
      npm,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--save-dev', `@lit-labs/ssr@${pkg.devDependencies['@lit-labs/ssr']}`],
      { cwd: app, maxBuffer: 64 * 1024 * 1024 },
    );
    const { stdout: html } = await execFile(
      npx,
      ['--no', 'cqp-vae-widgets', 'prerender', 'content.json', '--scripts', '/node_modules/cqp-vae-widgets/dist/'],
      { cwd: app, maxBuffer: 16 * 1024 * 1024 },
    );
    assert.match(html, /<cqp-vae-guide id="cqp-vae-guide" lang="fr" layout="tabs" heading-level="2"><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /<eligibility-check lang="fr" guide="cqp-vae-guide"><script type="application\/json">[^<]*<\/script><template shadowroot="open" shadowrootmode="open">/);
    const server = await serve(app, { '/page.html': html });
    try {
      // Without JavaScript: the guide's title and the questionnaire's start screen are on the page.
      const { page: still } = await openPage(browser);
      await still.setJavaScriptEnabled(false);
      await still.goto(`${server.url}/page.html`);
      const shownTexts = await still.evaluate(() =>
        ['cqp-vae-guide', 'eligibility-check'].map((tag) =>
          document.querySelector(tag).shadowRoot.querySelector('[part~="title"]').textContent.replace(/\s+/g, ' ').trim(),
        ),
      );
      assert.deepEqual(shownTexts, [hostContent.guide.title, hostContent.eligibility.title]);
      await still.close();
      // With it: the page hydrates and the questionnaire is answered to its result.
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}/page.html`);
      // (This content has no introduction: its first screen is the question.)
      assert.deepEqual(await completeQuestionnaire(page, 'eligibility-check'), ['Accessible']);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('a script-tag page served from the package files alone runs both widgets and fetches nothing else', async () => {
    const server = await serve(installed, {
      '/page.html': widgetsPage('<script type="module" src="/dist/cqp-vae-widgets.js"></script>'),
    });
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}/page.html`);
      const state = await widgetsState(page);
      assert.deepEqual(state, { guideTitle: defaultTitle, tabs: 2, checkHasForm: true, guideIsClass: true });
      assert.deepEqual(problems, []);
      assert.deepEqual(server.requests.filter((r) => r !== '/favicon.ico'), ['/page.html', '/dist/cqp-vae-widgets.js']);
      await page.close();
    } finally {
      await server.close();
    }
  });

  // The module's URL carries a query string, as a CMS adds one (WordPress's ?ver=): the English
  // chunk imports nothing back from it, so no second copy of the module loads.
  it('a page in English loads the English strings from beside the module, wherever the files are copied, and shows no French first', async () => {
    const site = await scratchDir('copied-en');
    try {
      await mkdir(path.join(site, 'assets/widgets'), { recursive: true });
      for (const file of ['cqp-vae-widgets.js', 'cqp-vae-widgets.en.js']) {
        await copyFile(path.join(installed, 'dist', file), path.join(site, 'assets/widgets', file));
      }
      const server = await serve(site, {
        '/pages/en.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>English</title></head>
<body><cqp-vae-guide></cqp-vae-guide>
<script>
  // Every text the guide's shadow root shows, from the first render on.
  window.seen = [];
  const guide = document.querySelector('cqp-vae-guide');
  customElements.whenDefined('cqp-vae-guide').then(() => {
    const look = () => guide.shadowRoot && window.seen.push(guide.shadowRoot.querySelector('[role="tablist"]')?.getAttribute('aria-label') ?? null);
    new MutationObserver(look).observe(guide.shadowRoot ?? guide, { childList: true, subtree: true });
    look();
  });
</script>
<script type="module" src="../assets/widgets/cqp-vae-widgets.js?ver=6.4"></script></body></html>`,
      });
      try {
        const { page, problems } = await openPage(browser);
        await page.goto(`${server.url}/pages/en.html`);
        await page.waitForFunction(() => document.querySelector('cqp-vae-guide')?.shadowRoot?.querySelector('[role="tablist"]'));
        const labels = await page.evaluate(() => window.seen.filter((x) => x !== null));
        assert.ok(labels.length > 0);
        assert.deepEqual([...new Set(labels)], ['Routes'], 'the tab list is labelled in English from its first render');
        assert.deepEqual(problems, []);
        assert.deepEqual(server.requests.filter((r) => r !== '/favicon.ico'), [
          '/pages/en.html',
          // Once: the server logs paths without their query, so a second copy would show twice.
          '/assets/widgets/cqp-vae-widgets.js',
          '/assets/widgets/cqp-vae-widgets.en.js',
        ]);
        await page.close();
      } finally {
        await server.close();
      }
    } finally {
      await removeDir(site);
    }
  });

  it('a page with its own content loads the checker from beside the module, wherever the two files are copied', async () => {
    const site = await scratchDir('copied');
    try {
      await mkdir(path.join(site, 'assets/widgets'), { recursive: true });
      for (const file of ['cqp-vae-widgets.js', 'cqp-vae-widgets.check.js']) {
        await copyFile(path.join(installed, 'dist', file), path.join(site, 'assets/widgets', file));
      }
      const json = JSON.stringify(hostContent).replace(/</g, '\\u003c');
      const server = await serve(site, {
        '/pages/own.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Own</title>
<script type="module" src="../assets/widgets/cqp-vae-widgets.js"></script></head>
<body><eligibility-check><script type="application/json">${json}</script></eligibility-check></body></html>`,
      });
      try {
        const { page, problems } = await openPage(browser);
        await page.goto(`${server.url}/pages/own.html`);
        assert.deepEqual(await completeQuestionnaire(page, 'eligibility-check'), ['Accessible']);
        assert.deepEqual(problems, []);
        assert.deepEqual(server.requests.filter((r) => r !== '/favicon.ico'), [
          '/pages/own.html',
          '/assets/widgets/cqp-vae-widgets.js',
          '/assets/widgets/cqp-vae-widgets.check.js',
        ]);
        await page.close();
      } finally {
        await server.close();
      }
    } finally {
      await removeDir(site);
    }
  });

  it('an application bundling the unbundled entry gets one copy of lit, shared with its own code', async () => {
    const app = path.dirname(path.dirname(installed));
    await writeFile(
      path.join(app, 'main.js'),
      `import { LitElement } from 'lit';
import { CqpVaeGuide, EligibilityCheck } from 'cqp-vae-widgets/unbundled';
import { parseContent } from 'cqp-vae-widgets/unbundled/classes';
window.__app = {
  sharesLit: CqpVaeGuide.prototype instanceof LitElement && EligibilityCheck.prototype instanceof LitElement,
  parses: parseContent({}).ok === false,
};
`,
    );
    const result = await build({
      entryPoints: [path.join(app, 'main.js')],
      bundle: true,
      format: 'esm',
      outfile: path.join(app, 'out/main.js'),
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: app,
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.equal(inputs.filter((i) => /node_modules\/lit-html\/lit-html\.js$/.test(i)).length, 1, 'one lit-html');
    assert.ok(inputs.some((i) => i.includes('node_modules/cqp-vae-widgets/dist/esm/')), 'the unbundled modules');
    assert.ok(!inputs.some((i) => i.endsWith('dist/cqp-vae-widgets.js')), 'not the single-file bundle');

    const server = await serve(app, {
      '/page.html': widgetsPage('<script type="module" src="/out/main.js"></script>'),
    });
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}/page.html`);
      const state = await widgetsState(page);
      assert.deepEqual(state, { guideTitle: defaultTitle, tabs: 2, checkHasForm: true, guideIsClass: true });
      assert.deepEqual(await page.evaluate(() => window.__app), { sharesLit: true, parses: true });
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('the unbundled entry also loads as plain ES modules with an import map (no bundler)', async () => {
    const app = path.dirname(path.dirname(installed));
    const nm = '/node_modules/';
    // lit's own packages, each at its browser entry; zod/mini at the file its exports map names.
    const zodPkg = JSON.parse(await readFile(path.join(app, 'node_modules/zod/package.json'), 'utf8'));
    const zodMini = zodPkg.exports['./mini'].import?.default ?? zodPkg.exports['./mini'].import ?? zodPkg.exports['./mini'].default;
    const importMap = {
      imports: {
        lit: `${nm}lit/index.js`,
        'lit/': `${nm}lit/`,
        'lit-html': `${nm}lit-html/lit-html.js`,
        'lit-html/': `${nm}lit-html/`,
        'lit-element/lit-element.js': `${nm}lit-element/lit-element.js`,
        '@lit/reactive-element': `${nm}@lit/reactive-element/reactive-element.js`,
        '@lit/reactive-element/': `${nm}@lit/reactive-element/`,
        'zod/mini': `${nm}zod/${zodMini.replace(/^\.\//, '')}`,
      },
    };
    const script = `<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module" src="${nm}cqp-vae-widgets/dist/esm/cqp-vae-widgets.js"></script>`;
    const server = await serve(app, { '/page.html': widgetsPage(script) });
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}/page.html`);
      const state = await widgetsState(page);
      assert.deepEqual(state, { guideTitle: defaultTitle, tabs: 2, checkHasForm: true, guideIsClass: true });
      assert.deepEqual(problems, []);
      assert.ok(!server.requests.includes(`${nm}cqp-vae-widgets/dist/cqp-vae-widgets.js`), 'not the bundle');
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('importing only functions from unbundled/classes defines no tag (sideEffects lets bundlers drop them)', async () => {
    const app = path.dirname(path.dirname(installed));
    const bundle = async (code) => {
      const r = await build({
        stdin: { contents: code, resolveDir: app, loader: 'js' },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      return r.outputFiles[0].text;
    };
    const functionsOnly = await bundle(`import { parseContent } from 'cqp-vae-widgets/unbundled/classes'; console.log(parseContent);`);
    const withTags = await bundle(`import 'cqp-vae-widgets/unbundled/define';`);
    assert.doesNotMatch(functionsOnly, /customElements\.define/);
    assert.doesNotMatch(functionsOnly, /class CqpVaeGuide/);
    assert.match(withTags, /customElements\.define/);
  });

  it('every JavaScript entry imports in plain Node (a server build, a test runner) without throwing', async () => {
    const app = path.dirname(path.dirname(installed));
    const manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
    const entries = Object.entries(manifest.exports)
      // `react` needs React itself (an optional peer): the Next.js app of test/frameworks/ renders it on a server.
      .filter(([key, target]) => !key.endsWith('.json') && key !== './react' && (typeof target === 'string' || target.default))
      .map(([key]) => `cqp-vae-widgets${key.slice(1)}`);
    assert.ok(entries.includes('cqp-vae-widgets') && entries.includes('cqp-vae-widgets/hydrate-support'), entries.join());
    for (const entry of entries) {
      const script = `const m = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(m).length));`;
      try {
        await execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
      } catch (error) {
        assert.fail(`import('${entry}') in Node threw:\n${error.stderr}`);
      }
    }
    // The main entry in Node is the unbundled one: it exports the same functions and they work
    // (the content checker, as in a page, from unbundled/classes).
    const { stdout } = await execFile(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('cqp-vae-widgets'); const c = await import('cqp-vae-widgets/unbundled/classes'); console.log(c.parseContent(m.defaultContent).ok, typeof m.EligibilityCheck);",
      ],
      { cwd: app },
    );
    assert.equal(stdout.trim(), 'true function');
  });

  it('TypeScript with `moduleResolution: node10` finds the typings of the subpaths (typesVersions)', async () => {
    const app = path.dirname(path.dirname(installed));
    await writeFile(
      path.join(app, 'check-node10.ts'),
      `/// <reference types="cqp-vae-widgets/react" />
import { CqpVaeGuide } from 'cqp-vae-widgets';
import { EligibilityCheck } from 'cqp-vae-widgets/unbundled';
import { parseContent } from 'cqp-vae-widgets/unbundled/classes';
import 'cqp-vae-widgets/unbundled/define';
import 'cqp-vae-widgets/hydrate-support';
const check: EligibilityCheck | null = document.querySelector('eligibility-check');
const guide: CqpVaeGuide | null = document.querySelector('cqp-vae-guide');
// @ts-expect-error not a layout
if (guide) guide.layout = 'grid';
console.log(parseContent({}).ok, check);
`,
    );
    await writeFile(
      path.join(app, 'tsconfig.node10.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'CommonJS',
          moduleResolution: 'node10',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
          paths: { react: [at('node_modules/@types/react')] },
        },
        files: ['check-node10.ts'],
      }),
    );
    const tsc = at('node_modules/typescript/bin/tsc');
    try {
      await execFile(process.execPath, [tsc, '-p', path.join(app, 'tsconfig.node10.json')], { cwd: app });
    } catch (error) {
      assert.fail(`tsc (node10) found errors:\n${error.stdout}${error.stderr}`);
    }
  });

  it('TypeScript resolves the typings of every entry through the exports map', async () => {
    const app = path.dirname(path.dirname(installed));
    await writeFile(
      path.join(app, 'check.ts'),
      `/// <reference types="cqp-vae-widgets/react" />
/// <reference types="cqp-vae-widgets/vue" />
import { CqpVaeGuide, type EligibilityCompleteDetail } from 'cqp-vae-widgets';
import { EligibilityCheck } from 'cqp-vae-widgets/unbundled';
import { parseContent } from 'cqp-vae-widgets/unbundled/classes';
import 'cqp-vae-widgets/unbundled/define';
import 'cqp-vae-widgets/hydrate-support';
import type { JSX } from 'react';

const check: EligibilityCheck = document.createElement('eligibility-check');
check.addEventListener('eligibility-complete', (e) => {
  const detail: EligibilityCompleteDetail = e.detail;
  console.log(detail.verdicts.map((v) => v.verdict));
});
const guide: CqpVaeGuide = document.querySelector('cqp-vae-guide')!;
guide.layout = 'stacked';
// @ts-expect-error not a layout
guide.layout = 'grid';
const props: JSX.IntrinsicElements['eligibility-check'] = { guide: 'g', 'oneligibility-complete': (e) => e.detail.verdicts };
console.log(parseContent({}).ok, props);
`,
    );
    await writeFile(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          types: [],
          // The application's own React and Vue typings (the repository's copies).
          paths: { react: [at('node_modules/@types/react')], vue: [at('node_modules/vue')] },
        },
        files: ['check.ts'],
      }),
    );
    const tsc = at('node_modules/typescript/bin/tsc');
    try {
      await execFile(process.execPath, [tsc, '-p', path.join(app, 'tsconfig.json')], { cwd: app });
    } catch (error) {
      assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
    }
  });
});
