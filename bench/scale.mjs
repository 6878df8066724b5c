// Scenario 4's content: the built-in document grown to a large branch's size: a catalogue of 300
// CQPs (listed and searched in the guide's CQP route) and a 40-question questionnaire (the 6
// built-in questions + 34 generated ones of every type, each shown under a condition on an earlier
// answer, and 3 more outcomes whose rules read them). A second document puts the same catalogue
// behind a certification picker, for the picker's search.

const FAMILIES = ['Commerce', 'Logistique', 'Hôtellerie', 'Santé', 'Industrie', 'Services', 'Bâtiment', 'Transport', 'Numérique', 'Agriculture'];

/**
 * 300 CQPs: titles from ten families, a third each RNCP (with a level, half with VAE access), RS
 * and unregistered, so that the registry and level filters have something to split.
 */
export function scaleCatalogue(n = 300) {
  return Array.from({ length: n }, (_, i) => {
    const family = FAMILIES[i % FAMILIES.length];
    const r = i % 3;
    return {
      id: `cqp-${String(i + 1).padStart(3, '0')}`,
      title: `CQP Agent(e) qualifié(e) ${family.toLowerCase()} ${Math.floor(i / FAMILIES.length) + 1}`,
      kind: 'cqp',
      registry: r === 0 ? { rncp: `RNCP${36000 + i}` } : r === 1 ? { rs: `RS${5000 + i}` } : 'none',
      ...(r === 0 ? { level: 3 + (i % 4), vaeAccess: i % 2 === 0 } : {}),
      certifier: `Branche ${family}`,
      description: `${(i % 4) + 3} blocs de compétences · ${200 + (i % 7) * 50} heures de formation`,
      link: `https://example.org/cqp/${i + 1}`,
    };
  });
}

export function scaleContent(base) {
  const content = structuredClone(base);
  content.meta = { ...content.meta, id: 'bench-scale', version: '1', title: 'Branche de démonstration : 300 CQP' };
  const cqp = content.guide.routes.find((r) => r.id === 'cqp') ?? content.guide.routes[0];
  content.catalogue = scaleCatalogue();
  cqp.sections.push({ kind: 'catalogue', title: 'Les CQP de la branche', body: ['Cherchez le vôtre par son intitulé ou son numéro.'] });

  const e = content.eligibility;
  const persona = { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [12] };
  const letters = ['a', 'b', 'c', 'd'];
  let lastSingle = 'status';
  let lastNumber = null;
  for (let i = 7; i <= 40; i++) {
    const id = `q${String(i).padStart(2, '0')}`;
    const kind = ['single', 'multiple', 'number', 'durations'][i % 4];
    const common = { id, label: `Question ${i} : précisez votre situation (${kind}) ?`, title: `Question ${i}`, hint: [`Aide de la question ${i}.`] };
    let showIf;
    if (kind === 'single') showIf = { question: lastSingle, in: lastSingle === 'status' ? ['salarie', 'employeur'] : ['a', 'b', 'c'] };
    else if (kind === 'multiple') showIf = { not: { question: lastSingle, equals: lastSingle === 'status' ? 'autre' : 'd' } };
    else if (lastNumber) showIf = { question: lastNumber, atLeast: 0 };
    else showIf = { question: 'experience', equals: 'yes' };
    if (kind === 'single') {
      e.questions.push({ ...common, type: 'single', showIf, options: letters.map((v) => ({ value: v, label: `Réponse ${v.toUpperCase()} à la question ${i}` })) });
      persona[id] = 'a';
      lastSingle = id;
    } else if (kind === 'multiple') {
      e.questions.push({ ...common, type: 'multiple', showIf, options: [...letters, 'e'].map((v) => ({ value: v, label: `Choix ${v.toUpperCase()}` })) });
      persona[id] = ['a', 'b'];
    } else if (kind === 'number') {
      e.questions.push({ ...common, type: 'number', showIf, unit: 'ans', min: 0, max: 50 });
      persona[id] = 5;
      lastNumber = id;
    } else {
      e.questions.push({ ...common, type: 'durations', showIf, unit: 'mois', itemLabel: 'Période', min: 0, max: 600, maxItems: 5 });
      persona[id] = [12, 6];
      lastNumber = id;
    }
  }
  const generated = e.questions.slice(6);
  for (let o = 0; o < 3; o++) {
    const rules = generated.slice(o * 11, o * 11 + 11).map((q) => {
      if (q.type === 'single') return { when: { question: q.id, equals: 'd' }, verdict: 'not-eligible', reason: `Votre réponse à la question ${q.id} : {${q.id}}.` };
      if (q.type === 'multiple') return { when: { question: q.id, equals: 'e' }, verdict: 'to-check', reason: `À vérifier : {${q.id}}.` };
      return { when: { question: q.id, greaterThan: 40 }, verdict: 'to-check', reason: `Vous indiquez {${q.id}}.` };
    });
    e.outcomes.push({ id: `extra-${o + 1}`, title: `Parcours complémentaire ${o + 1}`, route: cqp.id, rules: [...rules, { verdict: 'eligible', reason: 'Ce parcours vous est ouvert.' }] });
  }
  return { content, persona };
}

