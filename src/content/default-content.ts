/**
 * The built-in content: what a webmaster gets with no configuration. It is trusted (a test parses
 * it), so the elements use it without re-validating it on every page load.
 */
import type { Content } from './schema.js';
import { guideFr } from './default/guide.fr.js';
import { eligibilityFr } from './default/eligibility.fr.js';

export const defaultContent: Content = {
  meta: {
    id: 'cqp-vae-opco-ep',
    version: '2026.11.1',
    locale: 'fr',
    title: 'CQP et VAE : deux voies vers une certification professionnelle',
    publisher: { name: 'cqp-vae-widgets (contenu intégré)' },
    source: {
      title: 'page « CQP et VAE » de l’Opco EP',
      url: 'https://www.opcoep.fr',
    },
    reviewedAt: '2026-11-27',
  },
  guide: guideFr,
  eligibility: eligibilityFr,
};
