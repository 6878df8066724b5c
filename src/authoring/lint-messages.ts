/**
 * Words of the lint: a message for each check that only the lint makes, and a hint (what to do about
 * it) for every finding, schema and cross-reference issues included. Written for a content author,
 * not a developer: they name the fields of the content file and say what to change.
 */
import type { IssueLocale } from '../content/issues.js';

type Params = Record<string, unknown>;
type Words = Record<string, (p: Params) => string>;

const fr: Words = {
  cycle: (p) => `Les conditions d’affichage tournent en rond : ${p.chain}. Aucune de ces questions ne peut être posée.`,
  question_never_shown: (p) => `La question ${p.id} n’est jamais posée : sa condition « showIf » n’est vraie pour aucune suite de réponses.`,
  outcome_never_shown: (p) => `Le résultat ${p.id} n’est jamais affiché : sa condition « showIf » n’est vraie pour aucune suite de réponses.`,
  outcome_never_reached: (p) => `Le résultat ${p.id} n’a jamais de verdict : aucune de ses règles ne s’applique lorsqu’il est affiché.`,
  no_outcome: (p) => `Ces réponses n’aboutissent à aucun résultat (aucun « showIf » de résultat n’est vrai) : ${p.answers}${p.more}.`,
  no_rule: (p) =>
    `Pour ces réponses, le résultat ${p.id} s’affiche sans aucune règle qui s’applique (il dirait « à vérifier » sans raison) : ${p.answers}${p.more}.`,
  more_gaps: (p) => `${p.count} autre(s) cas sans résultat ne sont pas listés.`,
  contradiction: (p) =>
    `Les résultats ${p.id} et ${p.other} mènent tous deux au parcours ${p.route} mais se contredisent : pour les mêmes réponses, ${p.id} dit « ${p.verdict} » et ${p.other} « non accessible ». Exemple : ${p.answers}.`,
  eligible: () => 'accessible',
  'to-check': () => 'à vérifier',
  rule_never_applies: () => 'Cette règle ne s’applique jamais : sa condition « when » n’est vraie pour aucune suite de réponses où le résultat est affiché.',
  rule_never_shown: () =>
    'La raison de cette règle n’est jamais affichée : chaque fois qu’elle s’applique, une règle plus restrictive s’applique aussi, et un verdict « non éligible » ou « à vérifier » ne montre pas les raisons « éligible ».',
  financing_never_applies: (p) => `Le financement ${p.id} n’est jamais proposé : sa condition « when » n’est vraie pour aucune suite de réponses menant à ce résultat.`,
  note_never_applies: () => 'Cette note n’est jamais affichée : sa condition « when » n’est vraie pour aucune suite de réponses menant à ce résultat.',
  too_many_combinations: (p) =>
    `La vérification exhaustive a dû suivre plus de ${p.max} débuts de réponses distincts à la même question et s’est arrêtée là. Les cas sans résultat trouvés sont listés, mais les questions, résultats et règles jamais atteints ne sont pas vérifiés.`,
  stale: (p) => `Le contenu a été vérifié le ${p.date}, il y a ${p.days} jours (plus de ${p.max}) : la loi ou la source ont pu changer.`,
  reviewed_in_future: (p) => `La date de vérification ${p.date} est dans le futur (aujourd’hui : ${p.today}).`,
  unknown_placeholder: (p) => `La raison cite {${p.id}}, qui n’est pas une question : la personne lira « ? ».`,
  placeholder_unanswered: (p) =>
    `La raison cite {${p.id}}, mais cette question n’a pas de réponse dans certains cas où la règle s’applique : la personne lira « ? ». Exemple : ${p.answers}.`,
  comparison_row_empty: (p) => `Aucun parcours n’a de rubrique ${p.kind} : cette ligne de la comparaison serait vide.`,
  registration_ended: (p) =>
    `L’enregistrement de ${p.id} a pris fin le ${p.date}, avant la vérification du contenu (${p.reviewed}) : les widgets la présentent comme une certification dont l’inscription est terminée.`,
  vae_not_rncp: (p) => `La certification ${p.id} est dite accessible par la VAE (« vaeAccess ») sans être inscrite au RNCP : la VAE ne mène qu’à une certification du RNCP.`,
  unanswered: () => '(aucune réponse)',
  more: (p) => ` (${p.count} combinaisons de réponses dans ce cas)`,
};

