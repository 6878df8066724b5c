/**
 * What both elements read of the built-in guide: each route's name, its steps and its financing.
 * `<cqp-vae-guide>` shows them among the route's other sections (guide.fr.ts); `<eligibility-check>`'s
 * result lists the steps and financing of the routes its outcomes lead to (rules/engine.ts), so
 * its built-in content carries these and none of the guide's other texts (`questionnaireGuide`).
 */
import type * as z from 'zod/mini';
import type { Schemas } from '../schema.js';
import { sources as s } from './sources.fr.js';

type Section = z.input<Schemas['Section']>;

export const cqpRoute = { id: 'cqp', title: 'Certificat de qualification professionnelle (CQP)', shortTitle: 'CQP' };
export const vaeRoute = { id: 'vae', title: 'Validation des acquis de l’expérience (VAE)', shortTitle: 'VAE' };

export const cqpSteps = {
  kind: 'steps',
  title: 'Les étapes',
  summary: 'Par la formation, ou par la VAE quand le CQP est inscrit au RNCP avec la VAE parmi ses voies d’accès.',
  body: [
    [
      'On obtient un CQP ',
      { emphasis: 'par la formation' },
      ', ou ',
      { emphasis: 'par la VAE' },
      ' lorsqu’il est inscrit au RNCP et que sa fiche cite la VAE parmi ses voies d’accès, sans durée minimale d’expérience, quel que soit votre statut.',
    ],
  ],
  steps: [
    {
      title: 'Évaluation préalable',
      body: ['On fait le point sur les compétences et savoir-faire que vous maîtrisez déjà et sur ceux qu’il vous reste à acquérir.'],
      employer: { body: ['On fait le point sur les compétences et savoir-faire que la personne salariée maîtrise déjà et sur ceux qu’il lui reste à acquérir.'] },
    },
    {
      title: 'Parcours de formation individualisé',
      body: ['Si nécessaire, une formation adaptée à vos besoins comble l’écart constaté.'],
      employer: { body: ['Si nécessaire, une formation adaptée à ses besoins comble l’écart constaté.'] },
    },
    {
      title: 'Évaluation par un organisme habilité',
      body: ['Un organisme habilité par la branche professionnelle qui délivre le CQP évalue vos compétences.'],
      employer: { body: ['Un organisme habilité par la branche professionnelle qui délivre le CQP évalue ses compétences.'] },
    },
    {
      title: 'Examen par le jury paritaire national',
      body: ['Un jury paritaire national étudie votre dossier et les résultats de l’évaluation, puis décide de l’attribution du CQP.'],
      employer: { body: ['Un jury paritaire national étudie son dossier et les résultats de l’évaluation, puis décide de l’attribution du CQP.'] },
    },
  ],
  sources: [s.opcoEpPage, s.franceVaeFaq],
} satisfies Section;

export const cqpFinancing = {
  kind: 'financing',
  title: 'Financement',
  summary: 'Votre entreprise (avec l’Opco EP), ou votre CPF si le CQP est inscrit au RNCP ou au RS.',
  options: [
    {
      id: 'company',
      title: 'Votre entreprise',
      body: ['Votre employeur peut prendre en charge la démarche CQP et en demander le financement à l’Opco EP.'],
      employer: {
        title: 'Votre entreprise, avec l’Opco EP',
        body: ['Vous pouvez prendre en charge la démarche CQP de la personne salariée et en demander le financement à l’Opco EP.'],
      },
    },
    {
      id: 'cpf',
      title: 'Votre compte personnel de formation (CPF)',
      body: [
        'Dans certains cas : le CPF ne finance qu’un CQP inscrit au RNCP ou au RS, dans la limite de vos droits. Depuis le 26 février 2026, il prend en charge au plus 1 500 € pour une certification du RS.',
      ],
      employer: {
        title: 'Le compte personnel de formation (CPF) de la personne salariée',
        body: ['Dans certains cas : le CPF de la personne salariée ne finance qu’un CQP inscrit au RNCP ou au RS, dans la limite de ses droits. Depuis le 26 février 2026, il prend en charge au plus 1 500 € pour une certification du RS.'],
      },
    },
  ],
  sources: [s.opcoEpPage, s.cpfRsCap],
} satisfies Section;

