/**
 * The built-in questionnaire, in French. It encodes the rules of the Opco EP page this project
 * started from (a CQP for employees, by training or by VAE; a VAE for anyone with at least
 * 12 months of directly related experience, towards an RNCP certification). The 2022 reform,
 * which dropped the 12 months, belongs in a separate, dated content file.
 *
 * Reasons name answers as {questionId}: a number is written with its unit ("11 mois"), so a
 * reason says "{months} d’expérience", not "{months} mois".
 */
import type * as z from 'zod/mini';
import type { Condition, Schemas } from '../schema.js';

// Conditions used by several outcomes, named for what they mean.
const employee: Condition = { question: 'status', in: ['salarie', 'employeur'] };
const notEmployee: Condition = { question: 'status', equals: 'autre' };
const registeredInRncpOrRs: Condition = { question: 'registry', in: ['rncp', 'rs'] };
const tooFewMonths: Condition = { question: 'months', lessThan: 12 };
const enoughMonths: Condition = { question: 'months', atLeast: 12 };
/** The kinds of experience the page lists as counting for a VAE. */
const countedActivities = ['salarie', 'non-salarie', 'benevolat', 'volontariat', 'syndicale', 'elective', 'sport', 'stage'];
/** Only "autre cadre" ticked: the page does not say whether it counts. */
const otherActivityOnly: Condition = {
  all: [{ question: 'activities', answered: true }, { not: { question: 'activities', in: countedActivities } }],
};

const vaeGouv = { text: 'Visiter vae.gouv.fr', href: 'https://vae.gouv.fr', description: 'Le portail public de la VAE.' };
const branchCqps = { text: 'Consulter la liste des CQP de votre branche (Opco EP)', href: 'https://www.opcoep.fr' };
const methodSupport =
  'Vous pouvez être accompagné(e) pour constituer votre dossier et préparer le jury : l’organisme certificateur ou un autre prestataire propose un appui méthodologique.';
const otherActivityReason =
  'Le cadre de votre expérience ne figure pas parmi ceux que la VAE retient (activité salariée ou non, bénévolat, volontariat, activité syndicale ou élective, sport de haut niveau, stage en formation) : vérifiez auprès de l’organisme certificateur qu’elle peut être prise en compte.';

