/**
 * Checks that a schema cannot express: ids are unique, and every name a condition (of a question,
 * a rule, a note, a financing reference…), outcome or financing reference uses points at something
 * that exists. A content that fails these would make the questionnaire silently wrong, so they are
 * errors, reported like schema issues.
 */
import { MAX_CONDITION_DEPTH, type Condition, type Content, type Question } from './schema.js';
import { formatPath, issue, message, quote, type ContentIssue, type IssueWords } from './issues.js';
import { NOT_LISTED, UNKNOWN } from './catalogue.js';

type Path = (string | number)[];

const REGISTRY_NUMBER: Record<string, RegExp> = { rncp: /^RNCP\d{3,6}$/, rs: /^RS\d{3,6}$/ };

export function checkReferences(content: Content, words: IssueWords): ContentIssue[] {
  const found: ContentIssue[] = [];
  const report = (path: Path, key: string, params: Record<string, unknown> = {}): void => {
    found.push(issue(words, path, key, params));
  };
  // The catalogue's own messages: every parameter quoted but the registry's name ("RNCP").
  const own = (path: Path, code: string, params: Record<string, string> = {}) => {
    const quoted: Record<string, string> = {};
    for (const k in params) quoted[k] = k === 'kind' ? params[k] : quote(words, params[k]);
    found.push({ path: formatPath(path), code, message: message(words, code, quoted) });
  };

  const unique = (ids: { id: string; path: Path }[], field = 'id') => {
    const seen = new Map<string, Path>();
    for (const { id, path } of ids) {
      const other = seen.get(id);
      if (other) report([...path, field], 'duplicate', { id, other: formatPath(other) });
      else seen.set(id, path);
    }
  };

  // A catalogue may hold a whole registry (100,000 entries): one pass, no allocation per entry.
  const catalogue = content.catalogue ?? [];
  const firstAt = new Map<string, number>();
  catalogue.forEach((c, i) => {
    const other = firstAt.get(c.id);
    if (other === undefined) firstAt.set(c.id, i);
    else report(['catalogue', i, 'id'], 'duplicate', { id: c.id, other: formatPath(['catalogue', other]) });
    if (c.id === NOT_LISTED || c.id === UNKNOWN) own(['catalogue', i, 'id'], 'reserved', { id: c.id });
    const r = c.registry;
    if (r === 'none') return;
    const key = 'rncp' in r ? 'rncp' : 'rs';
    const value = (r as Record<string, string>)[key];
    if (!REGISTRY_NUMBER[key].test(value)) own(['catalogue', i, 'registry', key], 'registry', { kind: key.toUpperCase(), received: value.slice(0, 40) });
  });
  const catalogueIds = new Set([...firstAt.keys(), NOT_LISTED, UNKNOWN]);

  // Contacts: unique ids, and every reference (entry, route, outcome) names one of them.
  const contacts = content.contacts ?? [];
  unique(contacts.map((c, i) => ({ id: c.id, path: ['contacts', i] })));
  const contactIds = new Set(contacts.map((c) => c.id));
  const contactRefs = (refs: readonly string[] | undefined, path: Path) =>
    refs?.forEach((id, k) => contactIds.has(id) || report([...path, 'contacts', k], 'unknown_contact', { id }));
  catalogue.forEach((c, i) => c.contacts && contactRefs(c.contacts, ['catalogue', i]));
  content.guide.routes.forEach((r, i) => contactRefs(r.contacts, ['guide', 'routes', i]));
  content.eligibility?.outcomes.forEach((o, i) => contactRefs(o.contacts, ['eligibility', 'outcomes', i]));

  const routes = content.guide.routes;
  unique(routes.map((r, i) => ({ id: r.id, path: ['guide', 'routes', i] })));
  routes.forEach((route, r) =>
    route.sections.forEach((section, s) => {
      if (section.kind === 'catalogue' && !content.catalogue) own(['guide', 'routes', r, 'sections', s, 'kind'], 'no_catalogue');
    }),
  );
  const financingByRoute = new Map<string, Set<string>>();
  routes.forEach((route, r) => {
    const ids: { id: string; path: Path }[] = [];
    route.sections.forEach((section, s) => {
      if (section.kind !== 'financing') return;
      section.options.forEach((o, k) =>
        ids.push({ id: o.id, path: ['guide', 'routes', r, 'sections', s, 'options', k] }),
      );
    });
    unique(ids);
    financingByRoute.set(route.id, new Set(ids.map((x) => x.id)));
  });

  const eligibility = content.eligibility;
  if (!eligibility) return found;

  const questions = eligibility.questions;
  unique(questions.map((q, i) => ({ id: q.id, path: ['eligibility', 'questions', i] })));
  const indexOf = new Map(questions.map((q, i) => [q.id, i] as const));

  const checkCondition = (c: Condition, path: Path, askedBefore?: number, depth = 0): void => {
    if (depth > MAX_CONDITION_DEPTH) return report(path, 'too_deep', { max: MAX_CONDITION_DEPTH });
    const inner = (x: Condition, at: Path) => checkCondition(x, at, askedBefore, depth + 1);
    if ('all' in c) return c.all.forEach((x, i) => inner(x, [...path, 'all', i]));
    if ('any' in c) return c.any.forEach((x, i) => inner(x, [...path, 'any', i]));
    if ('not' in c) return inner(c.not, [...path, 'not']);
    const index = indexOf.get(c.question);
    if (index === undefined) return report([...path, 'question'], 'unknown_question', { id: c.question });
    if (askedBefore !== undefined && index >= askedBefore) {
      return report([...path, 'question'], 'later_question', { id: c.question });
    }
    const q = questions[index];
    if ('picked' in c && q.type !== 'certification') {
      own([...path, 'question'], 'not_certification', { id: q.id });
      return;
    }
    const values = 'equals' in c ? [c.equals] : 'in' in c ? c.in : [];
    const key = 'equals' in c ? 'equals' : 'in';
    if (q.type === 'single' || q.type === 'multiple' || q.type === 'certification') {
      const options = q.type === 'certification' ? catalogueIds : new Set(q.options.map((o) => o.value));
      values.forEach((v, i) => {
        if (typeof v !== 'string' || !options.has(v)) {
          report(key === 'in' ? [...path, 'in', i] : [...path, 'equals'], 'unknown_option', {
            value: String(v),
            id: q.id,
          });
        }
      });
    }
  };

  questions.forEach((q: Question, i) => {
    const path: Path = ['eligibility', 'questions', i];
    if (q.showIf) checkCondition(q.showIf, [...path, 'showIf'], i);
    if (q.type === 'certification' && !content.catalogue) own([...path, 'type'], 'no_catalogue');
    // `from` names an earlier certification question, as a `picked` condition would.
    if (q.type === 'single' && q.from) checkCondition({ question: q.from.question, picked: {} }, [...path, 'from'], i);
    // A bloc question names an earlier certification question, as `from` does.
    if (q.type === 'bloc') checkCondition({ question: q.of, picked: {} }, [...path, 'of'], i);
    if (q.type === 'single' || q.type === 'multiple') {
      unique(q.options.map((o, k) => ({ id: o.value, path: [...path, 'options', k] })), 'value');
    }
    if ((q.type === 'number' || q.type === 'durations') && q.min !== undefined && q.max !== undefined && q.min > q.max) {
      report([...path, 'min'], 'range', { min: q.min, max: q.max });
    }
  });

  if (eligibility.employerIf) checkCondition(eligibility.employerIf, ['eligibility', 'employerIf']);
  // A step's showIf reads the questionnaire's answers: the questions it names must exist.
  routes.forEach((route, r) =>
    route.sections.forEach((section, k) => {
      if (section.kind !== 'steps') return;
      section.steps.forEach((step, i) => step.showIf && checkCondition(step.showIf, ['guide', 'routes', r, 'sections', k, 'steps', i, 'showIf']));
    }),
  );

  unique(eligibility.outcomes.map((o, i) => ({ id: o.id, path: ['eligibility', 'outcomes', i] })));
  eligibility.outcomes.forEach((outcome, i) => {
    const path: Path = ['eligibility', 'outcomes', i];
    if (outcome.route && !financingByRoute.has(outcome.route)) {
      report([...path, 'route'], 'unknown_route', { id: outcome.route });
    }
    if (outcome.showIf) checkCondition(outcome.showIf, [...path, 'showIf']);
    if (outcome.preferIf) checkCondition(outcome.preferIf, [...path, 'preferIf']);
    outcome.rules.forEach((rule, k) => rule.when && checkCondition(rule.when, [...path, 'rules', k, 'when']));
    // note.ts's isConditional, written out: importing it costs the checker's gated page bytes.
    outcome.notes?.forEach((n, k) => typeof n === 'object' && 'when' in n && checkCondition(n.when, [...path, 'notes', k, 'when']));
    outcome.financing?.forEach((ref, k) => {
      const at: Path = [...path, 'financing', k];
      if (ref.when) checkCondition(ref.when, [...at, 'when']);
      const routeId = ref.route ?? outcome.route;
      const options = routeId === undefined ? undefined : financingByRoute.get(routeId);
      if (!options) report([...at, 'route'], 'unknown_route', { id: routeId ?? '' });
      else if (!options.has(ref.option)) report([...at, 'option'], 'unknown_financing', { id: ref.option, route: routeId });
    });
  });
  return found;
}
