// Life cycle in a host page: moved in the DOM, removed while fetching, two instances with different
// contents, and `persist` with storage that throws, is full or holds a corrupt value. No error
// escapes, and nothing is lost that could be kept.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import { defaultContent } from '../../src/content/default-content.js';
import { answerAll, choose, next, step } from '../elements/eligibility-check.helpers.js';
import { BRANCH, quietConsole, shown, text, uniqueId } from '../security/helpers.js';

const DEFAULT_ANSWERS = { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14] };
const KEY = `cqp-vae-widgets:eligibility:${defaultContent.meta.id}@${defaultContent.meta.version}`;
const hangState = async (id: string) => (await (await fetch(`/__fixtures__/hang-state?id=${id}`)).json()).state as string;

describe('life cycle', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  let console_: ReturnType<typeof quietConsole>;

  beforeEach(() => {
    uncaught.length = 0;
    sessionStorage.clear();
    localStorage.clear();
    console_ = quietConsole();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    console_.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    sessionStorage.clear();
    localStorage.clear();
    expect(uncaught).to.deep.equal([]);
  });

  it('moved in the DOM, both keep their state: the open route, the answers and the step', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <section id="a"><cqp-vae-guide></cqp-vae-guide><eligibility-check></eligibility-check></section>
      <section id="b"></section>
    </div>`);
    const guide = wrapper.querySelector('cqp-vae-guide')! as CqpVaeGuide;
    const check = wrapper.querySelector('eligibility-check')!;
    const tabs = guide.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]');
    tabs[1].click();
    await guide.updateComplete;
    await choose(check, 'cqp');
    await next(check);
    await choose(check, 'rncp');
    const before = { step: step(check), answers: JSON.stringify(check.answers) };

    wrapper.querySelector('#b')!.append(guide, check);
    await guide.updateComplete;
    await check.updateComplete;
    expect(guide.shadowRoot!.querySelectorAll('[role="tab"]')[1].getAttribute('aria-selected')).to.equal('true');
    expect({ step: step(check), answers: JSON.stringify(check.answers) }).to.deep.equal(before);
    // And they go on working there.
    await next(check);
    expect(step(check)).to.not.equal(before.step);
  });

  it('removed while fetching: the request is aborted, no error shows; back in the page it loads', async () => {
    const id = uniqueId('removed');
    const errors: unknown[] = [];
    const el = document.createElement('eligibility-check');
    el.addEventListener('cqp-vae-content-error', (e) => errors.push(e));
    el.setAttribute('src', `/__fixtures__/hang?id=${id}`);
    const wrapper = await fixture<HTMLElement>(html`<div>${el}</div>`);
    expect(shown(el)).to.equal('loading');
    await waitUntil(async () => (await hangState(id)) === 'pending', 'request never reached the server', { timeout: 3000 });
    el.remove();
    await waitUntil(async () => (await hangState(id)) === 'aborted', 'request not aborted on removal', { timeout: 3000 });
    expect(errors).to.have.length(0);

    el.setAttribute('src', BRANCH);
    wrapper.append(el);
    await waitUntil(() => shown(el) === 'ready', 'never loaded once back', { timeout: 5000 });
    expect(text(el.shadowRoot)).to.contain('Questionnaire de la branche de test');
    expect(errors).to.have.length(0);
  });

  it('two instances with different contents, each persisting its own progress', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <cqp-vae-guide id="g1"></cqp-vae-guide>
      <cqp-vae-guide id="g2" src=${BRANCH}></cqp-vae-guide>
      <eligibility-check id="e1" guide="g1" persist></eligibility-check>
      <eligibility-check id="e2" guide="g2" src=${BRANCH} persist></eligibility-check>
    </div>`);
    const [g1, g2] = [...wrapper.querySelectorAll('cqp-vae-guide')];
    const [e1, e2] = [...wrapper.querySelectorAll('eligibility-check')];
    await waitUntil(() => shown(g2) === 'ready' && shown(e2) === 'ready', 'src never loaded', { timeout: 5000 });
    expect(text(g1.shadowRoot)).to.not.contain('branche de test');
    expect(text(g2.shadowRoot)).to.contain('Guide de la branche de test');

    await answerAll(e2, { salarie: 'oui', mois: 20 });
    await choose(e1, 'diplome');
    expect(e1.answers).to.deep.equal({ target: 'diplome' });
    expect(e2.answers).to.deep.equal({ salarie: 'oui', mois: 20 });
    // The second questionnaire's result opens a route of its own guide, not of the first.
    await next(e2);
    e2.shadowRoot!.querySelector<HTMLElement>('[part~="guide-link"]')!.click();
    await g2.updateComplete;
    expect(g2.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!.textContent!.trim()).to.equal('CQP');
    // Two keys, one per content and element id.
    const keys = Object.keys(sessionStorage).filter((k) => k.startsWith('cqp-vae-widgets:'));
    expect(keys.sort()).to.deep.equal([`${KEY}#e1`, 'cqp-vae-widgets:eligibility:branche-securite@1#e2'].sort());
  });

  describe('persist with hostile storage', () => {
    const restores: (() => void)[] = [];
    afterEach(() => restores.splice(0).reverse().forEach((r) => r()));

    function patch<T extends object, K extends keyof T>(target: T, key: K, value: T[K]) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      Object.defineProperty(target, key, { value, configurable: true, writable: true });
      restores.push(() => (descriptor ? Object.defineProperty(target, key, descriptor) : delete (target as Record<PropertyKey, unknown>)[key as PropertyKey]));
    }

    async function completes(mode: 'session' | 'local' = 'session') {
      const el = document.createElement('eligibility-check');
      el.setAttribute('persist', mode);
      await fixture(html`<div>${el}</div>`);
      await answerAll(el, DEFAULT_ANSWERS);
      await next(el);
      expect(step(el)).to.equal('#result');
      return el;
    }

    it('storage whose every method throws: the questionnaire still completes', async () => {
      for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
        patch(Storage.prototype, method, () => {
          throw new DOMException('blocked', 'SecurityError');
        });
      }
      const el = await completes();
      el.shadowRoot!.querySelector<HTMLElement>('button[part~="restart"]')!.click();
      await el.updateComplete;
      expect(step(el)).to.equal('target');
    });

    it('full storage: nothing saved, nothing lost in the page, and saving resumes once there is room', async () => {
      let full = true;
      const setItem = Storage.prototype.setItem;
      patch(Storage.prototype, 'setItem', function (this: Storage, k: string, v: string) {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, k, v);
      });
      const el = document.createElement('eligibility-check');
      el.setAttribute('persist', '');
      await fixture(html`<div>${el}</div>`);
      await choose(el, 'cqp');
      await next(el);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      expect(el.answers).to.deep.equal({ target: 'cqp' });
      full = false;
      await choose(el, 'rncp');
      // The next save holds everything the person did while storage was full.
      expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ target: 'cqp', registry: 'rncp' });
    });

    it('corrupt saved values: starts over, and overwrites them with good progress', async () => {
      const corrupt = [
        'not json', '{', 'null', '[]', '"text"', '{"id":1}', JSON.stringify({ id: defaultContent.meta.id, version: defaultContent.meta.version, answers: [], step: 5 }),
        JSON.stringify({ id: defaultContent.meta.id, version: defaultContent.meta.version, answers: { target: { __proto__: { x: 1 } } }, step: '#result' }),
        '{"__proto__":{"polluted":true},"answers":{"__proto__":{"target":"cqp"}}}', 'x'.repeat(100_000),
      ];
      for (const value of corrupt) {
        sessionStorage.setItem(KEY, value);
        const el = document.createElement('eligibility-check');
        el.setAttribute('persist', '');
        await fixture(html`<div>${el}</div>`);
        // Unusable: the start screen; usable but pruned to nothing: the first question.
        expect(['#start', 'target'], value.slice(0, 40)).to.include(step(el));
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        await choose(el, 'diplome');
        expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ target: 'diplome' });
        el.remove();
      }
    });

    it('reading window.localStorage itself throws (blocked cookies): persist="local" still completes', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
      const owner = Object.getOwnPropertyDescriptor(window, 'localStorage') ? window : Window.prototype;
      Object.defineProperty(owner, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      restores.push(() => Object.defineProperty(owner, 'localStorage', descriptor!));
      let threw = false;
      try {
        void window.localStorage;
      } catch {
        threw = true;
      }
      expect(threw, 'the patch took effect').to.equal(true);
      await completes('local');
    });
  });
});
