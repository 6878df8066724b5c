// Links a visitor can trust (src/content/href.ts): a link that reads as one site and leads to another
// is refused by the schema with its path, is never rendered as an href, and its password never
// reaches a message.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { parseContent } from '../../src/content/parse.js';
import { defaultContent } from '../../src/content/default-content.js';
import { hrefProblem, isSafeHref, withoutCredentials } from '../../src/content/href.js';
import { renderLink } from '../../src/shared/rich-text.js';
import { render } from 'lit';
import { quietConsole } from './helpers.js';

const refused: [string, string][] = [
  ['https://opco-ep.fr@evil.example', 'href_credentials'],
  ['https://user:pw-s3cr3t@evil.example/x', 'href_credentials'],
  ['http://:pw@evil.example', 'href_credentials'],
  ['https:\\\\evil.example', 'href_backslash'],
  ['https://good.example\\@evil.example', 'href_backslash'],
  ['https://good.example/a\\b', 'href_backslash'],
  // "аpple.com" with a Cyrillic а, written in Unicode and in punycode.
  ['https://аpple.com/', 'href_mixed_scripts'],
  ['https://xn--pple-43d.com/', 'href_mixed_scripts'],
  ['https://XN--PPLE-43D.COM', 'href_mixed_scripts'],
  // A Greek omicron in a Latin name.
  ['https://gοogle.com', 'href_mixed_scripts'],
  ['https://www.xn--pple-43d.com.example/', 'href_mixed_scripts'],
  ['javascript:alert(1)', 'href'],
  ['/relative', 'href'],
];
const accepted = [
  'https://www.francecompetences.fr/recherche/rncp/37000/',
  'http://127.0.0.1:8080/a?b=c#d',
  'https://example.org/@handle',
  'mailto:contact@example.org',
  'tel:+33123456789',
  // Whole-script names are not mixtures: Cyrillic, German, Chinese (the last two in punycode).
  'https://пример.рф/',
  'https://xn--e1afmkfd.xn--p1ai/',
  'https://xn--mnchen-3ya.de/',
  'https://xn--fiqs8s.example/',
];

describe('links a visitor can trust', () => {
  for (const [href, problem] of refused) {
    it(`refuses ${href} (${problem})`, () => {
      expect(hrefProblem(href)).to.equal(problem);
      expect(isSafeHref(href)).to.equal(false);
    });
  }
  for (const href of accepted) {
    it(`accepts ${href}`, () => expect(hrefProblem(href)).to.equal(null));
  }

  it('the schema refuses each with its path and a message that says why, without the password', () => {
    for (const [href, problem] of refused.filter(([, p]) => p !== 'href')) {
      const content = structuredClone(defaultContent) as any;
      content.meta.source.url = href;
      content.guide.routes[1].sections[0].body = [[{ text: 'le site', href }]];
      const result = parseContent(content, { locale: 'fr' });
      expect(result.ok, href).to.equal(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => [i.path, i.code])).to.deep.equal([
        ['meta.source.url', problem],
        ['guide.routes[1].sections[0].body[0][0].href', problem],
      ]);
      for (const i of result.issues) {
        expect(i.message).to.match(/^Lien refusé/);
        expect(i.message).not.to.contain('pw-s3cr3t');
      }
    }
    const en = parseContent({ ...structuredClone(defaultContent), meta: { ...defaultContent.meta, source: { url: 'https://xn--pple-43d.com/' } } }, { locale: 'en' });
    expect(!en.ok && en.issues[0].message).to.contain('mixes alphabets');
  });

  it('never renders such a link as an href', async () => {
    for (const [href] of refused) {
      const host = document.createElement('div');
      render(renderLink('le site', href, 'fr'), host);
      expect(host.querySelector('a'), href).to.equal(null);
      expect(host.textContent).to.contain('le site');
    }
  });

  it('an element given such a link by property shows the error, not the link', async () => {
    const console_ = quietConsole();
    try {
      const content = structuredClone(defaultContent) as any;
      content.meta.source.url = 'https://opco-ep.fr@evil.example';
      const el = await fixture<HTMLElement & { content: unknown }>(html`<cqp-vae-guide .content=${content}></cqp-vae-guide>`);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
      expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.to.include('https://opco-ep.fr@evil.example');
    } finally {
      console_.restore();
    }
  });

  it('withoutCredentials hides user names and passwords in any text', () => {
    expect(withoutCredentials('a https://u:p@h.example/x b http://u@h.example c https://h.example/@x')).to.equal(
      'a https://***@h.example/x b http://***@h.example c https://h.example/@x',
    );
  });
});