/**
 * The built-in questionnaire with the 300-CQP catalogue and a certification picker asked first (read
 * by no rule: it is there to be searched).
 */
export function pickerContent(base) {
  const content = structuredClone(base);
  content.meta = { ...content.meta, id: 'bench-picker', version: '1' };
  content.catalogue = scaleCatalogue();
  // No start screen: the picker is the first thing shown, so that the harness types into it (the
  // built-in questionnaire opens on its introduction, which has no field).
  delete content.eligibility.intro;
  content.eligibility.questions.unshift({ id: 'cert', type: 'certification', label: 'Quel CQP visez-vous ?', title: 'CQP visé' });
  return content;
}

/**
 * The built-in questionnaire on a catalogue of `n` entries (100,000: a branch that imports a whole
 * registry), with a certification question that the rules read: the registry question is answered
 * by the picked entry (`from`), and a `picked` rule refuses the VAE for an RNCP entry without VAE
 * access. Everything that runs at load (schema, references, compiled questionnaire, lint, picker
 * index) must stay linear in `n`.
 */
export function hugeContent(base, n = 100_000) {
  const content = structuredClone(base);
  content.meta = { ...content.meta, id: 'bench-huge', version: '1', title: `Branche de démonstration : ${n} certifications` };
  content.catalogue = scaleCatalogue(n).map((c, i) => ({ ...c, id: `c-${i + 1}` }));
  const e = content.eligibility;
  // No start screen: the measure ends when the first question (the picker) is laid out.
  delete e.intro;
  e.questions.unshift({ id: 'cert', type: 'certification', label: 'Quelle certification visez-vous ?', title: 'Certification visée' });
  const registry = e.questions.find((q) => q.id === 'registry');
  registry.from = { question: 'cert', fact: 'registry' };
  const vae = e.outcomes.find((o) => o.id === 'vae');
  vae.rules.unshift({
    when: { question: 'cert', picked: { registry: 'rncp', vaeAccess: false } },
    verdict: 'not-eligible',
    reason: 'La fiche RNCP de cette certification ne prévoit pas la VAE.',
  });
  return content;
}

/**
 * Loads `content` into each element in `page` (the benchmark's harness, already open) and returns,
 * per element, the wall time until laid out and the renderer's main-thread busy time for it (ms).
 * The document is fetched and decoded first, outside the measure: a page gets it from `src` or
 * from its own script, and decoding JSON is the browser's work, not ours.
 */
export async function measureHuge(page, cdp, jsonUrl) {
  await page.evaluate(async (u) => {
    window.__huge = await (await fetch(u)).json();
  }, jsonUrl);
  // TaskDuration is the main thread's busy wall time; ThreadTime its CPU time, which moves less
  // when other processes share the machine.
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), cpu: get('ThreadTime') };
  };
  const out = {};
  for (const tag of ['eligibility-check', 'cqp-vae-guide']) {
    const before = await busy();
    const { t, errors } = await page.evaluate(async (tag) => {
      const errors = [];
      const onError = (e) => errors.push(e.message);
      window.addEventListener('error', onError);
      const { el, t } = await window.__bench.render(tag, window.__huge);
      const state = el.shadowRoot.querySelector('[part~="error"]') ? 'error' : 'ready';
      el.remove();
      window.removeEventListener('error', onError);
      return { t, errors: state === 'error' ? ['the content was refused', ...errors] : errors };
    }, tag);
    const after = await busy();
    if (errors.length) throw new Error(`${tag}: ${errors.join('; ')}`);
    out[tag] = { wall: Math.round(t), mainThread: Math.round(after.task - before.task), mainThreadCpu: Math.round(after.cpu - before.cpu) };
  }
  return out;
}

// `node bench/scale.mjs [entries]`: the 100,000-entry figure alone, in a few seconds (the whole
// benchmark, `npm run bench`, measures it too).
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { existsSync } = await import('node:fs');
  const path = await import('node:path');
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./server.mjs');
  const { loadSource } = await import('./src-node.mjs');
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  if (!existsSync(path.join(root, 'dist/cqp-vae-widgets.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const n = Number(process.argv[2] ?? 100_000);
  const src = await loadSource(root);
  const generated = new Map([['huge.json', { body: JSON.stringify(hugeContent(src.defaultContent, n)) }]]);
  const server = await startServer(root, generated);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/pages/harness.html`);
    await page.waitForFunction(() => customElements.get('eligibility-check') && window.__bench);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const result = await measureHuge(page, cdp, `${server.origin}/gen/huge.json`);
    for (const [tag, r] of Object.entries(result)) {
      console.log(
        `${n.toLocaleString('en')} entries with a certification question, <${tag}>: ${r.mainThread} ms of main thread ` +
          `(${r.mainThreadCpu} ms of its CPU time; ${r.wall} ms until laid out)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
