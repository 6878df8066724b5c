// Content the schema accepts but the lint refuses (`npx cqp-vae-widgets validate`): the page does not
// run the lint, so such content is shown, and where the visitor's answers fall into a gap of it, the
// result says "to check" with a contact instead of an empty or silent result.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { $, $$, choose, next, step, text, verdicts } from './eligibility-check.helpers.js';

// The registry question can never be shown (a lint error): the rest works.
function neverAsked(): unknown {
  const copy = structuredClone(defaultContent) as any;
  copy.eligibility.questions[1].showIf = {
    all: [
      { question: 'target', equals: 'cqp' },
      { question: 'target', equals: 'diplome' },
    ],
  };
  return copy;
}

/** One question; outcome "a" has no rule for "maybe", and no outcome is shown for "none". */
function withGaps(publisherUrl?: string): unknown {
  return {
    meta: {
      id: 'gaps',
      version: '1',
      locale: 'fr',
      title: 'Lacunes',
      publisher: { name: 'Branche test', ...(publisherUrl ? { url: publisherUrl } : {}) },
      source: { url: 'https://example.org/source' },
      reviewedAt: '2026-11-27',
    },
    guide: { routes: [{ id: 'r', title: 'Route', shortTitle: 'R', sections: [{ kind: 'notes', title: 'Notes', body: ['Texte.'] }] }] },
    eligibility: {
      title: 'Test',
      questions: [
        {
          id: 'x',
          type: 'single',
          label: 'X ?',
          options: [
            { value: 'yes', label: 'Oui' },
            { value: 'maybe', label: 'Peut-être' },
            { value: 'none', label: 'Aucun' },
          ],
        },
      ],
      outcomes: [
        {
          id: 'a',
          title: 'Issue A',
          showIf: { question: 'x', in: ['yes', 'maybe'] },
          rules: [{ when: { question: 'x', equals: 'yes' }, verdict: 'eligible', reason: 'Oui.' }],
        },
      ],
    },
  };
}

/** Captures console.warn while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warned;
}

async function resultFor(content: unknown, answer: string) {
  const el = await fixture<EligibilityCheck>(html`<eligibility-check .content=${content}></eligibility-check>`);
  await choose(el, answer);
  await next(el);
  expect(step(el)).to.equal('#recap');
  await next(el);
  expect(step(el)).to.equal('#result');
  return el;
}

describe('content with gaps the lint would report', () => {
  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as const) {
    it(`<${tag}> shows content the schema accepts even when the lint has errors`, async () => {
      const el = await fixture(html`<div></div>`);
      const widget = document.createElement(tag) as HTMLElement & { content: unknown; updateComplete: Promise<boolean> };
      widget.content = neverAsked();
      el.append(widget);
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('[role="alert"]'), 'no error state').to.equal(null);
      expect((widget.shadowRoot!.textContent ?? '').trim().length).to.be.greaterThan(0);
    });
  }

  it('shows a src the lint would refuse (reported before as a refused document)', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<cqp-vae-guide src="/test/fixtures/lint/never-asked.json"></cqp-vae-guide>`,
    );
    for (let i = 0; i < 50 && el.shadowRoot!.querySelector('[part~="loading"]'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error state').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="tab"]')).to.exist;
  });

  it('answers an outcome with no applicable rule with "to check", a reason and the contact', async () => {
    let el!: EligibilityCheck;
    const warned = await warnings(async () => {
      el = await resultFor(withGaps('https://example.org/contact'), 'maybe');
    });
    expect(verdicts(el)).to.deep.equal({ a: 'À vérifier' });
    expect(text($(el, '[part~="reasons"]'))).to.contain('vérifiez-la auprès de Branche test');
    const link = $<HTMLAnchorElement>(el, '[part~="outcome"] [part~="links"] a')!;
    expect(link.href).to.equal('https://example.org/contact');
    expect(text(link)).to.contain('Contacter Branche test');
    expect(warned.join('\n')).to.contain('npx cqp-vae-widgets validate');
    await expect(el).to.be.accessible();
  });

  it('gives one "to check" result, with the source as contact, when no outcome is shown', async () => {
    let el!: EligibilityCheck;
    const warned = await warnings(async () => {
      el = await resultFor(withGaps(), 'none');
    });
    expect($$(el, '[part~="outcome"]').length).to.equal(1);
    expect(text($(el, '[part~="verdict-text"]'))).to.equal('À vérifier');
    expect($<HTMLAnchorElement>(el, '[part~="outcome"] [part~="links"] a')!.href).to.equal('https://example.org/source');
    expect(warned.join('\n')).to.contain('npx cqp-vae-widgets validate');
  });

  it('says nothing in the console where the content has an answer', async () => {
    let el!: EligibilityCheck;
    const warned = await warnings(async () => {
      el = await resultFor(withGaps(), 'yes');
    });
    expect(verdicts(el)).to.deep.equal({ a: 'Accessible' });
    expect(warned).to.deep.equal([]);
  });
});
