// Each module loaded with a query string, as WordPress adds one (`?ver=6.5`), on a page with a
// branch's own content and its catalogue: the content checker (*.check.js), the guide's catalogue
// list (*.catalogue.js) and the questionnaire's certification picker (*.picker.js, loaded with
// content that asks for a certification) load from beside it and import nothing back from it. An import of the
// module's plain URL would be another module to the browser, which would download and run the
// whole module a second time, with a second copy of every module-level state.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { at, ensureBuilt, launch, openPage, serve } from './support.mjs';

const modules = [
  { file: 'cqp-vae-widgets.js', tags: ['cqp-vae-guide', 'eligibility-check'], files: ['check', 'catalogue', 'picker'] },
  // The guide asks no question: its module has no picker.
  { file: 'cqp-vae-guide.js', tags: ['cqp-vae-guide'], files: ['check', 'catalogue'] },
  // The questionnaire shows no catalogue list: its module has no such file.
  { file: 'eligibility-check.js', tags: ['eligibility-check'], files: ['check', 'picker'] },
];

/** Texts as the page shows them: no-break spaces (French typography) read as spaces. */
const plain = (text) => text.replace(/\s+/g, ' ').trim();

describe('a module loaded with a query string (?ver=)', () => {
  let browser;
  let server;
  let content;

  before(async () => {
    await ensureBuilt();
    content = JSON.parse(await readFile(at('demo/content/branche-cycles.fr.json'), 'utf8'));
    const json = JSON.stringify(content).replace(/</g, '\\u003c');
    const pages = {};
    for (const { file, tags } of modules) {
      const body = tags.map((tag) => `<${tag}${tag === 'cqp-vae-guide' ? ' layout="stacked"' : ''}><script type="application/json">${json}</script></${tag}>`).join('\n');
      pages[`/${file.replace(/\.js$/, '')}.html`] = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title></head>
<body><main><h1>Page</h1>
${body}
</main>
<script type="module" src="/${file}?ver=1"></script></body></html>`;
      // The README's hint for a page with its own content: the checker fetched beside the module.
      pages[`/${file.replace(/\.js$/, '')}-preload.html`] = pages[`/${file.replace(/\.js$/, '')}.html`].replace(
        '<title>Page</title>',
        `<title>Page</title><link rel="modulepreload" href="/${file.replace(/\.js$/, '')}.check.js">`,
      );
    }
    browser = await launch();
    server = await serve(at('dist'), pages);
  });

  after(async () => {
    await server?.close();
    await browser?.close();
  });

  for (const { file, tags, files } of modules) {
    const base = file.replace(/\.js$/, '');
    it(`${file}?ver=1 with a branch's content and catalogue: the module is requested once, ${files.map((f) => `${base}.${f}.js`).join(' and ')} once each`, async () => {
      const { page, problems } = await openPage(browser);
      server.requests.length = 0;
      await page.goto(`${server.url}/${base}.html`);
      // The content rendered: the guide's title and its catalogue list (which needs both files),
      // the questionnaire's title.
      await page.waitForFunction(
        (tags) =>
          tags.every((tag) => {
            const root = document.querySelector(tag)?.shadowRoot;
            return root?.querySelector('[part~="title"]') && (tag !== 'cqp-vae-guide' || root.querySelector('[part~="certification"]'));
          }),
        {},
        tags,
      );
      const shown = await page.evaluate(async (tags) => {
        const result = {};
        for (const tag of tags) {
          const el = document.querySelector(tag);
          await el.updateComplete;
          result[tag] = {
            title: el.shadowRoot.querySelector('[part~="title"]').textContent,
            entries: el.shadowRoot.querySelectorAll('[part~="certification"]').length,
          };
        }
        return result;
      }, tags);
      for (const tag of tags) {
        const expected = tag === 'cqp-vae-guide' ? content.guide : content.eligibility;
        assert.equal(plain(shown[tag].title), plain(expected.title), `<${tag}> shows the page's content`);
        if (tag === 'cqp-vae-guide') assert.equal(shown[tag].entries, Math.min(20, content.catalogue.length), 'the catalogue list shows');
      }
      assert.deepEqual(problems, []);

      // What the browser fetched, by its resource timing (with the query string) and by the
      // server's log (paths without it): the module once, under the page's URL.
      const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
      const ofModule = resources.filter((url) => new URL(url).pathname === `/${file}`);
      assert.deepEqual(ofModule, [`${server.url}/${file}?ver=1`], 'the module is loaded once, with its query string');
      const expected = [`/${base}.html`, `/${file}`, ...files.map((f) => `/${base}.${f}.js`)];
      assert.deepEqual(server.requests.filter((r) => r !== '/favicon.ico').sort(), expected.sort());
      await page.close();
    });

    it(`${file}?ver=1 with <link rel="modulepreload"> of ${base}.check.js: the module uses the preloaded checker, requested once`, async () => {
      const { page, problems } = await openPage(browser);
      server.requests.length = 0;
      await page.goto(`${server.url}/${base}-preload.html`);
      await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="title"]')), {}, tags);
      const titles = await page.evaluate(async (tags) => {
        const out = [];
        for (const tag of tags) {
          const el = document.querySelector(tag);
          await el.updateComplete;
          out.push(el.shadowRoot.querySelector('[part~="title"]').textContent);
        }
        return out;
      }, tags);
      assert.deepEqual(titles.map(plain), tags.map((tag) => plain((tag === 'cqp-vae-guide' ? content.guide : content.eligibility).title)));
      assert.deepEqual(problems, []);
      const checks = server.requests.filter((r) => r === `/${base}.check.js`);
      assert.deepEqual(checks, [`/${base}.check.js`], 'the checker is requested once');
      assert.equal(server.requests.filter((r) => r === `/${file}`).length, 1, 'the module is requested once');
      await page.close();
    });
  }
});
