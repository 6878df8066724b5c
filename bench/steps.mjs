#!/usr/bin/env node
// `npm run bench:steps`: where the questionnaire's step transitions spend their time, step by step.
// The same pages, persona and walks as `npm run bench` (bench/pages/probe.js: a click on Next, then
// the new step's heading in the DOM, style and layout done), with a CDP trace of every walk: each
// transition's wall time split into style recalculation (UpdateLayoutTree), layout (Layout) and the
// rest, which is script (the click's handlers, lit's render and DOM updates, the probe) and garbage
// collection. Per position, the first walk of a load (caches cold) apart from the later ones. Prints
// a Markdown table; writes nothing.
//
//   BENCH_LOADS=5   page loads per variant (default 5)
//   BENCH_WALKS=3   walks per load (default 3)
//   BENCH_CPU=4     CPU slowdown (CDP Emulation.setCPUThrottlingRate; default 4)
//   BENCH_PAGES=builtin,inline,src
//   BENCH_PORT=0    the server's port (default: any free one)
//   CHROMIUM=/usr/bin/chromium
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { loadSource } from './src-node.mjs';
import { quantile, ms } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const WALKS = Number(process.env.BENCH_WALKS ?? 3);
const CPU = Number(process.env.BENCH_CPU ?? 4);
const NAMES = (process.env.BENCH_PAGES ?? 'builtin,inline,src').split(',');
const PERSONA = { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [12] };

if (!existsSync(path.join(root, 'dist/cqp-vae-widgets.js'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
const src = await loadSource(root);
const page = readFileSync(path.join(root, 'bench/pages/eligibility.html'), 'utf8');
const tag = '<eligibility-check></eligibility-check>';
const inline = JSON.stringify(src.defaultContent).replace(/</g, '\\u003c');
const generated = new Map([
  ['blank.html', { body: '<!doctype html><html lang="fr"><title>blank</title></html>' }],
  ['default.json', { body: JSON.stringify(src.defaultContent) }],
  ['eligibility-inline.html', { body: page.replace(tag, `<eligibility-check><script type="application/json">${inline}</script></eligibility-check>`) }],
  ['eligibility-src.html', { body: page.replace(tag, '<eligibility-check src="/gen/default.json"></eligibility-check>') }],
]);
const PAGES = { builtin: '/bench/pages/eligibility.html', inline: '/gen/eligibility-inline.html', src: '/gen/eligibility-src.html' };
const server = await startServer(root, generated);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One load, WALKS walks, traced: per transition, its position, walk, wall, style and layout ms. */
async function tracedWalks(pathname) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const p = await context.newPage();
    await p.goto(`${server.origin}/gen/blank.html`);
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await p.goto(server.origin + pathname, { waitUntil: 'commit' });
    await p.waitForFunction(() => window.__bench?.done, null, { timeout: 60_000 });
    await p.evaluate(() => window.__bench.done);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
    const labels = await p.evaluate(
      async ({ persona, walks }) => {
        const B = window.__bench;
        const a = B.ours(document.querySelector('eligibility-check'));
        const { next, layout } = a;
        const seen = [];
        a.next = () => (seen.push(a.position()), performance.mark(`step-${seen.length - 1}`), next());
        a.layout = () => (layout(), performance.mark(`step-${seen.length - 1}-end`));
        await B.walk(a, persona, walks);
        return seen;
      },
      { persona: PERSONA, walks: WALKS },
    );
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const marks = new Map();
    for (const e of events) if (e.name.startsWith('step-') && !marks.has(e.name)) marks.set(e.name, e);
    const first = marks.get('step-0');
    const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && (e.name === 'UpdateLayoutTree' || e.name === 'Layout'));
    let walk = 0;
    return labels.map((position, i) => {
      const a = marks.get(`step-${i}`).ts;
      const b = marks.get(`step-${i}-end`).ts;
      const inside = (name) => main.filter((e) => e.name === name && e.ts >= a && e.ts < b).reduce((t, e) => t + e.dur, 0) / 1000;
      const row = { position, walk, wall: (b - a) / 1000, style: inside('UpdateLayoutTree'), layout: inside('Layout') };
      if (position === '#recap') walk++;
      return row;
    });
  } finally {
    await context.close();
  }
}

const rows = [];
const loadBefore = os.loadavg()[0];
for (let i = 0; i < LOADS; i++) for (const name of NAMES) rows.push(...(await tracedWalks(PAGES[name])).map((r) => ({ ...r, page: name })));
await browser.close();
await server.close();

const med = (list, key) => quantile(list.map((r) => r[key]), 0.5);
const line = (label, list) =>
  `| ${label} | ${list.length} | ${ms(med(list, 'wall'))} | ${ms(quantile(list.map((r) => r.wall), 0.95))} | ${ms(med(list, 'style'))} | ${ms(med(list, 'layout'))} | ${ms(quantile(list.map((r) => r.wall - r.style - r.layout), 0.5))} |`;
console.log(`Step transitions at ${CPU}× CPU, ${LOADS} loads × ${WALKS} walks per page; load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`);
console.log('Wall: click → heading in the DOM, style and layout done. Rest: script (handlers, lit, probe) and GC.\n');
for (const name of NAMES) {
  const mine = rows.filter((r) => r.page === name);
  const steps = mine.filter((r) => r.position !== '#recap');
  console.log(`\n**${name}**: step p95 ${ms(quantile(steps.map((r) => r.wall), 0.95))} ms, median ${ms(med(steps, 'wall'))} ms (${steps.length} transitions; recap → result apart)\n`);
  console.log('| From | n | wall median | wall p95 | style median | layout median | rest median |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const position of [...new Set(mine.map((r) => r.position))]) {
    const at = mine.filter((r) => r.position === position);
    const label = position === '#recap' ? '#recap (→ result)' : position;
    if (at.some((r) => r.walk === 0)) console.log(line(`${label}, first walk`, at.filter((r) => r.walk === 0)));
    if (at.some((r) => r.walk > 0)) console.log(line(`${label}, later walks`, at.filter((r) => r.walk > 0)));
  }
}
