// The questionnaire's flow state (src/elements/eligibility-check/flow-state.ts) on plain Node, with
// no browser and no DOM: it is bundled here by esbuild with the rules engine and the built-in
// content, and driven move by move as the element drives it. Run: node --test test/cli/
import { before, describe, it } from 'node:test';
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
    export * from './src/elements/eligibility-check/flow-state.ts';
    export { START, RECAP, RESULT } from './src/elements/eligibility-check/flow.ts';
    export { evaluate } from './src/rules/engine.ts';
    export { defaultContent } from './src/content/default-content.ts';
  `;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'flow-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cqp-vae-flow-')), 'flow.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  m = await import(pathToFileURL(file).href);
});

const evaluateWith = (content) => (answers) => m.evaluate(content, answers, 'fr');
const notPicker = () => false;

/** Walks forward as a person would: answer the question on screen, press Next; returns the positions seen. */
function walk(persona) {
  const ev = evaluateWith(m.defaultContent);
  let state = m.startFlow(ev, true);
  const seen = [state.position];
  for (let guard = 0; guard < 30 && state.position !== m.RESULT; guard++) {
    const q = m.currentQuestion(state, ev(state.answers));
    if (q) {
      const value = persona[q.id];
      assert.notEqual(value, undefined, `no answer for ${q.id}`);
      if (q.type === 'durations') {
        value.forEach((n, i) => {
          if (i > 0) state = m.addPeriod(state, q, 'fr').state;
          // Periods in years and months: the value goes into the period's months field.
          state = m.typeText(state, ev, q, q.entry === 'years-months' ? 2 * i + 1 : i, String(n), 'fr');
        });
      } else state = m.setAnswer(state, ev, q, value, 'fr');
    }
    const move = m.submit(state, ev(state.answers), 'fr', notPicker);
    assert.equal(move.state.errors.length, 0, `errors on ${state.position}`);
    state = move.state;
    seen.push(state.position);
  }
  return { state, seen };
}

describe('flow state (no browser)', () => {
  it('starts on the start screen when asked, else on the first question', () => {
    const ev = evaluateWith(m.defaultContent);
    assert.equal(m.startFlow(ev, true).position, m.START);
    assert.equal(m.startFlow(ev, false).position, 'target');
    // Saved progress wins over the start screen; a saved start screen stays one only when it is shown.
    assert.equal(m.startFlow(ev, true, { answers: { target: 'cqp' }, step: 'registry' }).position, 'registry');
    assert.equal(m.startFlow(ev, false, { answers: {}, step: m.START }).position, 'target');
  });

  it('walks a persona from the start screen to the result', () => {
    const { seen, state } = walk({ target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [14, 6] });
    assert.deepEqual(seen, [m.START, 'target', 'registry', 'status', 'experience', 'activities', 'months', m.RECAP, m.RESULT]);
    assert.deepEqual(state.answers.months, [14, 6]);
  });

  it('refuses Next without an answer and focuses the first option; the message goes with the answer', () => {
    const ev = evaluateWith(m.defaultContent);
    let state = m.startFlow(ev, false);
    const move = m.submit(state, ev(state.answers), 'fr', notPicker);
    assert.equal(move.state.position, 'target');
    assert.equal(move.state.errors[0].problem.code, 'required');
    assert.equal(move.focus, 'q-target-o-cqp');
    state = m.setAnswer(move.state, ev, ev({}).visible[0], 'cqp', 'fr');
    assert.equal(state.errors.length, 0);
  });

  it('drops a period message as soon as the period is valid, keeps it while it is not', () => {
    const ev = evaluateWith(m.defaultContent);
    let state = { position: 'months', answers: { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'] }, drafts: {}, errors: [], returning: false };
    const q = ev(state.answers).visible.find((x) => x.id === 'months');
    state = m.typeText(state, ev, q, 0, 'douze', 'fr');
    assert.equal(state.errors.length, 0, 'no message while typing before Next');
    state = m.submit(state, ev(state.answers), 'fr', notPicker).state;
    assert.equal(state.errors[0].problem.code, 'not-a-number');
    state = m.typeText(state, ev, q, 0, 'dou', 'fr');
    assert.equal(state.errors.length, 1, 'still wrong: the message stays');
    state = m.typeText(state, ev, q, 0, '12', 'fr');
    assert.equal(state.errors.length, 0, 'valid: the message goes');
  });

  it('goes back to the recap after a change from the recap, unless a new question appeared', () => {
    const ev = evaluateWith(m.defaultContent);
    const answers = { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'no' };
    let state = { position: m.RECAP, answers: ev(answers).answers, drafts: {}, errors: [], returning: false };
    state = m.changeAnswer(state, 'status').state;
    assert.equal(state.returning, true);
    const status = ev(state.answers).visible.find((q) => q.id === 'status');
    state = m.setAnswer(state, ev, status, 'employeur', 'fr');
    assert.equal(m.submit(state, ev(state.answers), 'fr', notPicker).state.position, m.RECAP);
    // Experience "yes" makes two questions appear: they come first.
    state = m.changeAnswer({ ...state, position: m.RECAP }, 'experience').state;
    const experience = ev(state.answers).visible.find((q) => q.id === 'experience');
    state = m.setAnswer(state, ev, experience, 'yes', 'fr');
    assert.equal(m.submit(state, ev(state.answers), 'fr', notPicker).state.position, 'activities');
  });

  it('previous goes back one question, never before the first; the result goes back to the recap', () => {
    const ev = evaluateWith(m.defaultContent);
    const state = m.startFlow(ev, false);
    assert.equal(m.previous(state, ev(state.answers)), null);
    const answers = ev({ target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'no' }).answers;
    assert.equal(m.previous({ ...state, position: m.RESULT, answers }, ev(answers)).state.position, m.RECAP);
    assert.equal(m.previous({ ...state, position: 'status', answers }, ev(answers)).state.position, 'registry');
  });

  it('adds and removes periods typed in years and months, moving the focus to the period concerned', () => {
    const ev = evaluateWith(m.defaultContent);
    const answers = { target: 'diplome', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'] };
    let state = { position: 'months', answers, drafts: {}, errors: [], returning: false };
    const q = ev(answers).visible.find((x) => x.id === 'months');
    assert.equal(q.entry, 'years-months');
    // Draft texts: [years, months] per period.
    state = m.typeText(state, ev, q, 1, '10', 'fr');
    let move = m.addPeriod(state, q, 'fr');
    assert.equal(move.focus, 'q-months-p1-years');
    assert.deepEqual(move.state.drafts.months, ['', '10', '', '']);
    state = m.typeText(move.state, ev, q, 2, '5', 'fr');
    assert.deepEqual(state.answers.months, [10, 60]);
    move = m.removePeriod(state, ev, q, 0, 'fr');
    assert.deepEqual(move.state.answers.months, [60]);
    assert.deepEqual(move.state.drafts.months, ['5', '']);
    assert.equal(move.focus, 'q-months-p0-years');
  });
});
