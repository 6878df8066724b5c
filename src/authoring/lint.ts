/**
 * The lint: what a schema cannot say about a content document. One function for the elements at load
 * time, the CLI and the playground. It runs on content that already passed the schema, starts from
 * the cross-reference checks that parseContent makes (references.ts: duplicate ids, unknown
 * questions/options/routes/financing, later questions, min > max) and adds:
 * - conditions that depend on each other in a cycle (reported instead of the "later question" issue
 *   they also raise);
 * - the exhaustive checks of lint-reach.ts: questions never asked, outcomes never shown or never given
 *   a verdict, answers that reach no outcome (one example per gap), rules and financing that never apply;
 * - outcomes of the same route that give opposite verdicts (accessible / not accessible) on one set
 *   of answers, with an example;
 * - warnings: reason placeholders that name no question or may be unanswered, empty comparison rows, a
 *   content not reviewed for more than `maxAgeDays`, a catalogue entry open to VAE but not in the RNCP,
 *   a catalogue entry whose registration ended before the content's review date.
 * Pure: no DOM, no clock unless `today` is left out.
 */
import type { Condition, Content } from '../content/schema.js';
import type { Answer } from '../rules/types.js';
import { formatPath, type ContentIssue, type IssueLocale } from '../content/issues.js';
import { checkReferences } from '../content/references.js';
import { issueWords } from '../content/issue-words.js';
import { explore, MAX_COMBINATIONS } from './lint-reach.js';
import { hintFor, lintMessage, quoted } from './lint-messages.js';
import { registryOf } from '../content/catalogue.js';
import { PLACEHOLDER } from '../rules/reasons.js';
import { evaluate } from '../rules/engine.js';

export type LintSeverity = 'error' | 'warning';

/** One finding: errors make the widgets refuse the content, warnings are for the author only. */
export interface LintFinding {
  severity: LintSeverity;
  /** JSON path from the document root, e.g. `eligibility.outcomes[1].rules[2].when`. */
  path: string;
  message: string;
  /** What to do about it. */
  hint: string;
  /** Stable code for programs: a schema or reference issue code, or one of the lint's. */
  code: string;
  /** For a gap: answers (question id -> answer, as the questionnaire stores them) that reach it. */
  example?: Record<string, Answer>;
  /** Line (from 1) of the finding in the JSON text, when it was validated as text. */
  line?: number;
  /** Column (from 1) on that line. */
  column?: number;
}

export interface LintOptions {
  /** Language of messages and hints (default "fr"). */
  locale?: IssueLocale;
  /** Age in days after which `meta.reviewedAt` gives a warning (default 365). */
  maxAgeDays?: number;
  /** Today's date, YYYY-MM-DD (default: the system's date, in UTC). */
  today?: string;
  /** Cap of the exhaustive check (default {@link MAX_COMBINATIONS}). */
  maxCombinations?: number;
}

export const DEFAULT_MAX_AGE_DAYS = 365;
/** Gaps listed one by one; beyond that, one finding gives the count. */
const MAX_GAPS = 20;

type Path = (string | number)[];

/** A schema or reference issue as a finding (always an error: the widgets refuse such content). */
export function issueFinding(issue: ContentIssue, locale: IssueLocale): LintFinding {
  return { severity: 'error', path: issue.path, message: issue.message, hint: hintFor(locale, issue.code), code: issue.code };
}

export function lintContent(content: Content, options: LintOptions = {}): LintFinding[] {
  const locale = options.locale ?? 'fr';
  const found: LintFinding[] = [];
  const add = (severity: LintSeverity, path: Path | string, code: string, params: Record<string, unknown> = {}, example?: Record<string, Answer>) =>
    found.push({
      severity,
      path: typeof path === 'string' ? path : formatPath(path),
      message: lintMessage(locale, code, params),
      hint: hintFor(locale, code),
      code,
      ...(example ? { example } : {}),
    });

  const references = checkReferences(content, issueWords[locale]);
  const cycles = findCycles(content, locale);
  for (const issue of references) {
    const cycle = issue.code === 'later_question' ? cycles.get(issue.path) : undefined;
    if (cycle) add('error', issue.path, 'cycle', { chain: cycle });
    else found.push(issueFinding(issue, locale));
  }
  // A reference error makes conditions evaluate false where the author meant something else: the
  // exhaustive check would then report its consequences as if they were mistakes of their own.
  if (references.length === 0) reachFindings(content, locale, options.maxCombinations ?? MAX_COMBINATIONS, add);
  placeholderFindings(content, add);
  comparisonFindings(content, locale, add);
  content.catalogue?.forEach((c, i) => {
    // The VAE leads only to an RNCP certification: the entry contradicts itself.
    if (c.vaeAccess && registryOf(c) !== 'rncp') add('warning', ['catalogue', i, 'vaeAccess'], 'vae_not_rncp', { id: quoted(locale, c.id) });
    // Reviewed after the registration ended: the review should have caught it (renewed? withdrawn?).
    if (c.registeredUntil && c.registeredUntil < content.meta.reviewedAt) {
      add('warning', ['catalogue', i, 'registeredUntil'], 'registration_ended', { id: quoted(locale, c.id), date: c.registeredUntil, reviewed: content.meta.reviewedAt });
    }
  });
  reviewFindings(content, options, add);
  return found;
}

