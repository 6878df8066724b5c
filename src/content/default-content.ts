/**
 * The built-in content: what a webmaster gets with no configuration. It is trusted (a test parses
 * it), so the elements use it without re-validating it on every page load.
 */
import type { Content } from './schema.js';
import { guideFr } from './default/guide.fr.js';
import { eligibilityFr } from './default/eligibility.fr.js';
import { glossaryFr } from './default/glossary.fr.js';

export const defaultContent: Content = {
  meta: {
    id: 'cqp-vae-opco-ep',
    version: '2026.12.1',
    locale: 'fr',
    title: 'CQP et VAE : deux voies vers une certification professionnelle',
    publisher: { name: 'cqp-vae-widgets (contenu intégré)' },
    source: {
      title: 'page « Faire reconnaître mes compétences » de l’Opco EP, mise à jour selon la réforme de la VAE',
      url: 'https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences',
    },
    // The day every source in default/sources.fr.ts was read again (see their checkedAt).
    reviewedAt: '2026-12-02',
  },
  guide: guideFr,
  eligibility: eligibilityFr,
  glossary: glossaryFr,
};
