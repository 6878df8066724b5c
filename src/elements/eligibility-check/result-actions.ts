/**
 * What a person can do with a result besides its routes' own actions: change the answers, start
 * over, print it, copy it as text, or send it to themselves. Sending is a `mailto:` link the
 * person's own mail program opens with the text filled in: nothing leaves the page otherwise.
 */
import { html } from 'lit';
import { format, type UiLocale } from '../../shared/i18n.js';
import { renderResult, resultText, type ResultContext } from './result.js';
import { strings } from './strings.js';

export interface ResultActionsContext {
  locale: UiLocale;
  lang: UiLocale | typeof import('lit').nothing;
  /** The result as plain text (result.ts resultText). */
  text: string;
  /** The e-mail's subject. */
  subject: string;
  onEdit(): void;
  onRestart(): void;
  /** Says how the copy went, in the element's live region. */
  announce(message: string): void;
}

async function copy(ctx: ResultActionsContext): Promise<void> {
  const s = strings[ctx.locale];
  try {
    await navigator.clipboard.writeText(ctx.text);
    ctx.announce(s.copied);
  } catch {
    // No clipboard (an insecure page, a refused permission): the e-mail and printing still work.
    ctx.announce(s.copyFailed);
  }
}

// Mail programs cut long mailto: links; the summary and the routes fit well under this.
const MAX_MAILTO = 1800;

export function mailtoHref(subject: string, body: string): string {
  const text = body.length > MAX_MAILTO ? `${body.slice(0, MAX_MAILTO)}…` : body;
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
}

export function renderResultActions(ctx: ResultActionsContext) {
  const s = strings[ctx.locale];
  return html`<div part="actions result-actions" class="actions" lang=${ctx.lang}>
      <button type="button" part="button button-secondary edit" @click=${ctx.onEdit}>${s.editAnswers}</button>
      <button type="button" part="button button-secondary restart" @click=${ctx.onRestart}>${s.restart}</button>
    </div>
    <div part="share" class="share" lang=${ctx.lang}>
      <button type="button" part="button button-tertiary print" @click=${() => window.print()}>${s.print}</button>
      <button type="button" part="button button-tertiary copy" @click=${() => copy(ctx)}>${s.copy}</button>
      <a part="button button-tertiary mail" href=${mailtoHref(ctx.subject, ctx.text)}>${s.mail}</a>
    </div>`;
}

/** The whole result screen: the result, then what to do with it. */
export function renderResultScreen(ctx: ResultContext & Omit<ResultActionsContext, 'text' | 'subject'> & { title: string }) {
  return html`${renderResult(ctx)}
  ${renderResultActions({
    ...ctx,
    text: resultText(ctx.title, ctx.summary, ctx.results, ctx.locale),
    subject: format(strings[ctx.locale].mailSubject, { title: ctx.title }),
  })}`;
}
