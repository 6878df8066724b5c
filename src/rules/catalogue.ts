/**
 * The questionnaire with the catalogue compiled in: a content's certification questions and
 * catalogue conditions rewritten into the engine's plain vocabulary (single questions, `in` lists),
 * so that the engine, the lint's exhaustive check, the recap and the reasons need nothing new.
 *
 * - A `certification` question becomes a single question whose options are the catalogue entries
 *   (label: the title, so "{target}" in a reason names the certification), then "not-listed" and
 *   "unknown".
 * - `{ "question": "q", "picked": { "registry": "rncp", … } }` becomes `{ "question": "q", "in": [ids
 *   of the entries with these facts] }`.
 * - A question with `from` (the catalogue knows its answer) is asked only when the picked entry
 *   does not give the fact, and every condition on it also holds when the picked entry gives the
 *   value: `{ "question": "registry", "equals": "rs" }` reads "answered RS, or picked an RS entry".
 *
 * Question, outcome, rule, financing and note positions are kept, so paths found on the compiled questionnaire
 * are paths in the author's file. The result is cached per content object.
 */
import type { Answers } from './types.js';
import type { Certification, Condition, Content, Eligibility, Question } from '../content/schema.js';
import { factValue, NOT_LISTED, registration, registryOf, todayIso, UNKNOWN, vaeListed } from '../content/catalogue.js';

type From = NonNullable<Extract<Question, { type: 'single' }>['from']>;

/** Labels of the answers that are not in the catalogue (and of "the whole certification"), in the content's language. */
const specials = {
  fr: ['Pas dans la liste', 'Je ne sais pas encore', 'La certification entière'],
  en: ['Not in the list', 'I don’t know yet', 'The whole certification'],
};

/** The answer of a bloc question that aims at the whole certification. */
export const WHOLE = 'whole';

/** A bloc's answer value: its code in lower case (option values are lower-case ids). */
export const blocValue = (code: string): string => code.toLowerCase();

// Compiled once per content and per day: whether a registration has ended depends on the date.
const cache = new WeakMap<Content, { today: string; compiled: Eligibility }>();

/** The content's questionnaire as the engine runs it (the same object when it has no certification question). */
export function resolveEligibility(content: Content, today = todayIso()): Eligibility | undefined {
  const eligibility = content.eligibility;
  if (!eligibility?.questions.some((q) => q.type === 'certification')) return eligibility;
  let hit = cache.get(content);
  if (hit?.today !== today) cache.set(content, (hit = { today, compiled: compile(eligibility, content.catalogue ?? [], content.meta.locale, today) }));
  return hit.compiled;
}

/**
 * `answers` without the answer to a bloc question that names a bloc of another entry than the one
 * now picked (the person went back and picked another certification): that question is asked again.
 */
export function withoutStaleBlocs(content: Content, answers: Answers): Answers {
  let kept: Record<string, Answers[string]> | undefined;
  for (const q of content.eligibility?.questions ?? []) {
    if (q.type !== 'bloc' || !Object.prototype.hasOwnProperty.call(answers, q.id) || answers[q.id] === WHOLE) continue;
    const entry = content.catalogue?.find((c) => c.id === answers[q.of]);
    if (!entry?.blocs?.some((b) => blocValue(b.code) === answers[q.id])) delete (kept ??= { ...answers })[q.id];
  }
  return kept ?? answers;
}

