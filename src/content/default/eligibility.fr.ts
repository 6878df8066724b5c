/**
 * The built-in questionnaire, in French, under today's law: no minimum duration of experience since
 * the VAE reform; the target must be an RNCP certification whose record lists VAE as an access route,
 * or one bloc de compétences of it; any status and any frame of experience count, family carers
 * included. The seed page's 12-month rule lives on in demo/content/opcoep-page-2021.fr.json.
 *
 * Every rule whose condition holds gives its reason and the most restrictive verdict wins. The "vae"
 * and "cqp-vae" outcomes lead to the same route: for a CQP target they test the same facts, so that
 * they never give opposite verdicts on one set of answers (the lint checks it).
 *
 * Reasons name answers as {questionId}: a number is written with its unit ("6 mois"), so a reason
 * says "{months} d’expérience", not "{months} mois".
 */
import type * as z from 'zod/mini';
import type { Condition, Rule, Schemas } from '../schema.js';
import { sources as s } from './sources.fr.js';

// Conditions used by several outcomes, named for what they mean.
const employee: Condition = { question: 'status', in: ['salarie', 'employeur'] };
const notEmployee: Condition = { question: 'status', in: ['independant', 'demandeur', 'autre'] };
const openToVae: Condition = { question: 'registry', equals: 'rncp-vae' };
const someExperience: Condition = { question: 'months', greaterThan: 0 };
/**
 * The CPF funds a CQP registered in the RNCP or the RS: the CPF card of the CQP by training shows
 * then (its text states the limit), and the note on the limit exactly when it does not (registry
 * "none" or "unknown", or not asked), so that a person reads the limit once.
 */
const cpfRegistry: Condition = { question: 'registry', in: ['rncp-vae', 'rncp', 'rs'] };
const noTime: Condition = { question: 'months', atMost: 0 };
/** The frames of experience the law counts; "autre cadre" alone is for the certifier to judge. */
const countedActivities = ['salarie', 'non-salarie', 'benevolat', 'volontariat', 'syndicale', 'elective', 'sport', 'stage', 'aidant'];
const otherActivityOnly: Condition = {
  all: [{ question: 'activities', answered: true }, { not: { question: 'activities', in: countedActivities } }],
};

const vaeGouv = { text: 'Commencer sur France VAE (vae.gouv.fr)', href: 'https://vae.gouv.fr', description: 'Le service public de la VAE.' };
const branchCqps = {
  text: 'Trouver la liste des CQP de votre branche (page de l’Opco EP)',
  href: 'https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences',
};
const methodSupport =
  'Un premier rendez-vous avec un architecte accompagnateur de parcours fait partie du parcours ; un appui méthodologique pour rédiger votre dossier et préparer le jury est ensuite facultatif mais recommandé.';
const yearlyLimits =
  'Dans une même année civile : une seule demande pour une même certification, trois au plus pour des certifications différentes (sauf pour des blocs de compétences).';
const otherActivityReason =
  'Le cadre de cette expérience n’est pas l’un de ceux que la loi cite (activité salariée ou non, bénévolat, volontariat, activité syndicale ou élective, sport de haut niveau, stage, aide à un proche) : demandez à l’organisme certificateur s’il la prend en compte.';
/**
 * "Yes, experience" with a total of 0 months: the answers disagree, and with no minimum duration a
 * few days may count. The content cannot tell which answer is right, so both VAE outcomes say "to
 * check" with one text (a "not eligible" would send away a person the law lets in).
 */
const zeroTime =
  'une expérience en rapport direct d’une durée de {months} : aucune durée minimale n’est exigée, même une expérience de moins d’un mois peut compter. Indiquez sa durée (0,5 mois pour deux semaines) ou demandez à l’organisme certificateur si elle suffit.';
