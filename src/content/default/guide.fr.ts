/**
 * The built-in guide, in French: every fact of the Opco EP information page on CQP and VAE,
 * reworded. test/content/facts.test.ts lists those facts and checks that each one is rendered.
 */
import type * as z from 'zod/mini';
import type { Schemas } from '../schema.js';

export const guideFr = {
  title: 'CQP ou VAE : faire reconnaître vos compétences',
  intro: [
    'Deux voies mènent à une certification professionnelle reconnue : le certificat de qualification professionnelle (CQP), propre à une branche, et la validation des acquis de l’expérience (VAE). Voici ce que chacune apporte, à qui elle s’adresse, comment s’y prendre et comment la financer.',
  ],
  routes: [
    {
      id: 'cqp',
      title: 'Certificat de qualification professionnelle (CQP)',
      shortTitle: 'CQP',
      summary: 'Une certification créée par votre branche professionnelle, ouverte aux salariés.',
      sections: [
        {
          kind: 'objectives',
          title: 'À quoi sert un CQP ?',
          summary: 'Reconnaître officiellement les compétences d’un métier, selon la branche.',
          body: [
            [
              'Un CQP est conçu et délivré par ',
              { emphasis: 'une ou plusieurs branches professionnelles' },
              '. Il atteste officiellement que vous maîtrisez les compétences et savoir-faire nécessaires pour exercer un métier.',
            ],
          ],
        },
        {
          kind: 'audience',
          title: 'Pour qui ?',
          summary: 'Tous les salariés.',
          body: ['Tous les salariés peuvent préparer un CQP, quel que soit leur poste.'],
        },
        {
          kind: 'advantages',
          title: 'Ce que vous y gagnez',
          items: [
            'Vous préparez la prochaine étape de votre parcours professionnel.',
            'Vos compétences professionnelles sont reconnues et mises en valeur.',
            'Vous obtenez une certification reconnue par votre entreprise comme par d’autres secteurs d’activité.',
          ],
        },
        {
          kind: 'notes',
          title: 'Bon à savoir',
          body: [
            'Chaque branche professionnelle crée ses propres CQP. Certains sont inscrits au Répertoire national des certifications professionnelles (RNCP) ou au Répertoire spécifique des certifications et habilitations (RS) ; d’autres ne figurent dans aucun des deux.',
            [
              'Pour connaître les CQP de votre branche, ',
              { text: 'consultez la liste des CQP accessibles dans votre branche', href: 'https://www.opcoep.fr' },
              '.',
            ],
          ],
        },
        {
          kind: 'steps',
          title: 'Les étapes',
          summary: 'Par la formation, ou par la VAE avec au moins un an d’expérience en rapport avec le CQP.',
          body: [
            [
              'On obtient un CQP ',
              { emphasis: 'par la formation' },
              ', ou ',
              { emphasis: 'par la VAE' },
              ' si vous êtes salarié et pouvez justifier d’au moins un an d’expérience en lien avec le CQP visé.',
            ],
          ],
          steps: [
            {
              title: 'Évaluation préalable',
              body: ['On fait le point sur les compétences et savoir-faire que vous maîtrisez déjà et sur ceux qu’il vous reste à acquérir.'],
            },
            {
              title: 'Parcours de formation individualisé',
              body: ['Si nécessaire, une formation adaptée à vos besoins comble l’écart constaté.'],
            },
            {
              title: 'Évaluation par un organisme habilité',
              body: ['Un organisme habilité par la branche professionnelle qui délivre le CQP évalue vos compétences.'],
            },
            {
              title: 'Examen par le jury paritaire national',
              body: ['Un jury paritaire national étudie votre dossier et les résultats de l’évaluation, puis décide de l’attribution du CQP.'],
            },
          ],
        },
        {
          kind: 'financing',
          title: 'Financement',
          summary: 'Votre entreprise, ou dans certains cas votre CPF.',
          options: [
            {
              id: 'company',
              title: 'Votre entreprise',
              body: ['Votre employeur peut prendre en charge la démarche CQP.'],
            },
            {
              id: 'cpf',
              title: 'Votre compte personnel de formation (CPF)',
              body: ['Dans certains cas, vous pouvez utiliser les droits acquis sur votre CPF pour financer la démarche.'],
            },
          ],
        },
      ],
    },
    {
      id: 'vae',
      title: 'Validation des acquis de l’expérience (VAE)',
      shortTitle: 'VAE',
      summary: 'Faire valider votre expérience pour obtenir tout ou partie d’une certification inscrite au RNCP.',
      sections: [
        {
          kind: 'objectives',
          title: 'À quoi sert la VAE ?',
          summary: 'Obtenir tout ou partie d’un diplôme, d’un titre ou d’un CQP grâce à votre expérience.',
          body: [
            'La VAE vous permet d’obtenir, en totalité ou en partie, un diplôme, un titre ou un CQP, en faisant reconnaître l’expérience que vous avez acquise dans votre activité professionnelle, en dehors de celle-ci, ou les deux.',
            [
              'La certification visée doit être ',
              { emphasis: 'inscrite au Répertoire national des certifications professionnelles (RNCP)' },
              '.',
            ],
          ],
        },
        {
          kind: 'audience',
          title: 'Pour qui ?',
          summary: 'Toute personne justifiant d’au moins un an d’expérience en rapport direct avec la certification.',
          body: [
            'Toute personne, quels que soient son âge, sa nationalité, son statut et son niveau de formation.',
            'Il faut pouvoir justifier d’au moins un an d’expérience en rapport direct avec les exigences du référentiel de la certification visée. Cette année peut être continue ou cumulée sur plusieurs périodes.',
          ],
        },
        {
          kind: 'notes',
          title: 'Quelles expériences comptent ?',
          body: [
            'Toutes les activités peuvent être prises en compte : activités non salariées, bénévoles, de volontariat, syndicales, électives, ainsi que celles des sportifs de haut niveau.',
            'Les périodes de stage en milieu professionnel effectuées pendant une formation initiale ou continue comptent aussi.',
          ],
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
        },
        {
          kind: 'steps',
          title: 'Les étapes',
          summary: 'Cinq étapes, du choix de la certification au passage devant le jury.',
          body: ['Vous pouvez engager une VAE de votre propre initiative, ou sur proposition de votre entreprise.'],
          steps: [
            { title: 'Définir votre projet et trouver la certification à valider' },
            { title: 'Demander une prise en charge financière' },
            {
              title: 'Déposer le dossier de recevabilité (livret 1)',
              body: ['Le dossier est adressé à l’organisme qui délivre la certification visée.'],
            },
            {
              title: 'Constituer le dossier de VAE (livret 2)',
              body: ['Vous y décrivez les principales activités que vous avez exercées et les compétences que vous avez mises en œuvre au cours de votre expérience.'],
            },
            { title: 'Présenter votre dossier devant un jury' },
          ],
        },
        {
          kind: 'notes',
          id: 'support',
          title: 'Un accompagnement possible',
          body: [
            'Pour monter votre dossier et vous préparer aux sessions d’évaluation, vous pouvez bénéficier d’un appui méthodologique, assuré par l’organisme certificateur ou par un autre prestataire.',
          ],
        },
        {
          kind: 'financing',
          title: 'Financement',
          summary: 'Votre employeur avec l’Opco EP, votre CPF ou un congé VAE.',
          body: [
            'Une aide financière est possible, notamment auprès de votre entreprise via l’Opérateur de compétences des entreprises de proximité (Opco EP). Pour cela, adressez-vous à votre employeur : c’est lui qui fait la demande de prise en charge.',
          ],
          options: [
            {
              id: 'employer',
              title: 'Votre employeur, avec l’Opco EP',
              body: ['Votre employeur demande la prise en charge de votre VAE à l’Opco EP.'],
            },
            {
              id: 'cpf',
              title: 'Votre compte personnel de formation (CPF)',
              body: ['À titre individuel, vous pouvez mobiliser les droits de votre CPF.'],
            },
            {
              id: 'conge-vae',
              title: 'Un congé pour VAE (Transitions Pro)',
              body: ['À titre individuel également, vous pouvez demander un congé pour VAE, auprès de Transitions Pro.'],
            },
          ],
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
    title: 'CQP ou VAE : laquelle vous correspond ?',
    rows: [
      { label: 'Ce que c’est', section: 'objectives' },
      { label: 'Pour qui', section: 'audience' },
      { label: 'Comment', section: 'steps' },
      { label: 'Financement', section: 'financing' },
    ],
  },
} satisfies z.input<Schemas['Guide']>;
