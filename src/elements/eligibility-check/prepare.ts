/**
 * The screen a person will most likely see next, prepared while the page is idle. The first time a
 * kind of screen appears costs several times what it costs afterwards: lit prepares its templates,
 * the renderers' and the glossary's code runs for the first time, the glossary's pattern is
 * compiled, and the browser lays out text and controls it has not met yet (fonts, shaping, native
 * radios). At 4× CPU slowdown the first question took 60 to 150 ms after "Commencer", the next
 * ones 10 to 20. Done at idle time, that first cost is not paid between a click and the next step.
 *
 * The screen is rendered into a box that is attached to the shadow root only for one synchronous
 * layout, then removed in the same task: the page never paints it, so nothing of it is seen, moves
 * the page or reaches the accessibility tree, and nothing can focus it (it is also `inert`,
 * invisible and of zero size, with strict containment). Each position is prepared once per element.
 */
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface Prepared {
  /** The position the screen is for: each one is prepared once. */
  key: string;
  /** Builds the screen's template (only called at idle time). */
  screen(): unknown;
}

type Cancel = () => void;

/** `fn` when the page is idle (within 2 s), or after 100 ms where requestIdleCallback is missing (Safari). */
function whenIdle(fn: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 100);
  return () => clearTimeout(id);
}

export class ScreenPreparer implements ReactiveController {
  #cancel?: Cancel;
  #done = new Set<string>();

  /** `next` says what to prepare after this render, or null for nothing; `root` is where it is laid out once. */
  constructor(
    host: ReactiveControllerHost,
    private next: () => Prepared | null,
    private root: () => ParentNode | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.#cancel?.();
    this.#cancel = whenIdle(() => {
      this.#cancel = undefined;
      const next = this.next();
      const root = this.root();
      if (!next || !root || this.#done.has(next.key)) return;
      this.#done.add(next.key);
      const box = document.createElement('div');
      box.style.cssText = 'contain:strict;block-size:0;visibility:hidden';
      box.inert = true;
      render(next.screen(), box);
      root.append(box);
      box.getBoundingClientRect();
      box.remove();
    });
  }

  hostDisconnected(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }
}