const zeroTimeRule: Rule = {
  when: noTime,
  verdict: 'to-check',
  reason: `Vous indiquez ${zeroTime}`,
  employerReason: `Vous indiquez pour la personne salariée ${zeroTime}`,
  sources: [s.franceVaeFaq],
};
const anyStatusCqp =
  'Ce CQP est inscrit au RNCP et sa fiche cite la VAE : vous pouvez l’obtenir par la VAE quel que soit votre statut. C’est la branche qui le délivre qui en fixe les modalités (dossier, calendrier du jury) : renseignez-vous auprès d’elle.';

export const eligibilityFr = {
  title: 'Quelle voie vers une certification vous est ouverte ?',
  intro: [
    'Répondez à quelques questions : nous vous indiquons si le CQP par la formation, le CQP par la VAE ou la VAE vous sont accessibles, et pourquoi.',
    'Vous représentez un employeur ? Répondez pour la personne salariée que vous souhaitez accompagner.',
    'Ce résultat est une première orientation selon les règles en vigueur présentées dans ce guide : c’est l’organisme qui délivre la certification qui décide.',
  ],
  // An employer answers for a person: steps and reasons then speak of "la personne salariée".
  employerIf: { question: 'status', equals: 'employeur' },
  questions: [
    {
      id: 'target',
      type: 'single',
      label: 'Que visez-vous ?',
      title: 'Certification visée',
      hint: ['Un CQP est créé et délivré par une branche professionnelle pour un métier ; un bloc de compétences est une partie d’une certification, qui s’obtient à part.'],
      options: [
        { value: 'cqp', label: 'Un CQP' },
        { value: 'diplome', label: 'Un diplôme ou un titre professionnel' },
        { value: 'bloc', label: 'Un bloc de compétences d’une certification' },
        { value: 'unknown', label: 'Je ne sais pas encore' },
      ],
    },
    {
      id: 'registry',
      type: 'single',
      label: 'Où cette certification est-elle inscrite ?',
      title: 'Inscription à un répertoire',
      showIf: { question: 'target', in: ['cqp', 'diplome', 'bloc'] },
      hint: [
        'Sa fiche sur francecompetences.fr porte un numéro RNCP ou RS ; sur une fiche RNCP, la rubrique « Voies d’accès » dit si la VAE (« par expérience ») est possible. Pour un CQP, la liste des CQP de votre branche l’indique aussi.',
      ],
      options: [
        { value: 'rncp-vae', label: 'Au RNCP, et sa fiche cite la VAE parmi les voies d’accès' },
        { value: 'rncp', label: 'Au RNCP, mais sa fiche ne cite pas la VAE' },
        { value: 'rs', label: 'Seulement au RS (Répertoire spécifique)' },
        { value: 'none', label: 'À aucun répertoire' },
        { value: 'unknown', label: 'Je ne sais pas', hint: 'Nous vous dirons comment le vérifier.' },
      ],
    },
    {
      id: 'status',
      type: 'single',
      label: 'Quelle est votre situation ?',
      title: 'Votre situation',
      options: [
        { value: 'salarie', label: 'J’ai un emploi salarié' },
        {
          value: 'employeur',
          label: 'Je représente un employeur et me renseigne pour une personne salariée',
          hint: 'Répondez aux questions suivantes pour cette personne.',
        },
        { value: 'independant', label: 'Je travaille à mon compte', hint: 'Travail indépendant, profession libérale, direction d’entreprise…' },
        { value: 'demandeur', label: 'Je cherche un emploi' },
        { value: 'autre', label: 'Autre situation', hint: 'Bénévolat, aide à un proche, études, sans activité…' },
      ],
    },
    {
      id: 'experience',
      type: 'single',
      label: 'Avez-vous une expérience en rapport direct avec la certification visée ?',
      title: 'Expérience en rapport direct',
      hint: [
        'En rapport direct : vous avez exercé les activités que la certification atteste, dans un cadre professionnel ou non, quelle que soit la durée.',
      ],
      options: [
        { value: 'yes', label: 'Oui' },
        { value: 'no', label: 'Non' },
      ],
    },
    {
      id: 'activities',
      type: 'multiple',
      label: 'Dans quel cadre avez-vous acquis cette expérience ?',
      title: 'Cadre de l’expérience',
      showIf: { question: 'experience', equals: 'yes' },
      hint: ['Cochez tout ce qui s’applique.'],
      options: [
        { value: 'salarie', label: 'Activité salariée' },
        { value: 'non-salarie', label: 'Activité non salariée', hint: 'Travail indépendant, profession libérale, direction d’entreprise…' },
        { value: 'benevolat', label: 'Bénévolat' },
        { value: 'volontariat', label: 'Volontariat', hint: 'Service civique, volontariat international…' },
        { value: 'syndicale', label: 'Activité syndicale' },
        { value: 'elective', label: 'Mandat électif' },
        { value: 'sport', label: 'Sport de haut niveau' },
        { value: 'stage', label: 'Stage ou période en entreprise', hint: 'Pendant une formation initiale ou continue.' },
        { value: 'aidant', label: 'Aide à un proche (proche aidant)', hint: 'Aide régulière à une personne âgée, malade ou en situation de handicap de votre entourage.' },
        { value: 'autre', label: 'Autre cadre' },
      ],
    },
    {
      id: 'months',
      type: 'durations',
      label: 'Combien de temps a duré chaque période de cette expérience ?',
      title: 'Durée de l’expérience',
      showIf: { question: 'experience', equals: 'yes' },
      hint: [
        'Une période par emploi, mission, mandat, stage ou aide apportée, en années et en mois ; le total s’affiche en dessous. Aucune durée minimale n’est exigée.',
      ],
      unit: 'mois',
      itemLabel: 'Période',
      entry: 'years-months',
      min: 0,
      max: 600,
      maxItems: 10,
    },
  ],
  outcomes: [
    {
      id: 'vae',
      title: 'La VAE (validation des acquis de l’expérience)',
      route: 'vae',
      action: { text: 'Commencer sur France VAE', href: 'https://vae.gouv.fr' },
      preferIf: { question: 'target', in: ['diplome', 'bloc'] },
      rules: [
        {
          when: { question: 'registry', equals: 'rs' },
          verdict: 'not-eligible',
          reason: 'Cette certification n’est inscrite qu’au RS : la VAE ne mène qu’à une certification inscrite au RNCP.',
          sources: [s.opcoEpPage],
        },
        {
          when: { question: 'registry', equals: 'none' },
          verdict: 'not-eligible',
          reason: 'Cette certification n’est inscrite à aucun répertoire : la VAE ne mène qu’à une certification inscrite au RNCP.',
          sources: [s.opcoEpPage],
        },
        {
          when: { question: 'registry', equals: 'rncp' },
          verdict: 'not-eligible',
          reason: 'La fiche RNCP de cette certification ne cite pas la VAE parmi ses voies d’accès : elle ne s’obtient pas par la VAE.',
          sources: [s.franceVaeFaq],
        },
        {
          when: { question: 'experience', equals: 'no' },
          verdict: 'not-eligible',
          reason: 'La VAE valide une expérience en rapport direct avec la certification ; vous indiquez ne pas en avoir.',
          employerReason: 'La VAE valide une expérience en rapport direct avec la certification ; vous indiquez que la personne salariée n’en a pas.',
        },
        zeroTimeRule,
        {
          when: { question: 'registry', equals: 'unknown' },
          verdict: 'to-check',
          reason:
            'Vérifiez sur la fiche de la certification (francecompetences.fr) qu’elle est inscrite au RNCP et que la VAE figure parmi ses voies d’accès.',
        },
        {
          when: { question: 'target', equals: 'unknown' },
          verdict: 'to-check',
          reason:
            'Choisissez d’abord la certification, ou le bloc de compétences : elle doit être inscrite au RNCP avec la VAE parmi ses voies d’accès, et l’expérience en rapport direct avec elle.',
        },
        { when: otherActivityOnly, verdict: 'to-check', reason: otherActivityReason },
        {
          when: openToVae,
          verdict: 'eligible',
          reason: 'La certification est inscrite au RNCP et la VAE figure parmi ses voies d’accès.',
          sources: [s.franceVaeFaq],
        },
        {
          when: { all: [{ question: 'target', equals: 'bloc' }, openToVae] },
          verdict: 'eligible',
          reason: 'Un bloc de compétences peut être visé seul par la VAE ; validé, il reste acquis.',
          sources: [s.blocs],
        },
        {
          when: { all: [{ question: 'target', equals: 'cqp' }, openToVae, notEmployee] },
          verdict: 'eligible',
          reason: anyStatusCqp,
          sources: [s.franceVaeFaq],
        },
        {
          when: someExperience,
          verdict: 'eligible',
          reason: 'Vous indiquez {months} d’expérience en rapport direct : aucune durée minimale n’est exigée.',
          employerReason: 'Vous indiquez {months} d’expérience en rapport direct pour la personne salariée : aucune durée minimale n’est exigée.',
          sources: [s.franceVaeFaq],
        },
        {
          when: { question: 'activities', equals: 'aidant' },
          verdict: 'eligible',
          reason: 'L’expérience acquise en aidant un proche compte pour la VAE.',
          sources: [s.aidants, s.loi2022],
        },
      ],
      financing: [{ option: 'employer', when: employee }, { option: 'cpf' }, { option: 'conge-vae', when: employee }],
      notes: [methodSupport, yearlyLimits],
      links: [vaeGouv],
      sources: [s.franceVaeFaq, s.codeTravailProcedure, s.decret2023],
    },
    {
      id: 'cqp-training',
      title: 'Le CQP par la formation',
      route: 'cqp',
      action: { text: 'Trouver le CQP de votre branche', href: branchCqps.href },
      preferIf: { question: 'target', equals: 'cqp' },
      showIf: { question: 'target', in: ['cqp', 'unknown'] },
      rules: [
        {
          when: notEmployee,
          verdict: 'to-check',
          reason:
            'Les CQP s’adressent d’abord aux personnes salariées des entreprises de la branche ; certaines branches en ouvrent la préparation à d’autres publics, par exemple aux personnes qui cherchent un emploi. Renseignez-vous auprès de la branche qui délivre le CQP.',
          sources: [s.opcoEpPage],
        },
        {
          when: { question: 'status', equals: 'salarie' },
          verdict: 'eligible',
          reason:
            'Personne salariée, vous pouvez préparer un CQP de votre branche : une évaluation de départ fait le point sur ce que vous savez déjà faire, puis une formation adaptée complète si besoin.',
          sources: [s.opcoEpPage],
        },
        {
          when: { question: 'status', equals: 'employeur' },
          verdict: 'eligible',
          reason:
            'Vous pouvez proposer un CQP à la personne salariée : toutes les personnes salariées y ont accès, avec une formation adaptée à ce qu’elles savent déjà faire.',
          sources: [s.opcoEpPage],
        },
        {
          when: { question: 'registry', in: ['rncp', 'rs', 'none'] },
          verdict: 'eligible',
          reason: 'Même s’il ne s’obtient pas par la VAE, un CQP se prépare par la formation.',
        },
        {
          when: { question: 'target', equals: 'unknown' },
          verdict: 'eligible',
          reason: 'Chaque branche a ses propres CQP : consultez la liste de la vôtre pour trouver celui qui correspond à votre métier.',
        },
      ],
      financing: [{ option: 'company', when: employee }, { option: 'cpf', when: cpfRegistry }],
      notes: [{ text: 'Le compte personnel de formation (CPF) ne finance un CQP que s’il est inscrit au RNCP ou au RS ; pour le RS, 1 500 € au plus depuis le 26 février 2026.', when: { not: cpfRegistry } }],
      links: [branchCqps],
      sources: [s.opcoEpPage, s.cpfRsCap],
    },
    {
      id: 'cqp-vae',
      title: 'Le CQP par la VAE',
      route: 'vae',
      action: { text: 'Commencer sur France VAE', href: 'https://vae.gouv.fr' },
      preferIf: { question: 'target', equals: 'cqp' },
      showIf: { question: 'target', in: ['cqp', 'unknown'] },
      rules: [
        {
          when: { question: 'registry', equals: 'rs' },
          verdict: 'not-eligible',
          reason: 'Ce CQP n’est inscrit qu’au RS : il ne s’obtient pas par la VAE, réservée aux certifications inscrites au RNCP. Voyez le CQP par la formation.',
          sources: [s.opcoEpPage],
        },
        {
          when: { question: 'registry', equals: 'none' },
          verdict: 'not-eligible',
          reason: 'Ce CQP n’est inscrit à aucun répertoire : il ne s’obtient pas par la VAE, réservée aux certifications inscrites au RNCP. Voyez le CQP par la formation.',
          sources: [s.opcoEpPage],
        },
        {
          when: { question: 'registry', equals: 'rncp' },
          verdict: 'not-eligible',
          reason: 'La fiche RNCP de ce CQP ne cite pas la VAE parmi ses voies d’accès. Voyez le CQP par la formation.',
          sources: [s.franceVaeFaq],
        },
        {
          when: { question: 'experience', equals: 'no' },
          verdict: 'not-eligible',
          reason: 'La VAE d’un CQP valide une expérience en rapport avec ce CQP ; vous indiquez ne pas en avoir.',
          employerReason: 'La VAE d’un CQP valide une expérience en rapport avec ce CQP ; vous indiquez que la personne salariée n’en a pas.',
        },
        zeroTimeRule,
        {
          when: { question: 'registry', equals: 'unknown' },
          verdict: 'to-check',
          reason:
            'Vérifiez que ce CQP est inscrit au RNCP avec la VAE parmi ses voies d’accès : la liste des CQP de votre branche l’indique, tout comme sa fiche sur francecompetences.fr. Sinon, il se prépare par la formation.',
        },
        {
          when: { question: 'target', equals: 'unknown' },
          verdict: 'to-check',
          reason: 'Choisissez d’abord le CQP visé : seul un CQP inscrit au RNCP avec la VAE parmi ses voies d’accès s’obtient par la VAE.',
        },
        { when: otherActivityOnly, verdict: 'to-check', reason: otherActivityReason },
        {
          when: { all: [openToVae, { question: 'status', equals: 'salarie' }] },
          verdict: 'eligible',
          reason: 'Ce CQP s’obtient par la VAE : vous pouvez l’engager à votre initiative ou sur proposition de votre entreprise.',
          sources: [s.opcoEpPage],
        },
        {
          when: { all: [openToVae, { question: 'status', equals: 'employeur' }] },
          verdict: 'eligible',
          reason: 'La personne salariée peut obtenir ce CQP par la VAE, à son initiative ou sur proposition de votre entreprise.',
          sources: [s.opcoEpPage],
        },
        { when: { all: [openToVae, notEmployee] }, verdict: 'eligible', reason: anyStatusCqp, sources: [s.franceVaeFaq] },
        {
          when: someExperience,
          verdict: 'eligible',
          reason: 'Vous indiquez {months} d’expérience en rapport avec le CQP : aucune durée minimale n’est exigée.',
          employerReason: 'Vous indiquez {months} d’expérience en rapport avec le CQP pour la personne salariée : aucune durée minimale n’est exigée.',
          sources: [s.franceVaeFaq],
        },
      ],
      financing: [{ option: 'employer', when: employee }, { option: 'cpf' }, { option: 'conge-vae', when: employee }],
      notes: [methodSupport],
      links: [vaeGouv, branchCqps],
      sources: [s.opcoEpPage, s.franceVaeFaq],
    },
  ],
} satisfies z.input<Schemas['Eligibility']>;
