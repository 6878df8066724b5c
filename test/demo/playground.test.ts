// The content playground (demo/playground.ts): path -> offset, the snippet, and the page itself mounted
// in the test document: live findings and preview, caret moves, theme, snippet, copy, and the copied
// snippet pasted into a blank page (an iframe) rendering the same widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { initPlayground, srcProblem, type Playground } from '../../demo/playground.js';
import { jsonErrorOffset, locatePath, pathSegments } from '../../src/authoring/json-position.js';
import { buildSnippet, inlineJson, type SnippetOptions } from '../../demo/playground-snippet.js';
import { contrast, onAccent, themeProperties, DEFAULT_THEME } from '../../demo/playground-theme.js';
import { BUILT_IN_TEXT, EXAMPLES } from '../../demo/playground-examples.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';

const TODAY = '2026-12-02';
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('playground: JSON path to text offset', () => {
  const json = `{
  "meta": { "id": "a", "title": "x \\" } ] {" },
  "list": [ 1, [2, 3], { "k": "v" }, "s" ],
  "dup": 1, "dup": { "z": null },
  "odd\\u0020key": true
}`;

  it('splits paths as formatPath writes them', () => {
    expect(pathSegments('eligibility.outcomes[1].rules[12].when')).to.deep.equal(['eligibility', 'outcomes', 1, 'rules', 12, 'when']);
    expect(pathSegments('')).to.deep.equal([]);
    expect(pathSegments('$schema')).to.deep.equal(['$schema']);
  });

  it('points at the member key of an object field, the value of an array item', () => {
    expect(locatePath(json, 'meta.title')).to.deep.equal({ start: json.indexOf('"title"'), end: json.indexOf(' },\n  "list"'), exact: true });
    expect(locatePath(json, 'list[1]').start).to.equal(json.indexOf('[2, 3]'));
    expect(locatePath(json, 'list[1][1]').start).to.equal(json.indexOf('3]'));
    expect(locatePath(json, 'list[2].k').start).to.equal(json.indexOf('"k"'));
    expect(locatePath(json, 'list[3]').start).to.equal(json.indexOf('"s"'));
    expect(locatePath(json, '').start).to.equal(0);
  });

  it('skips strings with escaped quotes and brackets, decodes keys, keeps the last duplicate', () => {
    expect(locatePath(json, 'list').start).to.equal(json.indexOf('"list"'));
    expect(locatePath(json, 'odd key').start).to.equal(json.indexOf('"odd'));
    expect(locatePath(json, 'dup.z').start).to.equal(json.indexOf('"z"'));
  });

  it('stops at the deepest existing ancestor of a missing field, never throws', () => {
    expect(locatePath(json, 'meta.version')).to.include({ start: json.indexOf('"meta"'), exact: false });
    expect(locatePath(json, 'list[9]')).to.include({ start: json.indexOf('"list"'), exact: false });
    expect(locatePath(json, 'meta.id.deeper')).to.include({ start: json.indexOf('"id"'), exact: false });
    expect(locatePath('{"a": [1, ', 'a[3]').exact).to.equal(false);
    expect(locatePath('', 'a.b')).to.include({ start: 0, exact: false });
  });

  it('finds where JSON text goes wrong, even where the engine gives no position', () => {
    expect(jsonErrorOffset('{"a": 1}')).to.equal(undefined);
    expect(jsonErrorOffset('{"a": x}')).to.equal(6);
    expect(jsonErrorOffset('{\n  "a": tru\n}')).to.equal(9);
    expect(jsonErrorOffset('{"a": 1,}')).to.equal(8);
    expect(jsonErrorOffset('[1 2]')).to.equal(3);
    expect(jsonErrorOffset('{"a": "b')).to.equal(8);
    expect(jsonErrorOffset('{"a": "\\q"}')).to.equal(7);
    expect(jsonErrorOffset('\ufeff{"a": x}')).to.equal(7);
    expect(jsonErrorOffset('')).to.equal(0);
  });
});