const en: Words = {
  cycle: (p) => `The display conditions go round in a circle: ${p.chain}. None of these questions can be asked.`,
  question_never_shown: (p) => `The question ${p.id} is never asked: its "showIf" condition holds for no set of answers.`,
  outcome_never_shown: (p) => `The outcome ${p.id} is never shown: its "showIf" condition holds for no set of answers.`,
  outcome_never_reached: (p) => `The outcome ${p.id} never gets a verdict: none of its rules applies when it is shown.`,
  no_outcome: (p) => `These answers reach no outcome at all (no outcome's "showIf" holds): ${p.answers}${p.more}.`,
  no_rule: (p) =>
    `For these answers, the outcome ${p.id} is shown with no rule that applies (it would say "to check" with no reason): ${p.answers}${p.more}.`,
  more_gaps: (p) => `${p.count} more case(s) without a result are not listed.`,
  contradiction: (p) =>
    `The outcomes ${p.id} and ${p.other} both lead to the route ${p.route} but contradict each other: on the same answers, ${p.id} says "${p.verdict}" and ${p.other} "not eligible". Example: ${p.answers}.`,
  eligible: () => 'eligible',
  'to-check': () => 'to check',
  rule_never_applies: () => 'This rule never applies: its "when" condition holds for no set of answers where the outcome is shown.',
  rule_never_shown: () =>
    'This rule\'s reason is never shown: whenever it applies, a more restrictive rule applies too, and a "not eligible" or "to check" verdict does not show "eligible" reasons.',
  financing_never_applies: (p) => `The financing option ${p.id} is never offered: its "when" condition holds for no set of answers leading to this outcome.`,
  note_never_applies: () => 'This note is never shown: its "when" condition holds for no set of answers leading to this outcome.',
  too_many_combinations: (p) =>
    `The exhaustive check had to follow more than ${p.max} distinct partial sets of answers at one question and stopped there. The gaps found are listed, but questions, outcomes and rules that are never reached are not checked.`,
  stale: (p) => `The content was checked on ${p.date}, ${p.days} days ago (more than ${p.max}): the law or the source may have changed.`,
  reviewed_in_future: (p) => `The review date ${p.date} is in the future (today: ${p.today}).`,
  unknown_placeholder: (p) => `The reason names {${p.id}}, which is not a question: the person will read "?".`,
  placeholder_unanswered: (p) =>
    `The reason names {${p.id}}, but that question has no answer in some cases where the rule applies: the person will read "?". Example: ${p.answers}.`,
  comparison_row_empty: (p) => `No route has a ${p.kind} section: this comparison row would be empty.`,
  registration_ended: (p) =>
    `The registration of ${p.id} ended on ${p.date}, before the content was checked (${p.reviewed}): the widgets present it as a certification whose registration is over.`,
  vae_not_rncp: (p) => `The certification ${p.id} is said to be open to VAE ("vaeAccess") but is not in the RNCP: VAE only leads to an RNCP certification.`,
  unanswered: () => '(no answer)',
  more: (p) => ` (${p.count} combinations of answers in this case)`,
};

