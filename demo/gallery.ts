// Demo-only: every state of both elements on one page, each in a block named by `data-shot`, so that
// scripts/gallery-shots.mjs can screenshot them one by one. States come from saved progress (the
// `persist` storage the element restores from) and, for messages, from the element's own buttons.
import '../src/cqp-vae-widgets.js';
import { defaultContent } from '../src/content/default-content.js';
import type { EligibilityCheck } from '../src/elements/eligibility-check/eligibility-check.js';
import type { CqpVaeGuide } from '../src/elements/cqp-vae-guide/cqp-vae-guide.js';
import branch from './content/branche-cycles.fr.json';

type Answers = Record<string, unknown>;
const gallery = document.querySelector('#gallery')!;
const key = (meta: { id: string; version: string }) => `cqp-vae-widgets:eligibility:${meta.id}@${meta.version}`;
const settle = () => new Promise((r) => setTimeout(r, 30));

// The loading state: a `src` that never answers (this page only).
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => (String(input).includes('never-answers') ? new Promise(() => {}) : realFetch(input, init));

function block(name: string, className = '') {
  const section = document.createElement('section');
  section.className = `shot ${className}`;
  section.dataset.shot = name;
  section.innerHTML = `<h2>${name}</h2>`;
  gallery.append(section);
  return section;
}

async function check(name: string, state: { answers: Answers; step: string } | null, opts: { className?: string; lang?: string; content?: unknown; after?: (el: EligibilityCheck) => Promise<void> | void } = {}) {
  const section = block(name, opts.className);
  const meta = (opts.content as { meta: { id: string; version: string } } | undefined)?.meta ?? defaultContent.meta;
  if (state) sessionStorage.setItem(key(meta), JSON.stringify({ id: meta.id, version: meta.version, ...state }));
  const el = document.createElement('eligibility-check') as EligibilityCheck;
  if (opts.lang) el.lang = opts.lang;
  if (state) el.setAttribute('persist', '');
  if (opts.content) el.content = opts.content;
  section.append(el);
  await el.updateComplete;
  await settle();
  sessionStorage.removeItem(key(meta));
  el.removeAttribute('persist');
  await opts.after?.(el);
  await el.updateComplete;
}

async function guide(name: string, attrs: Record<string, string> = {}, opts: { className?: string; content?: unknown; after?: (el: CqpVaeGuide) => Promise<void> | void } = {}) {
  const section = block(name, opts.className);
  const el = document.createElement('cqp-vae-guide') as CqpVaeGuide;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (opts.content) el.content = opts.content;
  section.append(el);
  await el.updateComplete;
  await settle();
  await opts.after?.(el);
  await el.updateComplete;
}

const click = async (el: EligibilityCheck, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
  await el.updateComplete;
};

const employee = { target: 'cqp', registry: 'rncp', status: 'salarie' };
const path: [string, Answers][] = [
  ['target', {}],
  ['registry', { target: 'cqp' }],
  ['status', { target: 'cqp', registry: 'rncp' }],
  ['experience', employee],
  ['activities', { ...employee, experience: 'yes' }],
  ['months', { ...employee, experience: 'yes', activities: ['salarie'], months: [36, 8] }],
];
const personas: [string, Answers][] = [
  ['result-employee-cqp-8-months', { ...employee, experience: 'yes', activities: ['salarie'], months: [8] }],
  ['result-employee-cqp-3-years', { ...employee, experience: 'yes', activities: ['salarie'], months: [36] }],
  ['result-diploma-open-vae', { target: 'diplome', registry: 'rncp-vae', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [30] }],
  ['result-diploma-not-registered', { target: 'diplome', registry: 'none', status: 'autre', experience: 'no' }],
  ['result-unknown-target', { target: 'unknown', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [20] }],
  ['result-employer', { target: 'cqp', registry: 'rncp', status: 'employeur', experience: 'yes', activities: ['salarie'], months: [14] }],
  ['result-cqp-rs-no-experience', { target: 'cqp', registry: 'rs', status: 'salarie', experience: 'no' }],
  // No registry: no CPF card for the CQP by training, and the note that says why.
  ['result-cqp-no-registry', { target: 'cqp', registry: 'none', status: 'salarie', experience: 'no' }],
];

async function build() {
  await check('check-start', null);
  for (const [step, answers] of path) await check(`check-step-${step}`, { answers, step });
  await check('check-step-error', { answers: { ...employee, experience: 'yes', activities: ['salarie'] }, step: 'months' }, { after: (el) => click(el, 'button[part~="next"]') });
  const complete = personas[0][1];
  await check('check-recap', { answers: complete, step: '#recap' });
  for (const [name, answers] of personas) await check(name, { answers, step: '#result' });
  await check('check-branch-picker', { answers: {}, step: 'target' }, { content: branch });
  await check('en-check-step', { answers: {}, step: 'target' }, { lang: 'en' });
  await check('en-check-step-months-error', { answers: { ...employee, experience: 'yes', activities: ['salarie'], months: [700] }, step: 'months' }, { lang: 'en', after: (el) => click(el, 'button[part~="next"]') });
  await check('en-result', { answers: complete, step: '#result' }, { lang: 'en' });
  await check('dark-result', { answers: complete, step: '#result' }, { className: 'dark' });
  await check('branded-result', { answers: complete, step: '#result' }, { className: 'branded' });
  await check('check-loading', null, { after: (el) => el.setAttribute('src', './never-answers.json') });
  await guide('guide-default');
  await guide('guide-branch-catalogue', { route: 'cqp' }, { content: branch });
  await guide('guide-catalogue-empty', { route: 'cqp' }, {
    content: branch,
    after: async (el) => {
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="catalogue-search"]');
      if (!search) return;
      search.value = 'zzzz';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    },
  });
  await guide('en-guide', { lang: 'en' });
  await guide('dark-guide', {}, { className: 'dark' });
  await guide('branded-guide', { layout: 'stacked', route: 'vae' }, { className: 'branded' });
  await guide('error-http-404', { src: './does-not-exist.json' });
  await guide('error-loading', { src: './never-answers.json' });
  await check('error-invalid-json', null, { content: '{ "meta": { "id": "x", }' });
  await check('error-schema', null, { content: { meta: { id: 'x' } } });
  const both = block('both-widgets');
  both.append(document.createElement('cqp-vae-guide'), document.createElement('eligibility-check'));
  await settle();
  await new Promise((r) => setTimeout(r, 400));
  document.documentElement.dataset.galleryReady = 'true';
}

void build();
