// `cqp-vae-widgets prerender` (`npm run prerender` here): a content file becomes a static page with
// the guide and the questionnaire's start screen in declarative shadow DOM. It shows with scripts
// disabled, passes axe, and each element hydrates it in place (no node replaced, no node added or
// removed) when dist/hydrate-support.js runs before dist/cqp-vae-widgets.js. The same command from the
// installed tarball, and its message without @lit-labs/ssr: package.test.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile as execFileCb } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { at, ensureBuilt, launch, openPage, removeDir, root, scratchDir, serve } from './support.mjs';

const execFile = promisify(execFileCb);
const CONTENT = 'demo/content/branche-cycles.fr.json';

const prerender = (...args) =>
  execFile(process.execPath, [at('bin/cqp-vae-widgets.mjs'), 'prerender', ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });

/**
 * Runs in the page before any of its scripts: when the page's module defines `<cqp-vae-guide>` or
 * `<eligibility-check>`, keeps the element's prerendered title node and starts counting the nodes
 * added to or removed from its shadow root (`window.__watch[tag]`).
 */
function watchUpgrade() {
  const define = CustomElementRegistry.prototype.define;
  window.__watch = {};
  CustomElementRegistry.prototype.define = function (name, ctor, options) {
    if (name === 'cqp-vae-guide' || name === 'eligibility-check') {
      const root = document.querySelector(name)?.shadowRoot;
      const watch = (window.__watch[name] = { added: 0, removed: 0 });
      watch.hadShadowRoot = Boolean(root);
      watch.titleBefore = root?.querySelector('[part~="title"]') ?? null;
      if (root) {
        new MutationObserver((records) => {
          for (const r of records) {
            watch.added += r.addedNodes.length;
            watch.removed += r.removedNodes.length;
          }
        }).observe(root, { childList: true, subtree: true });
      }
    }
    return define.call(this, name, ctor, options);
  };
}

/** In the page: what the watch above saw for `tag`, now that the element has rendered. */
const upgradeOf = (tag) => {
  const root = document.querySelector(tag).shadowRoot;
  const w = window.__watch[tag];
  return {
    hadShadowRoot: w.hadShadowRoot,
    titleKept: Boolean(w.titleBefore) && w.titleBefore.isConnected && w.titleBefore === root.querySelector('[part~="title"]'),
    added: w.added,
    removed: w.removed,
  };
};

/** The questionnaire's start screen, from its shadow root. */
const checkView = () => {
  const root = document.querySelector('eligibility-check')?.shadowRoot;
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    shadow: Boolean(root),
    title: text(root?.querySelector('[part~="title"]')),
    start: text(root?.querySelector('button[part~="start"]')),
    defined: Boolean(customElements.get('eligibility-check')),
  };
};

/** What the guide shows: title, tabs, the selected panel's route title, from its shadow root. */
// The same normalisation as guideView's: the content's no-break spaces (French typography) read as spaces.
const shown = (text) => text.replace(/\s+/g, ' ').trim();

const guideView = () => {
  const el = document.querySelector('cqp-vae-guide');
  const root = el?.shadowRoot;
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    shadow: Boolean(root),
    title: text(root?.querySelector('[part~="title"]')),
    tabs: [...(root?.querySelectorAll('[role="tab"]') ?? [])].map(text),
    visiblePanel: text(root?.querySelector('[role="tabpanel"]:not([hidden]) [part~="route-title"]')),
    height: el?.getBoundingClientRect().height ?? 0,
    defined: Boolean(customElements.get('cqp-vae-guide')),
  };
};

