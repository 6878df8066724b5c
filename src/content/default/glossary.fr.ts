/**
 * The words of the built-in content a visitor may not know, each explained in a sentence or two
 * where it first appears in a section, a question, a hint or a reason.
 */
import type { GlossaryEntry } from '../schema.js';

export const glossaryFr: GlossaryEntry[] = [
  {
    term: 'CQP',
    definition: 'Certificat de qualification professionnelle : une certification créée par une ou plusieurs branches professionnelles pour attester les compétences d’un métier.',
  },
  {
    term: 'VAE',
    definition: 'Validation des acquis de l’expérience : obtenir tout ou partie d’une certification en faisant reconnaître ce que l’on a appris en l’exerçant, sans suivre la formation.',
    link: 'https://vae.gouv.fr',
  },
  {
    term: 'RNCP',
    definition: 'Répertoire national des certifications professionnelles, tenu par France compétences : diplômes, titres et CQP reconnus partout, chacun avec une fiche qui dit comment l’obtenir.',
    link: 'https://www.francecompetences.fr/recherche-resultats/',
  },
  {
    term: 'RS',
    definition: 'Répertoire spécifique de France compétences : des certifications de compétences complémentaires à un métier (habilitations, compétences transversales). Il ne donne pas accès à la VAE.',
  },
  {
    term: 'CPF',
    forms: ['compte personnel de formation'],
    definition: 'Compte personnel de formation : des droits en euros, acquis en travaillant, que vous utilisez sur Mon Compte Formation pour une formation ou une VAE certifiante.',
    link: 'https://www.moncompteformation.gouv.fr',
  },
  {
    term: 'Opco EP',
    definition: 'L’opérateur de compétences des entreprises de proximité : il finance, pour les entreprises de ses branches, la formation et la VAE de leurs salariés.',
    link: 'https://www.opcoep.fr',
  },
  {
    term: 'Transitions Pro',
    definition: 'Associations paritaires régionales qui examinent et financent les projets de transition professionnelle des salariés. Le congé VAE ne se demande pas à elles, mais à l’employeur.',
  },
  {
    term: 'France VAE',
    definition: 'Le service public de la VAE et son site, vae.gouv.fr : inscription, choix d’un accompagnateur, dossier de faisabilité et suivi jusqu’au jury.',
    link: 'https://vae.gouv.fr',
  },
  {
    term: 'référentiel',
    forms: ['référentiels'],
    definition: 'La description officielle d’une certification : les activités qu’elle couvre et les compétences qu’elle atteste. Votre expérience se compare à lui.',
  },
  {
    term: 'bloc de compétences',
    forms: ['blocs de compétences'],
    definition: 'Une partie d’une certification, qui s’évalue et s’obtient à part et reste acquise ; réunir tous les blocs donne la certification entière.',
  },
  {
    term: 'organisme certificateur',
    forms: ['certificateur', 'organismes certificateurs', 'certificateurs'],
    definition: 'Le ministère, l’école, la chambre consulaire ou la branche qui délivre la certification visée et en organise le jury.',
  },
  {
    term: 'jury paritaire national',
    definition: 'Un jury de la branche, composé à égalité de représentants des employeurs et des personnes salariées, qui décide de l’attribution d’un CQP.',
  },
  {
    term: 'dossier de faisabilité',
    definition: 'Le premier dossier d’une VAE : vos expériences rapprochées de la certification visée. Le certificateur dit s’il est recevable ; il remplace l’ancien « livret 1 ».',
  },
  {
    term: 'architecte accompagnateur de parcours',
    forms: ['architectes accompagnateurs de parcours'],
    definition: 'La personne qui vous accompagne sur France VAE : premier rendez-vous, dossier de faisabilité, puis, si vous le souhaitez, jusqu’au jury.',
  },
  {
    term: 'appui méthodologique',
    definition: 'Une aide pour rédiger votre dossier et vous préparer au jury, proposée par le certificateur ou par un autre organisme ; elle est facultative.',
  },
  {
    term: 'Cerfa',
    definition: 'Un formulaire administratif officiel, identifié par un numéro. Hors de France VAE, la demande de VAE se fait avec le Cerfa n° 12818.',
  },
];
