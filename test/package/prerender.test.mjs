// `npm run prerender`: a content file becomes a static page with the guide in declarative shadow DOM.
// It shows with scripts disabled, passes axe, and the element hydrates it in place (no node replaced,
// no node added or removed) when dist/hydrate-support.js runs before dist/cqp-vae-widgets.js.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile as execFileCb } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { at, ensureBuilt, launch, openPage, removeDir, root, scratchDir, serve } from './support.mjs';

const execFile = promisify(execFileCb);
const CONTENT = 'demo/content/branche-cycles.fr.json';

const prerender = (...args) => execFile(process.execPath, [at('scripts/prerender.mjs'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });

/**
 * Runs in the page before any of its scripts: when the page's module defines `<cqp-vae-guide>`, keeps
 * the prerendered title node and starts counting the nodes added to or removed from its shadow root.
 */
function watchUpgrade() {
  const define = CustomElementRegistry.prototype.define;
  window.__watch = { titleBefore: null, added: 0, removed: 0 };
  CustomElementRegistry.prototype.define = function (name, ctor, options) {
    if (name === 'cqp-vae-guide') {
      const root = document.querySelector('cqp-vae-guide')?.shadowRoot;
      window.__watch.hadShadowRoot = Boolean(root);
      window.__watch.titleBefore = root?.querySelector('[part~="title"]') ?? null;
      if (root) {
        new MutationObserver((records) => {
          for (const r of records) {
            window.__watch.added += r.addedNodes.length;
            window.__watch.removed += r.removedNodes.length;
          }
        }).observe(root, { childList: true, subtree: true });
      }
    }
    return define.call(this, name, ctor, options);
  };
}

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

describe('prerender: static guide with declarative shadow DOM', () => {
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

  it('writes a page with the element, its shadow DOM as a template, and the content inline', () => {
    assert.match(staticPage, /^<!doctype html>/);
    assert.match(staticPage, /<cqp-vae-guide lang="fr" layout="tabs" heading-level="2"><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.ok(staticPage.includes(`<h1>${content.meta.title}</h1>`), 'the page title');
    assert.doesNotMatch(staticPage, /<script type="module"/, 'no script without --scripts');
    const inline = /<script type="application\/json">(.*?)<\/script><\/cqp-vae-guide>/s.exec(staticPage);
    assert.ok(inline, 'the content as the inline JSON child');
    const { $schema: _schema, ...expected } = content;
    assert.deepEqual(JSON.parse(inline[1]), expected);
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
    // What a screen reader or a search engine gets: the title heading and the first route's text.
    const tree = JSON.stringify(await page.accessibility.snapshot());
    assert.ok(tree.includes(content.guide.title), 'the title is in the accessibility tree');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('passes axe, as prerendered and once hydrated', async () => {
    const axe = await readFile(at('node_modules/axe-core/axe.min.js'), 'utf8');
    for (const url of ['/static.html', '/live.html']) {
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}${url}`);
      if (url === '/live.html') await page.waitForFunction(() => customElements.get('cqp-vae-guide') && document.querySelector('cqp-vae-guide').hasUpdated);
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

  it('hydrates in place: the prerendered nodes stay, none is added or removed, and the tabs work', async () => {
    const { page, problems } = await openPage(browser);
    await page.evaluateOnNewDocument(watchUpgrade);
    await page.goto(`${server.url}/live.html`);
    await page.waitForFunction(() => document.querySelector('cqp-vae-guide').hasUpdated);
    await page.evaluate(() => document.querySelector('cqp-vae-guide').updateComplete);
    const state = await page.evaluate(() => {
      const root = document.querySelector('cqp-vae-guide').shadowRoot;
      const w = window.__watch;
      return {
        hadShadowRoot: w.hadShadowRoot,
        titleKept: Boolean(w.titleBefore) && w.titleBefore.isConnected && w.titleBefore === root.querySelector('[part~="title"]'),
        added: w.added,
        removed: w.removed,
      };
    });
    assert.deepEqual(state, { hadShadowRoot: true, titleKept: true, added: 0, removed: 0 });

    // Hydrated, not just left alone: the event listeners are bound and a new render updates the DOM.
    const tab = await page.waitForSelector(`cqp-vae-guide >>> [role="tab"]:not([aria-selected="true"])`);
    await tab.click();
    await page.evaluate(() => document.querySelector('cqp-vae-guide').updateComplete);
    const view = await page.evaluate(guideView);
    assert.equal(view.visiblePanel, shown(content.guide.routes[1].title));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('without hydrate-support.js, the element renders its shadow DOM again, once (the check above can fail)', async () => {
    const { page, problems } = await openPage(browser);
    await page.evaluateOnNewDocument(watchUpgrade);
    await page.goto(`${server.url}/no-hydrate.html`);
    await page.waitForFunction(() => document.querySelector('cqp-vae-guide').hasUpdated);
    const state = await page.evaluate(() => ({
      hadShadowRoot: window.__watch.hadShadowRoot,
      added: window.__watch.added,
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
      assert.match(error.stderr, /is not valid content/);
      assert.match(error.stderr, /meta\./);
      return true;
    });
    await removeDir(dirBad);
  });
});
