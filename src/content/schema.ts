/**
 * The content schema: one JSON document drives both elements.
 *
 * Written with `zod/mini` rather than classic `zod`: the single bundled module has a size budget and
 * mini's tree-shakable functions cost about half as much (see the size script). Everything here is
 * data validation only: no DOM, no lit, so a CLI or a test can use it as is.
 *
 * Text is never HTML. A paragraph is a plain string or a list of inline runs (plain text, emphasis,
 * link), and the elements render them as text nodes and `<a>` elements they build themselves.
 *
 * The parts are built in files of their own, each named for what it holds: schema-shared.ts (ids,
 * texts, links, paragraphs, sources, meta, glossary), schema-catalogue.ts (certifications and
 * contacts), schema-condition.ts (conditions over the answers), schema-guide.ts (routes and
 * sections) and schema-eligibility.ts (questions and outcomes); this file puts them together.
 */
import * as z from 'zod/mini';
import { hrefProblem } from './href.js';
import { sharedSchemas, type HrefCheck } from './schema-shared.js';
import { catalogueSchemas } from './schema-catalogue.js';
import { conditionSchema } from './schema-condition.js';
import { guideSchemas } from './schema-guide.js';
import { eligibilitySchemas } from './schema-eligibility.js';

// zod compiles fast paths with `new Function` unless told not to; a host page with a strict
// Content-Security-Policy (no 'unsafe-eval') would then log a violation on every parse.
z.config({ jitless: true });

export { SAFE_LINK_SCHEMES, isSafeHref } from './href.js';

export { MAX_CONDITION_DEPTH } from './depth.js';
export type { Condition, Picked } from './schema-condition.js';
export type { HrefCheck } from './schema-shared.js';

/**
 * The schemas, with `problemOf` judging links: href.ts's `hrefProblem`, which a page's checker is
 * handed by the module that loads it (the module has it already) rather than carrying a copy.
 * Built on first use, not when the module loads: building them costs a few milliseconds of every
 * page load, and the built-in content is typed, never parsed.
 */
export function buildSchemas(problemOf: HrefCheck) {
  const [Id, Text, Href, IsoDate, Emphasis, InlineLink, Inline, Paragraph, Paragraphs, Link, Source, Sources, GlossaryEntry, Meta] = sharedSchemas(problemOf);
  const [CertificationKind, Registry, Contact, ContactRefs, Certification] = catalogueSchemas(Id, Text, Href, IsoDate);
  const Condition = conditionSchema(Id, Registry, CertificationKind);
  const [Step, FinancingOption, Section, Route, Guide] = guideSchemas(Id, Text, Paragraph, Paragraphs, Link, Sources, ContactRefs, Condition);
  const [Option, From, Question, Verdict, Rule, FinancingRef, Note, Outcome, Eligibility] = eligibilitySchemas(
    Id,
    Text,
    Href,
    Paragraph,
    Paragraphs,
    Link,
    Sources,
    ContactRefs,
    Condition,
  );

  const Content = z.strictObject({
    /** Lets an editor find the JSON Schema; ignored by the widgets. */
    $schema: z.optional(z.string()),
    meta: Meta,
    guide: Guide,
    eligibility: z.optional(Eligibility),
    /** The certifications of the branch: a searchable list in the guide, a picker in the questionnaire. */
    catalogue: z.optional(z.array(Certification).check(z.minLength(1))),
    /** People and offices that routes, outcomes and catalogue entries point to by id. */
    contacts: z.optional(z.array(Contact).check(z.minLength(1))),
    /** Words explained where they appear, in both elements. */
    glossary: z.optional(z.array(GlossaryEntry).check(z.minLength(1))),
  });

  return { Source, GlossaryEntry, Emphasis, InlineLink, Inline, Paragraph, Link, Meta, Step, FinancingOption, Section, CertificationKind, Registry, Contact, Certification, Route, Guide, Condition, Option, From, Question, Verdict, Rule, FinancingRef, Note, Outcome, Eligibility, Content };
}

/** The schemas' types, e.g. `z.input<Schemas['Guide']>` for what an author writes. */
export type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The zod schemas of the content (`contentSchema().Content` validates a whole document), built on first call. */
export function contentSchema(): Schemas {
  return (schemas ??= buildSchemas(hrefProblem));
}

export type Source = z.infer<Schemas['Source']>;
export type GlossaryEntry = z.infer<Schemas['GlossaryEntry']>;
export type Inline = z.infer<Schemas['Inline']>;
export type Paragraph = z.infer<Schemas['Paragraph']>;
export type Link = z.infer<Schemas['Link']>;
export type Meta = z.infer<Schemas['Meta']>;
export type Section = z.infer<Schemas['Section']>;
export type SectionKind = Section['kind'];
export type Step = z.infer<Schemas['Step']>;
export type FinancingOption = z.infer<Schemas['FinancingOption']>;
export type Route = z.infer<Schemas['Route']>;
export type Guide = z.infer<Schemas['Guide']>;
export type Option = z.infer<Schemas['Option']>;
export type Question = z.infer<Schemas['Question']>;
export type QuestionType = Question['type'];
export type Verdict = z.infer<Schemas['Verdict']>;
export type Rule = z.infer<Schemas['Rule']>;
export type FinancingRef = z.infer<Schemas['FinancingRef']>;
/** An outcome's note: a paragraph, or `{ text, when }` shown only when `when` holds. */
export type Note = z.infer<Schemas['Note']>;
export type Outcome = z.infer<Schemas['Outcome']>;
export type Eligibility = z.infer<Schemas['Eligibility']>;
export type Certification = z.infer<Schemas['Certification']>;
export type Contact = z.infer<Schemas['Contact']>;
export type CertificationKind = z.infer<Schemas['CertificationKind']>;
export type Registry = z.infer<Schemas['Registry']>;
export type Fact = z.infer<Schemas['From']>['fact'];
/** A whole, validated content document. */
export type Content = z.infer<Schemas['Content']>;
/** What an author may write before validation (same shape; kept separate for clarity in APIs). */
export type ContentInput = z.input<Schemas['Content']>;
