// The Markdown table `npm run bench` prints: each result beside its target from issue 5.
import { ms, kb, spread } from './stats.mjs';

export const TARGETS = { bundleGzip: 25 * 1024, bundleStretch: 20 * 1024, floorRatio: 1.5, frame: 16, bytesRatio: 0.1, scaleRender: 100, hugeLoad: 1000, lint: 50, heap: 1024 * 1024 };

export function table(r) {
  const pass = (ok) => (ok ? 'pass' : '**FAIL**');
  const m = (s) => `${ms(s.median)} ms (${spread(s)})`;
  const x = (v) => `${v.toFixed(2)}×`;
  const b = r.bytes;
  const cat = Object.fromEntries(b.categories.map((c) => [c.category, c]));
  const share = (k) => (cat[k] ? `${k} ${kb(cat[k].gzipEstimate)}` : `${k} 0`);
  const g = r.guide;
  const qq = r.questionnaire;
  const s = r.scale;
  const mem = r.memory;
  const rows = [
    ['Bundle gzip -9 (raw / brotli)', `${kb(b.bundle.gzip)} (${kb(b.bundle.raw)} / ${kb(b.bundle.brotli)})`, '', '', '≤ 25 KiB (stretch 20)', pass(b.bundle.gzip <= TARGETS.bundleGzip) + (b.bundle.gzip <= TARGETS.bundleStretch ? ' (stretch too)' : '')],
    ['… by source (gzip estimate)', ['lit', 'zod', 'content', 'own'].map(share).join(' · '), '', '', '', ''],
    ['Guide first contentful paint', m(g.widget.fcp), `floor ${m(g.floor.fcp)}`, x(g.ratioFcp.median), '≤ 1.5× floor', pass(g.ratioFcp.median <= TARGETS.floorRatio)],
    ['Guide painted (ready + 2 rAF)', m(g.widget.painted), `floor ${m(g.floor.painted)}`, x(g.ratioPainted.median), '≤ 1.5× floor', pass(g.ratioPainted.median <= TARGETS.floorRatio)],
    ['Guide main-thread work (load)', `${ms(g.widget.mainThread.task.median)} ms (${spread(g.widget.mainThread.task)})`, `floor ${ms(g.floor.mainThread.task.median)} ms`, x(g.ratioMainThread.median), '(informative)', ''],
    ['Guide layout shift, src after 300 ms: when the content arrives', `CLS ${g.srcLayoutShift.afterContent.median.toFixed(3)}`, `default placeholder ${g.srcLayoutShift.placeholderPx} px, guide ${g.srcLayoutShift.loadedPx} px`, '', '0 (reserve space)', pass(g.srcLayoutShift.afterContent.median === 0)],
    ['… before it, when the tag is defined', `CLS ${g.srcLayoutShift.beforeContent.median.toFixed(3)}`, 'no host CSS: the undefined tag has no height', '', '(informative)', ''],
    ['… whole load, with the README\'s two CSS rules', `CLS ${g.srcLayoutShift.reserved.median.toFixed(3)}`, `${g.srcLayoutShift.loadedPx} px reserved`, '', '0 (reserve space)', pass(g.srcLayoutShift.reserved.median === 0)],
    ['Questionnaire time to interactive', m(qq.widget.interactive), `SurveyJS ${m(qq.surveyjs.interactive)}`, x(qq.ratioInteractive.median), 'faster than SurveyJS', pass(qq.ratioInteractive.median < 1)],
    ['Questionnaire main-thread work (load)', `${ms(qq.widget.mainThreadLoad.task.median)} ms (${spread(qq.widget.mainThreadLoad.task)})`, `SurveyJS ${ms(qq.surveyjs.mainThreadLoad.task.median)} ms`, x(qq.ratioMainThreadLoad.median), '(informative)', ''],
    ['Step transition p95 (median)', `${ms(qq.widget.step.p95)} ms (${ms(qq.widget.step.median)})`, `SurveyJS ${ms(qq.surveyjs.step.p95)} ms (${ms(qq.surveyjs.step.median)})`, x(qq.ratioStepP95), '< 16 ms', pass(qq.widget.step.p95 < TARGETS.frame)],
    ['Recap → result', m(qq.widget.result), `SurveyJS ${m(qq.surveyjs.result)}`, x(qq.ratioResult), '< 16 ms', pass(qq.widget.result.median < TARGETS.frame)],
    ['Bytes vs SurveyJS (JS+CSS gzip)', kb(b.bundle.gzip), `SurveyJS ${kb(b.surveyjs.total.gzip)}`, `${b.ratioToSurveyJs.toFixed(3)}×`, '≤ 0.10×', pass(b.ratioToSurveyJs <= TARGETS.bytesRatio)],
    [`Scale: guide render (${s.catalogue} CQPs, ${s.catalogueEntries} listed)`, m(s.guideRender), '', '', '< 100 ms', pass(s.guideRender.median < TARGETS.scaleRender)],
    ['Scale: catalogue search/filter p95 (median)', `${ms(s.filter.p95)} ms (${ms(s.filter.median)})`, `${s.filter.n} keystrokes and filter changes`, '', '< 16 ms', pass(s.filter.p95 < TARGETS.frame)],
    ['Scale: picker search p95 (median)', `${ms(s.picker.p95)} ms (${ms(s.picker.median)})`, `${s.picker.n} keystrokes`, '', '< 16 ms', pass(s.picker.p95 < TARGETS.frame)],
    [`Scale: questionnaire render (${s.questions} q.)`, m(s.questionnaireRender), '', '', '< 100 ms', pass(s.questionnaireRender.median < TARGETS.scaleRender)],
    ['Scale: step transition p95 (median)', `${ms(s.step.p95)} ms (${ms(s.step.median)})`, '', '', '< 16 ms', pass(s.step.p95 < TARGETS.frame)],
    ['Scale: lint (node)', m(s.lint), `built-in ${m(s.lintDefault)}`, '', '< 50 ms', pass(s.lint.median < TARGETS.lint)],
    ...(s.huge
      ? Object.entries(s.huge.elements).map(([tag, v]) => [
          `Scale: ${s.huge.entries.toLocaleString('en')} entries with a certification question, <${tag}> load`,
          `${v.mainThread} ms main thread`,
          `${v.mainThreadCpu} ms of its CPU time, ${v.wall} ms until laid out`,
          '',
          '< 1000 ms',
          pass(v.mainThread < TARGETS.hugeLoad),
        ])
      : []),
    ...Object.entries(mem).map(([tag, v]) => [`Heap growth, 200 × <${tag}>`, `${(v.growth / 1024).toFixed(0)} KiB`, `after 1: ${kb(v.after1)}`, '', '≤ 1 MiB', pass(v.growth <= TARGETS.heap)]),
  ];
  const head = ['Scenario', 'Ours: median (p25–p75)', 'Reference', 'Ratio', 'Target', 'Result'];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const mc = r.machine;
  return [
    `Machine: ${mc.cpu}, ${mc.cores} cores, ${mc.memoryGiB} GiB · Chromium ${mc.chromium} (headless) · Node ${mc.node} · playwright-core ${mc.playwright} · SurveyJS ${mc.surveyjs} · ${r.settings.runs} page loads per variant, ${r.settings.walks} walks each · ${r.date.slice(0, 10)}`,
    `Load average (1/5/15 min) before ${mc.loadAverageBefore.join(' ')}, after ${mc.loadAverageAfter.join(' ')}${Math.max(mc.loadAverageBefore[0], mc.loadAverageAfter[0]) > mc.cores ? ' — the machine was busy: wall-clock times are inflated and noisy; main-thread times and ratios hold better' : ''}.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    ...Object.entries(r.profiles ?? {}).map(
      ([page, p]) =>
        `Profile of one ${page} load (self time, ms): ${Object.entries(p.categories)
          .filter(([k]) => k !== 'idle')
          .map(([k, v]) => `${k} ${v}`)
          .join(' · ')}; top: ${p.topFunctions.filter((f) => !f.function.startsWith('(')).slice(0, 3).map((f) => `${f.function} ${f.ms}`).join(', ')}`,
    ),
  ].join('\n');
}
