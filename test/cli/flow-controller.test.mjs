// The questionnaire's flow controller (src/elements/eligibility-check/flow-controller.ts) on plain
// Node: a stand-in host (an EventTarget that counts update requests) and stand-in form events drive
// it as <eligibility-check> does; it is bundled here by esbuild with the engine and the built-in
// content. What it must do without a browser: moves, events, focus requests, saved progress, and
// one evaluation per answers that still follows a change of content. Run: node --test test/cli/
import { afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let m;

before(async () => {
  const entry = `
    export { FlowController, localeOf } from './src/elements/eligibility-check/flow-controller.ts';
    export { START, RECAP, RESULT } from './src/elements/eligibility-check/flow.ts';
    export { strings } from './src/elements/eligibility-check/strings.ts';
    export { defaultContent } from './src/content/default-content.ts';
  `;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'flow-controller-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cqp-vae-flow-controller-')), 'flow-controller.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  m = await import(pathToFileURL(file).href);
});

/** Web Storage as far as persistence.ts uses it. */
class MemoryStorage {
  items = new Map();
  getItem(k) {
    return this.items.has(k) ? this.items.get(k) : null;
  }
  setItem(k, v) {
    this.items.set(k, String(v));
  }
  removeItem(k) {
    this.items.delete(k);
  }
}

afterEach(() => {
  delete globalThis.window;
});