export const vaeSteps = {
  kind: 'steps',
  title: 'Les étapes',
  summary: 'Sur France VAE : inscription, dossier de faisabilité, dossier de validation, jury.',
  body: [
    'Vous pouvez engager une VAE de votre propre initiative, ou sur proposition de votre entreprise. Pour les certifications proposées sur France VAE, tout se fait sur vae.gouv.fr ; pour les autres, la demande se fait auprès du certificateur avec le Cerfa n° 12818.',
  ],
  steps: [
    {
      // Only for a person who has not chosen yet: the others are not told to find what they named.
      title: 'Choisir la certification visée',
      showIf: { question: 'target', equals: 'unknown' },
      body: ['Vous décrivez votre projet et choisissez la certification, ou le bloc de compétences, qui correspond à votre expérience.'],
      employer: {
        title: 'Choix de la certification visée',
        body: ['La personne salariée décrit son projet et choisit la certification, ou le bloc de compétences, qui correspond à son expérience.'],
      },
    },
    {
      title: 'Vous inscrire sur France VAE',
      body: ['Vous créez votre compte sur vae.gouv.fr et y indiquez la certification visée, ou le bloc de compétences.'],
      employer: {
        title: 'Inscription de la personne salariée sur France VAE',
        body: ['La personne salariée crée son compte sur vae.gouv.fr et y indique la certification visée ; vous pouvez le lui proposer et l’accompagner.'],
      },
    },
    {
      title: 'Rencontrer un accompagnateur',
      body: ['Un premier rendez-vous avec un architecte accompagnateur de parcours fait partie du parcours ; il vous aide à préparer le dossier de faisabilité.'],
      employer: { body: ['Un premier rendez-vous avec un architecte accompagnateur de parcours fait partie du parcours ; il aide la personne salariée à préparer le dossier de faisabilité.'] },
    },
    {
      title: 'Déposer le dossier de faisabilité',
      body: [
        'Il rapproche vos expériences de la certification visée et va à l’organisme certificateur, qui répond dans les deux mois : sans réponse dans ce délai, votre demande est recevable.',
      ],
      employer: {
        body: ['Il rapproche les expériences de la personne salariée de la certification visée et va à l’organisme certificateur, qui répond dans les deux mois : sans réponse dans ce délai, la demande est recevable.'],
      },
    },
    {
      title: 'Constituer le dossier de validation',
      body: ['Vous y décrivez les principales activités que vous avez exercées et les compétences que vous avez mises en œuvre au cours de votre expérience.'],
      employer: { body: ['La personne salariée y décrit les principales activités qu’elle a exercées et les compétences qu’elle a mises en œuvre.'] },
    },
    {
      title: 'Présenter votre dossier devant un jury',
      body: ['Le jury vous entend, parfois après une mise en situation professionnelle, puis décide.'],
      employer: { title: 'Présentation du dossier devant un jury', body: ['Le jury entend la personne salariée, parfois après une mise en situation professionnelle, puis décide.'] },
    },
  ],
  sources: [s.opcoEpDossier, s.feasibilityTwoMonths, s.codeTravailProcedure],
} satisfies Section;

export const vaeFinancing = {
  kind: 'financing',
  title: 'Financement',
  summary: 'Votre employeur avec l’Opco EP, votre CPF, et un congé VAE demandé à votre employeur.',
  body: [
    'Une aide financière est possible, notamment auprès de votre entreprise via l’Opérateur de compétences des entreprises de proximité (Opco EP). Pour cela, adressez-vous à votre employeur : c’est lui qui fait la demande de prise en charge.',
  ],
  options: [
    {
      id: 'employer',
      title: 'Votre employeur, avec l’Opco EP',
      body: ['Votre employeur peut vous proposer une VAE et en demander le financement à l’Opco EP.'],
      employer: {
        title: 'Votre entreprise, avec l’Opco EP',
        body: ['Vous pouvez proposer une VAE à la personne salariée et en demander le financement à l’Opco EP.'],
      },
    },
    {
      id: 'cpf',
      title: 'Votre compte personnel de formation (CPF)',
      body: [
        'À titre individuel, depuis le 1er août 2025, votre CPF paie l’accompagnement et les frais de jury, dans la limite de vos droits, si l’organisme est référencé sur Mon Compte Formation et sur France VAE et que votre inscription sur France VAE est faite. L’examen du dossier de faisabilité n’est pas couvert.',
        'Une participation forfaitaire reste à votre charge (103,20 € en 2026), sauf notamment pour les personnes en recherche d’emploi ou si votre employeur complète le financement.',
      ],
      employer: {
        title: 'Le compte personnel de formation (CPF) de la personne salariée',
        body: ['À titre individuel, depuis le 1er août 2025, le CPF de la personne salariée paie l’accompagnement et les frais de jury, dans la limite de ses droits, si l’organisme est référencé sur Mon Compte Formation et sur France VAE et que son inscription sur France VAE est faite. L’examen du dossier de faisabilité n’est pas couvert.', 'Une participation forfaitaire reste à sa charge (103,20 € en 2026), sauf notamment si vous complétez le financement.'],
      },
    },
    {
      id: 'conge-vae',
      title: 'Le congé VAE, demandé à votre employeur',
      body: [
        'En emploi salarié, vous pouvez vous absenter jusqu’à 48 heures par session d’évaluation, avec maintien de votre rémunération. Demandez ce congé par écrit à votre employeur au moins 30 jours avant ; il répond dans les 15 jours (sans réponse, le congé est accordé) et ne peut que le reporter, d’un mois au plus.',
      ],
      employer: {
        title: 'Le congé VAE, que la personne salariée vous demande',
        body: ['La personne salariée peut s’absenter jusqu’à 48 heures par session d’évaluation, avec maintien de sa rémunération. Elle vous demande ce congé par écrit au moins 30 jours avant ; vous répondez dans les 15 jours (sans réponse, le congé est accordé) et ne pouvez que le reporter, d’un mois au plus.'],
      },
    },
  ],
  sources: [s.opcoEpPage, s.cpfVae2025, s.decret2025Cpf, s.cpfParticipation, s.opcoEpConge, s.franceVaeConge, s.decret2024Conge],
} satisfies Section;

/** The guide as the questionnaire reads it: the routes' names, steps and financing. */
export const questionnaireGuide = {
  routes: [
    { ...cqpRoute, sections: [cqpSteps, cqpFinancing] },
    { ...vaeRoute, sections: [vaeSteps, vaeFinancing] },
  ],
} satisfies z.input<Schemas['Guide']>;
