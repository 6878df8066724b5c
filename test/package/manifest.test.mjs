// The custom elements manifest (custom-elements.json) and the editor data generated from it, checked
// against what the elements really do:
// - parts: both elements are put through every state (test/package/parts-driver.js) in headless
//   Chromium, and the part names found in their shadow roots are exactly the manifest's @csspart
//   entries, both ways: a new part needs its own @csspart line, a removed one loses it;
// - custom properties: every `--cqp-vae-*` an element's styles read is documented on that element;
// - types an editor can offer (literal unions, not alias names), the `lang` attribute, module paths
//   that exist in the package;
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json and dist/web-types.json list
//   the tags, attributes (with their values), events, parts and custom properties.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { at, ensureBuilt, launch, openPage, root, serve } from './support.mjs';
import { pickerContent, scaleContent } from '../../bench/scale.mjs';

const TAGS = ['cqp-vae-guide', 'eligibility-check'];
const read = async (file) => JSON.parse(await readFile(at(file), 'utf8'));

describe('custom-elements.json and editor data', () => {
  let manifest;
  let elements;
  let browser;
  let server;
  let hanging;

  before(async () => {
    // A server that takes requests and never answers: the elements' loading state.
    hanging = createServer(() => {});
    await new Promise((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    await ensureBuilt();
    manifest = await read('custom-elements.json');
    elements = Object.fromEntries(
      manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, { ...d, module: m.path }])),
    );
    server = await serve(root, {
      '/parts.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Parts</title>
<script type="module" src="/dist/cqp-vae-widgets.js"></script>
<script type="module" src="/test/package/parts-driver.js"></script></head><body></body></html>`,
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    hanging?.closeAllConnections();
    hanging?.close();
  });

  it('documents one @csspart per part the elements render, and no part they never render', async () => {
    const base = await read('demo/content/default.fr.json');
    delete base.$schema;
    // A branch's content with registry facts (blocs, registration dates, contacts).
    const branch = await read('demo/content/branche-cycles.fr.json');
    delete branch.$schema;
    for (const contact of branch.contacts) contact.region ??= 'Toutes les régions';
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/parts.html`);
    await page.waitForFunction(() => typeof window.collectParts === 'function');
    const { guide: _ignored, ...noGuide } = base;
    const { eligibility: _none, ...noQuestionnaire } = base;
    // The picker asked first, and optional: the "(facultatif)" mark.
    const picker = pickerContent(base);
    picker.eligibility.questions[0].required = false;
    // Each outcome with its next action (a link shown as a button).
    for (const outcome of [...base.eligibility.outcomes, ...picker.eligibility.outcomes]) {
      outcome.action ??= { text: 'Prendre rendez-vous', href: 'https://example.org/rdv' };
    }
    const { steps, parts } = await page.evaluate((args) => window.collectParts(args), {
      contents: {
        base,
        scale: scaleContent(base).content,
        picker,
        branch,
        noQuestionnaire,
        invalid: noGuide,
      },
      slowSrc: `http://127.0.0.1:${hanging.address().port}/never.json`,
      // Nothing listens on port 1: a network failure at once ("Réessayer").
      failingSrc: 'http://127.0.0.1:1/content.json',
    });
    await page.close();
    const gaps = {};
    for (const tag of TAGS) {
      const documented = elements[tag].cssParts.map((p) => p.name).sort();
      const rendered = parts[tag];
      const undocumented = rendered.filter((p) => !documented.includes(p));
      const neverRendered = documented.filter((p) => !rendered.includes(p));
      gaps[tag] = { undocumented, neverRendered };
      assert.equal(new Set(documented).size, documented.length, `${tag}: a part is documented twice`);
    }
    const none = { undocumented: [], neverRendered: [] };
    if (process.env.CQP_VAE_PARTS_DEBUG) process.stderr.write(`${JSON.stringify(gaps)}\n`);
    assert.deepEqual(gaps, { 'cqp-vae-guide': none, 'eligibility-check': none });
    assert.ok(steps.every((n) => n > 3), `each questionnaire walk went through its steps: ${steps}`);
  });

  it('documents every --cqp-vae-* custom property each element reads, and only those', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/parts.html`);
    const used = await page.evaluate(async (tags) => {
      // A module that failed to load would leave whenDefined pending until the protocol timeout
      // (3 minutes): say so within 30 s instead.
      const late = new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`not defined after 30 s: ${tags.filter((t) => !customElements.get(t))}`)), 30_000),
      );
      await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), late]);
      return Object.fromEntries(
        tags.map((tag) => {
          const css = customElements.get(tag).elementStyles.map((s) => s.cssText).join('\n');
          return [tag, [...new Set(css.match(/--cqp-vae-[\w-]+/g))].sort()];
        }),
      );
    }, TAGS);
    await page.close();
    for (const tag of TAGS) {
      const documented = elements[tag].cssProperties.map((p) => p.name).sort();
      assert.deepEqual({ tag, documented }, { tag, documented: used[tag] });
    }
  });

  it('types that editors can offer, the `lang` attribute, and paths the package ships', () => {
    const attr = (tag, name) => elements[tag].attributes.find((a) => a.name === name);
    assert.equal(attr('cqp-vae-guide', 'layout').type.text, "'tabs' | 'stacked'");
    assert.match(attr('eligibility-check', 'persist').type.text, /^'' \| 'session' \| 'local'/);
    for (const tag of TAGS) {
      assert.ok(attr(tag, 'lang'), `${tag} documents lang`);
      assert.match(attr(tag, 'lang').description, /fr|en/);
    }
    for (const mod of manifest.modules) {
      assert.match(mod.path, /^dist\//, mod.path);
      assert.ok(existsSync(at(mod.path)), `${mod.path} is built`);
      for (const exp of mod.exports ?? []) {
        if (exp.declaration?.module) assert.ok(existsSync(at(exp.declaration.module)), exp.declaration.module);
      }
    }
  });

  it('ships VS Code custom data and web-types generated from the manifest, named in package.json', async () => {
    const pkg = await read('package.json');
    assert.equal(pkg['web-types'], './dist/web-types.json');
    for (const file of ['./dist/vscode.html-custom-data.json', './dist/vscode.css-custom-data.json', './dist/web-types.json']) {
      assert.ok(Object.values(pkg.exports).includes(file), `exports ${file}`);
    }
    const html = await read('dist/vscode.html-custom-data.json');
    const css = await read('dist/vscode.css-custom-data.json');
    const web = await read('dist/web-types.json');
    const webElements = web.contributions.html.elements;
    for (const tag of TAGS) {
      const el = elements[tag];
      const vs = html.tags.find((t) => t.name === tag);
      assert.ok(vs, `${tag} in VS Code data`);
      const vsAttrs = vs.attributes.map((a) => a.name);
      for (const a of el.attributes) assert.ok(vsAttrs.includes(a.name), `${tag} ${a.name} in VS Code data`);
      const layout = vs.attributes.find((a) => a.name === 'layout');
      if (layout) assert.deepEqual(layout.values.map((v) => v.name).sort(), ['stacked', 'tabs']);
      const wt = webElements.find((e) => e.name === tag);
      assert.ok(wt, `${tag} in web-types`);
      assert.deepEqual(wt.attributes.map((a) => a.name).sort(), el.attributes.map((a) => a.name).sort());
      assert.deepEqual(wt.events.map((e) => e.name).sort(), (el.events ?? []).map((e) => e.name).sort());
    }
    const webCss = web.contributions.css;
    for (const tag of TAGS) {
      for (const p of elements[tag].cssParts) assert.ok(webCss['pseudo-elements'].some((x) => x.name === `part(${p.name})`), p.name);
      for (const p of elements[tag].cssProperties) assert.ok(webCss.properties.some((x) => x.name === p.name), p.name);
    }
    const cssNames = css.properties.map((p) => p.name);
    for (const tag of TAGS) for (const p of elements[tag].cssProperties) assert.ok(cssNames.includes(p.name), p.name);
    assert.ok(css.pseudoElements.some((p) => p.name === '::part(title)'), 'parts offered as ::part()');
  });
});