export const eligibilityFr = {
  title: 'Quelle voie vers une certification vous est ouverte ?',
  intro: [
    'Répondez à quelques questions : nous vous indiquons si le CQP par la formation, le CQP par la VAE ou la VAE vous sont accessibles, et pourquoi.',
    'Vous êtes employeur ? Répondez pour le salarié que vous souhaitez accompagner.',
    'Ce résultat est une première orientation selon les règles présentées dans ce guide : c’est l’organisme qui délivre la certification qui décide.',
  ],
  questions: [
    {
      id: 'target',
      type: 'single',
      label: 'Quelle certification visez-vous ?',
      title: 'Certification visée',
      hint: ['Un CQP (certificat de qualification professionnelle) est créé et délivré par une branche professionnelle pour un métier.'],
      options: [
        { value: 'cqp', label: 'Un CQP' },
        { value: 'diplome', label: 'Un diplôme ou un titre professionnel' },
        { value: 'unknown', label: 'Je ne sais pas encore' },
      ],
    },
    {
      id: 'registry',
      type: 'single',
      label: 'Cette certification est-elle inscrite à un répertoire national ?',
      title: 'Inscription à un répertoire',
      showIf: { question: 'target', in: ['cqp', 'diplome'] },
      hint: [
        'Sur francecompetences.fr, la fiche de la certification porte un numéro qui commence par RNCP ou par RS. Pour un CQP, la liste des CQP de votre branche l’indique aussi.',
      ],
      options: [
        { value: 'rncp', label: 'Oui, au RNCP (Répertoire national des certifications professionnelles)' },
        { value: 'rs', label: 'Oui, mais seulement au RS (Répertoire spécifique)' },
        { value: 'none', label: 'Non, à aucun répertoire' },
        { value: 'unknown', label: 'Je ne sais pas', hint: 'Nous vous dirons comment le vérifier.' },
      ],
    },
    {
      id: 'status',
      type: 'single',
      label: 'Quelle est votre situation ?',
      title: 'Votre situation',
      options: [
        { value: 'salarie', label: 'Je suis salarié(e)' },
        {
          value: 'employeur',
          label: 'Je suis employeur et je me renseigne pour un(e) salarié(e)',
          hint: 'Répondez aux questions suivantes pour ce salarié.',
        },
        { value: 'autre', label: 'Autre situation', hint: 'Indépendant, demandeur d’emploi, bénévole, étudiant…' },
      ],
    },
    {
      id: 'experience',
      type: 'single',
      label: 'Avez-vous une expérience en rapport direct avec la certification visée ?',
      title: 'Expérience en rapport direct',
      hint: [
        'En rapport direct : vous avez exercé les activités et mis en œuvre les compétences que la certification atteste, dans un cadre professionnel ou non.',
      ],
      options: [
        { value: 'yes', label: 'Oui' },
        { value: 'no', label: 'Non' },
      ],
    },
    {
      id: 'activities',
      type: 'multiple',
      label: 'Dans quel cadre avez-vous acquis cette expérience ?',
      title: 'Cadre de l’expérience',
      showIf: { question: 'experience', equals: 'yes' },
      hint: ['Cochez tout ce qui s’applique.'],
      options: [
        { value: 'salarie', label: 'Activité salariée' },
        { value: 'non-salarie', label: 'Activité non salariée', hint: 'Indépendant, profession libérale, chef d’entreprise…' },
        { value: 'benevolat', label: 'Bénévolat' },
        { value: 'volontariat', label: 'Volontariat', hint: 'Service civique, volontariat international…' },
        { value: 'syndicale', label: 'Activité syndicale' },
        { value: 'elective', label: 'Mandat électif' },
        { value: 'sport', label: 'Sport de haut niveau' },
        { value: 'stage', label: 'Stage en milieu professionnel', hint: 'Dans le cadre d’une formation initiale ou continue.' },
        { value: 'autre', label: 'Autre cadre' },
      ],
    },
    {
      id: 'months',
      type: 'durations',
      label: 'Combien de mois a duré chaque période de cette expérience ?',
      title: 'Durée de l’expérience',
      showIf: { question: 'experience', equals: 'yes' },
      hint: [
        'Additionnez vos périodes, continues ou non : indiquez une période par emploi, mission, mandat ou stage, en mois. C’est le total qui compte.',
      ],
      unit: 'mois',
      itemLabel: 'Période',
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
      rules: [
        {
          when: { question: 'registry', equals: 'rs' },
          verdict: 'not-eligible',
          reason: 'Cette certification n’est inscrite qu’au RS : la VAE ne permet d’obtenir qu’une certification inscrite au RNCP.',
        },
        {
          when: { question: 'registry', equals: 'none' },
          verdict: 'not-eligible',
          reason: 'Cette certification n’est inscrite à aucun répertoire : la VAE ne permet d’obtenir qu’une certification inscrite au RNCP.',
        },
        {
          when: { question: 'experience', equals: 'no' },
          verdict: 'not-eligible',
          reason:
            'Vous indiquez ne pas avoir d’expérience en rapport direct avec la certification visée : la VAE repose sur au moins 12 mois d’une telle expérience.',
        },
        {
          when: tooFewMonths,
          verdict: 'not-eligible',
          reason: 'Vous indiquez {months} d’expérience en rapport direct ; la VAE en demande au moins 12, continus ou non.',
        },
        {
          when: { question: 'registry', equals: 'unknown' },
          verdict: 'to-check',
          reason:
            'Vérifiez que la certification est inscrite au RNCP : sa fiche sur francecompetences.fr indique son numéro RNCP ; pour un CQP, la liste des CQP de votre branche le précise aussi.',
        },
        {
          when: { question: 'target', equals: 'unknown' },
          verdict: 'to-check',
          reason:
            'Choisissez d’abord la certification visée : la VAE ne concerne qu’une certification inscrite au RNCP (sa fiche sur francecompetences.fr l’indique), et votre expérience doit être en rapport direct avec elle.',
        },
        {
          when: { all: [{ question: 'target', equals: 'cqp' }, notEmployee] },
          verdict: 'to-check',
          reason:
            'Pour un CQP, la VAE est présentée comme une voie ouverte aux salariés : renseignez-vous auprès de la branche qui le délivre. Pour un diplôme ou un titre inscrit au RNCP, la VAE vous est ouverte quel que soit votre statut.',
        },
        { when: otherActivityOnly, verdict: 'to-check', reason: otherActivityReason },
        {
          when: { question: 'registry', equals: 'rncp' },
          verdict: 'eligible',
          reason: 'La certification visée est inscrite au RNCP, comme l’exige la VAE.',
        },
        {
          when: enoughMonths,
          verdict: 'eligible',
          reason: 'Vous totalisez {months} d’expérience en rapport direct : la VAE en demande au moins 12, continus ou non.',
        },
        {
          verdict: 'eligible',
          reason:
            'La VAE est ouverte à toute personne, quels que soient son âge, sa nationalité, son statut et son niveau de formation ; elle permet d’obtenir tout ou partie d’un diplôme, d’un titre ou d’un CQP.',
        },
      ],
      financing: [{ option: 'employer', when: employee }, { option: 'cpf' }, { option: 'conge-vae', when: employee }],
      notes: [methodSupport],
      links: [vaeGouv],
    },
    {
      id: 'cqp-training',
      title: 'Le CQP par la formation',
      route: 'cqp',
      showIf: { question: 'target', in: ['cqp', 'unknown'] },
      rules: [
        {
          when: notEmployee,
          verdict: 'not-eligible',
          reason: 'Le CQP s’adresse aux salariés : dans votre situation, cette voie ne vous est pas ouverte pour le moment.',
        },
        {
          when: { question: 'status', equals: 'salarie' },
          verdict: 'eligible',
          reason:
            'En tant que salarié(e), vous pouvez préparer un CQP de votre branche : une évaluation de départ fait le point sur ce que vous savez déjà faire, puis une formation adaptée complète si besoin.',
        },
        {
          when: { question: 'status', equals: 'employeur' },
          verdict: 'eligible',
          reason:
            'En tant qu’employeur, vous pouvez proposer un CQP à votre salarié(e) : tous les salariés y ont accès, avec une formation adaptée à ce qu’il sait déjà faire.',
        },
        {
          when: { question: 'registry', in: ['rs', 'none'] },
          verdict: 'eligible',
          reason: 'Même sans inscription au RNCP, un CQP s’obtient par la formation.',
        },
        {
          when: { question: 'target', equals: 'unknown' },
          verdict: 'eligible',
          reason: 'Chaque branche a ses propres CQP : consultez la liste de la vôtre pour trouver celui qui correspond à votre métier.',
        },
      ],
      financing: [{ option: 'company', when: employee }, { option: 'cpf', when: { all: [employee, registeredInRncpOrRs] } }],
      notes: [
        'Le compte personnel de formation (CPF) ne peut financer un CQP que dans certains cas, lorsqu’il est inscrit au RNCP ou au RS.',
      ],
      links: [branchCqps],
    },
    {
      id: 'cqp-vae',
      title: 'Le CQP par la VAE',
      route: 'vae',
      showIf: { question: 'target', in: ['cqp', 'unknown'] },
      rules: [
        {
          when: notEmployee,
          verdict: 'not-eligible',
          reason: 'Un CQP s’obtient par la VAE lorsqu’on est salarié : dans votre situation, cette voie ne vous est pas ouverte pour le moment.',
        },
        {
          when: { question: 'registry', equals: 'rs' },
          verdict: 'not-eligible',
          reason:
            'Ce CQP n’est inscrit qu’au RS : il ne peut pas s’obtenir par la VAE, réservée aux certifications inscrites au RNCP. La formation reste possible.',
        },
        {
          when: { question: 'registry', equals: 'none' },
          verdict: 'not-eligible',
          reason:
            'Ce CQP n’est inscrit à aucun répertoire : il ne peut pas s’obtenir par la VAE, réservée aux certifications inscrites au RNCP. La formation reste possible.',
        },
        {
          when: { question: 'experience', equals: 'no' },
          verdict: 'not-eligible',
          reason: 'La VAE d’un CQP demande au moins un an d’expérience en rapport avec ce CQP ; vous indiquez ne pas en avoir.',
        },
        {
          when: tooFewMonths,
          verdict: 'not-eligible',
          reason: 'Vous indiquez {months} d’expérience en rapport avec le CQP ; la VAE en demande au moins un an (12 mois), continus ou non.',
        },
        {
          when: { question: 'registry', equals: 'unknown' },
          verdict: 'to-check',
          reason:
            'Vérifiez que ce CQP est inscrit au RNCP : la liste des CQP de votre branche l’indique, tout comme sa fiche sur francecompetences.fr (numéro RNCP). Inscrit seulement au RS ou nulle part, il ne s’obtient que par la formation.',
        },
        {
          when: { question: 'target', equals: 'unknown' },
          verdict: 'to-check',
          reason:
            'Choisissez d’abord le CQP visé : seul un CQP inscrit au RNCP peut s’obtenir par la VAE, et la liste des CQP de votre branche l’indique.',
        },
        { when: otherActivityOnly, verdict: 'to-check', reason: otherActivityReason },
        {
          when: { question: 'status', equals: 'salarie' },
          verdict: 'eligible',
          reason: 'Vous êtes salarié(e) : la VAE d’un CQP vous est ouverte.',
        },
        {
          when: { question: 'status', equals: 'employeur' },
          verdict: 'eligible',
          reason: 'Votre salarié(e) peut obtenir ce CQP par la VAE, à son initiative ou sur proposition de votre entreprise.',
        },
        {
          when: { question: 'registry', equals: 'rncp' },
          verdict: 'eligible',
          reason: 'Ce CQP est inscrit au RNCP : il peut s’obtenir, en tout ou partie, par la VAE.',
        },
        {
          when: enoughMonths,
          verdict: 'eligible',
          reason: 'Vous totalisez {months} d’expérience en rapport avec le CQP, soit au moins un an.',
        },
      ],
      financing: [{ option: 'employer', when: employee }, { option: 'cpf' }, { option: 'conge-vae', when: employee }],
      notes: [methodSupport],
      links: [vaeGouv, branchCqps],
    },
  ],
} satisfies z.input<Schemas['Eligibility']>;
