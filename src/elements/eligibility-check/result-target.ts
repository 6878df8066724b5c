/**
 * What the result adds about the target: the bloc aimed at, a warning when the picked
 * certification's registration has ended or ends soon, and whom to contact.
 */
import { html, nothing } from 'lit';
import type { Certification, Contact } from '../../content/schema.js';
import { frenchFirst, type UiLocale } from '../../shared/i18n.js';
import { uiText } from './ui-lang.js';
import { heading } from '../../shared/heading.js';
import { renderContacts } from '../../shared/contacts.js';
import { renderRegistration } from '../cqp-vae-guide/catalogue-entry.js';

export const targetWords = frenchFirst({ bloc: 'Bloc visé\u00a0:', contacts: 'Qui contacter' });

export function renderTargetExtras(c: Certification, bloc: { code: string; title: string } | undefined, locale: UiLocale, lang: UiLocale | typeof nothing) {
  const w = targetWords[locale];
  return html`${bloc
    ? html`<p part="result-bloc"><span lang=${lang}>${w.bloc}</span> <strong>${bloc.title}</strong> <span class="muted">(${bloc.code})</span></p>`
    : nothing}<div part="result-registration" lang=${lang}>${renderRegistration(c, locale)}</div>`;
}

export function renderResultContacts(list: readonly Contact[], level: number, locale: UiLocale, lang: UiLocale | typeof nothing) {
  if (!list.length) return nothing;
  return html`<section part="result-contacts">
    ${heading(level, 'subtitle', uiText(targetWords[locale].contacts, lang))}${renderContacts(list, locale)}
  </section>`;
}
