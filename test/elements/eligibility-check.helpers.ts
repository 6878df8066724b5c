// Helpers shared by the eligibility-check test files: reading the element's shadow DOM and acting
// as a person would (clicks fire real `change`/`input` events; keyboard tests use sendKeys).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import type { Answers } from '../../src/rules/types.js';

export const root = (el: EligibilityCheck) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: EligibilityCheck, selector: string) =>
  root(el).querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: EligibilityCheck, selector: string) =>
  [...root(el).querySelectorAll<T & Element>(selector)] as T[];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The current step: '#start', a question id, '#recap', or '#result'. */
export function step(el: EligibilityCheck): string {
  if ($(el, '[part~="result"]')) return '#result';
  return $(el, 'form')?.dataset.step ?? '';
}

/** Leaves the start screen with "Commencer", when it is there (content with an introduction). */
export async function begin(el: EligibilityCheck) {
  if (step(el) !== '#start') return;
  $<HTMLButtonElement>(el, 'button[part~="start"]')!.click();
  await el.updateComplete;
}
export const stepHeading = (el: EligibilityCheck) => $(el, '[part~="step-heading"]');
export const active = (el: EligibilityCheck) => root(el).activeElement;
/** Whether the shadow root has a match. */
export const has = (el: EligibilityCheck, selector: string) => root(el).querySelector(selector) !== null;

/**
 * The focused element inside the shadow root as a string ("#id", "button[part=…]" or "none").
 * Assertions compare strings, never elements: a failing assertion on DOM nodes makes the test
 * runner serialise them (actual/expected) and hang instead of reporting the failure.
 */
export function focused(el: EligibilityCheck): string {
  const node = active(el);
  if (!node) return 'none';
  return node.id ? `#${node.id}` : `${node.localName}[part="${node.getAttribute('part') ?? ''}"]`;
}

export async function next(el: EligibilityCheck) {
  $<HTMLButtonElement>(el, 'button[part~="next"]')!.click();
  await el.updateComplete;
}
export async function previous(el: EligibilityCheck) {
  $<HTMLButtonElement>(el, 'button[part~="previous"]')!.click();
  await el.updateComplete;
}

/** Ticks a radio or checkbox of the current question, as a click on its label would. */
export async function choose(el: EligibilityCheck, value: string) {
  await begin(el);
  const input = $<HTMLInputElement>(el, `form input[value="${value}"]`);
  if (!input) throw new Error(`no option ${value} on step ${step(el)}`);
  input.click();
  await el.updateComplete;
}

/** Types into a text field: sets its value and fires input then change, like a person would. */
export async function type(el: EligibilityCheck, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/**
 * Fills the periods of the current durations question with numbers of months: each value goes into
 * the period's only field, or, when periods are typed in years and months, into its "mois" field
 * with its years field emptied.
 */
export async function periods(el: EligibilityCheck, values: (number | string)[]) {
  await begin(el);
  const field = (i: number, years: boolean) =>
    $$(el, '[part~="period"]')[i]?.querySelector<HTMLInputElement>(years ? 'input[id$="-years"]' : 'input:not([id$="-years"])');
  for (let i = 0; i < values.length; i++) {
    if (!field(i, false)) {
      $<HTMLButtonElement>(el, 'button[part~="add"]')!.click();
      await el.updateComplete;
    }
    const years = field(i, true);
    if (years?.value) await type(el, years, '');
    await type(el, field(i, false)!, String(values[i]));
  }
}

/** Answers each question as it comes (by id) and goes on until the recap. */
export async function answerAll(el: EligibilityCheck, answers: Answers) {
  await begin(el);
  for (let guard = 0; guard < 20 && step(el) !== '#recap'; guard++) {
    const id = step(el);
    const answer = answers[id];
    if (answer === undefined) throw new Error(`no answer given for question "${id}"`);
    if (Array.isArray(answer) && typeof answer[0] === 'number') await periods(el, answer as number[]);
    else if (typeof answer === 'number') await type(el, $<HTMLInputElement>(el, 'form input[type="text"]')!, String(answer));
    else for (const v of Array.isArray(answer) ? answer : [answer]) await choose(el, String(v));
    await next(el);
    expect(step(el), `stuck on ${id}`).to.not.equal(id);
  }
  expect(step(el)).to.equal('#recap');
}

/** Presses Tab until the shadow root's focused element matches, failing after `max` presses. */
export async function tabTo(el: EligibilityCheck, matches: (node: Element) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const node = active(el);
    if (node && matches(node)) return node as HTMLElement;
  }
  throw new Error('focus never reached the expected element');
}

/** Records the events an element fires. */
export function record(el: EventTarget, ...types: string[]) {
  const events: CustomEvent[] = [];
  for (const t of types) el.addEventListener(t, (e) => events.push(e as CustomEvent));
  return events;
}

/** The verdict words shown, by outcome id. */
export function verdicts(el: EligibilityCheck): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of $$(el, '[part~="outcome"]')) out[o.dataset.outcome!] = text(o.querySelector('[part~="verdict-text"]'));
  return out;
}

/** The financing card titles shown, by outcome id. */
export function financing(el: EligibilityCheck): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const o of $$(el, '[part~="outcome"]')) {
    out[o.dataset.outcome!] = [...o.querySelectorAll('[part~="card-title"]')].map((n) => text(n));
  }
  return out;
}
