// The questionnaire on a phone (375 × 667, Chromium): on every step of several persons' paths, once
// the step's heading has the focus, the primary button is in the viewport without scrolling; the
// stepper's number goes up by one at each step and never shows a total that could change.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import type { Answers } from '../../src/rules/types.js';
import { $, begin, choose, focused, next, periods, step, text, type } from './eligibility-check.helpers.js';
import { engine } from '../hosts/engine.js';

const personas: Record<string, Answers> = {
  'employee, CQP, 8 months': { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [8] },
  'employer, diploma, two periods': { target: 'diplome', registry: 'rncp', status: 'employeur', experience: 'yes', activities: ['salarie', 'benevolat'], months: [30, 6] },
  'no experience, does not know the target': { target: 'unknown', status: 'autre', experience: 'no' },
  'CQP not registered': { target: 'cqp', registry: 'none', status: 'salarie', experience: 'no' },
};

function inViewport(el: EligibilityCheck, selector: string): boolean {
  const node = $(el, selector);
  if (!node) return false;
  const r = node.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
}

async function answer(el: EligibilityCheck, value: Answers[string]) {
  if (Array.isArray(value) && typeof value[0] === 'number') await periods(el, value as number[]);
  else if (typeof value === 'number') await type(el, $<HTMLInputElement>(el, 'form input[type="text"]')!, String(value));
  else for (const v of Array.isArray(value) ? value : [value]) await choose(el, String(v));
}

describe('<eligibility-check> on a 375 × 667 phone', () => {
  before(async function () {
    // setViewport resizes the page in Chromium; other drivers resize a window with its own chrome.
    if (engine !== 'chromium') this.skip();
    await setViewport({ width: 375, height: 667 });
  });
  after(async () => {
    if (engine === 'chromium') await setViewport({ width: 800, height: 600 });
  });

  for (const [name, answers] of Object.entries(personas)) {
    it(`${name}: the primary button is in view on every step, the step number goes up by one`, async () => {
      document.body.style.margin = '0';
      const el = await fixture<EligibilityCheck>(html`<eligibility-check style="padding: 8px"></eligibility-check>`);
      expect(inViewport(el, 'button[part~="button-primary"]'), 'start screen').to.equal(true);
      await begin(el);
      const numbers: string[] = [];
      for (let guard = 0; guard < 12 && step(el) !== '#result'; guard++) {
        const id = step(el);
        expect(focused(el), id).to.equal('#step-heading');
        expect(inViewport(el, 'button[part~="button-primary"]'), `${id}: primary button in view`).to.equal(true);
        const count = text($(el, '[part~="step-count"]'));
        expect(count, id).to.match(/^Étape \d+$/);
        numbers.push(count);
        if (id !== '#recap') await answer(el, answers[id]);
        await next(el);
      }
      expect(step(el)).to.equal('#result');
      expect(numbers).to.deep.equal(numbers.map((_, i) => `Étape ${i + 1}`));
      // The answer comes first: the summary sentence is on the first screen of the result.
      expect(inViewport(el, '[part~="result-summary"]'), 'summary in view').to.equal(true);
      // …and when a route is open, its next action is the one primary button, in view too.
      const first = $(el, '[part~="outcome"]')!;
      if (first.dataset.outcome && $(el, '[part~="outcome-eligible"]')) {
        expect(first.getAttribute('part')).to.contain('outcome-eligible');
        expect(inViewport(el, '[part~="outcome"] a[part~="button-primary"]'), 'next action in view').to.equal(true);
      }
      document.body.style.margin = '';
    });
  }
});
