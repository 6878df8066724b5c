// A French visitor reads French: the error states of both elements (broken JSON, a document the
// schema refuses, a 404, a 500, a network failure, a wrong content type) carry no English word from
// the JSON parser or the validator, the JSON error says where (line and column), counts go through
// plural rules (never "(s)"), and every error offers a way on: "Réessayer" when the network failed,
// the publisher's page when `fallback-href` names it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { quietConsole } from '../security/helpers.js';

/** Words of English error messages (V8, SpiderMonkey, JavaScriptCore, zod), and the lazy plural. */
const ENGLISH = /\b(expected|unexpected|token|position|property|line|column|error|errors|invalid|required|received|string|number|undefined|failed|parse|JSON\.parse|not found|of the JSON data)\b|\(s\)/i;

/** What a visitor reads: the alert without the JSON paths (field names are the format's own). */
function visitorText(el: Element): string {
  const alert = el.shadowRoot!.querySelector('[part~="error"]')!;
  const copy = alert.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('code').forEach((c) => c.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

type Widget = CqpVaeGuide | EligibilityCheck;

async function broken(tag: 'cqp-vae-guide' | 'eligibility-check', set: (el: Widget) => void, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const failed = oneEvent(el, 'cqp-vae-content-error');
  set(el);
  await fixture(html`<div lang="fr">${el}</div>`);
  await failed;
  await el.updateComplete;
  return el;
}

const cases: [string, (el: Widget) => void][] = [
  ['broken JSON', (el) => (el.content = '{\n  "meta": { "id": "x", }\n}')],
  ['a document the schema refuses', (el) => (el.content = { meta: { id: 'Not An Id' }, guide: {} })],
  ['a 404', (el) => el.setAttribute('src', '/__fixtures__/status/404')],
  ['a 500', (el) => el.setAttribute('src', '/__fixtures__/status/500')],
  ['an HTML page instead of JSON', (el) => el.setAttribute('src', '/__fixtures__/text?body=%3Ch1%3Eoops&type=text/html')],
  ['broken JSON from src', (el) => el.setAttribute('src', '/__fixtures__/text?body=%7Bnot%20json&type=application/json')],
];

describe('error states speak the visitor’s language and lead somewhere', () => {
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as const) {
    for (const [name, set] of cases) {
      it(`<${tag}>, ${name}: no English word in the French message`, async () => {
        const el = await broken(tag, set);
        const text = visitorText(el);
        expect(text).to.contain('Ce contenu n’a pas pu être affiché.');
        expect(text, text).not.to.match(ENGLISH);
      });
    }
  }

  it('says where broken JSON breaks, in French, with line and column', async () => {
    const el = await broken('eligibility-check', cases[0][1]);
    expect(visitorText(el)).to.match(/Le fichier n’est pas du JSON valide : (ligne 2, colonne \d+ : )?vérifiez les guillemets/);
  });

  it('counts errors with the plural rules: "1 erreur", "N erreurs"', async () => {
    const one = await broken('cqp-vae-guide', (el) => (el.content = '{'));
    expect(visitorText(one)).to.contain('Le contenu comporte 1 erreur :');
    const many = await broken('cqp-vae-guide', cases[1][1]);
    expect(visitorText(many)).to.match(/Le contenu comporte \d+ erreurs :/);
  });

  it('offers "Réessayer" after a server failure, and loads again when pressed', async () => {
    const el = await broken('cqp-vae-guide', cases[3][1]);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Réessayer');
    const again = oneEvent(el, 'cqp-vae-content-error');
    retry.click();
    await again;
    await expect(el).to.be.accessible();
  });

  it('offers the publisher’s page from fallback-href, and no "Réessayer" when retrying cannot help', async () => {
    const el = await broken('eligibility-check', cases[2][1], { 'fallback-href': 'https://www.example.org/vae' });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="fallback-link"]')!;
    expect(link.href).to.equal('https://www.example.org/vae');
    expect(visitorText(el)).to.contain('Voir la page de l’éditeur');
    expect(el.shadowRoot!.querySelector('button[part~="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('ignores a fallback-href that is not a safe link', async () => {
    const el = await broken('eligibility-check', cases[2][1], { 'fallback-href': 'javascript:alert(1)' });
    expect(el.shadowRoot!.querySelector('a[part~="fallback-link"]')).to.equal(null);
  });
});
