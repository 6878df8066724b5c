/**
 * What a catalogue entry says beyond its title and badges: until when it is registered (a warning
 * when that ends within six months or has ended; the questionnaire's result says it too), and the
 * words and styles of the disclosure with its blocs, certifiers, duration, cost, CPF and whom to
 * contact, which the guide's list renders (catalogue-list.ts).
 */
import { css, html, nothing } from 'lit';
import type { Certification } from '../../content/schema.js';
import { registration } from '../../content/catalogue.js';
import { format, formatDate, frenchFirst, type UiLocale } from '../../shared/i18n.js';

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

/** The registration line (renderRegistration), for both elements. */
export const registrationStyles = css`
  .registration {
    margin: 0.25em 0;
  }
  .warning {
    padding: 0.25em 0.5em;
    border-left: 4px solid var(--cqp-vae-warning-color, #b34000);
    background: var(--cqp-vae-warning-background, #fff4e5);
    color: var(--cqp-vae-warning-text, #5c2100);
  }
`;

/** An entry's details in the guide's list. */
export const catalogueEntryStyles = css`
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
