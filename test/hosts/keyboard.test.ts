// Keyboard only: the whole guide (Tab through every stop, arrows between routes) and the whole
// questionnaire (Tab, Space, arrows, typing, Enter) to its result and back, with a visible focus
// indicator on every stop. Then reduced motion and forced colours where the engine can emulate them
// (Chromium: emulateMedia, and the cqp-emulate-media-features command of the three-engine config);
// Firefox over WebDriver BiDi and WebKitGTK's WebDriver cannot, so those tests skip there.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { begin, step, tabTo } from '../elements/eligibility-check.helpers.js';
import { canEmulateMedia } from './engine.js';

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

const describeNode = (n: Element | null) =>
  n ? `${n.localName}${n.id ? `#${n.id}` : ''}[part="${n.getAttribute('part') ?? ''}"]` : 'none';

/** A focus indicator a person can see: an outline of at least 2 px, or a box shadow. */
function expectVisibleFocus(node: Element | null) {
  expect(node !== null, 'something is focused').to.equal(true);
  const s = getComputedStyle(node!);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  expect(outline || s.boxShadow !== 'none', `visible focus on ${describeNode(node)}`).to.equal(true);
}

const press = (key: string) => sendKeys({ press: key });

describe('keyboard only', function () {
  this.timeout(30_000);
  beforeEach(() => sessionStorage.clear());

  it('goes through the whole guide: every stop reached, visible focus, arrows between routes, no trap', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">avant</button><cqp-vae-guide></cqp-vae-guide><button id="after">après</button>
    </div>`);
    const guide = wrapper.querySelector('cqp-vae-guide') as CqpVaeGuide;
    wrapper.querySelector<HTMLElement>('#before')!.focus();
    await press('Tab');
    let node = deepActive();
    // The introduction's glossary terms come first: each a button with a visible focus.
    for (let i = 0; i < 10 && node?.getAttribute('part') === 'term'; i++) {
      expectVisibleFocus(node);
      await press('Tab');
      node = deepActive();
    }
    expect(node?.getAttribute('role'), describeNode(node)).to.equal('tab');
    expect(node!.getAttribute('aria-selected')).to.equal('true');
    expectVisibleFocus(node);

    // Arrows move between routes and show their panels; Home and End too.
    await press('ArrowRight');
    node = deepActive();
    expect(node?.getAttribute('aria-selected'), 'ArrowRight selects the next route').to.equal('true');
    expect(node?.id).to.equal(guide.shadowRoot!.querySelectorAll('[role="tab"]')[1].id);
    expectVisibleFocus(node);
    await press('Home');
    expect(deepActive()?.id).to.equal(guide.shadowRoot!.querySelectorAll('[role="tab"]')[0].id);

    // Then Tab goes through the rest of the guide and out of it.
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      await press('Tab');
      node = deepActive();
      if (node?.id === 'after') break;
      expect(guide.shadowRoot!.contains(node), `focus left the guide at ${describeNode(node)}`).to.equal(true);
      expectVisibleFocus(node);
      stops.push(describeNode(node));
    }
    expect(deepActive()?.id, 'Tab leaves the guide (no trap)').to.equal('after');
    expect(stops.some((s) => s.includes('panel')), 'the open panel is a tab stop').to.equal(true);
    expect(stops.filter((s) => s.startsWith('a')).length, 'links are tab stops').to.be.greaterThan(0);
  });

  it('goes through the whole questionnaire to its result and starts over', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    await begin(el);
    const isValue = (v: string) => (n: Element) => n instanceof HTMLInputElement && n.value === v;
    const isPart = (part: string) => (n: Element) => n.getAttribute('part')?.split(' ').includes(part) ?? false;
    const activeIn = () => el.shadowRoot!.activeElement;

    async function pickRadio(value: string) {
      const first = await tabTo(el, (n) => n instanceof HTMLInputElement && n.type === 'radio');
      expectVisibleFocus(first);
      for (let i = 0; i < 10 && (activeIn() as HTMLInputElement).value !== value; i++) await press('ArrowDown');
      expect((activeIn() as HTMLInputElement).value).to.equal(value);
      await press('Space');
      expect((activeIn() as HTMLInputElement).checked).to.equal(true);
    }
    async function submit() {
      const before = step(el);
      const button = await tabTo(el, isPart('next'));
      expectVisibleFocus(button);
      await press('Enter');
      await el.updateComplete;
      expect(step(el), `Enter on "next" at ${before}`).to.not.equal(before);
    }

    for (const [id, value] of [['target', 'cqp'], ['registry', 'rncp'], ['status', 'salarie'], ['experience', 'yes']]) {
      expect(step(el)).to.equal(id);
      await pickRadio(value);
      await submit();
    }
    expect(step(el)).to.equal('activities');
    const box = await tabTo(el, isValue('salarie'));
    expectVisibleFocus(box);
    await press('Space');
    expect((box as HTMLInputElement).checked).to.equal(true);
    await submit();

    expect(step(el)).to.equal('months');
    const period = await tabTo(el, (n) => n instanceof HTMLInputElement && n.type === 'text');
    expectVisibleFocus(period);
    await sendKeys({ type: '8' });
    const add = await tabTo(el, isPart('add'));
    expectVisibleFocus(add);
    await press('Enter');
    await el.updateComplete;
    // The new period takes focus: type its months straight away.
    expect(activeIn() instanceof HTMLInputElement).to.equal(true);
    await sendKeys({ type: '6' });
    await submit();

    expect(step(el)).to.equal('#recap');
    // Change an answer from the recap with the keyboard, and come back.
    const change = await tabTo(el, isPart('change'));
    expectVisibleFocus(change);
    await press('Enter');
    await el.updateComplete;
    expect(step(el)).to.equal('target');
    await submit();
    expect(step(el)).to.equal('#recap');
    await submit();
    expect(step(el)).to.equal('#result');
    expect(activeIn()?.id, 'focus on the result heading').to.equal('result-heading');

    const links = await tabTo(el, (n) => n.localName === 'a');
    expectVisibleFocus(links);
    const restart = await tabTo(el, isPart('restart'), 80);
    expectVisibleFocus(restart);
    await press('Enter');
    await el.updateComplete;
    expect(step(el)).to.equal('target');
    expect(activeIn()?.getAttribute('part') ?? '').to.contain('step-heading');
  });

  // Reduced motion: the widgets have no animation; the one motion is the smooth scroll of
  // selectRoute(), which must become instant. Emulation needs Chromium (see test/hosts/engine.ts).
  (canEmulateMedia ? it : it.skip)('reduced motion: selectRoute scrolls without animation', async () => {
    const guide = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (arg?: boolean | ScrollIntoViewOptions) {
      calls.push(arg);
    };
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      guide.selectRoute('vae');
      await guide.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      await emulateMedia({ reducedMotion: 'no-preference' });
      guide.selectRoute('cqp');
      await guide.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      Element.prototype.scrollIntoView = original;
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    expect(calls.map((c) => (typeof c === 'object' ? c.behavior : c))).to.deep.equal(['auto', 'smooth']);
  });

  // Forced colours: needs Chromium and the three-engine config's command (npm run test:browsers);
  // under `npm test` (its config has no such command) and in the other engines it skips.
  it('forced colours: the selected tab and the focus stay visible in system colours', async function () {
    if (!canEmulateMedia) this.skip();
    try {
      await executeServerCommand('cqp-emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    } catch {
      this.skip();
    }
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const guide = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
      const [selected, other] = [...guide.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const s = getComputedStyle(selected);
      expect(s.borderBottomStyle).to.not.equal('none');
      expect(s.borderBottomColor, 'selected tab bar in Highlight').to.equal(highlight);
      expect(getComputedStyle(other).borderBottomColor).to.not.equal(highlight);
      selected.focus();
      await press('ArrowRight');
      const focused = deepActive()!;
      expectVisibleFocus(focused);
      expect(getComputedStyle(focused).outlineColor, 'focus outline in Highlight').to.equal(highlight);
    } finally {
      await executeServerCommand('cqp-emulate-media-features', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
  });
});
