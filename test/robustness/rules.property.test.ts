// The rules engine under fast-check: random answers (to questions that exist and to ones that do not,
// of every JSON shape, out-of-range numbers, NaN/Infinity, "__proto__" keys), random conditions and
// random reason templates, on the built-in content, a branch's and valid variants of both. The engine
// never throws and always returns a well-formed evaluation; and the questionnaire element restores
// such answers from storage without an error escaping.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { Content, Condition } from '../../src/content/schema.js';
import { parseContent } from '../../src/content/parse.js';
import { defaultContent } from '../../src/content/default-content.js';
import { evaluate, evaluateCondition, fillReason, pruneAnswers, summarize, validateAnswer, visibleQuestions } from '../../src/rules/engine.js';
import { storageKey } from '../../src/elements/eligibility-check/persistence.js';
import type { Answers } from '../../src/rules/types.js';
import { BRANCH, quietConsole, shown, type Widget } from '../security/helpers.js';
import { mutate, mutation, pathsOf, type Json } from './arbitraries.js';

const RUNS = 500;

const weirdNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 1e-9, -5, 0.5, 11.999);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  weirdNumber,
  fc.array(fc.oneof(fc.integer({ min: -1000, max: 100_000 }), weirdNumber), { maxLength: 20 }),
  fc.constantFrom(undefined, Symbol.for('odd'), () => 1, new Date(0), [, 1], Object.create(null)),
);

function answersFor(content: Content): fc.Arbitrary<Answers> {
  const questions = content.eligibility?.questions ?? [];
  const ids = questions.map((q) => q.id);
  const values = questions.flatMap((q) => ('options' in q ? q.options.map((o) => o.value) : []));
  const plausible = fc.oneof(
    fc.constantFrom(...(values.length ? values : ['x'])),
    fc.array(fc.constantFrom(...(values.length ? values : ['x'])), { maxLength: 4 }),
    fc.integer({ min: -100, max: 10_000 }),
    fc.array(fc.integer({ min: -10, max: 1000 }), { maxLength: 15 }),
  );
  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...(ids.length ? ids : ['x'])), weight: 4 },
    { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nope', ''), weight: 1 },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  );
  return fc.array(fc.tuple(key, fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: anyValue, weight: 1 })), { maxLength: 12 }).map((pairs) => {
    const out: Record<string, unknown> = {};
    // As JSON.parse would: "__proto__" becomes an own property, never a prototype.
    for (const [k, v] of pairs) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out as Answers;
  });
}

function condition(ids: string[]): fc.Arbitrary<unknown> {
  const id = fc.oneof(fc.constantFrom(...ids, 'nope', '__proto__'), fc.string({ maxLength: 4 }));
  const leaf = fc.oneof(
    fc.record({ question: id, equals: anyValue }),
    fc.record({ question: id, in: fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue) }),
    fc.record({ question: id, lessThan: fc.oneof(weirdNumber, anyValue) }),
    fc.record({ question: id, atLeast: fc.oneof(weirdNumber, fc.integer()) }),
    fc.record({ question: id, answered: anyValue }),
    anyValue,
  );
  const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
      fc.record({ not: tie('tree') }),
    ),
  }));
  return tree;
}

function checkEvaluation(content: Content, answers: Answers) {
  const e = evaluate(content, answers);
  const questions = content.eligibility?.questions ?? [];
  expect(e.visible.every((q) => questions.includes(q))).to.equal(true);
  for (const id of Object.keys(e.answers)) expect(e.visible.some((q) => q.id === id), id).to.equal(true);
  if (!e.complete) expect(e.results).to.have.length(0);
  // Never an empty result: content with a gap still answers "to check", with a reason.
  if (e.complete && content.eligibility) expect(e.results.length).to.be.greaterThan(0);
  for (const r of e.results) {
    expect(['eligible', 'not-eligible', 'to-check']).to.include(r.verdict);
    expect(r.reasons.length, `a reason for ${r.outcome.id}`).to.be.greaterThan(0);
    for (const reason of r.reasons) expect(typeof reason.text).to.equal('string');
  }
  // The rest of the API, on the same answers.
  if (content.eligibility) {
    visibleQuestions(content.eligibility, answers);
    pruneAnswers(content.eligibility, answers);
  }
  JSON.stringify(summarize(e.results));
}

