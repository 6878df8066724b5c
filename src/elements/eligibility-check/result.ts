/**
 * The result: one block per outcome with its verdict (a word and a symbol, never colour alone),
 * the reasons, then what to do next: the route's steps, the financing that applies, notes, links.
 * An outcome that is not accessible keeps its reasons and links but not steps and financing, which
 * would read as an invitation to go ahead.
 */
import { html, nothing } from 'lit';
import type { Certification, Link, Verdict } from '../../content/schema.js';
import type { OutcomeResult } from '../../rules/types.js';
import { format, type UiLocale } from '../../shared/i18n.js';
import { renderLinkItem, renderParagraphs } from '../../shared/rich-text.js';
import { heading } from '../../shared/heading.js';
import { strings } from './strings.js';
import { uiLang, uiText } from './ui-lang.js';
import { badges } from '../cqp-vae-guide/catalogue.js';

export interface ResultContext {
  results: readonly OutcomeResult[];
  links?: readonly Link[];
  /** Level of the result's heading; outcomes and their parts go one and two levels below. */
  level: number;
  locale: UiLocale;
  /** The content's language: the element's own words are marked when it differs. */
  contentLocale: UiLocale;
  /** Where the "see it in the guide" links point, or null when no guide is on the page. */
  guideHref: string | null;
  onGuide(routeId: string, event: Event): void;
  /** The catalogue entry the answers name, if any. */
  certification?: Certification;
}

const icons: Record<Verdict, string> = { eligible: '✓', 'not-eligible': '✕', 'to-check': '?' };

function links(list: readonly Link[] | undefined, title: unknown, level: number, locale: UiLocale) {
  if (!list?.length) return nothing;
  return html`${heading(level, 'subtitle', title)}
    <ul part="links">
      ${list.map((l) => renderLinkItem(l, locale))}
    </ul>`;
}

function outcome(ctx: ResultContext, r: OutcomeResult, index: number) {
  const s = strings[ctx.locale];
  const level = ctx.level + 1;
  const id = `outcome-${index}`;
  const goAhead = r.verdict !== 'not-eligible';
  const lang = uiLang(ctx.locale, ctx.contentLocale);
  return html`<article part=${`outcome outcome-${r.verdict}`} class="outcome" data-outcome=${r.outcome.id} aria-labelledby=${id}>
    ${heading(level, 'outcome-title', r.outcome.title, id)}
    <p part=${`verdict verdict-${r.verdict}`} class="verdict" data-verdict=${r.verdict}>
      <span class="visually-hidden" lang=${lang}>${s.verdictLabel} </span><span part="verdict-icon" class="verdict-icon" aria-hidden="true"
        >${icons[r.verdict] ?? '?'}</span
      >
      <span part="verdict-text" lang=${lang}>${s[r.verdict] ?? r.verdict}</span>
    </p>
    ${r.reasons.length
      ? html`${heading(level + 1, 'subtitle', uiText(s.reasonsTitle, lang))}
          <ul part="reasons">
            ${r.reasons.map((reason) => html`<li part="reason" data-verdict=${reason.verdict}>${reason.text}</li>`)}
          </ul>`
      : nothing}
    ${goAhead && r.steps.length
      ? html`${heading(level + 1, 'subtitle', uiText(s.stepsTitle, lang))}
          <ol part="steps">
            ${r.steps.map(
              (step) => html`<li part="step"><strong part="step-name">${step.title}</strong>${renderParagraphs(step.body, ctx.locale, 'step-body')}</li>`,
            )}
          </ol>`
      : nothing}
    ${goAhead && r.financing.length
      ? html`${heading(level + 1, 'subtitle', uiText(s.financingTitle, lang))}
          <ul part="financing" class="cards">
            ${r.financing.map(
              ({ option }) => html`<li part="card" class="card">
                <p part="card-title"><strong>${option.title}</strong></p>
                ${renderParagraphs(option.body, ctx.locale, 'card-body')}
                ${option.link ? html`<ul part="links">${renderLinkItem(option.link, ctx.locale)}</ul>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${goAhead && r.outcome.notes?.length
      ? html`${heading(level + 1, 'subtitle', uiText(s.notesTitle, lang))}
          <div part="notes">${renderParagraphs(r.outcome.notes, ctx.locale, 'note')}</div>`
      : nothing}
    ${links(r.outcome.links, uiText(s.linksTitle, lang), level + 1, ctx.locale)}
    ${r.route && ctx.guideHref !== null
      ? html`<p part="guide-link-wrapper">
          <a part="guide-link" href=${ctx.guideHref} @click=${(e: Event) => ctx.onGuide(r.route!.id, e)}
             lang=${lang}>${format(s.guideLink, { route: r.route.shortTitle })}</a
          >
        </p>`
      : nothing}
  </article>`;
}

export function renderResult(ctx: ResultContext) {
  const s = strings[ctx.locale];
  const lang = uiLang(ctx.locale, ctx.contentLocale);
  return html`<section part="result" class="result" aria-labelledby="result-heading">
    ${heading(ctx.level, 'result-title', uiText(s.resultTitle, lang), 'result-heading', true)}
    <p part="result-intro" lang=${lang}>${s.resultIntro}</p>
    ${ctx.certification
      ? html`<p part="result-certification">
          <span lang=${lang}>${s.target}</span> <strong>${ctx.certification.title}</strong> ${badges(ctx.certification, ctx.locale)}
        </p>`
      : nothing}
    ${ctx.results.map((r, i) => outcome(ctx, r, i))} ${links(ctx.links, uiText(s.moreLinksTitle, lang), ctx.level + 1, ctx.locale)}
  </section>`;
}

/** What the live region says when the result appears: each outcome and its verdict. */
export function resultAnnouncement(results: readonly OutcomeResult[], locale: UiLocale): string {
  const s = strings[locale];
  return [s.resultAnnounce, ...results.map((r) => format(s.outcomeAnnounce, { title: r.outcome.title, verdict: s[r.verdict] ?? r.verdict }))].join(' ');
}
