#!/usr/bin/env node
// `npm run bench`: the performance benchmark (a script, not part of the tests). Headless Debian
// Chromium driven by playwright-core, pages served gzip-compressed by bench/server.mjs on 127.0.0.1,
// every scenario run several times in this one process; medians with their spread (p25–p75), and
// ratios measured in the same run. Every page scenario runs at 1× and at 4× CPU throttling (CDP
// Emulation.setCPUThrottlingRate), with the built-in content and with the same content given inline
// and by src (what a branch's page does: it loads the checker too); the byte-sensitive figures are
// taken again over a simulated slow 4G. Writes bench/results.json and prints a Markdown table.
//
//   BENCH_RUNS=11   page loads per variant (default 11)
//   BENCH_WALKS=3   scripted walks through the questionnaire per page load (default 3)
//   BENCH_PORT=0    the server's port (default: any free one)
//   CHROMIUM=/usr/bin/chromium
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { breakdown, sizes } from './bytes.mjs';
import { startServer } from './server.mjs';
import { loadSource } from './src-node.mjs';
import { profileLoad } from './profile.mjs';
import { toSurveyJs } from './surveyjs.mjs';
import { hugeContent, measureHuge, pickerContent, scaleContent } from './scale.mjs';
import { summarize, ratio, quantile } from './stats.mjs';
import { table } from './table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WALKS = Number(process.env.BENCH_WALKS ?? 3);
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The module a page loads: both elements, or one element's own (what the guide's and the
// questionnaire's pages below load, as the README tells a page that shows one of them).
const BUNDLE = path.join(root, 'dist/cqp-vae-widgets.js');
const CHECKER = path.join(root, 'dist/cqp-vae-widgets.check.js');
const MODULES = { guide: 'dist/cqp-vae-guide.js', eligibility: 'dist/eligibility-check.js' };
const checkerOf = (file) => file.replace(/\.js$/, '.check.js');
const TODAY = new Date().toISOString().slice(0, 10);
const log = (...a) => console.error('bench:', ...a);

// The persona of the issue, answered the same way in both questionnaires.
/** CPU slowdowns every page scenario runs at: a fast desktop, and a mid-range phone. */
const CPU_RATES = [1, 4];
/**
 * Slow 4G as Lighthouse simulates it with DevTools throttling (its mobile default: 150 ms RTT,
 * 1.6 Mbit/s down, 750 kbit/s up, times its devtools adjustment factors 3.75 and 0.9).
 */
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

const PERSONA = { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [12] };

if (!existsSync(BUNDLE)) {
  log('dist/ is missing: running `npm run build` first');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
if (!existsSync(EXECUTABLE)) {
  console.error(`bench: no Chromium at ${EXECUTABLE} (apt-get install chromium, or set CHROMIUM=...)`);
  process.exit(1);
}
for (const pkg of ['survey-core', 'survey-js-ui']) {
  if (!existsSync(path.join(root, 'node_modules', pkg))) {
    console.error(`bench: ${pkg} is not installed (npm install; it is a devDependency)`);
    process.exit(1);
  }
}

// ---- what the node side needs: the built-in content, the lint, generated documents -----------
log('bundling src/content for node (esbuild)');
const src = await loadSource(root);
const surveyJson = toSurveyJs(src.defaultContent);
const scale = scaleContent(src.defaultContent);
const parsedScale = src.parseContent(scale.content);
if (!parsedScale.ok) throw new Error(`the generated scale content is invalid: ${JSON.stringify(parsedScale.issues.slice(0, 3))}`);
const picker = pickerContent(src.defaultContent);
const parsedPicker = src.parseContent(picker);
if (!parsedPicker.ok) throw new Error(`the generated picker content is invalid: ${JSON.stringify(parsedPicker.issues.slice(0, 3))}`);

const generated = new Map();
const page = (name) => readFileSync(path.join(root, 'bench/pages', name), 'utf8');
generated.set('surveyjs.html', { body: page('surveyjs.html').replace('/*SURVEY_JSON*/ null', JSON.stringify(surveyJson)) });
generated.set('blank.html', { body: '<!doctype html><html lang="fr"><title>blank</title></html>' });
generated.set('default.json', { body: JSON.stringify(src.defaultContent) });
const HUGE = 100_000;
generated.set('huge.json', { body: JSON.stringify(hugeContent(src.defaultContent, HUGE)) });
const server = await startServer(root, generated);
const url = (p) => `${server.origin}${p}`;

const browser = await chromium.launch({
  executablePath: EXECUTABLE,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ],
});
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    playwright: JSON.parse(readFileSync(path.join(root, 'node_modules/playwright-core/package.json'), 'utf8')).version,
    surveyjs: JSON.parse(readFileSync(path.join(root, 'node_modules/survey-core/package.json'), 'utf8')).version,
  },
  settings: { runs: RUNS, walks: WALKS },
};

