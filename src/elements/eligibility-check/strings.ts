/**
 * The questionnaire's own UI strings, French first. Content texts (questions, options, reasons) are
 * not here: they are whatever the content document says.
 */
import { frenchFirst } from '../../shared/i18n.js';

export type Key =
  | 'pickerMore'
  | 'start'
  | 'moreDetails'
  | 'print'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'mail'
  | 'mailSubject'
  | 'requiredNote'
  | 'optional'
  | 'stepCount'
  | 'nextStep'
  | 'recapTitle'
  | 'recapIntro'
  | 'previous'
  | 'next'
  | 'showResult'
  | 'change'
  | 'changeTarget'
  | 'noAnswer'
  | 'restart'
  | 'editAnswers'
  | 'resultTitle'
  | 'resultIntro'
  | 'resultAnnounce'
  | 'outcomeAnnounce'
  | 'eligible'
  | 'not-eligible'
  | 'to-check'
  | 'verdictLabel'
  | 'reasonsTitle'
  | 'stepsTitle'
  | 'financingTitle'
  | 'notesTitle'
  | 'linksTitle'
  | 'moreLinksTitle'
  | 'guideLink'
  | 'periodLabel'
  | 'periodLabelUnit'
  | 'period'
  | 'addPeriod'
  | 'removePeriod'
  | 'removeTarget'
  | 'total'
  | 'totalYears'
  | 'years'
  | 'months'
  | 'yearOne'
  | 'yearMany'
  | 'monthOne'
  | 'monthMany'
  | 'and'
  | 'errorPrefix'
  | 'errorRequiredSingle'
  | 'errorRequiredMultiple'
  | 'errorRequiredPeriod'
  | 'errorNotANumber'
  | 'errorExpected'
  | 'errorRequiredLength'
  | 'lengthBetween'
  | 'lengthMin'
  | 'lengthMax'
  | 'lengthAny'
  | 'numberIn'
  | 'numberBetween'
  | 'numberMin'
  | 'numberMax'
  | 'numberAny'
  | 'errorUnknownOption'
  | 'errorTooMany'
  | 'errorWhole'
  | 'errorStep'
  | 'noQuestionnaire'
  | 'target';

export const strings = frenchFirst<Key>({
  start: 'Commencer',
  moreDetails: 'Voir les liens et le détail',
  print: 'Imprimer',
  copy: 'Copier le résultat',
  copied: 'Le résultat est copié\u00a0: vous pouvez le coller où vous voulez.',
  copyFailed: 'La copie n’a pas fonctionné\u00a0: envoyez-vous le résultat par courriel, ou imprimez-le.',
  mail: 'M’envoyer le résultat',
  mailSubject: 'Mon résultat\u00a0: {title}',
  pickerMore: 'Les {n} premières sur {total} : précisez votre recherche pour trouver les autres.',
  requiredNote: 'Sauf mention contraire, tous les champs sont obligatoires.',
  optional: '(facultatif)',
  stepCount: 'Étape {current}',
  nextStep: 'Étape suivante\u00a0:',
  recapTitle: 'Récapitulatif de vos réponses',
  recapIntro: 'Vérifiez vos réponses avant de voir le résultat. Vous pouvez encore les modifier.',
  previous: 'Précédent',
  next: 'Suivant',
  showResult: 'Voir le résultat',
  change: 'Modifier',
  changeTarget: 'la réponse «\u00a0{title}\u00a0»',
  noAnswer: 'Pas de réponse',
  restart: 'Recommencer',
  editAnswers: 'Modifier mes réponses',
  resultTitle: 'Votre résultat',
  resultIntro: 'Ce résultat est une première indication, établie à partir de vos réponses.',
  resultAnnounce: 'Votre résultat est affiché.',
  outcomeAnnounce: '{title}\u00a0: {verdict}.',
  eligible: 'Accessible',
  'not-eligible': 'Non accessible',
  'to-check': 'À vérifier',
  verdictLabel: 'Verdict\u00a0:',
  reasonsTitle: 'Pourquoi\u00a0?',
  stepsTitle: 'Les prochaines étapes',
  financingTitle: 'Les financements possibles',
  notesTitle: 'À noter',
  linksTitle: 'Liens utiles',
  moreLinksTitle: 'Pour en savoir plus',
  guideLink: 'Voir le parcours {route} dans le guide',
  periodLabel: '{label} {n}',
  periodLabelUnit: '{label} {n} (en {unit})',
  period: 'Période',
  addPeriod: 'Ajouter une période',
  removePeriod: 'Retirer',
  removeTarget: 'la période {n}',
  total: 'Total\u00a0: {total}',
  totalYears: ', soit {years}',
  years: 'ans',
  months: 'mois',
  yearOne: 'an',
  yearMany: 'ans',
  monthOne: 'mois',
  monthMany: 'mois',
  and: ' et ',
  errorPrefix: 'Erreur\u00a0:',
  errorRequiredSingle: 'Choisissez une réponse.',
  errorRequiredMultiple: 'Cochez au moins une réponse.',
  errorExpected: 'Indiquez {what}.',
  errorRequiredPeriod: 'Indiquez la durée de cette période, ou retirez-la.',
  errorRequiredLength: 'Indiquez une durée en années, en mois, ou les deux.',
  errorNotANumber: 'Indiquez {what}, en chiffres (par exemple\u00a012).',
  lengthBetween: 'une durée entre {min} et {max}',
  lengthMin: 'une durée d’au moins {min}',
  lengthMax: 'une durée d’au plus {max}',
  lengthAny: 'une durée',
  numberBetween: 'un nombre entre {min} et {max}',
  numberMin: 'un nombre supérieur ou égal à {min}',
  numberMax: 'un nombre inférieur ou égal à {max}',
  numberAny: 'un nombre',
  numberIn: 'un nombre (en {unit})',
  errorUnknownOption: 'Choisissez une des réponses proposées.',
  errorTooMany: 'Indiquez au plus {max} périodes.',
  errorWhole: 'Indiquez un nombre entier.',
  errorStep: 'Indiquez un multiple de {step}.',
  noQuestionnaire: 'Ce contenu ne comporte pas de questionnaire.',
  target: 'Certification visée\u00a0:',
});