describe('rules engine under random answers (fast-check)', function () {
  // Hundreds of generated answer sets per test, and 40 questionnaires rendered and restored: a few
  // seconds in a slow engine on a loaded machine. The runs are counted (numRuns), not timed.
  this.timeout(60_000);
  let contents: Content[] = [];

  before(async () => {
    const branch = parseContent(await (await fetch(BRANCH)).json());
    if (!branch.ok) throw new Error('branch fixture is invalid');
    contents = [defaultContent, branch.content];
  });

  it('evaluate, visibleQuestions, pruneAnswers never throw on random answers', () => {
    for (const content of contents) {
      fc.assert(fc.property(answersFor(content), (answers) => checkEvaluation(content, answers)), { numRuns: RUNS });
    }
  });

  it('answers that are not an object at all are no answers', () => {
    for (const content of contents) {
      fc.assert(
        fc.property(anyValue, (answers) => {
          const e = evaluate(content, answers as Answers);
          expect(e.complete).to.equal(false);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('validateAnswer, evaluateCondition and fillReason are total', () => {
    for (const content of contents) {
      const questions = content.eligibility!.questions;
      const ids = questions.map((q) => q.id);
      fc.assert(
        fc.property(fc.constantFrom(...questions), anyValue, condition(ids), answersFor(content), fc.string({ maxLength: 40 }), (q, value, c, answers, text) => {
          validateAnswer(q, value as never);
          expect(typeof evaluateCondition(c as Condition, answers, questions)).to.equal('boolean');
          const template = `${text}{${fc.sample(fc.constantFrom(...ids, 'nope'), 1)[0]}}${text}`;
          expect(typeof fillReason(template, answers, questions)).to.equal('string');
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('valid variants of the contents (one field changed, still valid) evaluate without throwing', () => {
    const bases = contents.map((c) => JSON.parse(JSON.stringify(c)) as Json);
    const paths = bases.map(pathsOf);
    let valid = 0;
    fc.assert(
      fc.property(fc.nat({ max: bases.length - 1 }), fc.nat(), mutation, fc.context(), (b, at, m, ctx) => {
        const parsed = parseContent(mutate(bases[b], paths[b], at, m));
        if (!parsed.ok) return;
        valid++;
        ctx.log(`valid variant of base ${b}`);
        fc.assert(fc.property(answersFor(parsed.content), (answers) => checkEvaluation(parsed.content, answers)), { numRuns: 5 });
      }),
      { numRuns: 250 },
    );
    expect(valid).to.be.greaterThan(20);
  });

  it('<eligibility-check persist> restores random saved answers without an error escaping', async () => {
    const console_ = quietConsole();
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      const content = contents[1];
      const key = storageKey(content.meta);
      await fc.assert(
        fc.asyncProperty(answersFor(content), fc.oneof(fc.constantFrom('salarie', 'mois', '#recap', '#result', 'nope', ''), fc.string()), async (answers, step) => {
          sessionStorage.setItem(key, JSON.stringify({ id: content.meta.id, version: content.meta.version, answers, step }));
          const el = document.createElement('eligibility-check') as Widget;
          el.setAttribute('persist', '');
          el.content = content;
          await fixture(html`<div>${el}</div>`);
          expect(shown(el)).to.equal('ready');
          const form = el.shadowRoot!.querySelector('form, [part~="result"]');
          expect(form !== null, 'a step, the recap or the result is shown').to.equal(true);
          el.remove();
        }),
        { numRuns: 40 },
      );
    } finally {
      console_.restore();
      window.removeEventListener('error', onError);
      sessionStorage.clear();
    }
    expect(uncaught).to.deep.equal([]);
  });
});
