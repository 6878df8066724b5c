// <eligibility-check> prepares the next screen at idle time (src/elements/eligibility-check/prepare.ts):
// it is laid out once, off screen, and removed in the same task. What a person or the host page
// could notice must not change: the shadow root's content, the focus, the events, the next step.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { $, answerAll, begin, focused, next, record, step, text } from './eligibility-check.helpers.js';
import { catalogueInput } from '../catalogue/fixtures.js';

/** Until idle callbacks (or the 100 ms fallback) have run. */
const idle = () =>
  new Promise<void>((resolve) => {
    const later = () => setTimeout(resolve, 150);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(later, { timeout: 2500 });
    else later();
  });

/** What was attached to the shadow root and removed again, as the `data-step` or part of each screen. */
function watchPrepared(el: EligibilityCheck) {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        const form = node.querySelector<HTMLElement>('form[data-step]');
        seen.push(node.querySelector('[part~="result"]') ? '#result' : (form?.dataset.step ?? '?'));
      }
  });
  observer.observe(el.shadowRoot!, { childList: true });
  return { seen, stop: () => observer.disconnect() };
}

const persona = { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [12] };

describe('<eligibility-check> prepares the next screen at idle time', () => {
  it('lays out the first question off screen while the start screen waits, and changes nothing the page sees', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    expect(step(el)).to.equal('#start');
    const events = record(el, 'eligibility-change', 'eligibility-complete');
    const before = el.shadowRoot!.innerHTML;
    const children = [...el.shadowRoot!.children];
    const prepared = watchPrepared(el);
    await idle();
    prepared.stop();
    expect(prepared.seen).to.deep.equal(['target']);
    expect(el.shadowRoot!.innerHTML).to.equal(before);
    expect([...el.shadowRoot!.children].every((c, i) => c === children[i])).to.equal(true);
    expect(el.shadowRoot!.children.length).to.equal(children.length);
    expect(focused(el)).to.equal('none');
    expect(events.length).to.equal(0);
    await begin(el);
    expect(step(el)).to.equal('target');
    expect(focused(el)).to.equal('#step-heading');
    expect(el.shadowRoot!.querySelectorAll('#step-heading').length).to.equal(1);
  });

  it('prepares the result on the recap without announcing it or firing eligibility-complete', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await answerAll(el, persona);
    const complete = record(el, 'eligibility-complete');
    const prepared = watchPrepared(el);
    await idle();
    prepared.stop();
    expect(prepared.seen).to.deep.equal(['#result']);
    expect(complete.length).to.equal(0);
    expect(text($(el, '[part~="announcer"]'))).to.equal('');
    expect(step(el)).to.equal('#recap');
    await next(el);
    expect(step(el)).to.equal('#result');
    expect(complete.length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('#result-heading').length).to.equal(1);
  });

  it('prepares each position once, and never the certification picker (its list keeps state)', async () => {
    const input = catalogueInput();
    const content = { ...input, eligibility: { ...input.eligibility!, intro: ['Quelques questions.'] } };
    const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${content}></eligibility-check>`);
    await el.updateComplete;
    expect(step(el)).to.equal('#start');
    const prepared = watchPrepared(el);
    await idle();
    expect(prepared.seen).to.deep.equal([]);
    await begin(el);
    expect($(el, 'input[role="combobox"]')).to.not.equal(null);
    prepared.stop();

    const plain = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    const again = watchPrepared(plain);
    await idle();
    plain.requestUpdate();
    await plain.updateComplete;
    await idle();
    again.stop();
    expect(again.seen).to.deep.equal(['target']);
  });
});
