import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { $, answerAll, choose, next, record, step, text } from './eligibility-check.helpers.js';

const { id, version } = defaultContent.meta;
const KEY = `cqp-vae-widgets:eligibility:${id}@${version}`;
const created: Element[] = [];

/** Creates and connects an element, with event listeners attached before it restores anything. */
async function create(attrs: Record<string, string> = {}) {
  const el = document.createElement('eligibility-check');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const events = record(el, 'eligibility-change', 'eligibility-complete');
  document.body.append(el);
  created.push(el);
  await el.updateComplete;
  return { el, events };
}

const saved = (storage: Storage) => JSON.parse(storage.getItem(KEY) ?? 'null');

async function answerTwo(el: EligibilityCheck) {
  await choose(el, 'cqp');
  await next(el);
  await choose(el, 'rncp');
}

describe('<eligibility-check persist>', () => {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    uncaught.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    for (const el of created.splice(0)) el.remove();
    sessionStorage.clear();
    localStorage.clear();
    expect(uncaught.map(String)).to.deep.equal([]);
  });

  it('two questionnaires with distinct ids on one content keep their own progress', async () => {
    const a = await create({ persist: '', id: 'first' });
    const b = await create({ persist: '', id: 'second' });
    await answerTwo(a.el);
    await choose(b.el, 'diplome');
    expect(JSON.parse(sessionStorage.getItem(`${KEY}#first`)!).answers).to.deep.equal({ target: 'cqp', registry: 'rncp' });
    expect(JSON.parse(sessionStorage.getItem(`${KEY}#second`)!).answers).to.deep.equal({ target: 'diplome' });
    a.el.remove();
    b.el.remove();
    const again = await create({ persist: '', id: 'first' });
    expect(again.el.answers).to.deep.equal({ target: 'cqp', registry: 'rncp' });
  });

  it('persist as a property: true keeps progress in sessionStorage, false keeps none (React, Vue)', async () => {
    for (const [value, kept] of [[true, true], [false, false], ['', true], [null, false]] as const) {
      sessionStorage.clear();
      const el = document.createElement('eligibility-check') as EligibilityCheck;
      (el as { persist?: unknown }).persist = value;
      document.body.append(el);
      created.push(el);
      await el.updateComplete;
      await answerTwo(el);
      expect(sessionStorage.getItem(KEY) !== null, String(value)).to.equal(kept);
      // Set after the first render, and answering still works.
      (el as { persist?: unknown }).persist = !kept;
      await el.updateComplete;
      await choose(el, 'rs');
      expect(sessionStorage.getItem(KEY) !== null, `then ${!kept}`).to.equal(true);
      el.remove();
    }
  });

  it('keeps answers and step in sessionStorage across a re-creation, without firing events', async () => {
    const first = await create({ persist: '' });
    await answerTwo(first.el);
    expect(saved(sessionStorage)).to.deep.equal({ id, version, answers: { target: 'cqp', registry: 'rncp' }, step: 'registry' });
    expect(localStorage.getItem(KEY)).to.equal(null);
    first.el.remove();

    const { el, events } = await create({ persist: 'session' });
    expect(step(el)).to.equal('registry');
    expect($<HTMLInputElement>(el, 'input[value="rncp"]')!.checked).to.equal(true);
    expect(el.answers).to.deep.equal({ target: 'cqp', registry: 'rncp' });
    expect(text($(el, '[part~="step-count"]'))).to.equal('Étape 2');
    expect(events.map((e) => e.type)).to.deep.equal([]);
  });

  it('uses localStorage with persist="local", and only there', async () => {
    const first = await create({ persist: 'local' });
    await answerTwo(first.el);
    await next(first.el);
    expect(saved(localStorage)).to.deep.equal({ id, version, answers: { target: 'cqp', registry: 'rncp' }, step: 'status' });
    expect(sessionStorage.getItem(KEY)).to.equal(null);

    const local = await create({ persist: 'local' });
    expect(step(local.el)).to.equal('status');
    const session = await create({ persist: '' });
    expect(step(session.el)).to.equal('#start');
    expect(session.el.answers).to.deep.equal({});
  });

  it('saves nothing without the attribute', async () => {
    const { el } = await create();
    await answerTwo(el);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('restores the result without firing eligibility-complete; "Recommencer" clears the saved state', async () => {
    const first = await create({ persist: '' });
    await answerAll(first.el, { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'no' });
    await next(first.el);
    expect(saved(sessionStorage).step).to.equal('#result');
    expect(first.events.filter((e) => e.type === 'eligibility-complete')).to.have.length(1);

    const { el, events } = await create({ persist: '' });
    expect(step(el)).to.equal('#result');
    expect(text($(el, '[part~="verdict-text"]'))).to.equal('Non accessible');
    expect(events).to.have.length(0);

    $<HTMLButtonElement>(el, 'button[part~="restart"]')!.click();
    await el.updateComplete;
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(step(el)).to.equal('target');
    expect(events).to.have.length(0);
  });

  it('reset() clears the saved state and fires nothing', async () => {
    const { el, events } = await create({ persist: 'local' });
    await answerTwo(el);
    const before = events.length;
    el.reset();
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(step(el)).to.equal('target');
    expect(events.length).to.equal(before);
  });

  it('ignores corrupt saved values', async () => {
    const values = [
      '{not json',
      '[]',
      'null',
      '"text"',
      '42',
      JSON.stringify({ id, version, answers: 'x', step: 'status' }),
      JSON.stringify({ id, version, answers: [], step: 'status' }),
      JSON.stringify({ id, version, answers: { target: 'cqp' }, step: 42 }),
      JSON.stringify({ id: 'other', version, answers: { target: 'cqp' }, step: 'registry' }),
    ];
    for (const value of values) {
      sessionStorage.setItem(KEY, value);
      const { el, events } = await create({ persist: '' });
      expect(step(el), value).to.equal('#start');
      expect(el.answers, value).to.deep.equal({});
      expect(events, value).to.have.length(0);
      el.remove();
    }
  });

  it('prunes saved answers to unknown questions or of the wrong shape, and never skips ahead', async () => {
    sessionStorage.setItem(
      KEY,
      JSON.stringify({ id, version, answers: { target: 'cqp', bogus: 'x', registry: 'nope', status: 42 }, step: 'experience' }),
    );
    const { el, events } = await create({ persist: '' });
    expect(el.answers).to.deep.equal({ target: 'cqp' });
    // The saved step is past the first question still to answer: that question comes first.
    expect(step(el)).to.equal('registry');
    expect(events).to.have.length(0);
  });

  it('ignores progress saved by another version of the content', async () => {
    const progress = { answers: { target: 'cqp', registry: 'rncp' }, step: 'status' };
    sessionStorage.setItem(`cqp-vae-widgets:eligibility:${id}@0.0.1`, JSON.stringify({ id, version: '0.0.1', ...progress }));
    const a = await create({ persist: '' });
    expect(step(a.el)).to.equal('#start');
    a.el.remove();
    // The same key with another version inside (copied by hand, or an old writer) is ignored too.
    sessionStorage.setItem(KEY, JSON.stringify({ id, version: '0.0.1', ...progress }));
    const b = await create({ persist: '' });
    expect(step(b.el)).to.equal('#start');
  });

  it('picks up saved progress when persist is set after the first render', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ id, version, answers: { target: 'diplome' }, step: 'registry' }));
    const { el, events } = await create();
    expect(step(el)).to.equal('#start');
    el.persist = 'session';
    await el.updateComplete;
    expect(step(el)).to.equal('registry');
    expect(events).to.have.length(0);
  });

  describe('with a storage that fails', () => {
    const restore: (() => void)[] = [];
    afterEach(() => {
      for (const undo of restore.splice(0)) undo();
    });

    function stub<K extends 'getItem' | 'setItem' | 'removeItem'>(method: K, error: () => Error) {
      const original = Storage.prototype[method];
      Storage.prototype[method] = function () {
        throw error();
      } as Storage[K];
      restore.push(() => {
        Storage.prototype[method] = original;
      });
    }

    async function completeFlow(attrs: Record<string, string>) {
      const { el, events } = await create(attrs);
      await answerAll(el, { target: 'cqp', registry: 'rs', status: 'salarie', experience: 'no' });
      await next(el);
      expect(step(el)).to.equal('#result');
      $<HTMLButtonElement>(el, 'button[part~="restart"]')!.click();
      await el.updateComplete;
      expect(step(el)).to.equal('target');
      expect(events.filter((e) => e.type === 'eligibility-complete')).to.have.length(1);
    }

    it('works when every storage method throws', async () => {
      const denied = () => new DOMException('denied', 'SecurityError');
      stub('getItem', denied);
      stub('setItem', denied);
      stub('removeItem', denied);
      await completeFlow({ persist: '' });
      await completeFlow({ persist: 'local' });
    });

    it('works when the quota is exceeded', async () => {
      stub('setItem', () => new DOMException('full', 'QuotaExceededError'));
      await completeFlow({ persist: 'local' });
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('works when reading window.sessionStorage itself throws', async () => {
      const descriptor =
        Object.getOwnPropertyDescriptor(window, 'sessionStorage') ??
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(window), 'sessionStorage')!;
      const own = Object.prototype.hasOwnProperty.call(window, 'sessionStorage');
      Object.defineProperty(window, 'sessionStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      restore.push(() => {
        if (own) Object.defineProperty(window, 'sessionStorage', descriptor);
        else delete (window as { sessionStorage?: Storage }).sessionStorage;
      });
      expect(() => window.sessionStorage).to.throw();
      await completeFlow({ persist: '' });
    });
  });
});
