/**
 * The content's contacts as both elements show them: a card per contact (name, role, region, then
 * e-mail, phone and page as links), for a catalogue entry in the guide and under a result.
 */
import { css, html, nothing } from 'lit';
import type { Contact, Content } from '../content/schema.js';
import { renderLink } from './rich-text.js';
import type { UiLocale } from './i18n.js';

/** The contacts named by these lists of ids, in order, each once; unknown ids are skipped. */
export function contactsOf(content: Content, ...lists: (readonly string[] | undefined)[]): Contact[] {
  const ids = [...new Set(lists.flatMap((l) => l ?? []))];
  return ids.flatMap((id) => content.contacts?.find((c) => c.id === id) ?? []);
}

export function renderContacts(list: readonly Contact[], locale: UiLocale) {
  if (!list.length) return nothing;
  return html`<ul part="contacts" class="contacts">
    ${list.map(
      (c) => html`<li part="contact" data-contact=${c.id}>
        <strong part="contact-name">${c.name}</strong>${c.role ? html`<span part="contact-role"> — ${c.role}</span>` : nothing}${c.region
          ? html`<span part="contact-region"> (${c.region})</span>`
          : nothing}
        ${c.email || c.phone || c.url
          ? html`<br />${c.email ? html`${renderLink(c.email, `mailto:${c.email}`, locale, 'contact-link')} ` : nothing}${c.phone
              ? html`${renderLink(c.phone, `tel:${c.phone.replace(/[^\d+]/g, '')}`, locale, 'contact-link')} `
              : nothing}${c.url ? renderLink(c.url.replace(/^https?:\/\//, '').replace(/\/$/, ''), c.url, locale, 'contact-link') : nothing}`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

export const contactStyles = css`
  .contacts {
    list-style: none;
    padding: 0;
  }
  .contacts > li + li {
    margin-top: 0.5em;
  }
  .contacts a {
    overflow-wrap: anywhere;
  }
`;
