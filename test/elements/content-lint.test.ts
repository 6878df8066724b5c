import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { ContentErrorDetail } from '../../src/shared/content-element.js';

// A content the schema accepts but the lint refuses: the registry question can never be shown.
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

describe('lint at load time', () => {
  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as const) {
    it(`<${tag}> refuses content with a lint error and names the path`, async () => {
      const el = document.createElement(tag);
      const errored = oneEvent(el, 'cqp-vae-content-error');
      (el as any).content = neverAsked();
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      try {
        await fixture(el);
        const { detail } = (await errored) as CustomEvent<ContentErrorDetail>;
        expect(detail.issues.map((i) => i.path)).to.include('eligibility.questions[1].showIf');
        const alert = el.shadowRoot!.querySelector('[role="alert"]');
        expect(alert, 'error state').to.exist;
        expect(alert!.textContent).to.contain('eligibility.questions[1].showIf');
        expect(String(logged[0])).to.contain('registry');
      } finally {
        console.error = original;
      }
    });
  }

  it('reports a lint-refused src like a schema-refused one: reason and src in the event', async () => {
    const src = '/test/fixtures/lint/never-asked.json';
    const el = document.createElement('cqp-vae-guide');
    const errored = oneEvent(el, 'cqp-vae-content-error');
    el.setAttribute('src', src);
    const original = console.error;
    console.error = () => {};
    try {
      await fixture(el);
      const { detail } = (await errored) as CustomEvent<ContentErrorDetail>;
      expect(detail).to.include({ origin: 'src', reason: 'invalid', src });
      expect(detail.issues.map((i) => i.path)).to.include('eligibility.questions[1].showIf');
    } finally {
      console.error = original;
    }
  });

  it('accepts content with warnings only and logs them', async () => {
    const copy = structuredClone(defaultContent) as any;
    copy.meta.reviewedAt = '2015-01-01';
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const el = await fixture(html`<cqp-vae-guide .content=${copy}></cqp-vae-guide>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="tab"]')).to.exist;
      expect(warned.join('\n')).to.contain('meta.reviewedAt');
    } finally {
      console.warn = original;
    }
  });
});
