/**
 * The "CQP ou VAE ?" table: one row per compared section kind, one column per route, each cell the
 * section's short wording. It is built from the content, so a branch's own routes get a comparison
 * too. Below ~30em the table stacks (see the styles), so it never forces horizontal scrolling.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Guide, Paragraph, Route, SectionKind } from '../../content/schema.js';
import type { UiLocale } from '../../shared/i18n.js';
import { renderRuns } from '../../shared/rich-text.js';
import { defaultRowLabels, guideStrings, stepCount } from './strings.js';

export interface ComparisonRow {
  label: string;
  section: SectionKind;
}

/** The content's rows, else a default set limited to the kinds that some route has. */
export function comparisonRows(guide: Guide, locale: UiLocale): ComparisonRow[] {
  if (guide.comparison) return guide.comparison.rows;
  const labels = defaultRowLabels[locale];
  return (Object.keys(labels) as SectionKind[])
    .filter((kind) => guide.routes.some((r) => r.sections.some((s) => s.kind === kind)))
    .map((section) => ({ label: labels[section]!, section }));
}

export interface Cell {
  /** The short wording, if the route has such a section. */
  text?: Paragraph;
  /** For steps: "4 étapes". */
  count?: string;
}

/** The summary of a route's first section of that kind, else its first paragraph or item. */
export function comparisonCell(route: Route, kind: SectionKind, locale: UiLocale): Cell {
  const section = route.sections.find((s) => s.kind === kind);
  if (!section) return {};
  let text: Paragraph | undefined = section.summary ?? section.body?.[0];
  if (!text) {
    if (section.kind === 'advantages') text = section.items[0];
    else if (section.kind === 'financing') text = section.options.map((o) => o.title).join(' ; ');
    else if (section.kind === 'links') text = section.links.map((l) => l.text).join(' ; ');
    else if (section.kind === 'steps') text = section.steps[0].title;
  }
  return { text, count: section.kind === 'steps' ? stepCount(section.steps.length, locale) : undefined };
}

export function renderComparison(
  guide: Guide,
  routes: readonly Route[],
  locale: UiLocale,
  uiLang: string | typeof nothing,
): TemplateResult | typeof nothing {
  const rows = comparisonRows(guide, locale);
  if (routes.length < 2 || !rows.length) return nothing;
  const s = guideStrings[locale];
  const caption = guide.comparison?.title;
  return html`<div part="comparison">
    <table part="comparison-table">
      <caption part="comparison-caption" lang=${caption ? nothing : uiLang}>${caption ?? s.comparisonCaption}</caption>
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden" lang=${uiLang}>${s.comparisonCorner}</span></th>
          ${routes.map((r) => html`<th scope="col" part="comparison-route">${r.shortTitle}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row" part="comparison-label">${row.label}</th>
            ${routes.map((route) => renderCell(route, row.section, locale, uiLang))}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderCell(route: Route, kind: SectionKind, locale: UiLocale, uiLang: string | typeof nothing) {
  const cell = comparisonCell(route, kind, locale);
  // data-label names the column when the table is stacked on a narrow screen.
  return html`<td data-label=${route.shortTitle}>
    ${cell.text ? renderRuns(cell.text, locale) : nothing}
    ${cell.count ? html`<span class="count" lang=${uiLang}>${cell.count}</span>` : nothing}
    ${!cell.text && !cell.count ? html`<span class="muted" lang=${uiLang}>${guideStrings[locale].notSpecified}</span>` : nothing}
  </td>`;
}
