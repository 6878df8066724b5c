// demo/noscript.html: plain HTML inside the elements shows while they are not defined (scripts off,
// module blocked) and stops showing once they upgrade, since their shadow roots have no slot; an
// inline JSON content child next to the fallback still gives the content.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { at, ensureBuilt, hostContent, launch, openPage, root, serve } from '../package/support.mjs';

const text = (s) => s.replace(/\s+/g, ' ').trim();

/** Visible fallback texts (elements with a box) and the widgets' state. */
const pageState = () => {
  const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (n) => Boolean(n) && n.getClientRects().length > 0;
  const fallback = document.querySelector('cqp-vae-guide .cqp-vae-fallback');
  const noscriptP = document.querySelector('eligibility-check noscript p');
  const guide = document.querySelector('cqp-vae-guide');
  return {
    defined: Boolean(customElements.get('cqp-vae-guide')),
    guideFallbackShown: shown(fallback),
    guideFallbackHeight: fallback?.getBoundingClientRect().height ?? 0,
    // With scripts on, <noscript> holds text, not elements: there is no <p> in it.
    noscriptShown: shown(noscriptP),
    noscriptText: clean(noscriptP?.textContent),
    guideTitle: clean(guide.shadowRoot?.querySelector('[part~="title"]')?.textContent),
  };
};

describe('no-JavaScript fallback (demo/noscript.html)', () => {
  let browser;
  let server;
  let defaultTitle;

  before(async () => {
    await ensureBuilt();
    const demo = (await readFile(at('demo/noscript.html'), 'utf8')).replace('../src/cqp-vae-widgets.ts', '/dist/cqp-vae-widgets.js');
    assert.ok(demo.includes('/dist/cqp-vae-widgets.js'));
    const { defaultContent } = await import(at('dist/esm/index.js'));
    // As the page shows it to the test: no-break spaces (French typography) read as spaces.
    defaultTitle = text(defaultContent.guide.title);
    const json = JSON.stringify(hostContent).replace(/</g, '\\u003c');
    server = await serve(root, {
      '/demo/noscript.html': demo,
      // The module blocked (a CDN down, a strict filter): scripts run, the element never upgrades.
      '/demo/blocked.html': demo.replace('/dist/cqp-vae-widgets.js', '/blocked/cqp-vae-widgets.js'),
      '/inline.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Inline</title>
<script type="module" src="/dist/cqp-vae-widgets.js"></script></head><body><main>
<cqp-vae-guide><div class="cqp-vae-fallback"><h2>Repli</h2><p>Texte de repli.</p></div><script type="application/json">${json}</script></cqp-vae-guide>
<eligibility-check><noscript><p>Repli du questionnaire.</p></noscript></eligibility-check>
</main></body></html>`,
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('with scripts disabled, both fallbacks show, in the accessibility tree too', async () => {
    const { page, problems } = await openPage(browser);
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}/demo/noscript.html`);
    const state = await page.evaluate(pageState);
    assert.equal(state.defined, false);
    assert.equal(state.guideFallbackShown, true);
    assert.ok(state.guideFallbackHeight > 50);
    assert.equal(state.noscriptShown, true);
    assert.match(state.noscriptText, /a besoin de JavaScript/);
    // No-break spaces (French typography) read as spaces, as in text().
    const tree = text(JSON.stringify(await page.accessibility.snapshot()));
    assert.ok(tree.includes('CQP ou VAE : faire reconnaître vos compétences'), 'the fallback heading');
    assert.ok(tree.includes('contactez votre conseiller Opco EP'), 'the noscript link');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('when the module cannot load, the light-DOM fallback shows (not the <noscript> one), and passes axe', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/demo/blocked.html`);
    const state = await page.evaluate(pageState);
    assert.equal(state.defined, false);
    assert.equal(state.guideFallbackShown, true);
    assert.equal(state.noscriptShown, false);
    // Only the blocked module failed (any other failed request is also listed by its URL).
    assert.deepEqual(problems.filter((p) => !p.includes('/blocked/') && !p.startsWith('console: Failed to load resource')), []);
    await page.addScriptTag({ content: await readFile(at('node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('once the elements upgrade, the fallback is not rendered and the widget shows instead', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/demo/noscript.html`);
    await page.waitForFunction(() => document.querySelector('cqp-vae-guide').hasUpdated);
    const state = await page.evaluate(pageState);
    assert.deepEqual(
      { ...state, guideFallbackHeight: undefined },
      { defined: true, guideFallbackShown: false, guideFallbackHeight: undefined, noscriptShown: false, noscriptText: '', guideTitle: defaultTitle },
    );
    // No-break spaces (French typography) read as spaces, as in text().
    const tree = text(JSON.stringify(await page.accessibility.snapshot()));
    assert.ok(!tree.includes('Lire la page « CQP et VAE »'), 'the fallback is out of the accessibility tree');
    assert.ok(tree.includes(text(defaultTitle)), 'the guide is in it');
    await page.addScriptTag({ content: await readFile(at('node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a fallback next to an inline JSON content child does not get in its way', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/inline.html`);
    await page.waitForFunction(() => document.querySelector('cqp-vae-guide').hasUpdated);
    const state = await page.evaluate(pageState);
    assert.equal(state.guideTitle, hostContent.guide.title);
    assert.equal(state.guideFallbackShown, false);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
