// Bad content, generated (fast-check): random JSON, broken JSON text and near-valid documents (one
// field broken) go through parse + lint, and parse + render. Nothing throws; the elements never show a blank
// box: either the content, or the error state listing at least one issue with its path.
//
// Run counts are sized for the three-engine run (a few seconds per engine); raise NUM_RUNS locally
// to dig deeper. A failure prints a seed and path to replay.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { parseContent, parseContentText, type ParseResult } from '../../src/content/parse.js';
import { lintContent } from '../../src/authoring/lint.js';
import { defaultContent } from '../../src/content/default-content.js';
import { BRANCH, quietConsole, shown, type Widget } from '../security/helpers.js';
import { mutate, mutation, pathsOf, randomDocument, randomText, type Json } from './arbitraries.js';

const PARSE_RUNS = 1000;
const RENDER_RUNS = 100;

function checkParse(result: ParseResult) {
  if (result.ok) {
    const findings = lintContent(result.content, { today: '2026-11-27', maxCombinations: 2000 });
    expect(Array.isArray(findings)).to.equal(true);
    for (const f of findings) expect(typeof f.path === 'string' && typeof f.message === 'string' && f.message.length > 0).to.equal(true);
  } else {
    expect(result.issues.length, 'an invalid document has at least one issue').to.be.greaterThan(0);
    for (const i of result.issues) {
      expect(typeof i.path, 'issue path').to.equal('string');
      expect(i.message.length, `message for ${i.path}`).to.be.greaterThan(0);
    }
  }
}

/** Renders `doc` in a live element and checks what it shows against what parse said. */
async function checkRender(el: Widget, doc: unknown, parsed: ParseResult) {
  // null (like undefined) means "no content property": the element falls back to its built-in content.
  const expected: ParseResult = doc === null ? { ok: true, content: defaultContent } : parsed;
  el.content = doc;
  await el.updateComplete;
  const state = shown(el);
  expect(state, 'never a blank box').to.not.equal('blank');
  expect(el.getBoundingClientRect().height, 'never a zero-height box').to.be.greaterThan(0);
  expect((el.shadowRoot!.textContent ?? '').trim().length, 'never an empty box').to.be.greaterThan(0);
  // The page checks the schema and the cross-references, not the lint (the author's tool): content
  // the lint would refuse is shown, and the engine answers its gaps with "to check".
  if (expected.ok) {
    expect(state).to.equal('ready');
  } else {
    expect(state).to.equal('error');
    const paths = [...el.shadowRoot!.querySelectorAll('[part~="error-list"] li code')].map((c) => c.textContent ?? '');
    expect(paths.length, 'at least one issue path shown').to.be.greaterThan(0);
    expect(paths.every((p) => p.length > 0)).to.equal(true);
  }
}

describe('bad content, generated (fast-check)', function () {
  // Generating and rendering hundreds of documents takes a few seconds in a slow engine.
  this.timeout(60_000);
  let bases: Json[] = [];
  let paths: ReturnType<typeof pathsOf>[] = [];
  let console_: ReturnType<typeof quietConsole>;
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));

  before(async () => {
    bases = [JSON.parse(JSON.stringify(defaultContent)), await (await fetch(BRANCH)).json()];
    paths = bases.map(pathsOf);
  });
  beforeEach(() => {
    console_ = quietConsole();
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    console_.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  const nearValid = () =>
    fc
      .record({ base: fc.nat({ max: 1 }), at: fc.nat(), m: mutation })
      .map(({ base, at, m }) => mutate(bases[base], paths[base], at, m));

  it('the unmodified bases are valid (control)', () => {
    for (const base of bases) expect(parseContent(base).ok).to.equal(true);
  });

  it('the generator breaks arrays too, with keys such as "length" (once a RangeError in the generator)', () => {
    const base = bases[0];
    const at = paths[0].findIndex((p) => typeof p[p.length - 1] === 'number' && typeof p[p.length - 2] === 'string');
    expect(at).to.be.greaterThan(-1);
    for (const key of ['length', '0', '__proto__']) {
      const doc = mutate(base, paths[0], at, { kind: 'unknown-key', key, value: 'x' });
      expect(JSON.stringify(doc)).to.not.equal(JSON.stringify(base));
    }
  });

  it('parse + lint never throw on random JSON values or text', () => {
    fc.assert(
      fc.property(randomDocument, (doc) => {
        checkParse(parseContent(doc));
        checkParse(parseContentText(JSON.stringify(doc) ?? ''));
      }),
      { numRuns: PARSE_RUNS },
    );
    fc.assert(fc.property(randomText, (text) => checkParse(parseContentText(text))), { numRuns: PARSE_RUNS });
  });

  it('parse + lint never throw on near-valid documents, and broken ones name where', () => {
    let broken = 0;
    fc.assert(
      fc.property(nearValid(), (doc) => {
        const result = parseContent(doc);
        if (!result.ok) broken++;
        checkParse(result);
        // The same document as text (what src and inline scripts give) is judged the same way.
        expect(parseContentText(JSON.stringify(doc)).ok).to.equal(result.ok);
      }),
      { numRuns: PARSE_RUNS },
    );
    // The generator does break documents (else this test would prove little).
    expect(broken).to.be.greaterThan(PARSE_RUNS / 3);
  });

  for (const tag of ['cqp-vae-guide', 'eligibility-check'] as const) {
    it(`<${tag}> shows the content or the error state with issue paths, never a blank box`, async () => {
      const el = document.createElement(tag) as Widget;
      await fixture(html`<div>${el}</div>`);
      await fc.assert(
        fc.asyncProperty(fc.oneof({ arbitrary: nearValid(), weight: 3 }, { arbitrary: randomDocument, weight: 1 }), async (doc) => {
          await checkRender(el, doc, parseContent(doc));
        }),
        { numRuns: RENDER_RUNS },
      );
      // Then text (the inline-script and src path): broken JSON ends in the error state too.
      await fc.assert(
        fc.asyncProperty(randomText, async (text) => {
          await checkRender(el, text, parseContentText(text));
        }),
        { numRuns: Math.round(RENDER_RUNS / 3) },
      );
    });
  }
});
