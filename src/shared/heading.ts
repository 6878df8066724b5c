/**
 * A heading at a level chosen at run time: the widget sits inside someone else's page, whose
 * outline decides where it starts (`heading-level`). lit cannot bind a tag name without the
 * static-html module, and six literal templates cost less. A focusable heading takes
 * `tabindex="-1"`: focus moves there on each step of the questionnaire, so that a screen reader
 * reads where the person now is, and the next Tab reaches the step's first field.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a heading level into 1..6 (deeper stays 6); anything but a finite number gives 2. */
export function clampLevel(level: number | null | undefined): number {
  return typeof level === 'number' && Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;
}

export function heading(level: number, part: string, content: unknown, id?: string, focusable?: boolean): TemplateResult {
  const i = id ?? nothing;
  const t = focusable ? '-1' : nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${i} tabindex=${t}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${i} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${i} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${i} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${i} tabindex=${t}>${content}</h6>`;
  }
}
