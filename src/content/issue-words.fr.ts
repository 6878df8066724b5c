/**
 * The content issues' French wording: the one the content checker carries (validate.ts), since a
 * page's interface is French unless it says otherwise. The English wording (issue-words.en.ts)
 * reaches a page's checker only when the page is in English (shared/checker.ts).
 */
import type { IssueWords } from './issues.js';

export const frenchIssues: IssueWords = {
  types: {
    string: 'un texte', number: 'un nombre', int: 'un nombre entier', boolean: 'vrai ou faux (true/false)', object: 'un objet { … }',
    array: 'une liste [ … ]', null: 'null', undefined: 'rien', nan: 'NaN (pas un nombre)',
    infinity: 'un nombre infini',
  },
  quotes: ['« ', ' »'],
  messages: {
    required: 'Champ obligatoire manquant (attendu : {expected}).',
    invalid_type: 'Type incorrect : attendu {expected}, reçu {received}.',
    invalid_value: 'Valeur non reconnue {received} ; valeurs possibles : {values}.',
    unrecognized_keys: 'Champ inconnu : {keys}. Vérifiez l’orthographe ou retirez-le.',
    misspelt_key: 'Champ inconnu : {key}. Vouliez-vous dire {known} ?',
    misspelt_required: 'Champ inconnu : {key}. Vouliez-vous dire {known} ? Ce champ obligatoire manque.',
    quoted_number: 'La valeur {received} est écrite comme un texte : écrivez le nombre sans guillemets ({values}).',
    empty_text: 'Le texte ne doit pas être vide.',
    too_small_array: 'Il faut au moins {minimum} élément(s) dans cette liste.',
    too_small_number: 'La valeur doit être supérieure{orEqual} à {minimum}.',
    orEqual: ' ou égale',
    too_big: 'La valeur dépasse le maximum ({maximum}).',
    invalid_union: 'Forme non reconnue : attendu {expected}, reçu {received}.',
    another: 'une autre forme',
    or: ' ou ',
    id: 'Identifiant invalide {received} : lettres minuscules, chiffres, « - » ou « _ », sans espace ni accent.',
    href: 'Lien refusé {received} : seuls les liens https:, http:, mailto: et tel: complets sont acceptés.',
    href_credentials: 'Lien refusé {received} : un « nom@ » avant le site peut faire croire à un autre site.',
    href_backslash: 'Lien refusé {received} : écrivez « / » au lieu de « \\ ».',
    href_mixed_scripts: 'Lien refusé {received} : le nom du site mélange des alphabets (latin, cyrillique, grec).',
    href_space: 'Lien refusé {received} : il contient une espace, et une adresse n’en contient pas.',
    date: 'Date invalide {received} : format attendu AAAA-MM-JJ (par exemple 2026-11-27).',
    unknown_contact: 'Le contact {id} n’existe pas dans « contacts ».',
    json: 'Le fichier n’est pas du JSON valide : {detail}',
    json_at: 'ligne {line}, colonne {column}\u00a0: {advice}',
    json_advice: 'vérifiez les guillemets, les virgules et les accolades',
    duplicate: 'L’identifiant {id} est déjà utilisé ailleurs ({other}).',
    unknown_question: 'Cette condition cite la question {id}, qui n’existe pas.',
    unknown_option: 'La valeur {value} n’est pas une option de la question {id}.',
    unknown_route: 'Le parcours {id} n’existe pas dans le guide.',
    unknown_financing: 'Le financement {id} n’existe pas dans le parcours {route}.',
    later_question:
      'Cette condition cite la question {id}, posée plus tard : une question ne peut dépendre que des précédentes.',
    range: 'Le minimum ({min}) dépasse le maximum ({max}).',
    too_deep: 'Condition imbriquée trop profondément (plus de {max} niveaux de all, any ou not) : simplifiez-la.',
    too_deep_document: 'Document imbriqué trop profondément pour être lu (ou objet qui se contient lui-même).',
    unreadable: 'Le document n’a pas pu être lu : {detail}',
    // The catalogue's own checks (references.ts).
    registry: 'Numéro {kind} invalide {received} : {kind} suivi de 3 à 6 chiffres.',
    reserved: 'Identifiant réservé {id}.',
    not_certification: 'La question {id} n’est pas de type « certification ».',
    no_catalogue: 'Le contenu n’a pas de « catalogue ».',
    fallback: 'Valeur invalide ({code}).',
  },
};
