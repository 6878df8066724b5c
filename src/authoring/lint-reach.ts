/**
 * The exhaustive part of the lint: every combination of answers a person can give, asked in the
 * questionnaire's order (a hidden question is skipped, as the engine skips it), judged by the
 * engine's own condition evaluator (see lint-domains.ts for the answers tried). What it finds:
 * questions never asked, outcomes never shown or never given a verdict, rules and financing options
 * that never apply, and the sets of answers that reach no outcome at all.
 *
 * Combinations multiply with every question (a 40-question content has more than 10^15), so they
 * are not walked one by one. Each thing the lint asks ("can rule 3 of outcome 2 apply?", "which
 * answers leave outcome 2 without a rule?") is one search, question by question in the
 * questionnaire's order, that keeps of each partial combination only what can still matter: the
 * answers a later `showIf` reads, and the truth of the leaves of the condition asked about.
 * Partial combinations alike in that are one, with the number of combinations it stands for and
 * the first of them in the questionnaire's order: the example a walk would have met first. A
 * search drops what can no longer satisfy its condition, and one that wants a single example
 * keeps nothing that comes after a combination that satisfies it for sure.
 */
import type { Content } from '../content/schema.js';
import { isConditional } from '../content/note.js';
import type { Answer } from '../rules/types.js';
import { resolveEligibility } from '../rules/catalogue.js';
import { domainsOf } from './lint-domains.js';
import { and, compiler, not, or, TRUE, type Compiled } from './lint-compile.js';
import { PLACEHOLDER } from '../rules/reasons.js';

type Kept = Record<string, Answer>;

/**
 * Above this many combinations at one question (the distinct situations before it times its
 * answers), the check stops and says so rather than stall an editor.
 */
export const MAX_COMBINATIONS = 20_000;

export interface Gap {
  kind: 'no_outcome' | 'no_rule';
  /** The outcome shown without any rule (no_rule), else -1. */
  outcome: number;
  example: Kept;
  count: number;
}

/**
 * Two outcomes that lead to the same guide route and, on one set of answers, disagree about whether
 * it is open: `open` says "accessible" or "to check", `closed` says "not accessible".
 */
export interface Contradiction {
  open: number;
  closed: number;
  example: Kept;
}

/** A rule whose reason names a question that may be unanswered when the reason is shown. */
export interface Missing {
  outcome: number;
  rule: number;
  id: string;
  example: Kept;
}

export interface Reach {
  /** False when the check went over the cap: the "never" lists are then unreliable. */
  exhaustive: boolean;
  /** How many combinations of answers there are (0 when the check stopped at the cap before counting). */
  combinations: number;
  questionShown: boolean[];
  outcomeShown: boolean[];
  outcomeReached: boolean[];
  ruleApplies: boolean[][];
  ruleShown: boolean[][];
  financingApplies: boolean[][];
  /** Per outcome, per note: true for a plain note, else whether its `when` holds for some answers reaching the outcome. */
  noteApplies: boolean[][];
  /** In the order a walk through the combinations meets them. */
  gaps: Gap[];
  placeholderMissing: Missing[];
  /** One example per ordered pair of outcomes of the same route that contradict each other. */
  contradictions: Contradiction[];
}

/** The answers chosen so far, last first. */
interface Path {
  d: number;
  up: Path | null;
}
/** Partial combinations alike in what the rest can read: the answers of the first, and how many. */
interface State {
  at: number[];
  count: number;
  path: Path | null;
}

const OVER = {};

