// In the page of test/package/manifest.test.mjs: puts both elements through every state a visitor or
// an author can reach (layouts, tabs, catalogue paging, every question type, validation messages,
// recap, each verdict, loading, errors, no questionnaire) and records every `part` name found in
// their shadow roots. Acts as a person would: clicks, typing, the elements' own buttons.

const found = { 'cqp-vae-guide': new Set(), 'eligibility-check': new Set() };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function settle(el) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await tick();
  }
}

function collect(el) {
  for (const node of el.shadowRoot.querySelectorAll('[part]')) {
    for (const name of node.part) found[el.localName].add(name);
  }
}

async function mount(tag, attrs = {}, content) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (content !== undefined) el.content = content;
  document.body.append(el);
  await settle(el);
  collect(el);
  return el;
}

const q = (el, css) => el.shadowRoot.querySelector(css);
const qa = (el, css) => [...el.shadowRoot.querySelectorAll(css)];

function type(input, value) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function click(el, node) {
  node.click();
  await settle(el);
  collect(el);
}

/** The guide: each tab, each layout, a single route, the catalogue with its paging and an empty search. */
async function walkGuide(content) {
  for (const attrs of [{}, { layout: 'stacked' }, { route: 'vae' }]) {
    const el = await mount('cqp-vae-guide', attrs, content);
    for (const tab of qa(el, '[role="tab"]')) await click(el, tab);
    const more = q(el, '[part~="catalogue-more"]');
    if (more) await click(el, more);
    const search = q(el, '[part~="catalogue-search"]');
    if (search) {
      type(search, 'zzzz-aucun-résultat');
      await settle(el);
      collect(el);
    }
    el.remove();
  }
}

/** Answers the questions of the current step, picking the `choice`-th option where there is a choice. */
async function answer(el, choice) {
  const radios = qa(el, 'input[type="radio"]');
  const groups = [...new Set(radios.map((r) => r.name))];
  for (const name of groups) {
    const options = radios.filter((r) => r.name === name);
    await click(el, options[choice % options.length]);
  }
  const boxes = qa(el, 'input[type="checkbox"]');
  if (boxes.length) await click(el, boxes[choice % boxes.length]);
  const combo = q(el, '[part~="combobox"]');
  if (combo) {
    type(combo, 'CQP');
    await settle(el);
    collect(el);
    const option = qa(el, '[part~="picker-option"]')[choice];
    if (option) {
      option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
      await click(el, option);
    }
  }
  const periods = q(el, '[part~="periods"]');
  if (periods) {
    const add = q(el, '[part~="add"]');
    if (add) await click(el, add);
    const remove = q(el, '[part~="remove"]');
    if (remove) await click(el, remove);
  }
  for (const input of qa(el, 'input[part~="input"]:not([type="radio"]):not([type="checkbox"]):not([part~="combobox"])')) {
    type(input, String([50, 3, 0][choice % 3]));
  }
  await settle(el);
  collect(el);
}

/** The questionnaire from the first step to the result, then "Modifier", "Recommencer". */
async function walkCheck(content, choice) {
  const el = await mount('eligibility-check', { guide: 'the-guide' }, content);
  const seen = new Set();
  for (let i = 0; i < 200 && !q(el, '[part~="result"]'); i++) {
    const start = q(el, 'button[part~="start"]');
    if (start) {
      // The start screen (introduction, "Commencer").
      await click(el, start);
      continue;
    }
    const form = q(el, '[part~="form"]');
    if (!form) break;
    const step = `${form.dataset.step}`;
    const next = () => q(el, 'button[part~="next"]');
    if (!seen.has(step)) {
      seen.add(step);
      // Unanswered first: the validation messages (an optional question moves on: come back).
      if (!q(el, '[part~="recap"]')) {
        await click(el, next());
        const back = q(el, 'button[part~="previous"]');
        if (q(el, '[part~="form"]')?.dataset.step !== step && back) await click(el, back);
      }
      await answer(el, choice);
    }
    const before = q(el, '[part~="form"]')?.dataset.step;
    if (!next()) break;
    await click(el, next());
    if (q(el, '[part~="form"]')?.dataset.step === before && !q(el, '[part~="result"]')) await answer(el, choice + 1);
  }
  if (q(el, '[part~="result"]')) {
    const edit = q(el, '[part~="edit"]');
    if (edit) await click(el, edit);
    const change = q(el, '[part~="change"]');
    if (change) await click(el, change);
    const previous = q(el, '[part~="previous"]');
    if (previous) await click(el, previous);
    const restart = q(el, '[part~="restart"]');
    if (restart) await click(el, restart);
  }
  el.remove();
  return seen.size;
}

/**
 * Runs every walk. `contents`: { base, scale, picker, branch, noQuestionnaire, invalid } (JSON documents;
 * branch has registry facts: blocs, registration dates, contacts);
 * `slowSrc`: a URL that never answers (the loading state).
 */
window.collectParts = async ({ contents, slowSrc, failingSrc }) => {
  await customElements.whenDefined('eligibility-check');
  const guide = document.createElement('cqp-vae-guide');
  guide.id = 'the-guide';
  document.body.append(guide);
  await walkGuide(contents.base);
  await walkGuide(contents.scale);
  await walkGuide(contents.branch);
  const steps = [];
  for (const content of [contents.base, contents.scale, contents.picker, contents.branch]) {
    for (const choice of [0, 1, 2]) steps.push(await walkCheck(content, choice));
  }
  for (const tag of ['cqp-vae-guide', 'eligibility-check']) {
    (await mount(tag, {}, contents.invalid)).remove();
    const loading = await mount(tag, { src: slowSrc });
    loading.remove();
    // A network failure, with the publisher's page to offer instead.
    const failing = await mount(tag, { src: failingSrc, 'fallback-href': 'https://example.org/' });
    for (let i = 0; i < 50 && !q(failing, '[part~="error"]'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(failing);
    collect(failing);
    failing.remove();
  }
  (await mount('eligibility-check', {}, contents.noQuestionnaire)).remove();
  guide.remove();
  return {
    steps,
    parts: Object.fromEntries(Object.entries(found).map(([tag, set]) => [tag, [...set].sort()])),
  };
};
