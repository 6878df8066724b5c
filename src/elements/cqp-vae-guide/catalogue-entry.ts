/**
 * What a catalogue entry says beyond its title and badges: until when it is registered (a warning
 * when that ends within six months or has ended), then, in a disclosure the person opens, its blocs
 * de compétences, certifiers, duration, cost, CPF and whom to contact. Native `<details>`: it opens
 * with the keyboard and a screen reader announces its state, with no script of ours.
 */
import { css, html, nothing } from 'lit';
import type { Certification, Contact } from '../../content/schema.js';
import { registration } from '../../content/catalogue.js';
import { format, formatDate, frenchFirst, type UiLocale } from '../../shared/i18n.js';
import { renderContacts } from '../../shared/contacts.js';

export const entryWords = frenchFirst({
  until: 'Inscrit jusqu’au {date}',
  ending: 'Inscrit jusqu’au {date}\u00a0: l’inscription prend fin dans moins de six mois.',
  ended: 'Inscription terminée le {date}\u00a0: vérifiez auprès du certificateur si elle a été renouvelée.',
  inactive: 'Fiche inactive au répertoire\u00a0: vérifiez auprès du certificateur.',
  details: 'Blocs, certificateurs et contact',
  blocs: 'Blocs de compétences',
  partial: 'Validation possible bloc par bloc.',
  certifiers: 'Certificateur(s)',
  duration: 'Durée',
  cost: 'Coût',
  cpf: 'Finançable par le CPF',
  contacts: 'Contact',
});

/** "Inscrit jusqu'au 11 juin 2029", in a warning style when the registration ends soon or has ended. */
export function renderRegistration(c: Certification, locale: UiLocale, today?: string) {
  const w = entryWords[locale];
  const state = registration(c, today);
  if (!state) return nothing;
  const date = c.registeredUntil ? formatDate(c.registeredUntil, locale) : '';
  const text = state === 'running' ? w.until : state === 'ending' ? w.ending : c.registeredUntil ? w.ended : w.inactive;
  return html`<p part=${state === 'running' ? 'certification-registration' : 'certification-registration certification-warning'}
    class=${state === 'running' ? 'registration' : 'registration warning'} data-registration=${state}
  >${state === 'running' ? nothing : html`<span aria-hidden="true">⚠ </span>`}${format(text, { date })}</p>`;
}

/** The disclosure with the entry's blocs, certifiers, practical facts and contacts; nothing when it has none. */
export function renderEntryDetails(c: Certification, contacts: readonly Contact[], locale: UiLocale, uiLang: string | typeof nothing) {
  const w = entryWords[locale];
  const facts: [string, string][] = [];
  if (c.duration) facts.push([w.duration, c.duration]);
  if (c.cost) facts.push([w.cost, c.cost]);
  // The registry's certifiers; the hand-written `certifier` already shows under the title.
  const certifiers = c.certifiers?.map((x) => x.name) ?? [];
  if (!c.blocs?.length && !certifiers.length && !facts.length && !c.cpf && !contacts.length) return nothing;
  const subtitle = (text: string) => html`<p part="certification-subtitle" class="subtitle" lang=${uiLang}>${text}</p>`;
  return html`<details part="certification-details">
    <summary part="certification-summary" lang=${uiLang}>${w.details}</summary>
    ${c.blocs?.length
      ? html`${subtitle(w.blocs)}
          <ul part="certification-blocs">
            ${c.blocs.map((b) => html`<li part="bloc" data-code=${b.code}>${b.title} <span class="muted">(${b.code})</span></li>`)}
          </ul>
          ${c.partialValidation ? html`<p lang=${uiLang}>${w.partial}</p>` : nothing}`
      : nothing}
    ${certifiers.length ? html`${subtitle(w.certifiers)}<p part="certification-certifiers">${certifiers.join(', ')}</p>` : nothing}
    ${facts.length || c.cpf
      ? html`<dl part="certification-practical">
          ${facts.map(([k, v]) => html`<dt lang=${uiLang}>${k}</dt><dd>${v}</dd>`)}
          ${c.cpf ? html`<dt lang=${uiLang}>${w.cpf}</dt><dd lang=${uiLang}>✓</dd>` : nothing}
        </dl>`
      : nothing}
    ${contacts.length ? html`${subtitle(w.contacts)}${renderContacts(contacts, locale)}` : nothing}
  </details>`;
}

export const catalogueEntryStyles = css`
  .registration {
    margin: 0.25em 0;
  }
  .warning {
    padding: 0.25em 0.5em;
    border-left: 4px solid var(--cqp-vae-warning-color, #b34000);
    background: var(--cqp-vae-warning-background, #fff4e5);
    color: var(--cqp-vae-warning-text, #5c2100);
  }
  [part~='certification-details'] {
    margin: 0.5em 0 0.75em;
  }
  [part~='certification-details'] summary {
    cursor: pointer;
    min-height: 1.5em;
  }
  .subtitle {
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  [part~='certification-blocs'] {
    margin-top: 0;
    padding-left: 1.25em;
  }
  [part~='certification-practical'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  [part~='certification-practical'] dd {
    margin: 0;
  }
`;
