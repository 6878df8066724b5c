// Upgrade: a page (or a framework) creates the elements and gives them properties before the module
// defines them. The classes are imported without defining the tags (src/index.ts has no side
// effects); the tags are defined once the elements are in the page. Properties set before must win
// over the defaults, and attributes must be read.
import { expect, waitUntil } from '@open-wc/testing';
import { CqpVaeGuide, EligibilityCheck } from '../../src/index.js';
import { BRANCH, shown, text } from '../security/helpers.js';

type Early = HTMLElement & { [key: string]: unknown };

describe('created and given properties before the module defines the tags', () => {
  it('upgrades with the properties and attributes given earlier', async () => {
    expect(customElements.get('cqp-vae-guide')).to.equal(undefined);
    const branch = await (await fetch(BRANCH)).json();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const guide = document.createElement('cqp-vae-guide') as unknown as Early;
      guide.content = branch;
      guide.layout = 'stacked';
      guide.setAttribute('heading-level', '3');
      const check = document.createElement('eligibility-check') as unknown as Early;
      check.content = branch;
      check.headingLevel = 4;
      const fromSrc = document.createElement('cqp-vae-guide') as unknown as Early;
      fromSrc.setAttribute('src', BRANCH);
      host.append(guide, check, fromSrc);
      expect(guide.shadowRoot).to.equal(null);

      customElements.define('cqp-vae-guide', CqpVaeGuide);
      customElements.define('eligibility-check', EligibilityCheck);
      expect(guide).to.be.instanceOf(CqpVaeGuide);
      await (guide as unknown as CqpVaeGuide).updateComplete;
      await (check as unknown as EligibilityCheck).updateComplete;

      expect(shown(guide)).to.equal('ready');
      expect(guide.layout).to.equal('stacked');
      expect(guide.shadowRoot!.querySelector('[role="tab"]') === null, 'stacked: no tabs').to.equal(true);
      expect(guide.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h3');
      expect(text(guide.shadowRoot)).to.contain('Guide de la branche de test');

      expect(shown(check)).to.equal('ready');
      expect(check.headingLevel).to.equal(4);
      expect(check.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h4');
      expect(text(check.shadowRoot)).to.contain('Questionnaire de la branche de test');

      await waitUntil(() => shown(fromSrc) === 'ready', 'src given before upgrade never loaded', { timeout: 5000 });
      expect(text(fromSrc.shadowRoot)).to.contain('Guide de la branche de test');
    } finally {
      host.remove();
    }
  });
});
