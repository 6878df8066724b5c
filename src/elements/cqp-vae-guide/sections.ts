/**
 * One route's sections, each kind with the presentation that suits it: steps as a numbered
 * timeline, financing options as cards, notes as callouts. Every string is content data rendered as
 * text (see shared/rich-text.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GlossaryEntry, Route, Section, Step, FinancingOption } from '../../content/schema.js';
import { format, sharedStrings, type UiLocale } from '../../shared/i18n.js';
import { renderLink, renderLinkItem, renderParagraphs, renderRuns, textScope, type TextScope } from '../../shared/rich-text.js';
import { renderSources } from '../../shared/sources.js';
import { heading } from '../../shared/heading.js';
import { guideStrings } from './strings.js';
import type { CatalogueContext } from './catalogue.js';
import { catalogueList } from './catalogue-loader.js';

export interface SectionContext {
  /** UI locale, for the words the element adds ("Étape 1", "(site externe)"). */
  locale: UiLocale;
  /** `lang` to put on those words when they differ from the content's language. */
  uiLang: string | typeof nothing;
  /** Level of the route title; sections are one below it, cards two below. */
  level: number;
  /** Words explained where they first appear in each section. */
  glossary?: readonly GlossaryEntry[];
  /** The content's catalogue; `route` is where it goes when no section places it. */
  catalogue?: CatalogueContext & {
    route?: string;
    /** Set when the list's code could not be loaded (catalogue-loader.ts): the way to try again. */
    retry?: () => void;
  };
}

/**
 * The catalogue list, whose code loads on demand (the guide starts it and renders again when it
 * arrives): until then the loading placeholder, and if it could not be loaded, the network error
 * with "Réessayer".
 */
function renderCatalogue(ctx: NonNullable<SectionContext['catalogue']>, locale: UiLocale, uiLang: string | typeof nothing, key: string) {
  const list = catalogueList();
  if (list) return list.renderCatalogue(ctx, locale, uiLang, key);
  const s = sharedStrings[locale];
  return ctx.retry
    ? html`<p part="error" role="alert" lang=${uiLang}>
        ${s.errorNetwork} <button type="button" part="button retry" @click=${ctx.retry}>${s.retry}</button>
      </p>`
    : html`<p part="loading" role="status" lang=${uiLang}>${s.loading}</p>`;
}

/** The route's title, summary and sections (the inside of a tab panel or a stacked section). */
export function renderRouteBody(route: Route, ctx: SectionContext, titleId: string): TemplateResult {
  return html`${heading(ctx.level, 'route-title', route.title, titleId)}
    ${route.summary ? html`<p part="route-summary">${renderRuns(route.summary, textScope(ctx.locale, ctx.glossary, `${route.id}-summary`))}</p>` : nothing}
    ${route.sections.map((section, i) => renderSection(section, ctx, `${route.id}-${i}`))}
    ${ctx.catalogue?.route === route.id
      ? html`<section part="section" class="section section--catalogue">
          ${heading(ctx.level + 1, 'section-heading', guideStrings[ctx.locale].catTitle)}
          ${renderCatalogue(ctx.catalogue, ctx.locale, ctx.uiLang, route.id)}
        </section>`
      : nothing}`;
}

function renderSection(section: Section, ctx: SectionContext, key: string): TemplateResult {
  // Notes are complementary information: a callout, never an alert.
  const part = section.kind === 'notes' ? 'section callout' : 'section';
  // One scope per section: a term is explained at its first occurrence in the section only.
  const text = textScope(ctx.locale, ctx.glossary, key);
  return html`<section part=${part} class=${`section section--${section.kind}`}>
    ${heading(ctx.level + 1, 'section-heading', section.title)}
    ${renderParagraphs(section.body, text)} ${renderKind(section, ctx, key, text)}
    ${renderSources(section.sources, ctx.locale, ctx.uiLang)}
  </section>`;
}

function renderKind(section: Section, ctx: SectionContext, key: string, text: TextScope): TemplateResult | typeof nothing {
  switch (section.kind) {
    case 'catalogue':
      return ctx.catalogue ? renderCatalogue(ctx.catalogue, ctx.locale, ctx.uiLang, key) : nothing;
    case 'advantages':
      return html`<ul part="advantages">
        ${section.items.map((item) => html`<li part="advantage">${renderRuns(item, text)}</li>`)}
      </ul>`;
    case 'steps':
      return renderSteps(section.steps, ctx, text);
    case 'financing':
      return renderCards(section.options, ctx, text);
    case 'links':
      return html`<ul part="links">${section.links.map((link) => renderLinkItem(link, ctx.locale))}</ul>`;
    default:
      return nothing;
  }
}

// role="list": a list styled without markers loses its list semantics in Safari/VoiceOver.
function renderSteps(steps: readonly Step[], ctx: SectionContext, text: TextScope): TemplateResult {
  const s = guideStrings[ctx.locale];
  return html`<ol part="steps" role="list">
    ${steps.map(
      (step, i) => html`<li part="step">
        <span part="step-number" aria-hidden="true">${i + 1}</span>
        <div class="step-content">
          <p part="step-title">
            <span class="visually-hidden" lang=${ctx.uiLang}>${format(s.step, { n: i + 1 })}</span>${step.title}
          </p>
          ${renderParagraphs(step.body, text)}
        </div>
      </li>`,
    )}
  </ol>`;
}

function renderCards(options: readonly FinancingOption[], ctx: SectionContext, text: TextScope): TemplateResult {
  return html`<ul part="cards" role="list">
    ${options.map(
      (option) => html`<li part="card">
        ${heading(ctx.level + 2, 'card-title', option.title)} ${renderParagraphs(option.body, text)}
        ${option.link
          ? html`<p part="paragraph">
              ${renderLink(option.link.text, option.link.href, ctx.locale)}${option.link.description
                ? html`<span class="link-description"> — ${option.link.description}</span>`
                : nothing}
            </p>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}
