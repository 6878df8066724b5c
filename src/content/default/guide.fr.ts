/**
 * The built-in guide, in French: every topic of the Opco EP page on CQP and VAE (objectives,
 * audience, advantages, steps, financing, notes), stated as the law stands since the VAE reform
 * (loi n° 2022-1598, décret n° 2023-1275) and the CPF changes of 2025 and 2026. Each section names
 * the sources it rests on (sources.fr.ts). test/content/facts.test.ts lists the seed's topics and
 * the law's points and checks that each one is rendered. Each route's name, steps and financing
 * live in routes.fr.ts, which the questionnaire's built-in content uses too.
 */
import type * as z from 'zod/mini';
import type { Schemas } from '../schema.js';
import { sources as s } from './sources.fr.js';
import { cqpFinancing, cqpRoute, cqpSteps, vaeFinancing, vaeRoute, vaeSteps } from './routes.fr.js';

export const guideFr = {
  title: 'CQP ou VAE : faire reconnaître vos compétences',
  intro: [
    'Deux voies mènent à une certification professionnelle reconnue : le certificat de qualification professionnelle (CQP), propre à une branche, et la validation des acquis de l’expérience (VAE). Voici ce que chacune apporte, à qui elle s’adresse, comment s’y prendre et comment la financer, selon les règles en vigueur.',
  ],
  routes: [
    {
      ...cqpRoute,
      summary: 'Une certification créée par votre branche professionnelle, d’abord pour les personnes salariées de ses entreprises.',
      sections: [
        {
          kind: 'objectives',
          title: 'À quoi sert un CQP ?',
          summary: 'Reconnaître officiellement les compétences d’un métier, selon la branche.',
          body: [
            [
              'Un CQP est conçu et délivré par ',
              { emphasis: 'une ou plusieurs branches professionnelles' },
              '. Il atteste officiellement que vous maîtrisez les compétences et savoir-faire nécessaires pour exercer un métier.',
            ],
          ],
          sources: [s.opcoEpPage],
        },
        {
          kind: 'audience',
          title: 'Pour qui ?',
          summary: 'Toutes les personnes salariées ; certaines branches l’ouvrent à d’autres publics.',
          body: [
            'Toutes les personnes salariées peuvent préparer un CQP, quel que soit leur poste.',
            'Certaines branches réservent la préparation de leurs CQP aux salariés de leurs entreprises, d’autres l’ouvrent par exemple aux demandeurs d’emploi : la branche qui délivre le CQP vous le dira.',
          ],
          sources: [s.opcoEpPage],
        },
        {
          kind: 'advantages',
          title: 'Ce que vous y gagnez',
          items: [
            'Vous préparez la prochaine étape de votre parcours professionnel.',
            'Vos compétences professionnelles sont reconnues et mises en valeur.',
            'Vous obtenez une certification reconnue par votre entreprise comme par d’autres secteurs d’activité.',
          ],
          sources: [s.opcoEpPage],
        },
        {
          kind: 'notes',
          title: 'Bon à savoir',
          body: [
            'Chaque branche professionnelle crée ses propres CQP. Certains sont inscrits au Répertoire national des certifications professionnelles (RNCP) ou au Répertoire spécifique des certifications et habilitations (RS) ; d’autres ne figurent dans aucun des deux.',
            [
              'Pour connaître les CQP de votre branche, ',
              { text: 'consultez la liste des CQP accessibles dans votre branche', href: 'https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences' },
              ' (le lien « rendez-vous ici » de la page de l’Opco EP), ou demandez-la à votre branche. La fiche de chaque CQP sur francecompetences.fr indique son numéro RNCP ou RS.',
            ],
          ],
          sources: [s.opcoEpPage],
        },
        cqpSteps,
        cqpFinancing,
      ],
    },
    {
      ...vaeRoute,
      summary: 'Faire valider votre expérience pour obtenir tout ou partie d’une certification inscrite au RNCP.',
      sections: [
        {
          kind: 'objectives',
          title: 'À quoi sert la VAE ?',
          summary: 'Obtenir tout ou partie d’un diplôme, d’un titre ou d’un CQP grâce à votre expérience.',
          body: [
            'La VAE vous permet d’obtenir, en totalité ou en partie, un diplôme, un titre ou un CQP, en faisant reconnaître l’expérience que vous avez acquise dans votre activité professionnelle, en dehors de celle-ci, ou les deux.',
            [
              'La certification visée doit être ',
              { emphasis: 'inscrite au Répertoire national des certifications professionnelles (RNCP)' },
              ', et sa fiche doit citer la VAE parmi ses voies d’accès.',
            ],
          ],
          sources: [s.opcoEpPage, s.franceVaeFaq],
        },
        {
          kind: 'audience',
          title: 'Pour qui ?',
          summary: 'Toute personne ayant une expérience en rapport direct avec la certification, sans durée minimale.',
          body: [
            'Toute personne, quels que soient son âge, sa nationalité, son statut et son niveau de formation : personne salariée, indépendante, demandeuse d’emploi, bénévole, proche aidant…',
            [
              { emphasis: 'Aucune durée minimale d’expérience' },
              ' n’est exigée. Ce qui compte, c’est d’avoir exercé des activités en rapport direct avec le référentiel de la certification visée, de façon continue ou non.',
            ],
          ],
          sources: [s.franceVaeFaq, s.codeTravailProcedure],
        },
        {
          kind: 'notes',
          id: 'experiences',
          title: 'Quelles expériences comptent ?',
          body: [
            'Votre expérience compte quel que soit son cadre : activité salariée ou non salariée, bénévolat, volontariat, activité syndicale, mandat électif, sport de haut niveau.',
            'Comptent aussi les stages et les périodes en entreprise effectués pendant une formation initiale ou continue, et l’aide apportée à un proche, comme proche aidant.',
          ],
          sources: [s.opcoEpPage, s.franceVaeFaq, s.aidants, s.loi2022],
        },
        {
          kind: 'notes',
          id: 'target',
          title: 'Quelle certification viser ?',
          body: [
            'Un diplôme, un titre ou un CQP inscrit au RNCP dont la fiche cite la VAE parmi les voies d’accès (rubrique « Voies d’accès », mention « par expérience ») ; ce n’est pas le cas de toutes, par exemple des diplômes de médecine.',
            'Vous pouvez aussi viser un seul bloc de compétences d’une telle certification.',
            'Une certification inscrite seulement au RS, ou à aucun répertoire, ne s’obtient pas par la VAE : un CQP dans ce cas se prépare par la formation.',
          ],
          sources: [s.franceVaeFaq, s.blocs],
        },
        {
          kind: 'advantages',
          title: 'Ce que vous y gagnez',
          items: [
            'Vos compétences professionnelles sont reconnues et validées pour obtenir tout ou partie d’une certification.',
            'Votre position sur le marché du travail se renforce et votre parcours professionnel est mieux sécurisé.',
            'Votre niveau de qualification correspond enfin à votre fonction ou à votre statut actuel.',
            'Vous atteignez un niveau de qualification qui vous ouvre l’accès à une formation de niveau supérieur.',
          ],
          sources: [s.opcoEpPage],
        },
        vaeSteps,
        {
          kind: 'notes',
          id: 'jury',
          title: 'Ce que le jury peut décider',
          body: [
            'Le jury valide toute la certification, ou une partie seulement : les blocs de compétences validés vous restent acquis et vous pouvez compléter les autres plus tard, par la formation ou une nouvelle VAE. Il peut aussi refuser la validation ; il vous dit alors ce qui manque.',
          ],
          sources: [s.jury, s.blocs],
        },
        {
          kind: 'notes',
          id: 'limits',
          title: 'Combien de demandes par an ?',
          body: [
            'Dans une même année civile, vous pouvez déposer une seule demande pour une même certification, et trois au plus pour des certifications différentes. Ces limites ne s’appliquent pas lorsque les demandes précédentes portaient sur des blocs de compétences.',
          ],
          sources: [s.decret2023, s.codeTravailProcedure],
        },
        {
          kind: 'notes',
          id: 'support',
          title: 'Un accompagnement possible',
          body: [
            'Au-delà du premier rendez-vous, l’accompagnement est facultatif mais recommandé. Pour rédiger votre dossier et vous préparer au jury, vous pouvez bénéficier d’un appui méthodologique, assuré par l’organisme certificateur ou par un autre prestataire.',
          ],
          sources: [s.opcoEpPage, s.opcoEpDossier],
        },
        vaeFinancing,
        {
          kind: 'notes',
          id: 'changes',
          title: 'Ce qui a changé',
          body: [
            'Des pages plus anciennes demandent au moins un an d’expérience, parlent de « livret 1 » et de « livret 2 », et renvoient vers Transitions Pro pour le congé VAE. Depuis la réforme de la VAE (loi du 21 décembre 2022, décret du 27 décembre 2023) : plus de durée minimale, un dossier de faisabilité puis un dossier de validation, et un congé de 48 heures demandé à l’employeur.',
          ],
          sources: [s.franceVaeFaq, s.loi2022, s.decret2023, s.franceVaeConge, s.decret2024Conge],
        },
        {
          kind: 'links',
          title: 'Pour aller plus loin',
          links: [
            {
              text: 'vae.gouv.fr',
              href: 'https://vae.gouv.fr',
              description: 'le service public de la VAE',
            },
          ],
        },
      ],
    },
  ],
  comparison: {
    title: 'CQP ou VAE : laquelle vous correspond ?',
    rows: [
      { label: 'Ce que c’est', section: 'objectives' },
      { label: 'Pour qui', section: 'audience' },
      { label: 'Comment', section: 'steps' },
      { label: 'Financement', section: 'financing' },
    ],
  },
} satisfies z.input<Schemas['Guide']>;
