// The module loaded twice on one page: the source entry under two URLs, then two full bundled copies
// (each with its own lit), as two CMS blocks or a CDN and a local copy would. No error escapes, the
// first definition wins, and the elements work. This file imports no definition statically.
import { expect, fixture, html } from '@open-wc/testing';
import { quietConsole, shown } from '../security/helpers.js';

describe('module loaded twice', () => {
  it('defines each tag once, throws nothing, and the elements work', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const console_ = quietConsole();
    try {
      // Variables, so that neither TypeScript nor the dev server resolves these at build time.
      const sources = ['/src/cqp-vae-widgets.ts?x=1', '/src/cqp-vae-widgets.ts?x=2'];
      const bundles = ['/__fixtures__/bundle?copy=1', '/__fixtures__/bundle?copy=2'];
      const first = await import(/* @vite-ignore */ sources[0]);
      const firstGuide = customElements.get('cqp-vae-guide');
      expect(firstGuide).to.equal(first.CqpVaeGuide);
      await import(/* @vite-ignore */ sources[1]);
      const copies = await Promise.all(bundles.map((b) => import(/* @vite-ignore */ b)));
      // Two real copies: distinct classes, none of which replaced the first definition.
      expect(copies[0].CqpVaeGuide).to.not.equal(copies[1].CqpVaeGuide);
      expect(copies[0].CqpVaeGuide).to.not.equal(first.CqpVaeGuide);
      expect(customElements.get('cqp-vae-guide')).to.equal(firstGuide);
      expect(customElements.get('eligibility-check')).to.equal(first.EligibilityCheck);

      const wrapper = await fixture<HTMLElement>(html`<div><cqp-vae-guide></cqp-vae-guide><eligibility-check></eligibility-check></div>`);
      for (const el of wrapper.children) {
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(shown(el), el.localName).to.equal('ready');
      }
      // A copy's exports stay usable (e.g. evaluate) even though its tags were not defined.
      expect(copies[1].evaluate(copies[1].defaultContent, {}).complete).to.equal(false);
    } finally {
      console_.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).to.deep.equal([]);
  });
});
