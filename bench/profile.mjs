// Where a page load's main-thread time goes: a V8 CPU profile of one load, its self time attributed
// to lit, zod, the built-in content, the project's own code (through the bundle's source map), the
// browser's own work outside JavaScript ("(program)": parsing HTML, style, layout, paint), garbage
// collection, and the rest.
import { categoryOf, sourceLookup } from './bytes.mjs';

export async function profileLoad(context, page, targetUrl, map, bundleName) {
  const lookup = sourceLookup(map);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(targetUrl, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.done, null, { timeout: 15_000 });
  const done = await page.evaluate(() => window.__bench.done);
  const { profile } = await cdp.send('Profiler.stop');

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // timeDeltas[i] is the time before sample i: it goes to the sample's node. The profile runs from
  // just before the navigation to the probe's `done` (painted and interactive).
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]));
  const categories = {};
  const functions = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const f = n.callFrame;
    let category;
    let where = f.url.split('/').pop() || f.functionName;
    if (f.url.endsWith(bundleName)) {
      const { source, name } = lookup(f.lineNumber, f.columnNumber);
      category = source === '(unmapped)' ? 'own' : categoryOf(source);
      where = `${source}:${name ?? (f.functionName || '(anonymous)')}`;
    } else if (f.functionName === '(idle)') category = 'idle';
    else if (f.functionName === '(program)') category = 'browser (parse HTML, style, layout, paint…)';
    else if (f.functionName === '(garbage collector)') category = 'gc';
    else if (f.url.includes('/bench/pages/')) category = 'bench probe';
    else if (f.url.includes('survey')) category = 'surveyjs';
    else category = f.url ? 'other scripts' : 'browser (parse HTML, style, layout, paint…)';
    categories[category] = (categories[category] ?? 0) + us / 1000;
    if (category !== 'idle') functions.set(where, (functions.get(where) ?? 0) + us / 1000);
  }
  const round = (x) => Math.round(x * 10) / 10;
  return {
    painted: done.painted,
    categories: Object.fromEntries(Object.entries(categories).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v)])),
    topFunctions: [...functions].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => ({ function: k, ms: round(v) })),
  };
}
