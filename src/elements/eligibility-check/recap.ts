/**
 * The recap step: each question asked, the answer as the person reads it, and a "Modifier" button
 * whose accessible name says which answer it changes.
 */
import { html } from 'lit';
import type { Question } from '../../content/schema.js';
import { formatAnswer, ownAnswer } from '../../rules/engine.js';
import type { Answers } from '../../rules/types.js';
import { format, type UiLocale } from '../../shared/i18n.js';
import { strings } from './strings.js';

export const questionTitle = (q: Question) => q.title ?? q.label;

export function renderRecap(
  visible: readonly Question[],
  answers: Answers,
  locale: UiLocale,
  contentLocale: UiLocale,
  onChange: (id: string) => void,
) {
  const s = strings[locale];
  return html`<p part="recap-intro">${s.recapIntro}</p>
    <dl part="recap" class="recap">
      ${visible.map((q) => {
        const answer = ownAnswer(answers, q.id);
        const text = formatAnswer(q, answer, contentLocale) || s.noAnswer;
        const title = questionTitle(q);
        return html`<div part="recap-item" class="recap-item" data-question=${q.id}>
          <dt part="recap-question">${title}</dt>
          <dd part="recap-answer">${text}</dd>
          <dd part="recap-action">
            <button type="button" part="button button-secondary change" @click=${() => onChange(q.id)}>
              ${s.change}<span class="visually-hidden"> ${format(s.changeTarget, { title })}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>`;
}
