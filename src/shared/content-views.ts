/**
 * What both elements show around their content (content-element.ts): the loading placeholder, the
 * error state and the source footer. Render functions of their inputs only.
 */
import { html, nothing } from 'lit';
import type { Meta } from '../content/schema.js';
import type { ContentIssue } from '../content/issues.js';
import { isSafeHref } from '../content/href.js';
import { plural } from '../rules/summary.js';
import type { LoadFailure } from './load-content.js';
import { format, formatDate, sharedStrings, type UiLocale } from './i18n.js';
import { renderLink } from './rich-text.js';

/** The loading placeholder: reserves room and says what is happening. */
export function renderLoading(locale: UiLocale) {
  return html`<div part="loading" role="status" aria-live="polite">${sharedStrings[locale].loading}</div>`;
}

/** What the error state shows: the problems found, and why a `src` could not be used. */
export interface ErrorView {
  issues: readonly ContentIssue[];
  failure?: LoadFailure & { src: string };
}

/**
 * The error state: what happened in the visitor's words, and a way on (the publisher's page given
 * by `fallback-href`; "Réessayer" when the network failed), then the author's details in a
 * disclosure.
 */
export function renderError(state: ErrorView, locale: UiLocale, fallbackHref: string | undefined, onRetry: () => void) {
  const s = sharedStrings[locale];
  const f = state.failure;
  const summary = f && f.reason !== 'invalid' ? failureText(f, locale) : plural(state.issues.length, { one: s.errorInvalidOne, other: s.errorInvalid }, locale);
  const retry = f && (f.reason === 'network' || f.reason === 'timeout' || (f.reason === 'http' && f.status >= 500));
  const fallback = fallbackHref && isSafeHref(fallbackHref) ? fallbackHref : null;
  return html`<div part="error" role="alert">
    <p><strong>${s.errorTitle}</strong></p>
    <p>${retry ? s.errorNetwork : fallback ? s.errorFallback : s.errorBody}</p>
    ${retry || fallback
      ? html`<p part="error-actions" class="error-actions">
          ${retry ? html`<button type="button" part="button retry" @click=${onRetry}>${s.retry}</button>` : nothing}
          ${fallback ? renderLink(s.publisherPage, fallback, locale, 'fallback-link') : nothing}
        </p>`
      : nothing}
    <details part="error-details">
      <summary>${s.errorDetails}</summary>
      <p>${summary}</p>
      ${state.issues.length
        ? html`<ul part="error-list">
            ${state.issues.map((i) => html`<li><code>${i.path || '/'}</code> : ${i.message}</li>`)}
          </ul>`
        : nothing}
    </details>
  </div>`;
}

/**
 * Publisher, source and review date, shown under the content. The built-in content has no
 * publisher a visitor would know (the page that embeds it is one): its footer is its source and
 * date only. Any other content names its publisher.
 */
export function renderSource(meta: Meta, locale: UiLocale, builtIn: boolean) {
  const s = sharedStrings[locale];
  return html`<div part="source">
    <p>${builtIn ? nothing : format(s.publishedBy, { publisher: meta.publisher.name })}
      ${s.source} ${renderLink(meta.source.title ?? meta.source.url, meta.source.url, locale, 'source-link')}</p>
    <p>${format(s.reviewedAt, { date: formatDate(meta.reviewedAt, locale) })}</p>
  </div>`;
}

/**
 * The sentence for a `src` that could not be loaded (an invalid document lists its issues instead):
 * the shared string named after the reason, filled with the failure's own fields.
 */
function failureText(f: Exclude<LoadFailure, { reason: 'invalid' }> & { src: string }, locale: UiLocale): string {
  return format(sharedStrings[locale][f.reason], {
    ...f,
    seconds: 'ms' in f ? new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(f.ms / 1000) : '',
    size: 'bytes' in f ? `${Math.round(f.bytes / 1000)} ko` : '',
  });
}
