import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderLink } from '../../src/shared/rich-text.js';

async function linkFor(href: string): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<p></p>`);
  render(renderLink('Texte', href, 'fr'), host);
  return host.firstElementChild as HTMLElement;
}

describe('renderLink', () => {
  const cases: [string, string, boolean][] = [
    ['https://vae.gouv.fr', '(site externe)', true],
    ['HTTPS://VAE.GOUV.FR', '(site externe)', true],
    ['mailto:contact@example.org', '(courriel)', false],
    ['MAILTO:contact@example.org', '(courriel)', false],
    ['tel:+33100000000', '(téléphone)', false],
  ];
  for (const [href, kind, external] of cases) {
    it(`says where ${href} leads`, async () => {
      const a = await linkFor(href);
      expect(a.localName).to.equal('a');
      expect(a.querySelector('.visually-hidden')!.textContent!.trim()).to.equal(kind);
      expect(a.querySelector('.external') !== null).to.equal(external);
      expect(a.getAttribute('rel')).to.equal(external ? 'noopener' : null);
    });
  }

  it('renders an unsafe URL as plain text, with no href', async () => {
    const el = await linkFor('javascript:alert(1)');
    expect(el.localName).to.equal('span');
    expect(el.hasAttribute('href')).to.equal(false);
    expect(el.textContent).to.equal('Texte');
  });
});