/**
 * One first-visit page load until the probe's `done`, then `then(page)`. A fresh browser context
 * each time (empty HTTP cache, no compiled code kept); it first opens a blank page of the same
 * origin, so that the renderer process is already running: starting one takes 100–300 ms here,
 * with a spread that would drown what the pages themselves cost.
 */
async function load(pathname, then, { cpu = 1, network } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  try {
    await p.goto(url('/gen/blank.html'));
    // Main-thread busy time from Chromium's own counters: wall-clock times swing with the machine's
    // load (other processes, the network stack), the renderer's work much less.
    const cdp = await context.newCDPSession(p);
    await cdp.send('Performance.enable');
    // Throttling set on the page's target holds across its same-origin navigation.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    const before = await mainThread(cdp);
    // The probe times from navigation start in the page; waiting here for it costs the page nothing.
    await p.goto(url(pathname), { waitUntil: 'commit' });
    await p.waitForFunction(() => window.__bench?.done, null, { timeout: 60_000 });
    const timing = await p.evaluate(async () => ({ ...(await window.__bench.done), fcp: await window.__bench.fcp() }));
    const after = await mainThread(cdp);
    // Counters restart if the navigation changed process: then the "after" values are the page's own.
    timing.mainThread = after.task >= before.task ? Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]])) : after;
    const extra = then ? await then(p) : undefined;
    if (errors.length) throw new Error(errors.join('; '));
    return { ...timing, ...extra };
  } catch (error) {
    throw new Error(`${pathname}: ${error.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
  } finally {
    await context.close();
  }
}

/** Main-thread time so far (ms): all tasks, script, style, layout. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}

results.machine.loadAverageBefore = os.loadavg().map((x) => Number(x.toFixed(2)));
try {
  // ---- 1. bytes ---------------------------------------------------------------------------------
  log('1/5 bytes');
  const bytes = breakdown(BUNDLE, `${BUNDLE}.map`);
  const sj = (f) => readFileSync(path.join(root, 'node_modules', f));
  const surveyFiles = ['survey-core/survey.core.min.js', 'survey-core/i18n/french.min.js', 'survey-js-ui/survey-js-ui.min.js', 'survey-core/survey-core.fontless.min.css'];
  const surveyBytes = surveyFiles.map((f) => ({ file: f, ...sizes(sj(f)) }));
  const surveyTotal = surveyBytes.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const own = bytes.files.filter((f) => f.category === 'own');
  const group = (re) => own.filter((f) => re.test(f.source)).reduce((t, f) => t + f.raw, 0);
  results.bytes = {
    bundle: bytes.total,
    categories: bytes.categories,
    ownRawByKind: {
      styles: group(/styles\.ts$/),
      strings: group(/(strings|i18n|issues|lint-messages)\.ts$/),
      schemaAndParse: group(/content\/(schema|parse|references)\.ts$/),
      rules: group(/src\/rules\//),
      elements: group(/src\/(elements|shared)\/(?!.*(styles|strings|i18n)\.ts$)/),
    },
    topFiles: bytes.files.slice(0, 25),
    surveyjs: { files: surveyBytes, total: surveyTotal },
    // What a page with its own content adds: the checker, loaded from beside the module.
    checker: sizes(readFileSync(CHECKER)),
    // Each element's own module and its checker: the questionnaire's is what a page that does
    // SurveyJS's job (the questionnaire alone) downloads.
    modules: Object.fromEntries(
      Object.entries(MODULES).map(([name, file]) => [name, { file, module: sizes(readFileSync(path.join(root, file))), checker: sizes(readFileSync(path.join(root, checkerOf(file)))) }]),
    ),
  };
  const q = results.bytes.modules.eligibility;
  results.bytes.ratioToSurveyJs = q.module.gzip / surveyTotal.gzip;
  results.bytes.ratioWithCheckerToSurveyJs = (q.module.gzip + q.checker.gzip) / surveyTotal.gzip;
  results.bytes.bothRatioToSurveyJs = bytes.total.gzip / surveyTotal.gzip;

  // ---- 2. guide first render vs the static floor --------------------------------------------------
  log('2/5 guide first render (widget, built-in / inline / src, vs static floors), at 1× and 4× CPU');
  const floor = await load('/bench/pages/guide.html', (p) =>
    p.evaluate(() => {
      const el = document.querySelector('cqp-vae-guide');
      const root = el.shadowRoot;
      const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      const html = root.innerHTML.replace(/<!--[^]*?-->/g, '');
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
      return {
        html: `<cqp-vae-guide${attrs}><template shadowrootmode="open"><style>${css}</style>${html}</template></cqp-vae-guide>`,
        // Plain HTML: the same markup in the page itself, the host rules on a wrapper.
        plain: `<style>${css.replace(/:host\b/g, '.cqp-vae-guide')}</style><div class="cqp-vae-guide">${html}</div>`,
      };
    }),
  );
  generated.set('floor.html', { body: page('floor.html').replace('<!--FLOOR-->', floor.html) });
  generated.set('floor-plain.html', {
    body: page('floor.html').replace('data-bench="guide"', 'data-bench="plain"').replace('(static floor)', '(static floor, plain HTML)').replace('<!--FLOOR-->', floor.plain),
  });
  results.floorBytes = sizes(Buffer.from(generated.get('floor.html').body));
  results.floorPlainBytes = sizes(Buffer.from(generated.get('floor-plain.html').body));
  // The same content as a branch gives it: inline (as prerender and CMS blocks do) and by src.
  const inlineJson = JSON.stringify(src.defaultContent).replace(/</g, '\\u003c');
  for (const [tag, file] of [['cqp-vae-guide', 'guide'], ['eligibility-check', 'eligibility']]) {
    const base = page(`${file}.html`);
    generated.set(`${file}-inline.html`, { body: base.replace(`<${tag}></${tag}>`, `<${tag}><script type="application/json">${inlineJson}</script></${tag}>`) });
    generated.set(`${file}-src.html`, { body: base.replace(`<${tag}></${tag}>`, `<${tag} src="/gen/default.json"></${tag}>`) });
    // Inline, with the README's hint for a page with its own content: the checker fetched beside
    // the module rather than after it has run.
    const module = MODULES[file];
    const preload = `<link rel="modulepreload" href="/${checkerOf(module)}">\n<script type="module" src="/${module}">`;
    generated.set(`${file}-preload.html`, { body: generated.get(`${file}-inline.html`).body.replace(`<script type="module" src="/${module}">`, preload) });
    if (!generated.get(`${file}-preload.html`).body.includes('modulepreload')) throw new Error(`bench/pages/${file}.html does not load /${module}`);
  }
  const GUIDE_PAGES = { builtin: '/bench/pages/guide.html', inline: '/gen/guide-inline.html', src: '/gen/guide-src.html', floor: '/gen/floor.html', plain: '/gen/floor-plain.html' };
  const pick = (list, key) => list.map((r) => r[key]);
  const busy = (list) => list.map((r) => r.mainThread.task);
  const phases = (list) => Object.fromEntries(['task', 'script', 'style', 'layout'].map((k) => [k, summarize(list.map((r) => r.mainThread[k]))]));
  const guideOf = (list) => ({
    fcp: summarize(pick(list, 'fcp')),
    painted: summarize(pick(list, 'painted')),
    ready: summarize(pick(list, 'ready')),
    fromParseStart: summarize(list.map((r) => r.painted - r.start)),
    mainThread: phases(list),
  });
  /** Runs every page of `pages` RUNS times, rotating the order so that drift favours none. */
  async function rounds(pages, options, runs = RUNS, then = () => undefined) {
    const names = Object.keys(pages);
    const out = Object.fromEntries(names.map((n) => [n, []]));
    for (const n of names) await load(pages[n], then(n), options); // warm-up (renderer, OS disk cache)
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < names.length; k++) {
        const n = names[(i + k) % names.length];
        out[n].push(await load(pages[n], then(n), options));
      }
    }
    return out;
  }
  /** Each guide variant against both floors, by first contentful paint and by "painted". */
  const guideFigures = (runs) => {
    const out = { variants: Object.fromEntries(Object.entries(runs).map(([n, list]) => [n, guideOf(list)])), ratios: {} };
    for (const n of ['builtin', 'inline', 'src']) {
      if (!runs[n]) continue;
      out.ratios[n] = {};
      for (const f of ['plain', 'floor']) {
        if (!runs[f]) continue;
        out.ratios[n][f] = {
          fcp: ratio(pick(runs[n], 'fcp'), pick(runs[f], 'fcp')),
          painted: ratio(pick(runs[n], 'painted'), pick(runs[f], 'painted')),
          mainThread: ratio(busy(runs[n]), busy(runs[f])),
        };
      }
    }
    return out;
  };
  results.guideByCpu = {};
  for (const cpu of CPU_RATES) {
    log(`   guide at ${cpu}× CPU`);
    results.guideByCpu[cpu] = guideFigures(await rounds(GUIDE_PAGES, { cpu }));
  }
  // The figures the earlier tables used: built-in content against the shadow-DOM floor, at 1×.
  const g1 = results.guideByCpu[1];
  results.guide = {
    widget: g1.variants.builtin,
    floor: g1.variants.floor,
    ratioFcp: g1.ratios.builtin.floor.fcp,
    ratioPainted: g1.ratios.builtin.floor.painted,
    ratioMainThread: g1.ratios.builtin.floor.mainThread,
  };
  // Layout shift when the content comes from a slow `src` (300 ms) with host text below the guide.
  const shiftOf = (query) => load(`/bench/pages/guide-src.html${query}`, (p) =>
      p.evaluate(
        () =>
          new Promise((r) =>
            setTimeout(() => {
              const el = document.querySelector('cqp-vae-guide');
              const B = window.__bench;
              // Before the content: the element upgrading from an unknown, empty inline element
              // to its placeholder; after: the placeholder replaced by the guide.
              const sum = (list) => list.reduce((t, e) => t + e.value, 0);
              r({
                cls: B.cls,
                beforeContent: sum(B.shifts.filter((e) => e.t < B.ready)),
                afterContent: sum(B.shifts.filter((e) => e.t >= B.ready)),
                loaded: el.getBoundingClientRect().height,
                placeholder: parseFloat(getComputedStyle(document.documentElement).fontSize) * 20,
              });
            }, 300),
          ),
      ),
    );
  const cls = [];
  const before = [];
  const after = [];
  let heights;
  for (let i = 0; i < 3; i++) {
    const shift = await shiftOf('');
    cls.push(shift.cls);
    before.push(shift.beforeContent);
    after.push(shift.afterContent);
    heights = { placeholderPx: shift.placeholder, loadedPx: Math.round(shift.loaded) };
  }
  // The same page with the README's two CSS rules reserving the guide's height.
  const reserved = [];
  for (let i = 0; i < 3; i++) reserved.push((await shiftOf(`?height=${heights.loadedPx}px`)).cls);
  results.guide.srcLayoutShift = {
    ...summarize(cls),
    beforeContent: summarize(before),
    afterContent: summarize(after),
    ...heights,
    viewport: '1280×900',
    reserved: summarize(reserved),
  };

  // ---- 3. questionnaire vs SurveyJS ------------------------------------------------------------
  log('3/5 questionnaire (widget, built-in / inline / src, vs SurveyJS), at 1× and 4× CPU');
  const walkOurs = (p) => p.evaluate(({ persona, walks }) => window.__bench.walk(window.__bench.ours(document.querySelector('eligibility-check')), persona, walks), { persona: PERSONA, walks: WALKS });
  const walkSurvey = (p) => p.evaluate(({ persona, walks }) => window.__bench.walk(window.__bench.surveyjs(document.getElementById('survey')), persona, walks), { persona: PERSONA, walks: WALKS });
  const Q_PAGES = { builtin: '/bench/pages/eligibility.html', inline: '/gen/eligibility-inline.html', src: '/gen/eligibility-src.html', surveyjs: '/gen/surveyjs.html' };
  const walkOf = (n) => (n === 'surveyjs' ? walkSurvey : walkOurs);
  const flat = (list, key) => list.flatMap((r) => r[key]);
  const qs = (list) => ({
    interactive: summarize(pick(list, 'interactive')),
    // Main-thread time of the load, until interactive (the walks come after).
    mainThreadLoad: phases(list),
    fcp: summarize(pick(list, 'fcp')),
    step: summarize(flat(list, 'step')),
    result: summarize(flat(list, 'result')),
    walkTotal: summarize(flat(list, 'total')),
    verdicts: list.at(-1).verdicts,
    path: list.at(-1).positions,
  });
  const questionnaireFigures = (runs) => {
    const out = { variants: Object.fromEntries(Object.entries(runs).map(([n, list]) => [n, qs(list)])), ratios: {} };
    for (const n of ['builtin', 'inline', 'src']) {
      out.ratios[n] = {
        interactive: ratio(pick(runs[n], 'interactive'), pick(runs.surveyjs, 'interactive')),
        mainThreadLoad: ratio(busy(runs[n]), busy(runs.surveyjs)),
        stepP95: quantile(flat(runs[n], 'step'), 0.95) / quantile(flat(runs.surveyjs, 'step'), 0.95),
        result: quantile(flat(runs[n], 'result'), 0.5) / quantile(flat(runs.surveyjs, 'result'), 0.5),
      };
    }
    return out;
  };
  results.questionnaireByCpu = {};
  for (const cpu of CPU_RATES) {
    log(`   questionnaire at ${cpu}× CPU`);
    results.questionnaireByCpu[cpu] = questionnaireFigures(await rounds(Q_PAGES, { cpu }, RUNS, walkOf));
  }
  const q1 = results.questionnaireByCpu[1];
  results.questionnaire = {
    widget: q1.variants.builtin,
    surveyjs: q1.variants.surveyjs,
    ratioInteractive: q1.ratios.builtin.interactive,
    ratioMainThreadLoad: q1.ratios.builtin.mainThreadLoad,
    ratioStepP95: q1.ratios.builtin.stepP95,
    ratioResult: q1.ratios.builtin.result,
  };

  // ---- 3b. bytes on a slow network: 4× CPU and slow 4G, files gzip-compressed ------------------
  log('3b  slow 4G at 4× CPU (guide and questionnaire, built-in and inline, vs plain floor and SurveyJS)');
  const SLOW_RUNS = Math.max(3, Math.ceil(RUNS / 2));
  const slow = { cpu: 4, network: SLOW_4G };
  results.slow4g = {
    profile: { ...SLOW_4G, cpu: 4, runs: SLOW_RUNS },
    guide: guideFigures(await rounds({ builtin: GUIDE_PAGES.builtin, inline: GUIDE_PAGES.inline, plain: GUIDE_PAGES.plain }, slow, SLOW_RUNS)),
  };
  const slowQ = await rounds({ builtin: Q_PAGES.builtin, inline: Q_PAGES.inline, preload: '/gen/eligibility-preload.html', surveyjs: Q_PAGES.surveyjs }, slow, SLOW_RUNS);
  results.slow4g.questionnaire = {
    variants: Object.fromEntries(Object.entries(slowQ).map(([n, list]) => [n, { interactive: summarize(pick(list, 'interactive')), fcp: summarize(pick(list, 'fcp')) }])),
    ratios: Object.fromEntries(['builtin', 'inline', 'preload'].map((n) => [n, { interactive: ratio(pick(slowQ[n], 'interactive'), pick(slowQ.surveyjs, 'interactive')) }])),
  };

  // The same verdicts, in any order: the result lists open routes first, the replica in content order.
  const sorted = (list) => JSON.stringify([...String(list).split(',')].sort());
  const same = sorted(results.questionnaire.widget.verdicts) === sorted(results.questionnaire.surveyjs.verdicts);
  results.questionnaire.sameVerdicts = same;
  if (!same) log(`warning: verdicts differ: ours ${results.questionnaire.widget.verdicts} / SurveyJS ${results.questionnaire.surveyjs.verdicts}`);

  // The page figures so far are kept even if a later section fails.
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  try {
    // ---- 4. scale: 300 CQPs, 40 questions ---------------------------------------------------------
    log('4/5 scale (300 CQPs, 40 questions)');
    const scaleRuns = Math.max(RUNS, 15);
    const scaleResult = await load('/bench/pages/harness.html', async (p) => {
      await p.waitForFunction(() => customElements.get('eligibility-check') && customElements.get('cqp-vae-guide'));
      return p.evaluate(
        async ({ content, pickerDoc, persona, runs, walks, queries }) => {
          const B = window.__bench;
          const guide = [];
          const questionnaire = [];
          for (let i = 0; i < runs; i++) {
            const g = await B.render('cqp-vae-guide', content);
            guide.push(g.t);
            g.el.remove();
            await B.idle();
            const e = await B.render('eligibility-check', content);
            questionnaire.push(e.t);
            e.el.remove();
            await B.idle();
          }
          const { el } = await B.render('eligibility-check', content);
          await B.idle();
          const walk = await B.walk(B.ours(el), persona, walks);
          const g = (await B.render('cqp-vae-guide', content)).el;
          const entries = g.shadowRoot.querySelectorAll('[part~="certification"]').length;
          await B.idle();
          // Search as a person types it, a letter at a time, then erased; and the registry filter.
          const filter = [];
          const counts = new Set();
          const search = g.shadowRoot.querySelector('[part~="catalogue-search"]');
          const select = g.shadowRoot.querySelector('[part~="catalogue-filter"]');
          const count = () => g.shadowRoot.querySelector('[part~="catalogue-count"]').textContent;
          for (let i = 0; i < runs; i++) {
            for (const q of B.keystrokes(queries[i % queries.length])) {
              filter.push(await B.typed(g, search, q));
              counts.add(count());
            }
            filter.push(await B.chose(g, select, 'rs'));
            filter.push(await B.chose(g, select, ''));
            await B.idle();
          }
          // The questionnaire's certification picker over the same 300 entries.
          const p = (await B.render('eligibility-check', pickerDoc)).el;
          await B.idle();
          const combobox = p.shadowRoot.querySelector('[role="combobox"]');
          const pick = [];
          for (let i = 0; i < runs; i++) {
            for (const q of B.keystrokes(queries[i % queries.length])) pick.push(await B.typed(p, combobox, q));
            await B.idle();
          }
          return { guide, questionnaire, step: walk.step, result: walk.result, steps: walk.positions.length, entries, filter, distinctCounts: counts.size, pick };
        },
        {
          content: scale.content,
          pickerDoc: picker,
          persona: scale.persona,
          runs: scaleRuns,
          walks: Math.max(2, Math.ceil(WALKS / 2)),
          queries: ['logistique 2', 'RNCP36012', 'sante', 'AGENT QUALIFIE'],
        },
      );
    });
    // The same questionnaire on a 100,000-entry catalogue read by a certification question: one load
    // of each element (the figure `node bench/scale.mjs` prints alone).
    const hugeResult = await (async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const p = await context.newPage();
        await p.goto(url('/bench/pages/harness.html'));
        await p.waitForFunction(() => customElements.get('eligibility-check') && window.__bench);
        const cdp = await context.newCDPSession(p);
        await cdp.send('Performance.enable');
        return await measureHuge(p, cdp, url('/gen/huge.json'));
      } finally {
        await context.close();
      }
    })();
    log(`100k entries: ${Object.entries(hugeResult).map(([tag, v]) => `<${tag}> ${v.mainThread} ms main thread`).join(', ')}`);
    const lintTimes = [];
    let findings = [];
    for (let i = 0; i < scaleRuns; i++) {
      const t0 = performance.now();
      findings = src.lintContent(parsedScale.content, { today: TODAY });
      lintTimes.push(performance.now() - t0);
    }
    const lintDefault = [];
    for (let i = 0; i < scaleRuns; i++) {
      const t0 = performance.now();
      src.lintContent(src.defaultContent, { today: TODAY });
      lintDefault.push(performance.now() - t0);
    }
    const parseTimes = [];
    for (let i = 0; i < scaleRuns; i++) {
      const t0 = performance.now();
      src.parseContent(scale.content);
      parseTimes.push(performance.now() - t0);
    }
    results.scale = {
      contentBytes: Buffer.byteLength(JSON.stringify(scale.content)),
      questions: scale.content.eligibility.questions.length,
      catalogue: scale.content.catalogue.length,
      catalogueEntries: scaleResult.entries,
      guideRender: summarize(scaleResult.guide),
      questionnaireRender: summarize(scaleResult.questionnaire),
      step: summarize(scaleResult.step),
      result: summarize(scaleResult.result),
      stepsWalked: scaleResult.steps,
      lint: summarize(lintTimes),
      lintFindings: findings.map((f) => f.code),
      lintDefault: summarize(lintDefault),
      parseInNode: summarize(parseTimes),
      // Each keystroke and each filter change: input event → re-rendered and laid out.
      filter: summarize(scaleResult.filter),
      filterDistinctCounts: scaleResult.distinctCounts,
      picker: summarize(scaleResult.pick),
      huge: { entries: HUGE, elements: hugeResult },
    };
  } catch (error) {
    // A scale scenario that no longer matches the elements' screens must not lose the rest.
    log(`scale failed: ${error.message}`);
    results.scale = { error: error.message };
  }

  // ---- 5. memory ----------------------------------------------------------------------------
  log('5/5 memory (200 create/remove cycles per element)');
  results.memory = {};
  for (const tag of ['cqp-vae-guide', 'eligibility-check']) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(url('/bench/pages/harness.html'));
    await p.waitForFunction(() => customElements.get('eligibility-check') && customElements.get('cqp-vae-guide'));
    const cdp = await context.newCDPSession(p);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await p.evaluate((t) => window.__bench.cycles(t, 1), tag);
    const after1 = await heap();
    await p.evaluate((t) => window.__bench.cycles(t, 199), tag);
    const after200 = await heap();
    const nodes = await p.evaluate(() => document.querySelectorAll('*').length);
    results.memory[tag] = { after1, after200, growth: after200 - after1, domNodesLeft: nodes };
    await context.close();
  }

  // ---- where the load time goes (one profiled load each, not part of the timings above) ------------
  log('profiles (one CPU-profiled load per page)');
  results.profiles = {};
  for (const [name, pathname] of [['guide', '/bench/pages/guide.html'], ['eligibility', '/bench/pages/eligibility.html'], ['surveyjs', '/gen/surveyjs.html']]) {
    const module = path.join(root, MODULES[name] ?? 'dist/cqp-vae-widgets.js');
    const map = JSON.parse(readFileSync(`${module}.map`, 'utf8'));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(url('/gen/blank.html'));
    results.profiles[name] = await profileLoad(context, p, url(pathname), map, path.basename(module));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

results.machine.loadAverageAfter = os.loadavg().map((x) => Number(x.toFixed(2)));
writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(table(results));
