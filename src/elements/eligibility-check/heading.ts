/**
 * A heading at a level chosen at run time (`heading-level`: the host page's outline decides where
 * the widget starts). Six literal templates cost less than lit's static-html module. Step and result
 * headings take `tabindex="-1"`: focus moves there on each step, so a screen reader reads where the
 * person now is, and the next Tab reaches the step's first field.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a heading level into 1..6; anything that is not a number gives 2. */
export function clampLevel(level: unknown): number {
  const n = Number(level);
  return Number.isFinite(n) ? Math.min(6, Math.max(1, Math.round(n))) : 2;
}

export function heading(level: number, part: string, content: unknown, opts: { id?: string; focusable?: boolean } = {}): TemplateResult {
  const id = opts.id ?? nothing;
  const tabindex = opts.focusable ? '-1' : nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${id} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} tabindex=${tabindex}>${content}</h6>`;
  }
}
