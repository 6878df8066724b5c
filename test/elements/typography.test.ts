// French as it is read: every text node both elements render from the built-in content (all guide
// routes, a question with its hints, the recap, a result) has no plain space before : ; ! ? and
// none inside « », whether the author typed the no-break spaces or not.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { answerAll, begin, next } from './eligibility-check.helpers.js';

/** The rendered text, open definitions and shadow roots included, with what is wrong in it. */
function faults(root: ParentNode): string[] {
  const text = [...(root as Element | ShadowRoot).querySelectorAll('*')]
    .flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!))
    .join('\u0000');
  return [...text.matchAll(/.{0,20}(?: [:;!?»]|« ).{0,10}/g)].map((m) => m[0]);
}

describe('French typography in the rendered widgets', () => {
  it('the guide, every route, with its glossary definitions open', async () => {
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked"></cqp-vae-guide>`);
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="term"]').forEach((b) => b.click());
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(faults(el.shadowRoot!)).to.deep.equal([]);
    // And there are French texts with such punctuation to check.
    expect(el.shadowRoot!.textContent).to.match(/\u00a0:/).and.to.match(/\u202f\?/);
  });

  it('the questionnaire: start, a question, the result', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    expect(faults(el.shadowRoot!)).to.deep.equal([]);
    await begin(el);
    expect(faults(el.shadowRoot!)).to.deep.equal([]);
    await answerAll(el, { target: 'cqp', registry: 'rncp-vae', status: 'independant', experience: 'yes', activities: ['non-salarie'], months: [6] });
    expect(faults(el.shadowRoot!)).to.deep.equal([]);
    await next(el);
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(faults(el.shadowRoot!)).to.deep.equal([]);
  });

  it('content typed without no-break spaces is shown with them', async () => {
    const content = {
      meta: { id: 't', version: '1', locale: 'fr', title: 'T', publisher: { name: 'P' }, source: { url: 'https://example.org' }, reviewedAt: '2026-12-02' },
      guide: { routes: [{ id: 'r', title: 'Pour qui ?', shortTitle: 'R', sections: [{ kind: 'notes', title: 'À savoir : tout', body: ["Jusqu'à 1 500 € ; « vite » !"] }] }] },
    };
    const el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide .content=${content}></cqp-vae-guide>`);
    expect(faults(el.shadowRoot!)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('Jusqu’à 1\u202f500\u00a0€\u202f; «\u00a0vite\u00a0»\u202f!');
  });
});
