import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { begin } from './eligibility-check.helpers.js';

// The language a screen reader uses for a node: the nearest lang, across the shadow root.
function langOf(node: Element): string | undefined {
  let el: Element | null = node;
  while (el) {
    if (el.hasAttribute('lang')) return el.getAttribute('lang')!;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
  }
  return undefined;
}

describe('<eligibility-check> language of its parts', () => {
  it('marks French content as French and its own English words as English on an English page', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"><eligibility-check></eligibility-check></div>`);
    const el = page.querySelector<EligibilityCheck>('eligibility-check')!;
    await el.updateComplete;
    await begin(el);
    const root = el.shadowRoot!;
    expect(langOf(root.querySelector('legend')!)).to.equal('fr');
    expect(langOf(root.querySelector('[part~="title"]')!)).to.equal('fr');
    expect(langOf(root.querySelector('button[part~="next"]')!)).to.equal('en');
    expect(langOf(root.querySelector('[part~="step-count"]')!)).to.equal('en');
    expect(langOf(root.querySelector('[part~="required-note"]')!)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('adds no lang of its own when the page and the content speak the same language', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    expect(el.shadowRoot!.querySelector('button[part~="next"]')!.closest('[lang]')!.getAttribute('part')).to.equal('base');
  });
});
