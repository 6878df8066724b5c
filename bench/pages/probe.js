// The benchmark's in-page probe, loaded first (a classic script) by every benchmark page, the same
// bytes on each. It records when the page's widget is ready (a predicate checked on every DOM change,
// shadow roots included), then painted (double requestAnimationFrame) and interactive (one more
// event loop turn), and offers the helpers the runner calls: scripted walks through a questionnaire
// (ours or SurveyJS), timed renders and create/remove cycles.
(() => {
  const now = () => performance.now();
  const B = (window.__bench = { start: now(), ready: null, painted: null, interactive: null, cls: 0, blocking: 0 });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* not supported: the metric stays at its default */
    }
  };
  B.shifts = [];
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    B.cls += e.value;
    B.shifts.push({ t: e.startTime, value: e.value });
  });
  observe('longtask', (e) => {
    B.blocking += Math.max(0, e.duration - 50);
  });

  const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : '');
  /** True when `input` takes focus (rendered, visible, enabled). */
  const focusable = (input, root) => {
    if (!input) return false;
    input.focus({ preventScroll: true });
    return root.activeElement === input;
  };
  const PREDICATES = {
    guide: () => {
      const root = document.querySelector('cqp-vae-guide')?.shadowRoot;
      return !!root && text(root.querySelector('[part~="route-title"]')) !== '';
    },
    eligibility: () => {
      const root = document.querySelector('eligibility-check')?.shadowRoot;
      // The first control a person uses: "Commencer" on the start screen (a content with an
      // introduction), else the first question's first option.
      return !!root && focusable(root.querySelector('button[part~="start"], form input[type="radio"]'), root);
    },
    surveyjs: () => focusable(document.querySelector('#survey input[type="radio"]'), document),
    // The plain-HTML floor: the guide's markup in the page itself, no shadow DOM, no script.
    plain: () => text(document.querySelector('[part~="route-title"]')) !== '',
  };
  const predicate = PREDICATES[document.documentElement.dataset.bench];
  let resolveDone;
  B.done = new Promise((r) => (resolveDone = r));

  const check = () => {
    if (B.ready !== null || !predicate || !predicate()) return;
    B.ready = now();
    observer.disconnect();
    let left = 2;
    const end = () => {
      if (--left === 0) resolveDone({ start: B.start, ready: B.ready, painted: B.painted, interactive: B.interactive });
    };
    requestAnimationFrame(() => requestAnimationFrame(() => ((B.painted = now()), end())));
    setTimeout(() => ((B.interactive = now()), end()), 0);
  };
  const OPTIONS = { childList: true, subtree: true, characterData: true, attributes: true };
  const observer = new MutationObserver(check);
  if (predicate) {
    observer.observe(document, OPTIONS);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (B.ready === null) observer.observe(root, OPTIONS);
      return root;
    };
    document.addEventListener('DOMContentLoaded', check);
    addEventListener('load', check);
  } else {
    // A page with nothing to wait for (the harness) is done when it has loaded.
    addEventListener('load', () => resolveDone({ start: B.start }));
  }

  // ---- helpers for the runner --------------------------------------------------------------
  const turn = () => new Promise((r) => setTimeout(r, 0));
  /** Lets the page settle: a frame, then a task. */
  const idle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  B.idle = idle;
  /** First contentful paint (a presentation time, reported a little after the frame): waits for it. */
  B.fcp = async () => {
    for (let i = 0; i < 100; i++) {
      const e = performance.getEntriesByName('first-contentful-paint')[0];
      if (e) return e.startTime;
      await new Promise((r) => setTimeout(r, 10));
    }
    return null;
  };

  /**
   * Runs `trigger` and resolves with the time (performance.now()) at which `read()` first differs
   * from `before`, after a forced style and layout (`layout()`), watched by a MutationObserver on
   * `root`. Rejects after 3 s.
   */
  function changed(root, read, before, trigger, layout) {
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = () => {
        if (done) return;
        const h = read();
        if (!h || h === before) return;
        layout();
        const t = now();
        done = true;
        mo.disconnect();
        clearTimeout(timer);
        resolve(t);
      };
      const mo = new MutationObserver(finish);
      mo.observe(root, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => {
        done = true;
        mo.disconnect();
        reject(new Error(`no change after 3 s (still "${before}")`));
      }, 3000);
      trigger();
      finish();
    });
  }
  B.changed = changed;

  const fire = (input, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('blur'));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  };
  /**
   * Ticks options as a click would. `chosen(v)` reads the widget's model: after a restart a reused
   * input may still be checked in the DOM while the model is empty, and clicking a checked radio
   * does nothing, so it is unchecked first.
   */
  const tick = async (root, values, chosen) => {
    for (const v of values) {
      const input = root.querySelector(`input[value="${v}"]`);
      if (!input) throw new Error(`no option ${v}`);
      if (chosen(v)) continue;
      input.checked = false;
      input.click();
      await turn();
    }
  };
  const has = (answer, v) => (Array.isArray(answer) ? answer.includes(v) : answer === v);

  /** Drives <eligibility-check> as a person would (clicks, typed text, the Next button). */
  B.ours = (el) => {
    const r = el.shadowRoot;
    return {
      root: r,
      heading: () => text(r.querySelector('[part~="result-title"]') ?? r.querySelector('[part~="step-title"]') ?? r.querySelector('[part~="title"]')),
      position: () => (r.querySelector('[part~="result"]') ? '#result' : (r.querySelector('form')?.dataset.step ?? '')),
      async answer(id, v) {
        const form = r.querySelector('form');
        const chosen = (x) => has(el.answers[id], x);
        if (typeof v === 'number') return fire(form.querySelector('input[type="text"]'), String(v)), turn();
        if (!Array.isArray(v)) return tick(form, [v], chosen);
        if (typeof v[0] === 'string') return tick(form, v, chosen);
        for (let i = 0; i < v.length; i++) {
          let inputs = r.querySelectorAll('[part~="period"] input');
          if (inputs.length <= i) {
            r.querySelector('button[part~="add"]').click();
            await turn();
            inputs = r.querySelectorAll('[part~="period"] input');
          }
          fire(inputs[i], String(v[i]));
          await turn();
        }
      },
      // "Commencer" on the start screen, then "Suivant" / "Voir le résultat".
      next: () => r.querySelector('button[part~="next"], button[part~="start"]').click(),
      restart: () => el.reset(),
      layout: () => el.getBoundingClientRect(),
      verdicts: () => [...r.querySelectorAll('[part~="outcome"]')].map((o) => `${o.dataset.outcome}:${o.querySelector('[data-verdict]')?.dataset.verdict}`),
    };
  };

  /** Drives the SurveyJS survey of `window.surveyModel`, rendered in `container`, through its DOM. */
  B.surveyjs = (container) => {
    const model = () => window.surveyModel;
    const visible = (n) => n && n.offsetParent !== null;
    return {
      root: container,
      heading: () => (container.querySelector('.bench-result') ? 'result' : text(container.querySelector('.sd-question__title'))),
      position: () =>
        model().state === 'completed' ? '#result' : model().isShowingPreview ? '#recap' : (container.querySelector('[data-name]')?.dataset.name ?? ''),
      async answer(id, v) {
        const q = container.querySelector(`[data-name="${id}"]`) ?? container;
        const chosen = (x) => has(model().getValue(id), x);
        if (typeof v === 'number') return fire(q.querySelector('input'), String(v)), turn();
        if (!Array.isArray(v)) return tick(q, [v], chosen);
        if (typeof v[0] === 'string') return tick(q, v, chosen);
        for (let i = 0; i < v.length; i++) {
          let inputs = q.querySelectorAll('input[type="number"]');
          if (inputs.length <= i) {
            q.querySelector('.sd-paneldynamic__add-btn').click();
            await turn();
            inputs = q.querySelectorAll('input[type="number"]');
          }
          fire(inputs[i], String(v[i]));
          await turn();
        }
      },
      next: () => {
        const sel = ['.sd-navigation__next-btn', '.sd-navigation__preview-btn', '.sd-navigation__complete-btn'];
        const button = sel.map((s) => [...container.querySelectorAll(s)].find(visible)).find(Boolean);
        if (!button) throw new Error('no visible Next/Preview/Complete button');
        button.click();
      },
      restart: () => window.startSurvey(),
      layout: () => container.getBoundingClientRect(),
      verdicts: () =>
        [...container.querySelectorAll('[data-outcome]')].filter(visible).map((o) => `${o.dataset.outcome}:${o.dataset.verdict}`),
    };
  };

  /**
   * Walks the questionnaire `walks` times with the persona's answers; times every Next (question to
   * question or to the recap: "step") and the recap's button to the result ("result").
   */
  B.walk = async (adapter, persona, walks) => {
    const out = { step: [], result: [], total: [], verdicts: [], positions: [] };
    for (let w = 0; w < walks; w++) {
      if (w > 0) {
        adapter.restart();
        await idle();
        await idle();
      }
      let total = 0;
      const positions = [];
      for (let guard = 0; guard < 200; guard++) {
        const pos = adapter.position();
        positions.push(pos);
        if (pos === '#result') break;
        if (pos !== '#recap' && pos !== '#start') {
          if (!(pos in persona)) throw new Error(`no answer for "${pos}"`);
          await adapter.answer(pos, persona[pos]);
          await idle();
        }
        const before = adapter.heading();
        const t0 = now();
        const t1 = await changed(adapter.root, adapter.heading, before, adapter.next, adapter.layout).catch((e) => {
          throw new Error(`at ${pos}: ${e.message}`);
        });
        (pos === '#recap' ? out.result : out.step).push(t1 - t0);
        total += t1 - t0;
        await idle();
      }
      out.total.push(total);
      out.positions = positions;
    }
    out.verdicts = adapter.verdicts();
    return out;
  };

  const READY = {
    'cqp-vae-guide': (root) => text(root.querySelector('[part~="route-title"]')) !== '',
    // The first question, or the start screen of a content with an introduction.
    'eligibility-check': (root) => !!root.querySelector('form input, button[part~="start"]'),
  };
  /** Creates `tag` (with `content` if given), appends it, resolves with the ms until laid out. */
  B.render = (tag, content) =>
    new Promise((resolve, reject) => {
      const t0 = now();
      const el = document.createElement(tag);
      if (content !== undefined) el.content = content;
      document.body.append(el);
      const root = el.shadowRoot;
      const ready = READY[tag];
      const finish = () => {
        if (!ready(root)) return;
        el.getBoundingClientRect();
        const t = now() - t0;
        mo.disconnect();
        clearTimeout(timer);
        resolve({ el, t });
      };
      const mo = new MutationObserver(finish);
      mo.observe(root, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => (mo.disconnect(), reject(new Error(`${tag} not rendered after 5 s`))), 5000);
      finish();
    });

  /** The successive values of a field as `text` is typed a letter at a time, then erased. */
  B.keystrokes = (text) => [...[...text].map((_, i) => text.slice(0, i + 1)), ''];
  /**
   * The time from an `input` event with `value` in `field` (a search field, a combobox) to `el`
   * re-rendered, with style and layout done (the count and list a person sees next).
   */
  B.typed = async (el, field, value) => {
    const t0 = now();
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.getBoundingClientRect();
    return now() - t0;
  };
  /** The same for a `change` of a native select. */
  B.chose = async (el, select, value) => {
    const t0 = now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    el.getBoundingClientRect();
    return now() - t0;
  };

  /** `n` create / render / remove cycles of `tag` on the built-in content. */
  B.cycles = async (tag, n) => {
    for (let i = 0; i < n; i++) {
      const { el } = await B.render(tag);
      el.remove();
    }
    await idle();
  };
})();
