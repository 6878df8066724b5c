/**
 * The public pages the built-in content rests on, each with the day a person read it and checked
 * that it still says what the content says. A maintainer re-reads them, changes what moved, and moves
 * `checkedAt` (and `meta.reviewedAt`) to that day: never the date alone.
 */
import type { Source } from '../schema.js';

const checkedAt = '2026-12-02';
const src = (title: string, url: string): Source => ({ title, url, checkedAt });

export const sources = {
  opcoEpPage: src('Opco EP : faire reconnaître mes compétences (CQP, VAE)', 'https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences'),
  franceVaeFaq: src('France VAE : questions fréquentes (pas de durée minimale d’expérience)', 'https://vae.gouv.fr/faq'),
  franceVaeConge: src('France VAE : le congé VAE', 'https://vae.gouv.fr/savoir-plus/articles/conge-vae/'),
  opcoEpConge: src(
    'Opco EP : qu’est-ce que le congé pour VAE ?',
    'https://opcoep.fr/question-formation/connaitre-mes-droits-et-mes-obligations/salarie/qu-est-ce-que-le-conge-pour-validation-des-acquis-de-l-experience-vae',
  ),
  opcoEpDossier: src(
    'Opco EP : que doit contenir le dossier de recevabilité VAE ? (France VAE, dossier de faisabilité, Cerfa 12818)',
    'https://www.opcoep.fr/question-formation/se-former-et-se-qualifier/validation-des-acquis-de-l-experience-vae/que-doit-contenir-le-dossier-de-recevabilite-vae',
  ),
  codeTravailProcedure: src(
    'Code du travail, art. R6412-1 et suivants (procédure de VAE, décret n° 2023-1275 du 27 décembre 2023)',
    'https://www.weka.fr/base-juridique/code_CTRAV_LEGISCTA000048721585.html',
  ),
  decret2023: src(
    'Décret n° 2023-1275 du 27 décembre 2023 relatif à la validation des acquis de l’expérience (Légifrance) : France VAE, accompagnement, nombre de demandes par an',
    'https://www.legifrance.gouv.fr/eli/decret/2023/12/27/2023-1275/jo/texte',
  ),
  loi2022: src(
    'Loi n° 2022-1598 du 21 décembre 2022, article 10 (Légifrance) : réforme de la VAE, dont l’ouverture aux proches aidants et le service public de la VAE',
    'https://www.legifrance.gouv.fr/eli/loi/2022/12/21/2022-1598/jo/texte',
  ),
  decret2024Conge: src(
    'Décret n° 2024-332 du 10 avril 2024 relatif au jury et au congé de VAE (Légifrance) : congé porté à 48 heures',
    'https://www.legifrance.gouv.fr/eli/decret/2024/4/10/2024-332/jo/texte',
  ),
  feasibilityTwoMonths: src(
    'Akto : réponse du certificateur sous deux mois, le silence valant acceptation',
    'https://www.akto.fr/validation-acquis-experience/',
  ),
  jury: src('Oriane : l’évaluation finale d’une demande de VAE (validation totale, partielle ou refus)', 'https://oriane.info/levaluation-finale-de-ma-demande-de-vae'),
  blocs: src('Cap Métiers : certifications et blocs de compétences accessibles par la VAE', 'https://www.cap-metiers.pro/Fiches-techniques/Formation-creation-entreprise-et-validation-des-acquis/536/Validation-des-Acquis-Experience-VAE/'),
  aidants: src('Gref Bretagne : ouverture de la VAE aux proches aidants', 'https://gref-bretagne.com/ressources/ouverture-de-la-vae-aux-proches-aidants'),
  cpfVae2025: src(
    'Centre Inffo : éligibilité au CPF des actions de VAE (décret n° 2025-663 du 18 juillet 2025, depuis le 1er août 2025)',
    'https://www.centre-inffo.fr/site-droit-formation/actualites-droit/eligibilite-au-cpf-des-actions-de-validation-des-acquis-de-lexperience',
  ),
  decret2025Cpf: src(
    'Décret n° 2025-663 du 18 juillet 2025 : éligibilité au CPF des actions de VAE (Légifrance)',
    'https://www.legifrance.gouv.fr/eli/decret/2025/7/18/2025-663/jo/texte',
  ),
  cpfParticipation: src(
    'Participation forfaitaire au CPF : 103,20 € en 2026 (arrêté du 30 décembre 2025) et ses exceptions',
    'https://www.voltaire-avocats.com/fr/compte-personnel-de-formation-le-reste-a-charge-revalorise-pour-2026',
  ),
  cpfRsCap: src(
    'Décret n° 2026-127 du 24 février 2026 (Légifrance) : plafond CPF de 1 500 € pour une certification du RS (hors CléA)',
    'https://www.legifrance.gouv.fr/eli/decret/2026/2/24/2026-127/jo/texte',
  ),
} satisfies Record<string, Source>;