const hintsFr: Record<string, string> = {
  required: 'Ajoutez ce champ ; la description du JSON Schema (survol dans votre éditeur) dit ce qu’il attend.',
  invalid_type: 'Remplacez la valeur par le type attendu (un texte s’écrit entre guillemets, un nombre sans).',
  invalid_value: 'Choisissez l’une des valeurs possibles, orthographe exacte.',
  unrecognized_keys: 'Corrigez l’orthographe du champ ou retirez-le ; les champs possibles sont ceux que votre éditeur propose.',
  empty_text: 'Écrivez le texte, ou retirez le champ s’il est facultatif.',
  too_small_array: 'Ajoutez des éléments à la liste, ou retirez-la si elle est facultative.',
  too_small_number: 'Choisissez une valeur plus grande.',
  too_big: 'Choisissez une valeur plus petite.',
  invalid_union: 'Comparez avec un exemple de demo/content/ : la forme de cette valeur ne correspond à aucune forme permise.',
  id: 'Exemple d’identifiant valide : « cqp-vente-2 ».',
  href: 'Écrivez l’adresse complète, avec https:// au début.',
  href_space: 'Retirez l’espace (souvent un copier-coller coupé en deux) ; dans un chemin, écrivez-la %20.',
  quoted_number: 'Retirez les guillemets autour du nombre, par exemple "level": 4.',
  date: 'Écrivez la date sous la forme 2026-11-27.',
  json: 'Vérifiez les virgules (pas de virgule après le dernier élément), les guillemets droits " et les accolades.',
  duplicate: 'Donnez un identifiant différent à l’un des deux.',
  unknown_question: 'Corrigez l’identifiant pour qu’il soit celui d’une question (« questions[].id »).',
  unknown_option: 'Utilisez l’une des valeurs « options[].value » de cette question.',
  unknown_route: 'Utilisez l’identifiant d’un parcours du guide (« guide.routes[].id »).',
  unknown_financing: 'Utilisez l’identifiant d’un financement (« options[].id ») d’une rubrique « financing » de ce parcours.',
  later_question: 'Déplacez la question citée avant celle-ci, ou changez la condition : on ne peut dépendre que d’une réponse déjà donnée.',
  range: 'Inversez « min » et « max », ou corrigez l’un des deux.',
  cycle: 'Retirez la condition qui fait dépendre une question d’elle-même ou d’une question posée après elle.',
  question_never_shown: 'Corrigez sa condition « showIf » (une valeur ou un seuil impossible ?) ou retirez la question.',
  outcome_never_shown: 'Corrigez sa condition « showIf » ou retirez le résultat.',
  outcome_never_reached: 'Ajoutez à la fin de « rules » une règle sans « when », ou corrigez les conditions des règles.',
  no_outcome: 'Élargissez la condition « showIf » d’un résultat pour couvrir ce cas, ou ajoutez un résultat pour lui.',
  no_rule: 'Ajoutez une règle pour ce cas, ou une dernière règle sans « when » qui couvre tout le reste.',
  contradiction:
    'Faites tester les mêmes faits aux deux résultats : là où le contenu ne peut pas savoir, donnez « to-check » avec la raison dans les deux, ou n’affichez qu’un des deux (« showIf »).',
  more_gaps: 'Corrigez les cas listés puis relancez la vérification.',
  rule_never_applies: 'Corrigez sa condition « when » (une valeur, un seuil ou une question masquée ?) ou retirez la règle.',
  rule_never_shown: 'Si cette raison doit être lue, donnez-lui un verdict plus restrictif ; sinon, retirez la règle.',
  financing_never_applies: 'Corrigez sa condition « when » ou retirez ce financement du résultat.',
  note_never_applies: 'Corrigez sa condition « when » ou retirez cette note du résultat.',
  too_many_combinations: 'Regroupez les choix qui mènent aux mêmes règles, ou découpez le questionnaire en plusieurs contenus.',
  stale: 'Relisez le contenu au regard de sa source et de la loi, puis mettez à jour « meta.reviewedAt ».',
  reviewed_in_future: 'Corrigez « meta.reviewedAt » : c’est la date de la dernière relecture.',
  unknown_placeholder: 'Écrivez entre accolades l’identifiant exact d’une question, ou retirez les accolades.',
  placeholder_unanswered: 'Ajoutez à la condition « when » de la règle que cette question a une réponse, ou reformulez la raison.',
  comparison_row_empty: 'Ajoutez une rubrique de ce type à un parcours, ou retirez la ligne.',
  registry: 'Recopiez le numéro de la fiche sur francecompetences.fr, par exemple « RNCP35433 » ou « RS5678 ».',
  reserved: '« not-listed » et « unknown » sont des réponses du questionnaire : donnez à cette certification un autre identifiant.',
  not_certification: 'Citez une question de type « certification », ou utilisez « equals » / « in ».',
  no_catalogue: 'Ajoutez au contenu une liste « catalogue » de certifications, ou retirez ceci.',
  vae_not_rncp: 'Retirez « vaeAccess », ou corrigez « registry » si la certification est inscrite au RNCP.',
  registration_ended: 'Relancez « catalogue import » sur un export récent (la fiche a peut-être été renouvelée sous un autre numéro), ou retirez la certification.',
  unknown_contact: 'Ajoutez ce contact à la liste « contacts » du contenu, ou citez l’identifiant d’un contact existant.',
  fallback: 'Comparez avec un exemple de demo/content/.',
};

