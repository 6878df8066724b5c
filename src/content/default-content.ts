/**
 * The built-in content: what a webmaster gets with no configuration. It is trusted (a test parses
 * it), so the elements use it without re-validating it on every page load.
 *
 * Each element uses only its part (`builtInGuide`, `builtInQuestionnaire`), so that a page's module
 * for one element carries no texts of the other; `defaultContent` is the whole document, as an
 * author starts from it.
 */
import type { Content, Meta } from './schema.js';
import { guideFr } from './default/guide.fr.js';
import { eligibilityFr } from './default/eligibility.fr.js';
import { glossaryFr } from './default/glossary.fr.js';
import { questionnaireGuide } from './default/routes.fr.js';

const meta: Meta = {
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
};

export const defaultContent: Content = { meta, guide: guideFr, eligibility: eligibilityFr, glossary: glossaryFr };

/** What `<cqp-vae-guide>` shows with no configuration: the guide, without the questionnaire. */
export const builtInGuide: Content = { meta, guide: guideFr, glossary: glossaryFr };

/**
 * What `<eligibility-check>` asks with no configuration: the questionnaire, and of the guide what
 * its results show (each route's name, steps and financing: default/routes.fr.ts).
 */
export const builtInQuestionnaire: Content = { meta, guide: questionnaireGuide, eligibility: eligibilityFr, glossary: glossaryFr };
