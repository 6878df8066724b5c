/**
 * A heading at a level chosen at run time. The guide sits inside someone else's page, whose outline
 * decides where it starts (`heading-level`); lit cannot bind a tag name without the static-html
 * module, and six literal templates cost less.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a heading level into 1..6 (anything deeper than 6 stays a level-6 heading). */
export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;
}

export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${i}>${content}</h6>`;
  }
}
