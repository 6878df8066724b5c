/**
 * What the widgets' module exports: element classes, content types, the built-in content and the
 * rules. Not the content checker (`parseContent`), which a page loads only for custom content, nor
 * the lint: `index.ts` adds both for applications and servers. Importing this file defines no tags.
 */
export { CqpVaeGuide } from './elements/cqp-vae-guide/cqp-vae-guide.js';
export { EligibilityCheck } from './elements/eligibility-check/eligibility-check.js';
export type { ContentErrorDetail, ContentOrigin } from './shared/content-element.js';
export type * from './elements/eligibility-check/events.js';

export type { ParseResult, ParseOptions } from './content/parse.js';
export type { ContentIssue, IssueLocale } from './content/issues.js';
export { defaultContent } from './content/default-content.js';
export { isSafeHref } from './content/href.js';
export type {
  Content,
  ContentInput,
  Meta,
  Guide,
  Route,
  Section,
  SectionKind,
  Step,
  FinancingOption,
  Link,
  Paragraph,
  Inline,
  Eligibility,
  Question,
  QuestionType,
  Option,
  Condition,
  Outcome,
  Rule,
  FinancingRef,
  Verdict,
  Certification,
  CertificationKind,
} from './content/schema.js';
export { filterCatalogue, normalize as normalizeForSearch, type CatalogueFilter } from './content/catalogue.js';
export type { Answer, Answers, Evaluation, OutcomeResult, Reason, VerdictSummary } from './rules/types.js';
export { evaluate, evaluateCondition, visibleQuestions } from './rules/engine.js';
// With a catalogue, give `evaluateCondition` and `visibleQuestions` the questionnaire as the engine
// runs it, `resolveEligibility(content)`: its catalogue conditions rewritten as plain ones.
export { resolveEligibility, pickedCertification } from './rules/catalogue.js';
