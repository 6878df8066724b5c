/**
 * The result read answer-first: outcomes ordered open, then to check, then closed (the one the
 * person aims at first within each), and one sentence that names the open routes. Pure functions of
 * the results, so that a table of personas can test the order and the sentence without a browser.
 *
 * Plurals go through Intl.PluralRules: unlike Intl.DateTimeFormat / NumberFormat (20 ms and more on
 * first use, see formatNumber), its first use measured under 1.5 ms in Chromium, and one object per
 * locale is kept.
 */
import type { Verdict } from '../content/schema.js';
import type { Locale } from './answers.js';
import type { OutcomeResult } from './types.js';

const tier: Record<Verdict, number> = { eligible: 0, 'to-check': 1, 'not-eligible': 2 };

/** Open first, then to check, then closed; within a verdict the preferred outcome, then the content's order. */
export function orderResults(results: readonly OutcomeResult[]): OutcomeResult[] {
  // Array sort is stable: equal outcomes keep the content's order.
  return [...results].sort((a, b) => (tier[a.verdict] ?? 1) - (tier[b.verdict] ?? 1) || (b.preferred ? 1 : 0) - (a.preferred ? 1 : 0));
}

const rules: Partial<Record<Locale, Intl.PluralRules>> = {};

/** "one" or "other" (the forms French and English need), by the language's own plural rule. */
export function pluralForm(n: number, locale: Locale): 'one' | 'other' {
  const r = (rules[locale] ??= new Intl.PluralRules(locale));
  return r.select(n) === 'one' ? 'one' : 'other';
}

/** `{one, other}` picked for `n`, with `{n}` replaced. */
export const plural = (n: number, forms: { one: string; other: string }, locale: Locale) =>
  forms[pluralForm(n, locale)].replace('{n}', String(n));

const words = {
  fr: {
    and: ' et ',
    you: { open: { one: 'Une voie vous est ouverte\u00a0: {list}.', other: '{n} voies vous sont ouvertes\u00a0: {list}.' } },
    employer: { open: { one: 'Une voie est ouverte à votre salarié·e\u00a0: {list}.', other: '{n} voies sont ouvertes à votre salarié·e\u00a0: {list}.' } },
    alsoCheck: 'À vérifier\u00a0: {list}.',
    onlyCheck: { one: 'Aucune voie n’est ouverte d’emblée\u00a0; {list} reste à vérifier.', other: 'Aucune voie n’est ouverte d’emblée\u00a0; {list} restent à vérifier.' },
    none: 'Avec ces réponses, aucune des voies étudiées n’est ouverte pour l’instant.',
  },
  en: {
    and: ' and ',
    you: { open: { one: 'One route is open to you: {list}.', other: '{n} routes are open to you: {list}.' } },
    employer: { open: { one: 'One route is open to your employee: {list}.', other: '{n} routes are open to your employee: {list}.' } },
    alsoCheck: 'To be checked: {list}.',
    onlyCheck: { one: 'No route is open straight away; {list} is still to be checked.', other: 'No route is open straight away; {list} are still to be checked.' },
    none: 'With these answers, none of the routes considered is open for now.',
  },
} as const;

/**
 * A title inside a sentence: "Le CQP par la formation" reads "le CQP par la formation" after a
 * colon; a title that starts with an acronym or a name keeps its capital.
 */
function inSentence(title: string): string {
  return /^(Le|La|Les|L[’']|Un|Une|The|A|An)\b/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

function list(titles: string[], locale: Locale): string {
  const t = titles.map(inSentence);
  return t.length < 2 ? (t[0] ?? '') : `${t.slice(0, -1).join(', ')}${words[locale].and}${t.at(-1)}`;
}

/**
 * One or two sentences that answer first: which routes are open (to the person, or to the employee
 * an employer answers for), then which remain to check. Outcome titles are the content's.
 */
export function resultSummary(results: readonly OutcomeResult[], locale: Locale, employer = false): string {
  const w = words[locale === 'en' ? 'en' : 'fr'];
  const ordered = orderResults(results);
  const titles = (v: Verdict) => ordered.filter((r) => r.verdict === v).map((r) => r.outcome.title);
  const open = titles('eligible');
  const check = titles('to-check');
  if (open.length) {
    const lead = plural(open.length, (employer ? w.employer : w.you).open, locale).replace('{list}', list(open, locale));
    return check.length ? `${lead} ${w.alsoCheck.replace('{list}', list(check, locale))}` : lead;
  }
  if (check.length) return plural(check.length, w.onlyCheck, locale).replace('{list}', list(check, locale));
  return w.none;
}