type Add = (severity: LintSeverity, path: Path | string, code: string, params?: Record<string, unknown>, example?: Record<string, Answer>) => void;

/** Leaf conditions of `condition` with their paths. */
function leaves(condition: Condition | undefined, path: Path, out: { question: string; path: Path }[] = []) {
  if (!condition) return out;
  if ('all' in condition) condition.all.forEach((c, i) => leaves(c, [...path, 'all', i], out));
  else if ('any' in condition) condition.any.forEach((c, i) => leaves(c, [...path, 'any', i], out));
  else if ('not' in condition) leaves(condition.not, [...path, 'not'], out);
  else out.push({ question: condition.question, path: [...path, 'question'] });
  return out;
}

/**
 * Question visibility conditions that loop back: for each reference from a question to itself or to
 * a later one, the chain of `showIf` dependencies that leads back, keyed by the reference's path.
 */
function findCycles(content: Content, locale: IssueLocale): Map<string, string> {
  const cycles = new Map<string, string>();
  const questions = content.eligibility?.questions ?? [];
  const index = new Map(questions.map((q, i) => [q.id, i] as const));
  const refs = questions.map((q, i) => leaves(q.showIf, ['eligibility', 'questions', i, 'showIf']));
  const deps = refs.map((list) => [...new Set(list.map((r) => index.get(r.question)).filter((j) => j !== undefined))]);
  const name = (i: number) => quoted(locale, questions[i].id);

  // Shortest dependency path from `from` to `to` (breadth first), as question indices.
  const route = (from: number, to: number): number[] | undefined => {
    const previous = new Map<number, number>([[from, -1]]);
    const queue = [from];
    while (queue.length) {
      const at = queue.shift()!;
      if (at === to) {
        const chain = [];
        for (let x = at; x !== -1; x = previous.get(x)!) chain.unshift(x);
        return chain;
      }
      for (const next of deps[at]) if (!previous.has(next)) (previous.set(next, at), queue.push(next));
    }
    return undefined;
  };

  refs.forEach((list, i) => {
    for (const ref of list) {
      const j = index.get(ref.question);
      if (j === undefined || j < i) continue;
      const back = j === i ? [i] : route(j, i);
      if (back) cycles.set(formatPath(ref.path), [i, ...back].map(name).join(' → '));
    }
  });
  return cycles;
}

function describeAnswers(answers: Record<string, Answer>, locale: IssueLocale): string {
  const parts = Object.entries(answers).map(([id, a]) => `${id} = ${Array.isArray(a) ? `[${a.join(', ')}]` : String(a)}`);
  return parts.length ? parts.join(locale === 'fr' ? ' ; ' : '; ') : lintMessage(locale, 'unanswered');
}

