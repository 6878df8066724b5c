/**
 * The result, answer first: a sentence that names the open routes, then the outcomes ordered open →
 * to check → closed (rules/summary.ts). An open outcome leads with its one next action (the
 * content's `action`, the primary button), then its reasons, steps, financing, notes and links. A
 * closed outcome is compact: its verdict and reasons, the rest on demand; it keeps no steps nor
 * financing, which would read as an invitation to go ahead. Every verdict is a word and a symbol,
 * never colour alone.
 */
import { html, nothing } from 'lit';
import type { Certification, Contact, GlossaryEntry, Link, Verdict } from '../../content/schema.js';
import { orderResults } from '../../rules/engine.js';
import { renderResultContacts, renderTargetExtras } from './result-target.js';
import type { OutcomeResult } from '../../rules/types.js';
import { format, type UiLocale } from '../../shared/i18n.js';
import { renderLink, renderLinkItem, renderParagraphs, renderText, textScope } from '../../shared/rich-text.js';
import { mergeSources, renderSources } from '../../shared/sources.js';
import { heading } from '../../shared/heading.js';
import { strings } from './strings.js';
import { uiLang, uiText } from './ui-lang.js';
import { badges } from '../cqp-vae-guide/catalogue.js';

export interface ResultContext {
  results: readonly OutcomeResult[];
  /** The answer-first sentence (rules/summary.ts). */
  summary: string;
  links?: readonly Link[];
  /** Level of the result's heading; outcomes and their parts go one and two levels below. */
  level: number;
  locale: UiLocale;
  /** The content's language, for its own words; the element's words are marked when it differs. */
  contentLocale: UiLocale;
  /** Where the "see it in the guide" links point, or null when no guide is on the page. */
  guideHref: string | null;
  onGuide(routeId: string, event: Event): void;
  /** The catalogue entry the answers name, if any. */
  certification?: Certification;
  /** The bloc of it the person aims at, if any. */
  bloc?: { code: string; title: string };
  /** Whom to contact, in order. */
  contacts?: readonly Contact[];
  /** Words explained at their first occurrence in each reason. */
  glossary?: readonly GlossaryEntry[];
}

const icons: Record<Verdict, string> = { eligible: '✓', 'not-eligible': '✕', 'to-check': '?' };

function links(list: readonly Link[] | undefined, title: unknown, level: number, locale: UiLocale) {
  if (!list?.length) return nothing;
  return html`${heading(level, 'subtitle', title)}
    <ul part="links">
      ${list.map((l) => renderLinkItem(l, locale))}
    </ul>`;
}

function verdict(r: OutcomeResult, ctx: ResultContext) {
  const s = strings[ctx.locale];
  const lang = uiLang(ctx.locale, ctx.contentLocale);
  return html`<p part=${`verdict verdict-${r.verdict}`} class="verdict" data-verdict=${r.verdict}>
    <span class="visually-hidden" lang=${lang}>${s.verdictLabel} </span><span part="verdict-icon" class="verdict-icon" aria-hidden="true"
      >${icons[r.verdict] ?? '?'}</span
    >
    <span part="verdict-text" lang=${lang}>${s[r.verdict] ?? r.verdict}</span>
  </p>`;
}

function guideLink(r: OutcomeResult, ctx: ResultContext) {
  if (!r.route || ctx.guideHref === null) return nothing;
  const s = strings[ctx.locale];
  return html`<p part="guide-link-wrapper">
    <a part="guide-link" href=${ctx.guideHref} @click=${(e: Event) => ctx.onGuide(r.route!.id, e)}
       lang=${uiLang(ctx.locale, ctx.contentLocale)}>${format(s.guideLink, { route: r.route.shortTitle })}</a
    >
  </p>`;
}

// Each reason is a scope of its own for glossary terms; its sources join the outcome's.
function reasons(r: OutcomeResult, ctx: ResultContext, index: number) {
  return r.reasons.length
    ? html`<ul part="reasons">
        ${r.reasons.map(
          (reason, k) => html`<li part="reason" data-verdict=${reason.verdict}>${renderText(reason.text, textScope(ctx.locale, ctx.glossary, `r-${index}-${k}`))}</li>`,
        )}
      </ul>`
    : nothing;
}

const sources = (r: OutcomeResult, ctx: ResultContext) =>
  renderSources(mergeSources(...r.reasons.map((x) => x.sources), r.outcome.sources), ctx.locale, uiLang(ctx.locale, ctx.contentLocale));

