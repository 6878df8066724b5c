// One module per element (dist/cqp-vae-guide.js, dist/eligibility-check.js), as a page that shows
// only one of them loads it, from the built files served as a CDN or a copied folder serves them:
// - alone, the module defines its element only, which shows the built-in content, in one request;
//   it carries none of the other element's built-in texts;
// - with the other module or the widgets' module on the same page, in any order, nothing throws
//   and both elements work (a tag already defined is left as it is);
// - its content checker and its English strings load from beside it, wherever the files are
//   copied, also when the page adds a query string to the module's URL (WordPress's ?ver=); and
//   the guide's catalogue list, for content with a catalogue, and the questionnaire's certification
//   picker, for content with a certification question, each with "Réessayer" when it is missing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { at, completeQuestionnaire, ensureBuilt, hostContent, launch, openPage, removeDir, scratchDir, serve } from './support.mjs';

const modules = {
  'cqp-vae-guide': { file: 'cqp-vae-guide.js', other: 'eligibility-check' },
  'eligibility-check': { file: 'eligibility-check.js', other: 'cqp-vae-guide' },
};

const page = (scripts, { lang = 'fr', body = '<cqp-vae-guide id="guide"></cqp-vae-guide>\n<eligibility-check guide="guide"></eligibility-check>' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Page</title></head>
<body><main><h1>Page</h1>
${body}
</main>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</body></html>`;

/** Texts as the page shows them: no-break spaces (French typography) read as spaces. */
const plain = (text) => text.replace(/\s+/g, ' ').trim();

/** What each tag shows once upgraded and rendered (null for a tag that is not defined). */
const shown = (p) =>
  p.evaluate(async () => {
    const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const state = {};
    for (const tag of ['cqp-vae-guide', 'eligibility-check']) {
      const el = document.querySelector(tag);
      if (!customElements.get(tag)) {
        state[tag] = null;
        continue;
      }
      await el.updateComplete;
      state[tag] = {
        title: text(el.shadowRoot.querySelector('[part~="title"]')),
        tabs: el.shadowRoot.querySelectorAll('[role="tab"]').length,
        start: text(el.shadowRoot.querySelector('[part~="start"]')),
      };
    }
    return state;
  });

describe('one module per element', () => {
  let browser;
  let server;
  let defaultContent;

  before(async () => {
    await ensureBuilt();
    ({ defaultContent } = await import(at('dist/esm/index.js')));
    browser = await launch();
    server = await serve(at('dist'), {
      '/guide.html': page(['/cqp-vae-guide.js']),
      '/check.html': page(['/eligibility-check.js']),
      '/both.html': page(['/cqp-vae-guide.js', '/eligibility-check.js']),
      '/with-widgets.html': page(['/eligibility-check.js', '/cqp-vae-widgets.js', '/cqp-vae-guide.js']),
      '/widgets-first.html': page(['/cqp-vae-widgets.js', '/eligibility-check.js']),
    });
  });

  after(async () => {
    await server?.close();
    await browser?.close();
  });

  const guideShows = () => ({ title: plain(defaultContent.guide.title), tabs: 2, start: '' });
  const checkShows = () => ({ title: plain(defaultContent.eligibility.title), tabs: 0, start: 'Commencer' });

  for (const [tag, { file, other }] of Object.entries(modules)) {
    it(`${file} alone defines <${tag}> only, which shows its built-in content, in one request`, async () => {
      const { page: p, problems } = await openPage(browser);
      server.requests.length = 0;
      await p.goto(`${server.url}/${tag === 'cqp-vae-guide' ? 'guide' : 'check'}.html`);
      await p.waitForFunction((t) => document.querySelector(t)?.hasUpdated, {}, tag);
      const state = await shown(p);
      assert.deepEqual(state[tag], tag === 'cqp-vae-guide' ? guideShows() : checkShows());
      assert.equal(state[other], null, `<${other}> is not defined`);
      assert.deepEqual(problems, []);
      assert.deepEqual(server.requests.filter((r) => r !== '/favicon.ico'), [`/${tag === 'cqp-vae-guide' ? 'guide' : 'check'}.html`, `/${file}`]);
      await p.close();
    });
  }

  it('each module carries its part of the built-in content and none of the other', async () => {
    const guide = await readFile(at('dist/cqp-vae-guide.js'), 'utf8');
    const check = await readFile(at('dist/eligibility-check.js'), 'utf8');
    // Texts without no-break spaces, which the bundle writes as escapes.
    const guideOnly = [defaultContent.guide.intro[0].slice(0, 60), defaultContent.guide.routes[1].sections.find((s) => s.id === 'changes').title];
    const checkOnly = [defaultContent.eligibility.title.split('\u00a0')[0], defaultContent.eligibility.questions[0].label.split('\u00a0')[0]];
    for (const text of guideOnly) {
      assert.ok(guide.includes(text), `the guide's module has "${text}"`);
      assert.ok(!check.includes(text), `the questionnaire's module has no "${text}"`);
    }
    for (const text of checkOnly) {
      assert.ok(check.includes(text), `the questionnaire's module has "${text}"`);
      assert.ok(!guide.includes(text), `the guide's module has no "${text}"`);
    }
    // The steps and financing, which the questionnaire's result lists too, are in both.
    const step = defaultContent.guide.routes[0].sections.find((s) => s.kind === 'steps').steps[0].title;
    assert.ok(guide.includes(step) && check.includes(step), step);
  });

  for (const [name, label] of [
    ['both', 'both element modules'],
    ['with-widgets', 'the questionnaire’s module, the widgets’ module, then the guide’s'],
    ['widgets-first', 'the widgets’ module, then the questionnaire’s'],
  ]) {
    it(`a page that loads ${label} runs both elements without an error`, async () => {
      const { page: p, problems } = await openPage(browser);
      await p.goto(`${server.url}/${name}.html`);
      await p.waitForFunction(() => ['cqp-vae-guide', 'eligibility-check'].every((t) => document.querySelector(t)?.hasUpdated));
      const state = await shown(p);
      assert.deepEqual(state, { 'cqp-vae-guide': guideShows(), 'eligibility-check': checkShows() });
      assert.deepEqual(problems, []);
      await p.close();
    });
  }

  for (const [tag, { file }] of Object.entries(modules)) {
    const base = file.replace(/\.js$/, '');
    it(`${file} copied elsewhere: its checker (${base}.check.js), the checker's English messages (${base}.check.en.js) and English strings (${base}.en.js) load from beside it, with ?ver= too`, async () => {
      // The checker words issues in French only; their English wording is the other file's.
      assert.doesNotMatch(await readFile(at('dist', `${base}.check.js`), 'utf8'), /Required field is missing/);
      assert.match(await readFile(at('dist', `${base}.check.en.js`), 'utf8'), /Required field is missing/);
      const site = await scratchDir(`copied-${base}`);
      try {
        await mkdir(path.join(site, 'assets/widgets'), { recursive: true });
        for (const f of [file, `${base}.check.js`, `${base}.check.en.js`, `${base}.en.js`]) await copyFile(at('dist', f), path.join(site, 'assets/widgets', f));
        const json = JSON.stringify(hostContent).replace(/</g, '\\u003c');
        const own = `<${tag}><script type="application/json">${json}</script></${tag}>`;
        const broken = JSON.stringify({ ...hostContent, meta: { ...hostContent.meta, version: 2 } }).replace(/</g, '\\u003c');
        const copied = await serve(site, {
          '/pages/own.html': page([`../assets/widgets/${file}`], { body: own }),
          '/pages/own-ver.html': page([`../assets/widgets/${file}?ver=6.4`], { body: own }),
          '/pages/en.html': page([`../assets/widgets/${file}?ver=6.4`], { lang: 'en', body: `<${tag}></${tag}>` }),
          '/pages/en-error.html': page([`../assets/widgets/${file}?ver=6.4`], { lang: 'en', body: `<${tag}><script type="application/json">${broken}</script></${tag}>` }),
        });
        try {
          for (const name of ['own', 'own-ver']) {
            const { page: p, problems } = await openPage(browser);
            copied.requests.length = 0;
            await p.goto(`${copied.url}/pages/${name}.html`);
            if (tag === 'eligibility-check') assert.deepEqual(await completeQuestionnaire(p, tag), ['Accessible']);
            else {
              await p.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="title"]'), {}, tag);
              assert.equal((await shown(p))[tag].title, hostContent.guide.title);
            }
            assert.deepEqual(problems, [], name);
            assert.ok(copied.requests.includes(`/assets/widgets/${base}.check.js`), `${name}: the checker is fetched`);
            // Exactly the module and its checker, with a query string too: the checker imports
            // nothing back from the module (the server logs paths without their query, so a second
            // copy of the module would show twice).
            assert.deepEqual(copied.requests.filter((r) => r !== '/favicon.ico'), [`/pages/${name}.html`, `/assets/widgets/${file}`, `/assets/widgets/${base}.check.js`]);
            await p.close();
          }
          const { page: p, problems } = await openPage(browser);
          copied.requests.length = 0;
          await p.goto(`${copied.url}/pages/en.html`);
          await p.waitForFunction((t) => document.querySelector(t)?.hasUpdated, {}, tag);
          const state = (await shown(p))[tag];
          if (tag === 'eligibility-check') assert.equal(state.start, 'Start');
          else assert.equal(await p.evaluate(() => document.querySelector('cqp-vae-guide').shadowRoot.querySelector('[role="tablist"]').getAttribute('aria-label')), 'Routes');
          assert.deepEqual(problems, []);
          // The English chunk imports nothing back: the module is loaded once. The built-in content
          // needs no checker, nor its English messages.
          assert.deepEqual(copied.requests.filter((r) => r !== '/favicon.ico'), ['/pages/en.html', `/assets/widgets/${file}`, `/assets/widgets/${base}.en.js`]);
          await p.close();
          // Content with an error on an English page: the checker's English messages come from
          // their own file (the checker carries only the French ones), which imports nothing either.
          const { page: pe, problems: errors } = await openPage(browser);
          copied.requests.length = 0;
          await pe.goto(`${copied.url}/pages/en-error.html`);
          await pe.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="error-list"]'), {}, tag);
          const listed = await pe.evaluate((t) => document.querySelector(t).shadowRoot.querySelector('[part~="error-list"]').textContent, tag);
          assert.match(plain(listed), /meta\.version : Wrong type: expected a text, got a number\./);
          assert.ok(errors.every((e) => /content could not be used/.test(e)), errors.join('\n'));
          assert.deepEqual(
            copied.requests.filter((r) => r !== '/favicon.ico').sort(),
            ['/pages/en-error.html', `/assets/widgets/${file}`, `/assets/widgets/${base}.check.en.js`, `/assets/widgets/${base}.check.js`, `/assets/widgets/${base}.en.js`].sort(),
          );
          await pe.close();
        } finally {
          await copied.close();
        }
      } finally {
        await removeDir(site);
      }
    });
  }

  it('eligibility-check.js copied elsewhere, content with a certification question: the picker’s code (eligibility-check.picker.js) loads with the content; missing, the questionnaire says so under its title and “Réessayer” loads it', async () => {
    const site = await scratchDir('copied-picker');
    try {
      const dir = path.join(site, 'assets/widgets');
      await mkdir(dir, { recursive: true });
      for (const f of ['eligibility-check.js', 'eligibility-check.check.js', 'eligibility-check.picker.js']) await copyFile(at('dist', f), path.join(dir, f));
      const content = JSON.parse(await readFile(at('demo/content/branche-cycles.fr.json'), 'utf8'));
      // Without its introduction, the questionnaire opens on its first question: the certification.
      delete content.eligibility.intro;
      assert.equal(content.eligibility.questions[0].type, 'certification');
      const json = JSON.stringify(content).replace(/</g, '\\u003c');
      const copied = await serve(site, {
        '/pages/picker.html': page(['../assets/widgets/eligibility-check.js'], {
          body: `<eligibility-check><script type="application/json">${json}</script></eligibility-check>`,
        }),
      });
      const title = plain(content.eligibility.title);
      const step = (p) =>
        p.evaluate(async () => {
          const el = document.querySelector('eligibility-check');
          await el.updateComplete;
          const root = el.shadowRoot;
          return {
            title: (root.querySelector('[part~="title"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            combobox: !!root.querySelector('[part~="combobox"]'),
            error: root.querySelector('[part~="error"]')?.getAttribute('role') ?? null,
          };
        });
      try {
        const { page: p, problems } = await openPage(browser);
        await p.goto(`${copied.url}/pages/picker.html`);
        await p.waitForFunction(() => document.querySelector('eligibility-check')?.shadowRoot?.querySelector('[part~="combobox"]'));
        assert.deepEqual(await step(p), { title, combobox: true, error: null });
        assert.deepEqual(problems, []);
        // (The checker and the picker's code are fetched at the same time, in either order.)
        assert.deepEqual(copied.requests.filter((r) => r !== '/favicon.ico').sort(), [
          '/assets/widgets/eligibility-check.check.js',
          '/assets/widgets/eligibility-check.js',
          '/assets/widgets/eligibility-check.picker.js',
          '/pages/picker.html',
        ]);
        await p.close();

        // Without the file (the catalogue's rules are in it too): the title, and the connection failed.
        await rm(path.join(dir, 'eligibility-check.picker.js'));
        const { page: q, problems: qProblems } = await openPage(browser);
        await q.goto(`${copied.url}/pages/picker.html`);
        await q.waitForFunction(() => document.querySelector('eligibility-check')?.shadowRoot?.querySelector('[part~="retry"]'));
        assert.deepEqual(await step(q), { title, combobox: false, error: 'alert' });
        assert.ok(qProblems.some((x) => x.includes('eligibility-check.picker.js')), qProblems.join('\n'));
        // Back in place, "Réessayer" loads it.
        await copyFile(at('dist', 'eligibility-check.picker.js'), path.join(dir, 'eligibility-check.picker.js'));
        await q.evaluate(() => document.querySelector('eligibility-check').shadowRoot.querySelector('[part~="retry"]').click());
        await q.waitForFunction(() => document.querySelector('eligibility-check').shadowRoot.querySelector('[part~="combobox"]'));
        assert.deepEqual(await step(q), { title, combobox: true, error: null });
        await q.close();
      } finally {
        await copied.close();
      }
    } finally {
      await removeDir(site);
    }
  });

  it('cqp-vae-guide.js copied elsewhere, content with a catalogue: the list’s code (cqp-vae-guide.catalogue.js) loads from beside it; missing, the list’s place says so and “Réessayer” loads it', async () => {
    const site = await scratchDir('copied-catalogue');
    try {
      const dir = path.join(site, 'assets/widgets');
      await mkdir(dir, { recursive: true });
      for (const f of ['cqp-vae-guide.js', 'cqp-vae-guide.check.js', 'cqp-vae-guide.catalogue.js']) await copyFile(at('dist', f), path.join(dir, f));
      const content = JSON.parse(await readFile(at('demo/content/branche-cycles.fr.json'), 'utf8'));
      const json = JSON.stringify(content).replace(/</g, '\\u003c');
      const copied = await serve(site, {
        '/pages/list.html': page(['../assets/widgets/cqp-vae-guide.js'], {
          body: `<cqp-vae-guide layout="stacked"><script type="application/json">${json}</script></cqp-vae-guide>`,
        }),
      });
      const entries = (p) =>
        p.evaluate(async () => {
          const el = document.querySelector('cqp-vae-guide');
          await el.updateComplete;
          const root = el.shadowRoot;
          return {
            entries: root.querySelectorAll('[part~="certification"]').length,
            error: (root.querySelector('.section--catalogue [part~="error"], [part~="catalogue-error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          };
        });
      try {
        const { page: p, problems } = await openPage(browser);
        await p.goto(`${copied.url}/pages/list.html`);
        await p.waitForFunction(() => document.querySelector('cqp-vae-guide')?.shadowRoot?.querySelector('[part~="catalogue"]'));
        assert.deepEqual(await entries(p), { entries: Math.min(20, content.catalogue.length), error: '' });
        assert.deepEqual(problems, []);
        // (The checker and the list's code are fetched at the same time, in either order.)
        assert.deepEqual(copied.requests.filter((r) => r !== '/favicon.ico').sort(), [
          '/assets/widgets/cqp-vae-guide.catalogue.js',
          '/assets/widgets/cqp-vae-guide.check.js',
          '/assets/widgets/cqp-vae-guide.js',
          '/pages/list.html',
        ]);
        await p.close();

        // Without the file: the rest of the guide shows, the list's place says the connection failed.
        await rm(path.join(dir, 'cqp-vae-guide.catalogue.js'));
        const { page: q, problems: qProblems } = await openPage(browser);
        await q.goto(`${copied.url}/pages/list.html`);
        await q.waitForFunction(() => document.querySelector('cqp-vae-guide')?.shadowRoot?.querySelector('.section--catalogue [part~="retry"]'));
        const failed = await q.evaluate(() => {
          const root = document.querySelector('cqp-vae-guide').shadowRoot;
          return { title: root.querySelector('[part~="title"]').textContent.trim(), error: root.querySelector('.section--catalogue [part~="error"]').getAttribute('role') };
        });
        assert.deepEqual(failed, { title: content.guide.title, error: 'alert' });
        assert.ok(qProblems.some((x) => x.includes('cqp-vae-guide.catalogue.js')), qProblems.join('\n'));
        // Back in place, "Réessayer" loads it.
        await copyFile(at('dist', 'cqp-vae-guide.catalogue.js'), path.join(dir, 'cqp-vae-guide.catalogue.js'));
        await q.evaluate(() => document.querySelector('cqp-vae-guide').shadowRoot.querySelector('.section--catalogue [part~="retry"]').click());
        await q.waitForFunction(() => document.querySelector('cqp-vae-guide').shadowRoot.querySelector('[part~="catalogue"]'));
        assert.equal((await entries(q)).entries, Math.min(20, content.catalogue.length));
        await q.close();
      } finally {
        await copied.close();
      }
    } finally {
      await removeDir(site);
    }
  });
});