const hintsEn: Record<string, string> = {
  required: 'Add this field; the JSON Schema description (hover in your editor) says what it expects.',
  invalid_type: 'Use a value of the expected type (text goes between quotes, a number does not).',
  invalid_value: 'Pick one of the possible values, spelt exactly.',
  unrecognized_keys: 'Fix the spelling of the field or remove it; the possible fields are those your editor suggests.',
  empty_text: 'Write the text, or remove the field if it is optional.',
  too_small_array: 'Add items to the list, or remove it if it is optional.',
  too_small_number: 'Pick a larger value.',
  too_big: 'Pick a smaller value.',
  invalid_union: 'Compare with an example in demo/content/: this value matches none of the allowed shapes.',
  id: 'A valid identifier, for example: "cqp-sales-2".',
  href: 'Write the complete URL, starting with https://.',
  href_space: 'Remove the space (often a copy-and-paste cut in two); in a path, write it %20.',
  quoted_number: 'Remove the quotes around the number, for example "level": 4.',
  date: 'Write the date as 2026-11-27.',
  json: 'Check the commas (none after the last item), straight double quotes " and braces.',
  duplicate: 'Give one of the two a different identifier.',
  unknown_question: 'Fix the identifier so that it is a question\'s ("questions[].id").',
  unknown_option: 'Use one of the "options[].value" of that question.',
  unknown_route: 'Use the identifier of a guide route ("guide.routes[].id").',
  unknown_financing: 'Use the identifier of a financing option ("options[].id") of a "financing" section of that route.',
  later_question: 'Move the named question before this one, or change the condition: only answers already given can be used.',
  range: 'Swap "min" and "max", or fix one of them.',
  cycle: 'Remove the condition that makes a question depend on itself or on a question asked after it.',
  question_never_shown: 'Fix its "showIf" condition (an impossible value or threshold?) or remove the question.',
  outcome_never_shown: 'Fix its "showIf" condition or remove the outcome.',
  outcome_never_reached: 'Add a last rule without "when" to "rules", or fix the rules\' conditions.',
  no_outcome: 'Widen the "showIf" condition of an outcome to cover this case, or add an outcome for it.',
  no_rule: 'Add a rule for this case, or a last rule without "when" that covers everything else.',
  contradiction:
    'Make both outcomes test the same facts: where the content cannot know, give "to-check" with the reason in both, or show only one of them ("showIf").',
  more_gaps: 'Fix the listed cases, then run the check again.',
  rule_never_applies: 'Fix its "when" condition (a value, a threshold or a hidden question?) or remove the rule.',
  rule_never_shown: 'If this reason must be read, give it a more restrictive verdict; otherwise remove the rule.',
  financing_never_applies: 'Fix its "when" condition or remove this option from the outcome.',
  note_never_applies: 'Fix its "when" condition or remove this note from the outcome.',
  too_many_combinations: 'Group choices that lead to the same rules, or split the questionnaire into several contents.',
  stale: 'Check the content against its source and the law, then update "meta.reviewedAt".',
  reviewed_in_future: 'Fix "meta.reviewedAt": it is the date of the last review.',
  unknown_placeholder: 'Put the exact identifier of a question between the braces, or remove the braces.',
  placeholder_unanswered: 'Add to the rule\'s "when" that this question is answered, or reword the reason.',
  comparison_row_empty: 'Add a section of that kind to a route, or remove the row.',
  registry: 'Copy the number of the record on francecompetences.fr, for example "RNCP35433" or "RS5678".',
  reserved: '"not-listed" and "unknown" are answers of the questionnaire: give this certification another identifier.',
  not_certification: 'Name a question of type "certification", or use "equals" / "in".',
  no_catalogue: 'Add a "catalogue" list of certifications to the content, or remove this.',
  vae_not_rncp: 'Remove "vaeAccess", or fix "registry" if the certification is in the RNCP.',
  registration_ended: 'Run "catalogue import" again on a recent export (the record may have been renewed under another number), or remove the certification.',
  unknown_contact: 'Add this contact to the content\'s "contacts" list, or name an existing contact\'s id.',
  fallback: 'Compare with an example in demo/content/.',
};

const words: Record<IssueLocale, Words> = { fr, en };
const hints: Record<IssueLocale, Record<string, string>> = { fr: hintsFr, en: hintsEn };

/** A quoted name as the locale writes it: « x » or "x". */
export const quoted = (locale: IssueLocale, v: unknown) => (locale === 'fr' ? `« ${String(v)} »` : `"${String(v)}"`);

/** The message of a lint-only check. */
export function lintMessage(locale: IssueLocale, code: string, params: Params = {}): string {
  const w = words[locale][code];
  return w ? w(params) : code;
}

/** What to do about a finding, for any code (schema, references or lint). */
export function hintFor(locale: IssueLocale, code: string): string {
  return hints[locale][code] ?? hints[locale].fallback;
}