describe('playground: snippet and theme', () => {
  const base: SnippetOptions = {
    scriptUrl: 'https://cdn.example/w.js',
    mode: 'inline',
    src: '',
    json: '{"meta": {"title": "a </script><script>alert(1)</script> <!-- b"}}',
    guide: true,
    check: true,
    layout: 'tabs',
    persist: false,
    properties: {},
  };

  it('inlines the JSON in each element, with "<" escaped so that no text can close the script', () => {
    const snippet = buildSnippet(base);
    expect(snippet.startsWith('<script type="module" src="https://cdn.example/w.js"></script>')).to.equal(true);
    expect(snippet.match(/<script type="application\/json">/g)).to.have.length(2);
    expect(snippet).not.to.include('</script><script>alert');
    expect(snippet).not.to.include('<!--');
    expect(JSON.parse(inlineJson(base.json))).to.deep.equal(JSON.parse(base.json));
    expect(snippet).to.include('<cqp-vae-guide id="guide">');
    expect(snippet).to.include('<eligibility-check guide="guide">');
    expect(snippet).not.to.include('<style>');
  });

  it('gives a src instead, escaped, and the chosen attributes and custom properties', () => {
    const snippet = buildSnippet({ ...base, mode: 'src', src: '/c.json?a=1&b="2"', layout: 'stacked', persist: true, check: true, properties: { '--cqp-vae-accent': '#7a2e8c' } });
    expect(snippet).to.include('<cqp-vae-guide id="guide" src="/c.json?a=1&amp;b=&quot;2&quot;" layout="stacked"></cqp-vae-guide>');
    expect(snippet).to.include('<eligibility-check guide="guide" src="/c.json?a=1&amp;b=&quot;2&quot;" persist></eligibility-check>');
    expect(snippet).to.include('cqp-vae-guide, eligibility-check {\n    --cqp-vae-accent: #7a2e8c;\n  }');
    expect(snippet).not.to.include('application/json');
    const alone = buildSnippet({ ...base, mode: 'src', src: '/c.json', check: false });
    expect(alone).to.include('<cqp-vae-guide src="/c.json"></cqp-vae-guide>');
    expect(alone).not.to.include('eligibility-check');
  });

  it('sets only the properties that differ from the defaults, with readable text on the accent', () => {
    expect(themeProperties(DEFAULT_THEME)).to.deep.equal({});
    expect(themeProperties({ accent: '#7A2E8C', radius: 1, font: 'georgia' })).to.deep.equal({
      '--cqp-vae-accent': '#7a2e8c',
      '--cqp-vae-radius': '1rem',
      '--cqp-vae-font': 'Georgia, "Times New Roman", serif',
    });
    expect(themeProperties({ ...DEFAULT_THEME, accent: '#ffd700' })['--cqp-vae-on-accent']).to.equal('#1e1e1e');
    expect(onAccent('#1d4f91')).to.equal('#ffffff');
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
  });

  it('refuses a src the elements would refuse', () => {
    expect(srcProblem('/contenus/a.json')).to.equal('');
    expect(srcProblem('https://ex.fr/a.json')).to.equal('');
    expect(srcProblem('javascript:alert(1)')).to.match(/https/);
    expect(srcProblem('  ')).to.match(/Indiquez/);
  });
});