/** Walks every combination of answers (up to `max` at one question) and records what they reach. */
export function explore(content: Content, max = MAX_COMBINATIONS): Reach | undefined {
  // The questionnaire as the engine runs it: a certification question is a choice among the
  // catalogue's entries, and a question the catalogue answers is asked only when it does not.
  const eligibility = resolveEligibility(content);
  if (!eligibility) return undefined;
  const { questions, outcomes } = eligibility;
  const n = questions.length;
  const domains = domainsOf(eligibility, max);
  const c = compiler(questions, domains);
  const shows = questions.map((q) => c.compile(q.showIf));
  // Per question: the leaves of later questions' showIf that read it, and the last such question.
  const readBy = questions.map((): number[] => []);
  const lastReader = questions.map(() => -1);
  shows.forEach((s, k) =>
    s.leaves.forEach((l) => {
      const j = c.question[l];
      if (j >= 0 && j < k) (readBy[j].push(l), (lastReader[j] = k));
    }),
  );
  // A visible question with nothing to answer ends its combinations: a combination that satisfies
  // a condition at some question may still die later, so no search may stop early.
  const endless = !domains.some((d) => d.length === 0);
  const compiled = outcomes.map((o) => {
    const show = c.compile(o.showIf);
    const rules = o.rules.map((r) => c.compile(r.when));
    const strict = rules.filter((_, k) => o.rules[k].verdict !== 'eligible');
    const verdict = (v: string) => rules.filter((_, k) => o.rules[k].verdict === v);
    return {
      show,
      rules,
      // The verdict is the most restrictive of the rules that apply: "not accessible" as soon as
      // one such rule does, else the route is open or to check.
      closed: and([show, or(verdict('not-eligible'))]),
      open: and([show, ...verdict('not-eligible').map(not)]),
      reached: and([show, or(rules)]),
      // An "eligible" reason is shown only when no more restrictive rule applies.
      shown: rules.map((r, k) => and([show, r, ...(o.rules[k].verdict === 'eligible' ? strict.map(not) : [])])),
      financing: (o.financing ?? []).map((f) => c.compile(f.when)),
      notes: (o.notes ?? []).map((n) => c.compile(isConditional(n) ? n.when : undefined)),
    };
  });

  const reach: Reach = {
    exhaustive: true,
    combinations: 0,
    questionShown: questions.map(() => false),
    outcomeShown: outcomes.map(() => false),
    outcomeReached: outcomes.map(() => false),
    ruleApplies: outcomes.map((o) => o.rules.map(() => false)),
    ruleShown: outcomes.map((o) => o.rules.map(() => false)),
    financingApplies: outcomes.map((o) => (o.financing ?? []).map(() => false)),
    noteApplies: outcomes.map((o) => (o.notes ?? []).map(() => false)),
    gaps: [],
    placeholderMissing: [],
    contradictions: [],
  };

  // The states of the search that reads nothing, before each question: a search starts from them
  // at the first question its condition reads, since up to there it would keep the same.
  const before: State[][] = [];
  const copy = (s: State): State => ({ ...s, at: s.at.slice() });

  /** The combinations for which `query` holds, alike ones as one, in the questionnaire's order. */
  const search = (query: Compiled, firstOnly: boolean): State[] => {
    const mine = questions.map((): number[] => []);
    for (const l of new Set(query.leaves)) if (c.question[l] >= 0) mine[c.question[l]].push(l);
    // Class of each answer (index + 1) among those the given leaves tell apart.
    const classes = (j: number, leaves: number[]) => {
      const ids = new Map<string, number>();
      const out: number[] = [];
      for (let d = -1; d < domains[j].length; d++) {
        const signature = leaves.map((l) => c.truth(l, d)).join('');
        out.push(ids.get(signature) ?? ids.set(signature, ids.size).size - 1);
      }
      return out;
    };
    const tables: number[][] = [];
    const root = !before.length;
    const from = mine.findIndex((l) => l.length);
    const start = root ? 0 : from < 0 ? n : from;
    // The answers that can still matter, with the class table their part of a state's name comes from.
    let key: (readonly [number, number[]])[] = [...Array(start).keys()].map((j) => [j, []]);
    let states = root ? [{ at: questions.map(() => -1), count: 1, path: null }] : before[start].map(copy);
    if (!states.length || query.test(states[0].at, start) === 0) return [];
    for (let i = start; i < n; i++) {
      if (root) before[i] = states.map(copy);
      const domain = domains[i];
      let width = 0;
      const visible = states.map((s) => {
        const v = shows[i].test(s.at, n) === 1;
        width += v ? domain.length : 1;
        return v;
      });
      if (width > max) throw OVER;
      if (root && visible.includes(true)) reach.questionShown[i] = true;
      if (!mine[i].length && lastReader[i] <= i) {
        // Nothing reads this answer: all of them lead to the same state, the first one as example.
        states = states.filter((s, k) => {
          if (visible[k]) s.count *= domain.length;
          s.path = { d: visible[k] ? 0 : -1, up: s.path };
          return !visible[k] || domain.length > 0;
        });
        continue;
      }
      key = [...key.map(([j]) => j), i].flatMap((j) =>
        lastReader[j] > i || mine[j].length ? [[j, (tables[j] ??= classes(j, [...mine[j], ...readBy[j]]))] as const] : [],
      );
      const next = new Map<string, State>();
      states.forEach((s, k) => {
        for (let d = visible[k] ? 0 : -1; d < (visible[k] ? domain.length : 0); d++) {
          s.at[i] = d;
          if (query.test(s.at, i + 1) === 0) continue;
          // Its name: the classes of the answers that can still matter.
          let name = '';
          for (const [j, t] of key) name += t[s.at[j] + 1] + ',';
          const found = next.get(name);
          if (found) found.count += s.count;
          else next.set(name, { at: s.at.slice(), count: s.count, path: { d, up: s.path } });
        }
      });
      states = [...next.values()];
      if (firstOnly && endless) {
        const sure = states.findIndex((s) => query.test(s.at, i + 1) === 1);
        if (sure === 0) {
          // Whatever comes next, the first combination that follows is the first example.
          const [s] = states;
          for (let j = i + 1; j < n; j++) s.path = { d: (s.at[j] = shows[j].test(s.at, n) === 1 ? 0 : -1), up: s.path };
          return [s];
        }
        if (sure > 0) states.length = sure + 1;
      }
    }
    if (root) before[n] = states.map(copy);
    return states;
  };

  const indexes = (path: Path | null) => {
    const at = questions.map(() => -1);
    for (let i = n - 1; path; i--, path = path.up) at[i] = path.d;
    return at;
  };
  const example = (at: number[]) => {
    const kept: Kept = {};
    questions.forEach((q, i) => {
      const value = at[i] < 0 ? undefined : domains[i][at[i]];
      if (value !== undefined) kept[q.id] = value;
    });
    return kept;
  };
  // What one combination reaches: every flag it sets is known, and needs no search of its own.
  const witness = (at: number[]) => {
    compiled.forEach((o, k) => {
      if (!o.show.test(at, n)) return;
      reach.outcomeShown[k] = true;
      if (!o.reached.test(at, n)) return;
      reach.outcomeReached[k] = true;
      o.rules.forEach((r, j) => {
        if (!r.test(at, n)) return;
        reach.ruleApplies[k][j] = true;
        if (o.shown[j].test(at, n)) reach.ruleShown[k][j] = true;
      });
      o.financing.forEach((f, j) => f.test(at, n) && (reach.financingApplies[k][j] = true));
      o.notes.forEach((f, j) => f.test(at, n) && (reach.noteApplies[k][j] = true));
    });
    return at;
  };
  const first = (query: Compiled) => {
    const [found] = search(query, true);
    return found && witness(indexes(found.path));
  };

  type Found<T> = T & { at: number[] };
  const gaps: Found<Gap>[] = [];
  const missing: Found<Missing>[] = [];
  try {
    const all = search(TRUE, false);
    reach.combinations = all.reduce((sum, s) => sum + s.count, 0);
    if (all.length) witness(indexes(all[0].path));

    // A gap is one pattern of true/false over the conditions that decide it: answers with the same
    // pattern are the same mistake in the content, reported once with its first example.
    const findGaps = (kind: Gap['kind'], outcome: number, query: Compiled, decisive: number[]) => {
      const found = new Map<string, Found<Gap>>();
      for (const s of search(query, false)) {
        const pattern = decisive.map((l) => c.value(l, s.at, n)).join('');
        const gap = found.get(pattern);
        if (gap) gap.count += s.count;
        else {
          const at = witness(indexes(s.path));
          found.set(pattern, { kind, outcome, example: example(at), count: s.count, at });
        }
      }
      gaps.push(...found.values());
    };
    compiled.forEach((o, k) => findGaps('no_rule', k, and([o.show, ...o.rules.map(not)]), [...o.show.leaves, ...o.rules.flatMap((r) => r.leaves)]));
    findGaps('no_outcome', -1, and(compiled.map((o) => not(o.show))), compiled.flatMap((o) => o.show.leaves));

    outcomes.forEach((outcome, o) =>
      outcome.rules.forEach((rule, k) => {
        const ids = new Set([...rule.reason.matchAll(PLACEHOLDER)].map((m) => m[1]));
        for (const id of ids) {
          if (!c.index.has(id)) continue;
          const at = first(and([compiled[o].shown[k], c.compile({ question: id, answered: false })]));
          if (at) missing.push({ outcome: o, rule: k, id, example: example(at), at });
        }
      }),
    );

    // Outcomes of one route must agree on whether it is closed: "not accessible" next to
    // "accessible" or "to check" for the same route on the same answers is a contradiction.
    outcomes.forEach((a, i) =>
      outcomes.forEach((b, j) => {
        if (i === j || !a.route || a.route !== b.route) return;
        const at = first(and([compiled[i].open, compiled[j].closed]));
        if (at) reach.contradictions.push({ open: i, closed: j, example: example(at) });
      }),
    );

    // The flags no example has set yet, each by a search of its own (a flag implies the ones before).
    compiled.forEach((o, k) => {
      if (!reach.outcomeShown[k] && !first(o.show)) return;
      if (!reach.outcomeReached[k] && !first(o.reached)) return;
      o.rules.forEach((r, j) => {
        if (!reach.ruleApplies[k][j] && !first(and([o.show, r]))) return;
        if (!reach.ruleShown[k][j]) first(o.shown[j]);
      });
      o.financing.forEach((f, j) => reach.financingApplies[k][j] || first(and([o.reached, f])));
      o.notes.forEach((f, j) => reach.noteApplies[k][j] || first(and([o.reached, f])));
    });
  } catch (e) {
    if (e !== OVER) throw e;
    reach.exhaustive = false;
  }
  // In the order a walk meets them; a stable sort keeps the content's order within one combination.
  const order = (a: { at: number[] }, b: { at: number[] }) => {
    for (let i = 0; i < n; i++) if (a.at[i] !== b.at[i]) return a.at[i] - b.at[i];
    return 0;
  };
  reach.gaps = gaps.sort(order).map(({ at: _, ...gap }) => gap);
  reach.placeholderMissing = missing.sort(order).map(({ at: _, ...m }) => m);
  return reach;
}