function reachFindings(content: Content, locale: IssueLocale, max: number, add: Add) {
  const reach = explore(content, max);
  const eligibility = content.eligibility;
  if (!reach || !eligibility) return;
  const outcomePath = (o: number): Path => ['eligibility', 'outcomes', o];
  if (!reach.exhaustive) add('warning', ['eligibility', 'questions'], 'too_many_combinations', { max });

  // An outcome that never gets a verdict is one finding, not one gap per combination.
  const silent = (o: number) => reach.exhaustive && !reach.outcomeReached[o];
  const gaps = reach.gaps.filter((g) => g.kind === 'no_outcome' || !silent(g.outcome));
  for (const g of gaps.slice(0, MAX_GAPS)) {
    const params = {
      answers: describeAnswers(g.example, locale),
      more: g.count > 1 ? lintMessage(locale, 'more', { count: g.count }) : '',
      id: g.outcome >= 0 ? quoted(locale, eligibility.outcomes[g.outcome].id) : '',
    };
    if (g.kind === 'no_outcome') add('error', ['eligibility', 'outcomes'], 'no_outcome', params, g.example);
    else add('error', [...outcomePath(g.outcome), 'rules'], 'no_rule', params, g.example);
  }
  if (gaps.length > MAX_GAPS) add('error', ['eligibility', 'outcomes'], 'more_gaps', { count: gaps.length - MAX_GAPS });

  for (const { open, closed, example } of reach.contradictions) {
    const [a, b] = [eligibility.outcomes[open], eligibility.outcomes[closed]];
    // What the open one says on these answers, as the engine gives it.
    const said = evaluate(content, example).results.find((r) => r.outcome.id === a.id)?.verdict ?? 'to-check';
    const params = {
      id: quoted(locale, a.id),
      other: quoted(locale, b.id),
      route: quoted(locale, a.route ?? ''),
      verdict: lintMessage(locale, said),
      answers: describeAnswers(example, locale),
    };
    add('error', [...outcomePath(closed), 'rules'], 'contradiction', params, example);
  }
  for (const { outcome, rule, id, example } of reach.placeholderMissing) {
    add('warning', [...outcomePath(outcome), 'rules', rule, 'reason'], 'placeholder_unanswered', { id, answers: describeAnswers(example, locale) }, example);
  }
  // The "never" findings need every combination to have been seen.
  if (!reach.exhaustive) return;
  eligibility.questions.forEach((q, i) => {
    if (!reach.questionShown[i]) add('error', ['eligibility', 'questions', i, 'showIf'], 'question_never_shown', { id: quoted(locale, q.id) });
  });
  eligibility.outcomes.forEach((outcome, o) => {
    const id = quoted(locale, outcome.id);
    if (!reach.outcomeShown[o]) return add('error', [...outcomePath(o), 'showIf'], 'outcome_never_shown', { id });
    if (!reach.outcomeReached[o]) return add('error', [...outcomePath(o), 'rules'], 'outcome_never_reached', { id });
    outcome.rules.forEach((_, k) => {
      if (!reach.ruleApplies[o][k]) add('warning', [...outcomePath(o), 'rules', k, 'when'], 'rule_never_applies');
      else if (!reach.ruleShown[o][k]) add('warning', [...outcomePath(o), 'rules', k], 'rule_never_shown');
    });
    outcome.financing?.forEach((ref, k) => {
      if (!reach.financingApplies[o][k]) {
        add('warning', [...outcomePath(o), 'financing', k, 'when'], 'financing_never_applies', { id: quoted(locale, ref.option) });
      }
    });
    outcome.notes?.forEach((_, k) => reach.noteApplies[o][k] || add('warning', [...outcomePath(o), 'notes', k, 'when'], 'note_never_applies'));
  });
}

function placeholderFindings(content: Content, add: Add) {
  const eligibility = content.eligibility;
  if (!eligibility) return;
  const ids = new Set(eligibility.questions.map((q) => q.id));
  eligibility.outcomes.forEach((outcome, o) =>
    outcome.rules.forEach((rule, k) => {
      for (const [, id] of rule.reason.matchAll(PLACEHOLDER)) {
        if (!ids.has(id)) add('warning', ['eligibility', 'outcomes', o, 'rules', k, 'reason'], 'unknown_placeholder', { id });
      }
    }),
  );
}

function comparisonFindings(content: Content, locale: IssueLocale, add: Add) {
  const kinds = new Set(content.guide.routes.flatMap((r) => r.sections.map((s) => s.kind)));
  content.guide.comparison?.rows.forEach((row, i) => {
    if (!kinds.has(row.section)) add('warning', ['guide', 'comparison', 'rows', i, 'section'], 'comparison_row_empty', { kind: quoted(locale, row.section) });
  });
}

const DAY = 86_400_000;

function reviewFindings(content: Content, options: LintOptions, add: Add) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const max = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const reviewed = Date.parse(content.meta.reviewedAt);
  const now = Date.parse(today);
  if (Number.isNaN(reviewed) || Number.isNaN(now)) return;
  const days = Math.round((now - reviewed) / DAY);
  const date = content.meta.reviewedAt;
  if (days > max) add('warning', ['meta', 'reviewedAt'], 'stale', { date, days, max });
  else if (days < 0) add('warning', ['meta', 'reviewedAt'], 'reviewed_in_future', { date, today });
}
