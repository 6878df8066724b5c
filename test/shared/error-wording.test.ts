// The content checker a page loads carries the issues' French wording only; their English wording is
// a file of its own (content/issue-words.en.ts) that a page in English loads when it checks content,
// and hands to the checker. Both elements word content errors exactly as `parseContent` does (the
// CLI's wording) in either language, whichever of the two files arrives first. The order of the
// tests matters: the first one runs before anything has loaded the English wording.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { checkerFor, loadChecker } from '../../src/shared/checker.js';
import type { ContentErrorDetail } from '../../src/shared/content-element.js';
import type { ContentIssue } from '../../src/content/issues.js';
import { quietConsole } from '../security/helpers.js';

type Tag = 'cqp-vae-guide' | 'eligibility-check';

/** A document with three mistakes: a number for a text, a misspelt key, a link with a password. */
const broken = () => ({
  meta: {
    id: 'branche',
    version: 2,
    locale: 'fr',
    titel: 'Guide',
    publisher: { name: 'Branche', url: 'https://user:secret@example.org/' },
    source: { url: 'https://example.org/' },
    reviewedAt: '2026-11-27',
  },
  guide: { routes: [] },
});

/** The element's error, once it has one: the issues of its event and the list it shows. */
async function errorOf(tag: Tag, lang: 'fr' | 'en', set: (el: HTMLElement & { content?: unknown }) => void) {
  const el = document.createElement(tag) as HTMLElement & { content?: unknown; updateComplete: Promise<boolean> };
  set(el);
  const failed = oneEvent(el, 'cqp-vae-content-error') as Promise<CustomEvent<ContentErrorDetail>>;
  await fixture(html`<div lang=${lang}>${el}</div>`);
  const { detail } = await failed;
  await el.updateComplete;
  const items = [...el.shadowRoot!.querySelectorAll('[part~="error-list"] li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { issues: detail.issues, items };
}

/** What `parseContent` (the package's API, and the CLI's wording) says of the same document. */
async function expected(input: unknown, locale: 'fr' | 'en'): Promise<ContentIssue[]> {
  // Imported here, not above: it carries both wordings, and the first test checks that the page
  // did not load the English one.
  const { parseContent, parseContentText } = await import('../../src/content/parse.js');
  const result = typeof input === 'string' ? parseContentText(input, { locale }) : parseContent(input, { locale });
  expect(result.ok).to.equal(false);
  return result.ok ? [] : result.issues;
}

const englishLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('issue-words.en'));

describe('content errors in the page’s language', () => {
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('a French page checks content without downloading the English wording', async () => {
    const { issues } = await errorOf('cqp-vae-guide', 'fr', (el) => (el.content = broken()));
    expect(issues.map((i) => i.message)).to.include('Type incorrect : attendu un texte, reçu un nombre.');
    expect(checkerFor('fr'), 'checker').to.exist;
    expect(checkerFor('en'), 'English wording').to.equal(undefined);
    expect(englishLoaded()).to.equal(false);
  });

  it('words the issues in English when the English wording arrives after the checker', async () => {
    await loadChecker();
    expect(checkerFor('en')).to.equal(undefined);
    const { issues, items } = await errorOf('eligibility-check', 'en', (el) => (el.content = broken()));
    expect(issues).to.deep.equal(await expected(broken(), 'en'));
    expect(issues.map((i) => i.message)).to.include.members([
      'Wrong type: expected a text, got a number.',
      'Unknown field: "titel". Did you mean "title"? That required field is missing.',
      'Link refused "https://***@example.org/": a "name@" before the site can pass it off as another site.',
    ]);
    expect(items).to.include('meta.version : Wrong type: expected a text, got a number.');
    expect(checkerFor('en')).to.exist;
  });

  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as const) {
    it(`<${tag}> words inline content's issues as parseContent does, in English and in French`, async () => {
      const text = JSON.stringify(broken());
      const inline = (el: HTMLElement) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        el.append(script);
      };
      for (const lang of ['en', 'fr'] as const) {
        const { issues } = await errorOf(tag, lang, inline);
        expect(issues, lang).to.deep.equal(await expected(text, lang));
      }
    });

    it(`<${tag}> words broken JSON from src as parseContent does, in English and in French`, async () => {
      const body = '{\n  "meta": { "id": "x", }\n}';
      for (const lang of ['en', 'fr'] as const) {
        const { issues } = await errorOf(tag, lang, (el) => el.setAttribute('src', `/__fixtures__/text?body=${encodeURIComponent(body)}&type=application/json`));
        expect(issues, lang).to.deep.equal(await expected(body, lang));
        expect(issues[0].message, lang).to.match(lang === 'en' ? /^The file is not valid JSON: (line 2, column \d+: )?check the quotes/ : /^Le fichier n’est pas du JSON valide : /);
      }
    });
  }

  it('a French and an English element on one page each speak their own language', async () => {
    const [fr, en] = await Promise.all([
      errorOf('cqp-vae-guide', 'fr', (el) => (el.content = broken())),
      errorOf('cqp-vae-guide', 'en', (el) => (el.content = broken())),
    ]);
    expect(fr.issues).to.deep.equal(await expected(broken(), 'fr'));
    expect(en.issues).to.deep.equal(await expected(broken(), 'en'));
  });
});