/** A controller on a stand-in element; `events` lists what it dispatched, `focused` what it focused. */
function setup({ content = m.defaultContent, persist = null, id = '' } = {}) {
  const host = new EventTarget();
  Object.assign(host, {
    localName: 'eligibility-check',
    id,
    controllers: [],
    updates: 0,
    addController(c) {
      this.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  });
  const env = { content, persist, focused: [] };
  const flow = new m.FlowController(host, {
    content: () => env.content,
    persistMode: () => env.persist,
    uiLocale: () => 'fr',
    focus: (target) => env.focused.push(target),
  });
  const events = [];
  for (const type of ['eligibility-change', 'eligibility-complete']) host.addEventListener(type, (e) => events.push({ type, detail: e.detail, bubbles: e.bubbles, composed: e.composed }));
  /** What the element does after each render. */
  const rendered = () => host.controllers.forEach((c) => c.hostUpdated?.());
  const submit = () => {
    flow.onSubmit({ preventDefault() {} });
    rendered();
  };
  const choose = (value, checked = true) => {
    flow.handlers.onChoice({ target: { value, checked } });
    rendered();
  };
  const type = (index, value) => {
    flow.handlers.onText(index, { target: { value } });
    flow.handlers.onCommit();
    rendered();
  };
  return { host, env, flow, events, rendered, submit, choose, type };
}

/** From the start screen to the result with the persona target=cqp … months=[12]. */
function walkToResult(t) {
  t.flow.start(t.env.content, true);
  t.rendered();
  t.submit(); // "Commencer"
  for (const [q, v] of [['target', 'cqp'], ['registry', 'rncp'], ['status', 'salarie'], ['experience', 'yes'], ['activities', 'salarie']]) {
    assert.equal(t.flow.state.position, q);
    t.choose(v);
    t.submit();
  }
  assert.equal(t.flow.state.position, 'months');
  t.type(1, '12'); // years and months: the first period's months field
  t.submit();
  assert.equal(t.flow.state.position, m.RECAP);
  t.submit();
  assert.equal(t.flow.state.position, m.RESULT);
}

describe('flow controller (no browser)', () => {
  it('registers with its host and starts on the start screen, then the first question', () => {
    const t = setup();
    assert.equal(t.host.controllers[0], t.flow);
    t.flow.start(m.defaultContent, true);
    assert.equal(t.flow.state.position, m.START);
    assert.ok(t.host.updates > 0, 'asks for a render');
    t.submit();
    assert.equal(t.flow.state.position, 'target');
    assert.deepEqual(t.env.focused, ['step-heading']);
    assert.deepEqual(t.events, [], 'no event before an answer');
  });

  it('tells the host page about a changed answer once, as plain JSON that bubbles out of the shadow root', () => {
    const t = setup();
    t.flow.start(m.defaultContent, false);
    t.choose('cqp');
    assert.deepEqual(t.events, [{ type: 'eligibility-change', detail: { question: 'target', answers: { target: 'cqp' } }, bubbles: true, composed: true }]);
    t.submit();
    assert.equal(t.events.length, 1, 'Next with the same answers says nothing more');
    assert.deepEqual(t.flow.answers(), { target: 'cqp' });
    const copy = t.flow.answers();
    copy.target = 'vae';
    assert.equal(t.flow.state.answers.target, 'cqp', 'answers() is a copy');
  });

  it('refuses Next without an answer: a message, the first option focused, no event', () => {
    const t = setup();
    t.flow.start(m.defaultContent, false);
    t.submit();
    assert.equal(t.flow.state.position, 'target');
    assert.equal(t.flow.state.errors[0].problem.code, 'required');
    assert.deepEqual(t.env.focused, ['q-target-o-cqp']);
    assert.deepEqual(t.events, []);
  });

  it('walks to the result: announces it, fires eligibility-complete once after the render, focuses its heading', () => {
    const t = setup();
    walkToResult(t);
    assert.equal(t.env.focused.at(-1), 'result-heading');
    const complete = t.events.filter((e) => e.type === 'eligibility-complete');
    assert.equal(complete.length, 1);
    assert.deepEqual(complete[0].detail.answers, { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [12] });
    assert.ok(complete[0].detail.verdicts.length > 0);
    assert.ok(complete[0].detail.verdicts.every((v) => ['eligible', 'not-eligible', 'to-check'].includes(v.verdict)));
    assert.ok(t.flow.announcement.startsWith(m.strings.fr.resultAnnounce));
    assert.ok(t.flow.announcement.includes(t.flow.summary(t.flow.evaluation)));
    t.rendered();
    assert.equal(t.events.filter((e) => e.type === 'eligibility-complete').length, 1, 'not again on the next render');
  });

  it('"Modifier" from the recap goes back to the recap; "Précédent" from the result goes to the recap', () => {
    const t = setup();
    walkToResult(t);
    t.flow.onPrevious();
    assert.equal(t.flow.state.position, m.RECAP);
    assert.equal(t.flow.announcement, '', 'leaving the result clears the announcement');
    t.flow.onChangeAnswer('status');
    assert.equal(t.flow.state.position, 'status');
    t.choose('independant');
    t.submit();
    assert.equal(t.flow.state.position, m.RECAP);
    t.flow.onEdit();
    assert.equal(t.flow.state.position, m.RECAP);
  });

  it('saves progress where persist says, restores it on start, forgets it on reset', () => {
    const storage = new MemoryStorage();
    globalThis.window = { sessionStorage: storage, localStorage: new MemoryStorage() };
    const t = setup({ persist: 'session', id: 'q1' });
    t.flow.start(m.defaultContent, true);
    t.submit();
    t.choose('cqp');
    t.submit();
    const key = [...storage.items.keys()][0];
    assert.match(key, /eligibility:.*#q1$/);
    assert.deepEqual(JSON.parse(storage.items.get(key)), { id: m.defaultContent.meta.id, version: m.defaultContent.meta.version, answers: { target: 'cqp' }, step: 'registry' });

    const again = setup({ persist: 'session', id: 'q1' });
    again.flow.start(m.defaultContent, true);
    assert.equal(again.flow.state.position, 'registry');
    assert.deepEqual(again.flow.answers(), { target: 'cqp' });
    assert.deepEqual(again.events, [], 'restoring fires no event');

    again.flow.reset();
    assert.equal(storage.items.size, 0);
    assert.equal(again.flow.state.position, 'target', 'starting over skips the introduction');
    assert.deepEqual(again.flow.answers(), {});
  });

  it('evaluates once per answers, and again when the answers or the content change', () => {
    const t = setup();
    t.flow.start(m.defaultContent, false);
    const first = t.flow.evaluation;
    assert.equal(t.flow.evaluation, first, 'same answers: the cached evaluation');
    t.choose('cqp');
    const second = t.flow.evaluation;
    assert.notEqual(second, first);
    assert.deepEqual(second.answers, { target: 'cqp' });
    // Another content (a copy whose question is worded differently): evaluated afresh.
    const other = structuredClone(m.defaultContent);
    other.eligibility.questions[0].label = 'Autre libellé';
    t.env.content = other;
    const third = t.flow.evaluation;
    assert.notEqual(third, second);
    assert.equal(third.visible[0].label, 'Autre libellé');
  });

  it('does nothing without a questionnaire', () => {
    const content = structuredClone(m.defaultContent);
    delete content.eligibility;
    const t = setup({ content });
    t.flow.start(content, true);
    assert.equal(t.flow.state.position, '');
    t.submit();
    t.flow.onPrevious();
    assert.equal(t.flow.question(), undefined);
    assert.deepEqual(t.events, []);
  });
});
