// Every public property of each element takes every kind of JavaScript value, before and after the
// element connects: it renders, stays usable (the questionnaire still takes an answer) and throws
// nothing; a value it does not keep as given is reported by a console warning naming the property.
// A table of the kinds of the issue (booleans, numbers, NaN, objects, arrays, functions, symbols,
// null, undefined, huge strings) for every property, then random values from fast-check.
import { expect, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import { shown, type Tag } from '../security/helpers.js';

const PROPERTIES: Record<Tag, string[]> = {
  'cqp-vae-guide': ['content', 'src', 'fallbackHref', 'layout', 'route', 'headingLevel'],
  'eligibility-check': ['content', 'src', 'persist', 'guide', 'headingLevel', 'answers'],
};

const huge = 'x'.repeat(1_000_000);
const KINDS: [string, () => unknown][] = [
  ['true', () => true],
  ['false', () => false],
  ['0', () => 0],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['an object', () => ({ a: 1 })],
  ['an object with a hostile toString', () => ({ toString: () => { throw new Error('toString'); } })],
  ['an array', () => [1, 'a', null]],
  ['a function', () => () => 1],
  ['a symbol', () => Symbol('s')],
  ['null', () => null],
  ['undefined', () => undefined],
  ['a huge string', () => huge],
  ['a cyclic object', () => {
    const o: Record<string, any> = { meta: {}, eligibility: { questions: [{ type: 'certification' }] }, catalogue: [] };
    o.eligibility.self = o;
    o.self = o;
    return o;
  }],
  ['a Proxy whose every trap throws', () => {
    const fail = () => {
      throw new Error('trap');
    };
    return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
  }],
  ['a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }],
];

/** Any uncaught error or rejection while `f` runs and the element settles. */
async function watching(f: () => Promise<void>): Promise<string[]> {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await f();
    await nextFrame();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return uncaught;
}

/** Sets `name` to `value` before or after connection; returns the element and the warnings. */
async function setProperty(tag: Tag, name: string, value: unknown, after: boolean) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map((a) => (typeof a === 'string' ? a : typeof a)).join(' '));
  // The content errors the elements report (an object that is no document) are expected here.
  console.error = (...args: unknown[]) => void errors.push(args.map((a) => (typeof a === 'string' ? a : typeof a)).join(' '));
  const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };
  let uncaught: string[] = [];
  try {
    uncaught = await watching(async () => {
      if (!after) (el as Record<string, unknown>)[name] = value;
      document.body.append(el);
      await el.updateComplete;
      if (after) (el as Record<string, unknown>)[name] = value;
      await el.updateComplete;
      // Usable: the questionnaire takes an answer (the built-in content's first choice).
      if (tag === 'eligibility-check' && shown(el) === 'ready') {
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="start"]')?.click();
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
        await el.updateComplete;
      }
    });
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return { el, warnings, uncaught };
}

function check(name: string, value: unknown, result: Awaited<ReturnType<typeof setProperty>>, label: string) {
  const { el, warnings, uncaught } = result;
  expect(uncaught, `${label}: uncaught`).to.deep.equal([]);
  const state = shown(el);
  // A content object that is no document is reported as such (an accessible error); src is not
  // fetched here (a relative URL the test server does not have) and may still be loading.
  const allowed = name === 'content' ? ['ready', 'error'] : name === 'src' ? ['ready', 'error', 'loading'] : ['ready'];
  expect(allowed, `${label}: shows ${state}`).to.include(state);
  const kept = name === 'answers' ? undefined : el[name];
  const plain = value === null || value === undefined || Object.is(kept, value) || (typeof value === 'string' && Number(value) === kept);
  if (!plain) expect(warnings.some((w) => w.includes(` ${name} `)), `${label}: a warning naming ${name}`).to.equal(true);
  el.remove();
}

describe('every public property takes every value', function () {
  // Each test connects and disconnects an element for every kind of value, twice, then for random
  // ones: about half a second alone, several seconds in WebKit on a loaded machine.
  this.timeout(60_000);
  for (const tag of Object.keys(PROPERTIES) as Tag[]) {
    for (const name of PROPERTIES[tag]) {
      it(`<${tag}>.${name}: each kind of value, before and after connection`, async () => {
        for (const [kind, make] of KINDS) {
          // src: only kinds that are no URL, so that nothing is fetched.
          if (name === 'src' && kind === 'a huge string') continue;
          for (const after of [false, true]) {
            const value = make();
            check(name, value, await setProperty(tag, name, value, after), `${kind} ${after ? 'after' : 'before'}`);
          }
        }
      });

      it(`<${tag}>.${name}: random values`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.oneof(fc.anything(), fc.constantFrom<unknown>(Symbol('x'), () => 0, NaN, -0, 'stacked', 'local', '3')), fc.boolean(), async (value, after) => {
            if (name === 'src' && typeof value === 'string') return;
            check(name, value, await setProperty(tag, name, value, after), `${String(typeof value)} ${after ? 'after' : 'before'}`);
          }),
          { numRuns: 8 },
        );
      });
    }
  }

  it('the content property still loads a document after odd values', async () => {
    const { el } = await setProperty('eligibility-check', 'content', Symbol('x'), true);
    document.body.append(el);
    (el as Record<string, unknown>).content = structuredClone(defaultContent);
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(shown(el)).to.equal('ready');
    el.remove();
  });
});