function outcome(ctx: ResultContext, r: OutcomeResult, index: number) {
  const s = strings[ctx.locale];
  const level = ctx.level + 1;
  const id = `outcome-${index}`;
  const lang = uiLang(ctx.locale, ctx.contentLocale);
  const sub = (key: 'reasonsTitle' | 'stepsTitle' | 'financingTitle' | 'notesTitle' | 'linksTitle') => heading(level + 1, 'subtitle', uiText(s[key], lang));
  const head = html`<div class="outcome-head">${heading(level, 'outcome-title', r.outcome.title, id)} ${verdict(r, ctx)}</div>`;
  if (r.verdict === 'not-eligible') {
    // Compact: the verdict and why; links and the guide on demand.
    const more = r.outcome.links?.length || (r.route && ctx.guideHref !== null);
    return html`<article part="outcome outcome-not-eligible" class="outcome compact" data-outcome=${r.outcome.id} aria-labelledby=${id}>
      ${head} ${reasons(r, ctx, index)} ${sources(r, ctx)}
      ${more
        ? html`<details part="outcome-details">
            <summary part="outcome-details-summary" lang=${lang}>${s.moreDetails}</summary>
            ${links(r.outcome.links, uiText(s.linksTitle, lang), level + 1, ctx.locale)} ${guideLink(r, ctx)}
          </details>`
        : nothing}
    </article>`;
  }
  const action = r.outcome.action;
  return html`<article part=${`outcome outcome-${r.verdict}`} class="outcome" data-outcome=${r.outcome.id} aria-labelledby=${id}>
    ${head}
    ${action
      ? html`<p part="action-wrapper" class="action">
          ${renderLink(action.text, action.href, ctx.locale, r.verdict === 'eligible' ? 'button button-primary action' : 'button button-secondary action')}
        </p>`
      : nothing}
    ${r.reasons.length ? html`${sub('reasonsTitle')} ${reasons(r, ctx, index)}` : nothing}
    ${r.steps.length
      ? html`${sub('stepsTitle')}
          <ol part="steps">
            ${r.steps.map(
              (step) => html`<li part="step"><strong part="step-name">${step.title}</strong>${renderParagraphs(step.body, ctx.locale, 'step-body')}</li>`,
            )}
          </ol>`
      : nothing}
    ${r.financing.length
      ? html`${sub('financingTitle')}
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
    ${r.notes.length ? html`${sub('notesTitle')}<div part="notes">${renderParagraphs(r.notes, ctx.locale, 'note')}</div>` : nothing}
    ${links(r.outcome.links, uiText(s.linksTitle, lang), level + 1, ctx.locale)} ${guideLink(r, ctx)} ${sources(r, ctx)}
  </article>`;
}

export function renderResult(ctx: ResultContext) {
  const s = strings[ctx.locale];
  const lang = uiLang(ctx.locale, ctx.contentLocale);
  return html`<section part="result" class="result" aria-labelledby="result-heading">
    ${heading(ctx.level, 'result-title', uiText(s.resultTitle, lang), 'result-heading', true)}
    <p part="result-summary" class="summary">${ctx.summary}</p>
    ${ctx.certification
      ? html`<p part="result-certification">
          <span lang=${lang}>${s.target}</span> <strong>${ctx.certification.title}</strong> ${badges(ctx.certification, ctx.locale)}
        </p>
        ${renderTargetExtras(ctx.certification, ctx.bloc, ctx.locale, lang)}`
      : nothing}
    ${orderResults(ctx.results).map((r, i) => outcome(ctx, r, i))} ${renderResultContacts(ctx.contacts ?? [], ctx.level + 1, ctx.locale, lang)}
    <p part="result-intro" lang=${lang}>${s.resultIntro}</p>
    ${links(ctx.links, uiText(s.moreLinksTitle, lang), ctx.level + 1, ctx.locale)}
  </section>`;
}

/** What the live region says when the result appears: the summary sentence. */
export function resultAnnouncement(summary: string, locale: UiLocale): string {
  return `${strings[locale].resultAnnounce} ${summary}`;
}

/**
 * The result as plain text, for the clipboard and an e-mail to oneself: the summary, then each
 * outcome with its verdict, reasons and next action.
 */
export function resultText(title: string, summary: string, results: readonly OutcomeResult[], locale: UiLocale): string {
  const s = strings[locale];
  const lines = [title, '', summary];
  for (const r of orderResults(results)) {
    lines.push('', `${r.outcome.title} : ${s[r.verdict] ?? r.verdict}`.replace(' :', locale === 'fr' ? '\u00a0:' : ':'));
    for (const reason of r.reasons) lines.push(`- ${reason.text}`);
    if (r.outcome.action && r.verdict !== 'not-eligible') lines.push(`${r.outcome.action.text} : ${r.outcome.action.href}`.replace(' :', locale === 'fr' ? '\u00a0:' : ':'));
  }
  lines.push('', s.resultIntro);
  return lines.join('\n');
}