describe('prerender: static guide and questionnaire with declarative shadow DOM', () => {
  let browser;
  let server;
  let dir;
  let content;
  let staticPage;
  let livePage;

  before(async () => {
    await ensureBuilt();
    content = JSON.parse(await readFile(at(CONTENT), 'utf8'));
    dir = await scratchDir('prerender');
    const staticFile = path.join(dir, 'static.html');
    await prerender('--content', CONTENT, '--out', staticFile);
    staticPage = await readFile(staticFile, 'utf8');
    livePage = (await prerender(CONTENT, '--scripts', '/dist/')).stdout;
    server = await serve(root, {
      '/static.html': staticPage,
      '/live.html': livePage,
      // The same page, but the widgets' module alone: the element renders again instead of hydrating.
      '/no-hydrate.html': livePage.replace(/<script type="module" src="\/dist\/hydrate-support.js"><\/script>\n/, ''),
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await removeDir(dir);
  });

  it('writes a page with both elements, linked, their shadow DOM as a template, and the content inline', () => {
    assert.match(staticPage, /^<!doctype html>/);
    assert.match(
      staticPage,
      /<cqp-vae-guide id="cqp-vae-guide" lang="fr" layout="tabs" heading-level="2"><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(
      staticPage,
      /<eligibility-check lang="fr" guide="cqp-vae-guide"><script type="application\/json">[^<]*<\/script><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.ok(staticPage.includes(`<h1>${content.meta.title}</h1>`), 'the page title');
    assert.doesNotMatch(staticPage, /<script type="module"/, 'no script without --scripts');
    const { $schema: _schema, ...expected } = content;
    // The guide's copy last in it, the questionnaire's first in it: side by side, so that the
    // second costs next to nothing once compressed.
    const copies = [
      new RegExp(`<script type="application/json">([^<]*)</script></cqp-vae-guide>`).exec(staticPage),
      new RegExp(`<eligibility-check [^>]*><script type="application/json">([^<]*)</script><template shadowroot`).exec(staticPage),
    ];
    for (const inline of copies) {
      assert.ok(inline, "the content as each element's inline JSON child");
      assert.deepEqual(JSON.parse(inline[1]), expected);
    }
    const withoutSecond = staticPage.replace(copies[1][0], copies[1][0].replace(/<script type="application\/json">[^<]*<\/script>/, ''));
    const second = gzipSync(staticPage, { level: 9 }).length - gzipSync(withoutSecond, { level: 9 }).length;
    assert.ok(second < 1024, `the second copy adds ${second} bytes gzipped`);
    assert.match(livePage, /<script type="module" src="\/dist\/hydrate-support.js"><\/script>\n<script type="module" src="\/dist\/cqp-vae-widgets.js"><\/script>/);
  });

  it('shows the guide with JavaScript disabled', async () => {
    const { page, problems } = await openPage(browser);
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}/live.html`);
    const view = await page.evaluate(guideView);
    assert.equal(view.defined, false, 'the module did not run');
    assert.equal(view.shadow, true, 'the declarative shadow root is attached by the parser');
    assert.equal(view.title, shown(content.guide.title));
    assert.deepEqual(view.tabs, content.guide.routes.map((r) => shown(r.shortTitle)));
    assert.equal(view.visiblePanel, shown(content.guide.routes[0].title));
    assert.ok(view.height > 300, `the guide takes room on the page (${view.height}px)`);
    assert.deepEqual(await page.evaluate(checkView), {
      shadow: true,
      title: shown(content.eligibility.title),
      start: 'Commencer',
      defined: false,
    });
    // What a screen reader or a search engine gets: the title heading and the first route's text.
    const tree = JSON.stringify(await page.accessibility.snapshot());
    assert.ok(tree.includes(content.guide.title), 'the title is in the accessibility tree');
    assert.ok(tree.includes('Commencer'), 'the start button is in the accessibility tree');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('passes axe, as prerendered and once hydrated', async () => {
    const axe = await readFile(at('node_modules/axe-core/axe.min.js'), 'utf8');
    for (const url of ['/static.html', '/live.html']) {
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}${url}`);
      if (url === '/live.html') {
        await page.waitForFunction(() =>
          ['cqp-vae-guide', 'eligibility-check'].every((tag) => customElements.get(tag) && document.querySelector(tag).hasUpdated),
        );
      }
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, [], `${url}: axe violations`);
      assert.deepEqual(problems, [], url);
      await page.close();
    }
  });

  it('hydrates in place: the prerendered nodes stay, none is added or removed, the tabs and the start button work', async () => {
    const { page, problems } = await openPage(browser);
    await page.evaluateOnNewDocument(watchUpgrade);
    await page.goto(`${server.url}/live.html`);
    for (const tag of ['cqp-vae-guide', 'eligibility-check']) {
      await page.waitForFunction((t) => document.querySelector(t).hasUpdated, {}, tag);
      await page.evaluate((t) => document.querySelector(t).updateComplete, tag);
      assert.deepEqual(await page.evaluate(upgradeOf, tag), { hadShadowRoot: true, titleKept: true, added: 0, removed: 0 }, tag);
    }

    // Hydrated, not just left alone: the event listeners are bound and a new render updates the DOM.
    const tab = await page.waitForSelector(`cqp-vae-guide >>> [role="tab"]:not([aria-selected="true"])`);
    await tab.click();
    await page.evaluate(() => document.querySelector('cqp-vae-guide').updateComplete);
    const view = await page.evaluate(guideView);
    assert.equal(view.visiblePanel, shown(content.guide.routes[1].title));
    // The questionnaire's start button, hydrated, leads to the first question.
    await (await page.waitForSelector('eligibility-check >>> button[part~="start"]')).click();
    const legend = await page.waitForSelector('eligibility-check >>> [part~="legend"]');
    assert.equal(shown(await legend.evaluate((n) => n.textContent)), shown(content.eligibility.questions[0].label));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('without hydrate-support.js, the element renders its shadow DOM again, once (the check above can fail)', async () => {
    const { page, problems } = await openPage(browser);
    await page.evaluateOnNewDocument(watchUpgrade);
    await page.goto(`${server.url}/no-hydrate.html`);
    await page.waitForFunction(() => document.querySelector('cqp-vae-guide').hasUpdated);
    const state = await page.evaluate(() => ({
      hadShadowRoot: window.__watch['cqp-vae-guide'].hadShadowRoot,
      added: window.__watch['cqp-vae-guide'].added,
      // The element empties the server's shadow root before rendering: one copy, not two.
      copies: document.querySelector('cqp-vae-guide').shadowRoot.querySelectorAll('[part~="base"]').length,
    }));
    assert.equal(state.hadShadowRoot, true);
    assert.ok(state.added > 0, 'nodes were added: a new render, not a hydration');
    assert.equal(state.copies, 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('refuses an invalid content file, with the path of each problem', async () => {
    const dirBad = await scratchDir('prerender-bad');
    const bad = path.join(dirBad, 'bad.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(bad, JSON.stringify({ meta: { id: 'x' }, guide: { routes: [] } }));
    await assert.rejects(prerender(bad), (error) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /n’est pas un contenu valide : rien n’a été écrit/);
      // The validate report: file:line:column and the place in the document.
      assert.match(error.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+ — À l’emplacement meta`));
      return true;
    });
    await removeDir(dirBad);
  });
});