function compile(eligibility: Eligibility, catalogue: readonly Certification[], locale: string, today: string): Eligibility {
  const pickers = new Set(eligibility.questions.filter((q) => q.type === 'certification').map((q) => q.id));
  const derived = new Map<string, From>();
  for (const q of eligibility.questions) if (q.type === 'single' && q.from && pickers.has(q.from.question)) derived.set(q.id, q.from);

  // A catalogue may hold a whole registry (100,000 entries), and the same condition recurs across
  // outcomes: each list of ids is made once per compile, named by what it selects.
  const lists: Record<string, string[]> = {};
  const ids = (key: unknown, test: (c: Certification) => boolean) => (lists[JSON.stringify(key)] ??= catalogue.filter(test).map((c) => c.id));
  const known = ({ fact }: From) => ids(fact, (c) => factValue(c, fact) !== undefined);

  const rewrite = (c: Condition): Condition => {
    if ('all' in c) return { all: c.all.map(rewrite) };
    if ('any' in c) return { any: c.any.map(rewrite) };
    if ('not' in c) return { not: rewrite(c.not) };
    if ('picked' in c) {
      const p = c.picked;
      const match = (x: Certification) =>
        (p.registry === undefined || registryOf(x) === p.registry) &&
        (p.kind === undefined || x.kind === p.kind) &&
        (p.vaeAccess === undefined || vaeListed(x) === p.vaeAccess) &&
        (p.level === undefined || x.level === p.level) &&
        (p.registered === undefined || (registration(x, today) !== 'ended') === p.registered) &&
        (p.blocs === undefined || !!x.blocs?.length === p.blocs);
      return { question: c.question, in: pickers.has(c.question) ? ids(p, match) : [] };
    }
    const from = derived.get(c.question);
    if (!from) return c;
    const picked = (values: unknown[]): Condition => ({
      question: from.question,
      in: ids([from.fact, values], (x) => values.includes(factValue(x, from.fact))),
    });
    if ('equals' in c) return { any: [c, picked([c.equals])] };
    if ('in' in c) return { any: [c, picked(c.in)] };
    if ('answered' in c) {
      const given: Condition = { question: from.question, in: known(from) };
      return c.answered ? { any: [c, given] } : { all: [c, { not: given }] };
    }
    return c;
  };
  // Rules, financing references and `{ text, when }` notes; a plain note (a paragraph) has no `when`.
  const when = <T>(x: T): T => {
    const c = (x as { when?: Condition }).when;
    return c ? { ...x, when: rewrite(c) } : x;
  };

  const [notListed, unknown, whole] = specials[locale.toLowerCase().startsWith('en') ? 'en' : 'fr'];
  // Every bloc of the catalogue, once: a bloc question offers them all to the engine, and the form
  // shows only those of the picked entry (elements/eligibility-check/bloc-field.ts).
  const blocOptions = new Map<string, { value: string; label: string }>();
  for (const c of catalogue) for (const b of c.blocs ?? []) blocOptions.set(blocValue(b.code), { value: blocValue(b.code), label: b.title });
  const questions = eligibility.questions.map((q): Question => {
    if (q.type === 'bloc') {
      const { of, ...rest } = q;
      const offered = rewrite({ question: of, picked: { blocs: true } });
      return { ...rest, type: 'single', showIf: q.showIf ? { all: [rewrite(q.showIf), offered] } : offered, options: [{ value: WHOLE, label: whole }, ...blocOptions.values()] };
    }
    const showIf = q.showIf && rewrite(q.showIf);
    if (q.type === 'certification') {
      const options = [
        ...catalogue.map((c) => ({ value: c.id, label: c.title })),
        { value: NOT_LISTED, label: notListed },
        { value: UNKNOWN, label: unknown },
      ];
      return { ...q, showIf, type: 'single', options };
    }
    const from = derived.get(q.id);
    const hide: Condition | undefined = from && { not: { question: from.question, in: known(from) } };
    const shown = showIf && hide ? { all: [showIf, hide] } : (showIf ?? hide);
    return shown ? { ...q, showIf: shown } : q;
  });
  return {
    ...eligibility,
    questions,
    outcomes: eligibility.outcomes.map((o) => ({
      ...o,
      ...(o.showIf ? { showIf: rewrite(o.showIf) } : {}),
      rules: o.rules.map(when),
      ...(o.financing ? { financing: o.financing.map(when) } : {}),
      // A note's `when` reads the catalogue as financing's does: a picked RS entry is "registry: rs".
      ...(o.notes ? { notes: o.notes.map(when) } : {}),
    })),
  };
}

/** The catalogue entry answered to the first certification question that has one in `answers`. */
export function pickedCertification(content: Content, answers: Readonly<Record<string, unknown>>): Certification | undefined {
  for (const q of content.eligibility?.questions ?? []) {
    if (q.type !== 'certification' || !Object.prototype.hasOwnProperty.call(answers, q.id)) continue;
    const found = content.catalogue?.find((c) => c.id === answers[q.id]);
    if (found) return found;
  }
  return undefined;
}
