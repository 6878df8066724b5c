/**
 * What the engine answers where a content has a gap: answers for which an outcome has no rule that
 * applies, or for which no outcome is shown at all. The lint (`npx cqp-vae-widgets validate`) finds
 * such gaps before publication, but a page does not run it (it would cost every visitor the lint's
 * bytes and time), so a content with a gap can reach a visitor. Then the result says "to check" and
 * whom to ask, instead of a silent or empty result that could be read as an answer.
 */
import type { Content, Link, Outcome } from '../content/schema.js';
import type { OutcomeResult } from './types.js';
import type { Locale } from './answers.js';

const words = {
  fr: {
    reason: 'Le questionnaire ne prévoit pas de réponse pour votre situation : vérifiez-la auprès de {publisher}.',
    contact: 'Contacter {publisher}',
    title: 'Votre situation',
  },
  en: {
    reason: 'The questionnaire has no answer for your situation: check it with {publisher}.',
    contact: 'Contact {publisher}',
    title: 'Your situation',
  },
} as const;

/**
 * Id of the outcome given when no outcome of the content is shown. Content ids start with a letter
 * or a digit, so this one cannot be a content's.
 */
export const UNMATCHED_OUTCOME = '_unmatched';

const fill = (text: string, publisher: string) => text.replace('{publisher}', publisher);

/** The publisher's page when it has one, else the page the content comes from. */
export function contactLink(content: Content, locale: Locale): Link {
  const { publisher, source } = content.meta;
  return { text: fill(words[locale].contact, publisher.name), href: publisher.url ?? source.url };
}

/**
 * The result of an outcome that no rule answers: "to check", one reason that says so, and the
 * contact first among the outcome's links. `unmatched` lets the element tell the author.
 */
export function unmatched(content: Content, outcome: Outcome, locale: Locale): Pick<OutcomeResult, 'outcome' | 'verdict' | 'reasons' | 'unmatched'> {
  return {
    outcome: { ...outcome, links: [contactLink(content, locale), ...(outcome.links ?? [])] },
    verdict: 'to-check',
    reasons: [{ verdict: 'to-check', text: fill(words[locale].reason, content.meta.publisher.name) }],
    unmatched: true,
  };
}

/** The one result given when the answers show no outcome of the content. */
export function noOutcome(content: Content, locale: Locale): OutcomeResult {
  const outcome: Outcome = { id: UNMATCHED_OUTCOME, title: words[locale].title, rules: [] };
  return { ...unmatched(content, outcome, locale), steps: [], financing: [], notes: [] };
}