describe('playground page', () => {
  let pg: Playground;
  let root: HTMLElement;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const guide = () => $<CqpVaeGuide>('cqp-vae-guide');
  const check = () => $<HTMLElement>('eligibility-check');
  const shadow = (el: Element, selector: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
  const routeTitles = (el: Element) => shadow(el, '[part~="route-title"]').map((n) => text(n));
  const summaryText = () => text($('.pg-summary'));
  const snippetShown = () => $('.pg-snippet code').textContent!;
  const type = (value: string) => {
    pg.editor.value = value;
    pg.editor.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const radio = (value: string) => {
    $<HTMLInputElement>(`input[type="radio"][value="${value}"]`).click();
  };

  before(async () => {
    // The page's own styles, so that axe judges the colours an author sees.
    for (const href of ['/demo/demo.css', '/demo/playground.css']) {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
      document.head.append(link);
      await loaded;
    }
  });

  beforeEach(async () => {
    root = await fixture<HTMLElement>(html`<div></div>`);
    pg = initPlayground(root, { today: TODAY });
    await guide().updateComplete;
  });
  afterEach(() => pg.destroy());

  it('starts on the built-in content, with no finding, both elements previewing it', () => {
    expect(pg.editor.value).to.equal(BUILT_IN_TEXT);
    expect(summaryText()).to.equal('Aucun problème trouvé : le contenu est prêt à être publié.');
    expect($$('.pg-finding')).to.have.length(0);
    expect(routeTitles(guide())).to.have.length(2);
    expect(shadow(check(), '[part~="error"]')).to.have.length(0);
    expect(shadow(guide(), '[role="tab"]').map((t) => text(t))).to.deep.equal(['CQP', 'VAE']);
    expect(pg.editor.labels?.[0]?.textContent).to.equal('Fichier de contenu (JSON)');
    expect(pg.editor.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id))).to.not.include(null);
  });

  it('checks after a pause in typing and updates findings and preview', async () => {
    const renamed = BUILT_IN_TEXT.replace('"title": "Certificat de qualification professionnelle (CQP)"', '"title": "Le CQP de ma branche"');
    expect(renamed).to.not.equal(BUILT_IN_TEXT);
    type(renamed);
    // Debounced: nothing is checked on the keystroke itself.
    expect(pg.check.text).to.equal(BUILT_IN_TEXT);
    await waitUntil(() => routeTitles(guide())[0] === 'Le CQP de ma branche', 'the preview shows the edited title', { timeout: 3000 });
    expect(pg.check.text).to.equal(renamed);

    type(renamed.replace('"reviewedAt": "2026-12-02"', '"reviewedAt": "27/11/2026"'));
    await waitUntil(() => $$('.pg-finding').length === 1, 'one finding', { timeout: 3000 });
    expect(summaryText()).to.match(/^Résultat : 1 erreur, 0 avertissement/);
    expect($('.pg-summary').getAttribute('role')).to.equal('status');
    expect(text($('.pg-group-error'))).to.match(/^1 erreur — les widgets refuseront ce contenu/);
    expect(text($('.pg-finding'))).to.include('meta.reviewedAt').and.include('Date invalide « 27/11/2026 »').and.include('À faire :');
    // The elements show their own error state.
    await guide().updateComplete;
    await waitUntil(() => shadow(guide(), '[part~="error"]').length === 1 && shadow(check(), '[part~="error"]').length === 1);

    // A lint finding (not a schema one): a rule that names a question that does not exist.
    type(BUILT_IN_TEXT.replace(/"question": "status"/, '"question": "statut-inconnu"'));
    await waitUntil(() => text($('.pg-finding')).includes('statut-inconnu'), 'the lint finding', { timeout: 3000 });
    expect($$('.pg-finding')[0].querySelector('code')!.textContent).to.match(/^eligibility\./);
  });

  it('moves the caret and focus to the place of a finding', async () => {
    const broken = BUILT_IN_TEXT.replace('"locale": "fr"', '"locale": 12').replace('"reviewedAt": "2026-12-02"', '"reviewedAt": "hier"');
    pg.setText(broken);
    const buttons = $$('.pg-goto');
    expect(buttons.map((b) => text(b.querySelector('code')))).to.deep.equal(['meta.locale', 'meta.reviewedAt']);
    buttons[1].click();
    expect(document.activeElement).to.equal(pg.editor);
    expect(pg.editor.selectionStart).to.equal(broken.indexOf('"reviewedAt"'));
    expect(pg.editor.selectionEnd).to.equal(pg.editor.selectionStart);
    const line = broken.slice(0, broken.indexOf('"reviewedAt"')).split('\n').length;
    expect(text(buttons[1])).to.include(`Ligne ${line}`);
    expect(text($('.pg-position'))).to.equal(`Ligne ${line}, colonne 5`);
    buttons[0].click();
    expect(pg.editor.selectionStart).to.equal(broken.indexOf('"locale"'));

    // A syntax error: the button says line and column, and leads there.
    const bad = BUILT_IN_TEXT.replace('"locale": "fr"', '"locale": fr');
    pg.setText(bad);
    const [goto] = $$('.pg-goto');
    const offset = bad.indexOf('fr,');
    const before = bad.slice(0, offset).split('\n');
    expect(text(goto)).to.include(`Ligne ${before.length}, colonne ${before[before.length - 1].length + 1}`);
    goto.click();
    expect(pg.editor.selectionStart).to.equal(offset);
    expect(document.activeElement).to.equal(pg.editor);
  });

  it('sets the custom properties from the theme controls, and puts them in the snippet', async () => {
    const accent = $<HTMLInputElement>('input[type="color"]');
    accent.value = '#7a2e8c';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    const radius = $<HTMLInputElement>('input[type="range"]');
    radius.value = '1';
    radius.dispatchEvent(new Event('input', { bubbles: true }));
    const font = $<HTMLSelectElement>('select');
    font.value = 'georgia';
    font.dispatchEvent(new Event('change', { bubbles: true }));
    const style = getComputedStyle(guide());
    expect(style.getPropertyValue('--cqp-vae-accent').trim()).to.equal('#7a2e8c');
    expect(style.getPropertyValue('--cqp-vae-radius').trim()).to.equal('1rem');
    expect(getComputedStyle(check()).getPropertyValue('--cqp-vae-font')).to.include('Georgia');
    // The element really uses it: the selected tab's text takes the accent.
    const tab = shadow(guide(), '[role="tab"][aria-selected="true"]')[0];
    expect(getComputedStyle(tab).color).to.equal('rgb(122, 46, 140)');
    expect(text(root.querySelector('output'))).to.equal('1 rem');
    expect(snippetShown()).to.include('--cqp-vae-accent: #7a2e8c;').and.include('--cqp-vae-radius: 1rem;').and.include('--cqp-vae-font: Georgia');

    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('apparence par défaut'))!.click();
    expect(getComputedStyle(guide()).getPropertyValue('--cqp-vae-accent')).to.equal('');
    expect(snippetShown()).not.to.include('<style>');
  });

  it('suggests a src for a large content and inlines a small one, as the author chooses', async () => {
    // The built-in content is over 20 KB.
    expect(snippetShown()).to.include('src="/contenus/ma-branche.json"');
    expect(snippetShown()).not.to.include('application/json');
    expect(text(root)).to.include('un fichier à part (src) est le bon choix');

    radio('inline');
    expect(snippetShown()).to.include('<script type="application/json">');
    expect(snippetShown()).to.include('"id": "cqp-vae-opco-ep"');
    expect(text(root)).to.include('mieux vaut le publier dans un fichier');

    radio('src');
    const src = $<HTMLInputElement>('input[inputmode="url"]');
    src.value = 'javascript:alert(1)';
    src.dispatchEvent(new Event('input', { bubbles: true }));
    expect($<HTMLInputElement>('input[inputmode="url"]').getAttribute('aria-invalid')).to.equal('true');
    src.value = 'https://www.ma-branche.fr/cqp.json';
    src.dispatchEvent(new Event('input', { bubbles: true }));
    expect(snippetShown()).to.include('<cqp-vae-guide id="guide" src="https://www.ma-branche.fr/cqp.json"></cqp-vae-guide>');
    expect(snippetShown()).to.include('<eligibility-check guide="guide" src="https://www.ma-branche.fr/cqp.json"></eligibility-check>');
    expect(pg.snippet).to.equal(snippetShown());
  });

  it('loads each example from the page origin', async () => {
    for (const id of ['branche-cycles', 'default-en', 'opcoep-page-2021', 'built-in']) {
      $<HTMLButtonElement>(`[data-example="${id}"]`).click();
      const label = EXAMPLES.find((e) => e.id === id)!.label;
      await waitUntil(() => text($('.pg-status')).startsWith(`« ${label} » chargé`), `${id} loaded`, { timeout: 3000 });
      expect(text($('.pg-status'))).to.include('aucun problème');
      expect(pg.check.errors, id).to.equal(0);
      if (id !== 'built-in') {
        const file = { 'branche-cycles': 'branche-cycles.fr.json', 'default-en': 'default.en.json', 'opcoep-page-2021': 'opcoep-page-2021.fr.json' }[id];
        expect(pg.editor.value).to.equal(await (await fetch(`/demo/content/${file}`)).text());
      }
    }
  });

  it('copies the snippet shown, and announces it; else selects it', async () => {
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    let copied = '';
    try {
      clipboard.writeText = async (value: string) => {
        copied = value;
      };
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copier le code')!.click();
      await waitUntil(() => text($('.pg-copy [role="status"]')) !== '');
      expect(copied).to.equal(snippetShown());
      expect(text($('.pg-copy [role="status"]'))).to.equal('Code copié dans le presse-papiers.');

      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const exec = document.execCommand;
      document.execCommand = () => false;
      try {
        [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copier le code')!.click();
        await waitUntil(() => text($('.pg-copy [role="status"]')).startsWith('Copie automatique impossible'));
      } finally {
        document.execCommand = exec;
      }
      // A selection's text drops the final line break of a <pre> in Chromium; Firefox and WebKit
      // keep it: compare without it.
      expect(getSelection()!.toString().trimEnd()).to.equal(snippetShown().trimEnd());
    } finally {
      clipboard.writeText = original;
      delete (clipboard as { writeText?: unknown }).writeText;
    }
  });

  /** The snippet in a blank page of its own, the script pointed at the sources this server builds. */
  async function paste(snippet: string): Promise<Document> {
    expect(snippet).to.match(/<script type="module" src="[^"]+"><\/script>/);
    const iframe = document.createElement('iframe');
    iframe.title = 'Page vierge';
    iframe.style.width = '800px';
    iframe.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vierge</title></head><body>${snippet.replace(
      /<script type="module" src="[^"]+">/,
      '<script type="module" src="/src/cqp-vae-widgets.ts">',
    )}</body></html>`;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    root.append(iframe);
    await loaded;
    const doc = iframe.contentDocument!;
    await waitUntil(() => (doc.querySelector('cqp-vae-guide')?.shadowRoot?.querySelectorAll('[part~="route-title"]').length ?? 0) > 0, 'the pasted guide renders', { timeout: 5000 });
    return doc;
  }

  it('gives a snippet that, pasted into a blank page, renders the same widget (inline JSON)', async () => {
    const edited = BUILT_IN_TEXT.replace('"title": "Certificat de qualification professionnelle (CQP)"', '"title": "Le CQP </script> de ma branche"');
    pg.setText(edited);
    radio('inline');
    await guide().updateComplete;
    expect(routeTitles(guide())[0]).to.equal('Le CQP </script> de ma branche');
    const doc = await paste(snippetShown());
    const pasted = doc.querySelector('cqp-vae-guide')!;
    expect(routeTitles(pasted)).to.deep.equal(routeTitles(guide()));
    expect(pasted.shadowRoot!.querySelectorAll('[part~="error"]')).to.have.length(0);
    const pastedCheck = doc.querySelector('eligibility-check')!;
    await waitUntil(() => pastedCheck.shadowRoot?.querySelector('[part~="title"]'), 'the pasted questionnaire renders');
    expect(text(pastedCheck.shadowRoot!.querySelector('[part~="title"]'))).to.equal(text(check().shadowRoot!.querySelector('[part~="title"]')));
    expect(pastedCheck.getAttribute('guide')).to.equal(pasted.id);
  });

  it('gives a snippet that, pasted into a blank page, renders the same widget (src)', async () => {
    $<HTMLButtonElement>('[data-example="branche-cycles"]').click();
    await waitUntil(() => text($('.pg-status')).includes('chargé'), 'example loaded', { timeout: 3000 });
    await guide().updateComplete;
    radio('src');
    const src = $<HTMLInputElement>('input[inputmode="url"]');
    src.value = '/demo/content/branche-cycles.fr.json';
    src.dispatchEvent(new Event('input', { bubbles: true }));
    const doc = await paste(snippetShown());
    const titles = routeTitles(doc.querySelector('cqp-vae-guide')!);
    expect(titles[0]).to.equal('Les CQP des métiers du cycle');
    expect(titles).to.deep.equal(routeTitles(guide()));
  });

  it('is accessible', async function () {
    // axe walks the whole playground (editor, findings, both widgets' shadow trees) twice, and loads
    // itself first: about 2 s alone, several times that on a loaded two-core machine. The work is
    // fixed, so a longer timeout rather than fewer checks.
    this.timeout(30_000);
    await expect(root).to.be.accessible();
    pg.setText(BUILT_IN_TEXT.replace('"reviewedAt": "2026-12-02"', '"reviewedAt": "hier"'));
    await guide().updateComplete;
    await expect(root).to.be.accessible();
  });
});
