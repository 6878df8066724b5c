// The widgets inside the pages that host them: a React 19 application, a Vue 3 application (both
// bundled here by esbuild through the package's exports map), and plain HTML pasted into a CMS
// article with the theme's own styles. Each page sets the content by property and listens to
// `eligibility-complete`; the test answers the questionnaire by clicking in the shadow DOM, as a
// person would, and checks what the page received and showed. Headless Chromium, puppeteer-core.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { at, completeQuestionnaire, ensureBuilt, hostContent, launch, openPage, root, serve } from '../package/support.mjs';

const EXPECTED = [{ answers: { employed: 'yes' }, verdicts: [{ outcome: 'cqp', verdict: 'eligible', reasons: ['Salarié.'] }] }];

/** Bundles an application for the browser, as its own build would (development builds: warnings on). */
async function bundle(entry, options = {}) {
  const result = await build({
    entryPoints: [at(entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"', ...options.define },
    alias: options.alias,
  });
  return { type: 'text/javascript; charset=utf-8', body: result.outputFiles[0].text };
}

const contentScript = `<script>window.__hostContent = ${JSON.stringify(hostContent).replace(/</g, '\\u003c')};</script>`;
const appPage = (title, script) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${title}</title>${contentScript}<script type="module" src="${script}"></script></head>
<body><div id="app"></div></body>
</html>`;

/** What the page's widgets show and what the page received. */
const hostState = () => {
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const guide = document.querySelector('cqp-vae-guide');
  const check = document.querySelector('eligibility-check');
  return {
    contentIsProperty: typeof guide.content === 'object' && typeof check.content === 'object',
    contentAttribute: guide.hasAttribute('content') || check.hasAttribute('content'),
    guideTitle: text(guide.shadowRoot.querySelector('[part~="title"]')),
    guideTitleTag: guide.shadowRoot.querySelector('[part~="title"]')?.localName,
    routes: [...guide.shadowRoot.querySelectorAll('[part~="route-title"]')].map(text),
    tabs: guide.shadowRoot.querySelectorAll('[role="tab"]').length,
  };
};

async function runHost(browser, url) {
  const { page, problems } = await openPage(browser, { warnings: true });
  await page.goto(url);
  // Wait for what is asserted, not for hasUpdated: content given as a property is checked by a chunk
  // loaded on demand, and a loaded machine can render the loading state first.
  await page.waitForFunction(() => {
    const guide = document.querySelector('cqp-vae-guide');
    const routes = guide?.shadowRoot?.querySelectorAll('[part~="route-title"]').length ?? 0;
    const title = guide?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    const check = document.querySelector('eligibility-check');
    return !!title && routes > 0 && !!check?.shadowRoot?.querySelector('input[value="yes"]');
  });
  const state = await page.evaluate(hostState);
  assert.deepEqual(state, {
    contentIsProperty: true,
    contentAttribute: false,
    guideTitle: 'Guide de test',
    guideTitleTag: 'h2',
    routes: ['Le CQP de test', 'La VAE de test'],
    tabs: 0, // layout="stacked"
  });
  const verdicts = await completeQuestionnaire(page, 'eligibility-check');
  assert.deepEqual(verdicts, ['Accessible']);
  await page.waitForFunction(() => window.__received.complete.length > 0, { timeout: 10_000 });
  const received = await page.evaluate(() => window.__received);
  assert.deepEqual(received.complete, EXPECTED);
  assert.equal(received.change, 1);
  return { page, problems, received };
}

describe('hosts', () => {
  let browser;
  let server;

  before(async () => {
    await ensureBuilt();
    const cms = await readFile(at('test/frameworks/apps/cms.html'), 'utf8');
    server = await serve(root, {
      '/react.html': appPage('React 19', '/react/app.js'),
      '/react/app.js': await bundle('test/frameworks/apps/react-app.jsx'),
      '/vue.html': appPage('Vue 3', '/vue/app.js'),
      '/vue/app.js': await bundle('test/frameworks/apps/vue-app.js', {
        // The full build, with the template compiler (an application with a build step compiles ahead).
        alias: { vue: 'vue/dist/vue.esm-bundler.js' },
        define: {
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      }),
      '/cms.html': cms.replace('</title>', `</title>${contentScript}`),
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('React 19: props as properties, `oneligibility-complete` as a listener, no wrapper', async () => {
    const { page, problems, received } = await runHost(browser, `${server.url}/react.html`);
    // React re-rendered on each event (new handler functions each time): still one listener each.
    assert.ok(received.renders > 2, `React re-rendered (${received.renders} renders)`);
    await page.waitForFunction(() => document.getElementById('received').textContent === 'cqp:eligible');
    assert.equal(await page.$eval('#changes', (n) => n.textContent), '1 réponse(s)');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('Vue 3: `:content` as a property, `@eligibility-complete` as a listener', async () => {
    const { page, problems } = await runHost(browser, `${server.url}/vue.html`);
    await page.waitForFunction(() => document.getElementById('received').textContent === 'cqp:eligible');
    assert.equal(await page.$eval('#changes', (n) => n.textContent), '1 réponse(s)');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('plain HTML pasted in a CMS article: content set before the upgrade, result sent to analytics', async () => {
    const { page, problems } = await runHost(browser, `${server.url}/cms.html`);
    assert.deepEqual(await page.evaluate(() => window._paq), [['trackEvent', 'eligibilite', 'resultat', 'cqp:eligible']]);
    const layout = await page.evaluate(() => {
      const article = document.querySelector('.article').getBoundingClientRect();
      const boxes = [...document.querySelectorAll('cqp-vae-guide, eligibility-check')].map((el) => el.getBoundingClientRect());
      const title = document.querySelector('cqp-vae-guide').shadowRoot.querySelector('[part~="title"]');
      return {
        inside: boxes.every((b) => b.left >= article.left - 0.5 && b.right <= article.right + 0.5),
        pageOverflow: document.documentElement.scrollWidth > window.innerWidth,
        inheritsFont: getComputedStyle(title).fontFamily.includes('Georgia'),
      };
    });
    assert.deepEqual(layout, { inside: true, pageOverflow: false, inheritsFont: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
