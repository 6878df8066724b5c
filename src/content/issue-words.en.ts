/**
 * The content issues' English wording. A page's content checker carries only the French one
 * (issue-words.fr.ts): this one is a file of its own beside it (e.g. cqp-vae-guide.check.en.js),
 * plain data that imports nothing, which an element in English loads when it checks content and
 * hands to the checker with each check (shared/checker.ts); the CLI and `parseContent` have both
 * (issue-words.ts).
 */
import type { IssueWords } from './issues.js';

export const englishIssues: IssueWords = {
  types: {
    string: 'a text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object { … }',
    array: 'a list [ … ]', null: 'null', undefined: 'nothing', nan: 'NaN (not a number)',
    infinity: 'an infinite number',
  },
  quotes: ['"', '"'],
  messages: {
    required: 'Required field is missing (expected {expected}).',
    invalid_type: 'Wrong type: expected {expected}, got {received}.',
    invalid_value: 'Unknown value {received}; possible values: {values}.',
    unrecognized_keys: 'Unknown field: {keys}. Check the spelling or remove it.',
    misspelt_key: 'Unknown field: {key}. Did you mean {known}?',
    misspelt_required: 'Unknown field: {key}. Did you mean {known}? That required field is missing.',
    quoted_number: 'The value {received} is written as a text: write the number without quotes ({values}).',
    empty_text: 'The text must not be empty.',
    too_small_array: 'This list needs at least {minimum} item(s).',
    too_small_number: 'The value must be greater than {orEqual}{minimum}.',
    orEqual: 'or equal to ',
    too_big: 'The value is over the maximum ({maximum}).',
    invalid_union: 'Unrecognised shape: expected {expected}, got {received}.',
    another: 'another shape',
    or: ' or ',
    id: 'Invalid identifier {received}: lower-case letters, digits, "-" or "_", no spaces or accents.',
    href: 'Link refused {received}: only complete https:, http:, mailto: and tel: links are accepted.',
    href_credentials: 'Link refused {received}: a "name@" before the site can pass it off as another site.',
    href_backslash: 'Link refused {received}: write "/" instead of "\\".',
    href_mixed_scripts: 'Link refused {received}: the site name mixes alphabets (Latin, Cyrillic, Greek).',
    href_space: 'Link refused {received}: it contains a space, and an address has none.',
    date: 'Invalid date {received}: expected YYYY-MM-DD (for example 2026-11-27).',
    unknown_contact: 'The contact {id} does not exist in "contacts".',
    json: 'The file is not valid JSON: {detail}',
    json_at: 'line {line}, column {column}: {advice}',
    json_advice: 'check the quotes, commas and braces',
    duplicate: 'The identifier {id} is already used elsewhere ({other}).',
    unknown_question: 'This condition names the question {id}, which does not exist.',
    unknown_option: 'The value {value} is not an option of the question {id}.',
    unknown_route: 'The route {id} does not exist in the guide.',
    unknown_financing: 'The financing option {id} does not exist in the route {route}.',
    later_question: 'This condition names the question {id}, asked later: a question can only depend on earlier ones.',
    range: 'The minimum ({min}) is over the maximum ({max}).',
    too_deep: 'Condition nested too deep (more than {max} levels of all, any or not): simplify it.',
    too_deep_document: 'Document nested too deep to be read (or an object that contains itself).',
    unreadable: 'The document could not be read: {detail}',
    // The catalogue's own checks (references.ts).
    registry: 'Invalid {kind} number {received}: {kind} then 3 to 6 digits.',
    reserved: 'Reserved identifier {id}.',
    not_certification: 'The question {id} is not of type "certification".',
    no_catalogue: 'The content has no "catalogue".',
    fallback: 'Invalid value ({code}).',
  },
};
