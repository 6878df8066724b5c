// The footer under both elements: a visitor reads who published the content, where it comes from
// and when it was checked. The built-in content has no publisher a visitor would know (the page
// that embeds it is one), so its footer is its source and date, never the package's name.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { ContentElement } from '../../src/shared/content-element.js';
import { branchContent } from '../catalogue/fixtures.js';

const footer = (el: ContentElement) => (el.shadowRoot!.querySelector('[part~="source"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('footer ([part~="source"])', () => {
  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as const) {
    it(`<${tag}> with the built-in content: its source and review date, no package name`, async () => {
      const el = await fixture<ContentElement>(tag === 'cqp-vae-guide' ? html`<cqp-vae-guide></cqp-vae-guide>` : html`<eligibility-check></eligibility-check>`);
      const text = footer(el);
      expect(text).to.match(/^Source : page « Faire reconnaître mes compétences » de l’Opco EP/);
      expect(text).to.contain('Vérifié le 2 décembre 2026.');
      expect(text).to.not.match(/cqp-vae-widgets|publié|intégré/);
    });

    it(`<${tag}> with the built-in document given by property, in English: the same`, async () => {
      const el = await fixture<ContentElement>(
        tag === 'cqp-vae-guide'
          ? html`<cqp-vae-guide lang="en" .content=${defaultContent}></cqp-vae-guide>`
          : html`<eligibility-check lang="en" .content=${defaultContent}></eligibility-check>`,
      );
      expect(footer(el)).to.match(/^Source: page/);
      expect(footer(el)).to.contain('Reviewed on December 2, 2026.');
      expect(footer(el)).to.not.match(/cqp-vae-widgets|published/);
    });

    it(`<${tag}> with a branch's content: names its publisher`, async () => {
      const content = await branchContent();
      const el = await fixture<ContentElement>(
        tag === 'cqp-vae-guide' ? html`<cqp-vae-guide .content=${content}></cqp-vae-guide>` : html`<eligibility-check .content=${content}></eligibility-check>`,
      );
      expect(footer(el)).to.match(new RegExp(`^Contenu publié par ${content.meta.publisher.name.replace(/[()]/g, '\\$&')}\\. Source :`));
    });
  }
});
