/**
 * The content schema: one JSON document drives both elements.
 *
 * Written with `zod/mini` rather than classic `zod`: the single bundled module has a size budget and
 * mini's tree-shakable functions cost about half as much (see the size script). Everything here is
 * data validation only: no DOM, no lit, so a CLI or a test can use it as is.
 *
 * Text is never HTML. A paragraph is a plain string or a list of inline runs (plain text, emphasis,
 * link), and the elements render them as text nodes and `<a>` elements they build themselves.
 */
import * as z from 'zod/mini';
import { hrefProblem, type HrefProblem } from './href.js';

// zod compiles fast paths with `new Function` unless told not to; a host page with a strict
// Content-Security-Policy (no 'unsafe-eval') would then log a violation on every parse.
z.config({ jitless: true });

export { SAFE_LINK_SCHEMES, isSafeHref } from './href.js';

export { MAX_CONDITION_DEPTH } from './depth.js';

// Custom checks carry a `key` so that messages can be worded per locale in issues.ts.
const keyed = (key: string, extra: Record<string, unknown> = {}) => ({ params: { key, ...extra } });

/**
 * A condition over the answers, as JSON:
 * - `{ "all": [c, …] }`, `{ "any": [c, …] }`, `{ "not": c }`
 * - `{ "question": "q", "equals": v }` — for a multiple-choice question: v is among the ticked options
 * - `{ "question": "q", "in": [v, …] }` — one of (multiple choice: any ticked option is among them)
 * - `{ "question": "q", "lessThan" | "atMost" | "greaterThan" | "atLeast": n }` — numbers; a
 *   durations question compares the sum of its periods
 * - `{ "question": "q", "answered": true | false }`
 * - `{ "question": "q", "picked": { facts } }` — q is a certification question (see {@link Picked})
 * A condition on an unanswered (or hidden) question is false, except `answered: false`.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; equals: string | number | boolean }
  | { question: string; in: (string | number | boolean)[] }
  | { question: string; lessThan: number }
  | { question: string; atMost: number }
  | { question: string; greaterThan: number }
  | { question: string; atLeast: number }
  | { question: string; answered: boolean }
  | { question: string; picked: Picked };

/**
 * Facts of a catalogue entry. `{ "question": "q", "picked": { "registry": "rncp", "vaeAccess": true } }`
 * holds when the answer to the certification question "q" is a catalogue entry with all these facts
 * (`"picked": {}`: any entry); never for "not-listed", "unknown" or no answer.
 */
export type Picked = {
  registry?: 'rncp' | 'rs' | 'none';
  kind?: 'cqp' | 'titre' | 'diplome' | 'bloc';
  /** In the RNCP, with VAE among the record's access routes (`vaeRoute`, else `vaeAccess`). */
  vaeAccess?: boolean;
  level?: number;
  /** Still registered today: not marked inactive, `registeredUntil` not passed. */
  registered?: boolean;
  /** Has blocs de compétences. */
  blocs?: boolean;
};

/** Why a link is refused, or null: href.ts's `hrefProblem`, given to the schemas' builder. */
export type HrefCheck = (href: string) => HrefProblem | null;

/**
 * The schemas, with `problemOf` judging links: href.ts's `hrefProblem`, which a page's checker is
 * handed by the module that loads it (the module has it already) rather than carrying a copy.
 * Built on first use, not when the module loads: building them costs a few milliseconds of every
 * page load, and the built-in content is typed, never parsed.
 */
export function buildSchemas(problemOf: HrefCheck) {
  const Id = z.string().check(z.refine((s) => /^[a-z0-9][a-z0-9_-]*$/.test(s), keyed('id')));
  const Text = z.string().check(z.trim(), z.minLength(1));
  // One issue per link, worded for its first problem (a scheme, credentials, a backslash, a host
  // that mixes scripts): see href.ts.
  const hrefCheck = (problem: HrefProblem) => z.refine<string>((s) => problemOf(s) !== problem, keyed(problem));
  const Href = z.string().check(
    hrefCheck('href'),
    hrefCheck('href_credentials'),
    hrefCheck('href_backslash'),
    hrefCheck('href_mixed_scripts'),
  );
  const IsoDate = z.string().check(
    z.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)), keyed('date')),
  );

  const Emphasis = z.strictObject({ emphasis: Text });
  const InlineLink = z.strictObject({ text: Text, href: Href });
  // A plain run inside a paragraph keeps its edge spaces: "délivré par " + emphasis must not become
  // "délivré parune". Only whole texts are trimmed.
  const RunText = z.string().check(z.minLength(1));
  /** One inline run: plain text, `{ "emphasis": "…" }` or `{ "text": "…", "href": "https://…" }`. */
  const Inline = z.union([RunText, Emphasis, InlineLink]);
  /** A paragraph: a plain string, or a list of inline runs. */
  const Paragraph = z.union([Text, z.array(Inline).check(z.minLength(1))]);
  const Paragraphs = z.array(Paragraph);

  /** A standalone link, as in a "links" section, an outcome or a financing card. */
  const Link = z.strictObject({
    text: Text,
    href: Href,
    description: z.optional(Text),
  });

  /**
   * Where a statement comes from: a text or a page a maintainer can open again, and the day a person
   * last checked that it still says so. Shown discreetly next to what it supports.
   */
  const Source = z.strictObject({ title: Text, url: Href, checkedAt: IsoDate });
  const Sources = z.array(Source).check(z.minLength(1));

  /**
   * A word a visitor may not know, explained where it first appears in a section, a question, a hint
   * or a reason. `forms` are other spellings to mark (plural, full name); `link` leads further.
   */
  const GlossaryEntry = z.strictObject({
    term: Text,
    definition: Text,
    forms: z.optional(z.array(Text).check(z.minLength(1))),
    link: z.optional(Href),
  });

  const Meta = z.strictObject({
    id: Id,
    version: Text,
    /** BCP 47 language of the content's texts, e.g. "fr" or "en". */
    locale: Text,
    title: Text,
    publisher: z.strictObject({ name: Text, url: z.optional(Href) }),
    source: z.strictObject({ title: z.optional(Text), url: Href }),
    /** Date (YYYY-MM-DD) at which a person last checked the content against its source and the law. */
    reviewedAt: IsoDate,
  });

  // Every section has a kind, a title and optional paragraphs; `summary` is the short wording the
  // "CQP or VAE?" comparison uses (else the first paragraph).
  const sectionBase = {
    id: z.optional(Id),
    title: Text,
    body: z.optional(Paragraphs),
    summary: z.optional(Paragraph),
    sources: z.optional(Sources),
  };

  /** A step's words for a person who answers for an employee (see `eligibility.employerIf`). */
  const EmployerStep = z.strictObject({
    title: z.optional(Text),
    body: z.optional(Paragraphs),
  });

  const Step = z.strictObject({
    title: Text,
    body: z.optional(Paragraphs),
    /**
     * In a result, the step is listed only when this condition on the answers holds (e.g. "find a
     * certification" only for a person who has not chosen one). The guide lists every step.
     */
    get showIf() {
      return z.optional(Condition);
    },
    /** The step's wording for an employer (`eligibility.employerIf` holds): replaces title and/or body. */
    employer: z.optional(EmployerStep),
  });

  const FinancingOption = z.strictObject({
    id: Id,
    title: Text,
    body: z.optional(Paragraphs),
    link: z.optional(Link),
    /** The option's wording in a result for an employer (`eligibility.employerIf` holds), as for steps. */
    employer: z.optional(EmployerStep),
  });

  const Section = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('objectives'), ...sectionBase }),
    z.strictObject({ kind: z.literal('audience'), ...sectionBase }),
    z.strictObject({ kind: z.literal('advantages'), ...sectionBase, items: z.array(Paragraph).check(z.minLength(1)) }),
    z.strictObject({ kind: z.literal('notes'), ...sectionBase }),
    z.strictObject({ kind: z.literal('steps'), ...sectionBase, steps: z.array(Step).check(z.minLength(1)) }),
    z.strictObject({
      kind: z.literal('financing'),
      ...sectionBase,
      options: z.array(FinancingOption).check(z.minLength(1)),
    }),
    z.strictObject({ kind: z.literal('links'), ...sectionBase, links: z.array(Link).check(z.minLength(1)) }),
    /** Where the guide shows the content's `catalogue` (searchable); without one, at the end of the "cqp" route. */
    z.strictObject({ kind: z.literal('catalogue'), ...sectionBase }),
  ]);

  // ---------------------------------------------------------------------------------------------
  // Catalogue: the certifications a branch offers. The RNCP / RS number formats are checked in
  // references.ts, which words the message for an author.

  const CertificationKind = z.literal(['cqp', 'titre', 'diplome', 'bloc']);
  const Registry = z.literal(['rncp', 'rs', 'none']);

  /** Someone to contact (a branch office, a certifier, a regional adviser); routes, outcomes and entries name it. */
  const Contact = z.strictObject({
    id: Id,
    name: Text,
    /** What they do for the visitor, e.g. "Conseillère VAE de la branche". */
    role: z.optional(Text),
    email: z.optional(Text),
    phone: z.optional(Text),
    url: z.optional(Href),
    /** The region they cover, when the branch has one contact per region. */
    region: z.optional(Text),
  });
  /** Ids of `contacts` entries. */
  const ContactRefs = z.array(Id).check(z.minLength(1));

  const Certification = z.strictObject({
    id: Id,
    title: Text,
    kind: CertificationKind,
    /** `{ "rncp": "RNCP12345" }`, `{ "rs": "RS1234" }` or `"none"`. */
    registry: z.union([z.strictObject({ rncp: Text }), z.strictObject({ rs: Text }), z.literal('none')]),
    /** European qualification level, 1 to 8. */
    level: z.optional(z.literal([1, 2, 3, 4, 5, 6, 7, 8])),
    /** True when the certification's record lists VAE as an access route (default false). */
    vaeAccess: z.optional(z.boolean()),
    certifier: z.optional(Text),
    description: z.optional(Text),
    link: z.optional(Href),
    // What the registry record says (written by `catalogue import`, updated by the next import).
    /** The record lists VAE ("Par expérience") among its access routes; when present, it wins over `vaeAccess`. */
    vaeRoute: z.optional(z.boolean()),
    /** False when the registry marks the record inactive. */
    active: z.optional(z.boolean()),
    /** End of registration in the RNCP / RS (YYYY-MM-DD). */
    registeredUntil: z.optional(IsoDate),
    /** The record allows a partial validation (by blocs). */
    partialValidation: z.optional(z.boolean()),
    /** Blocs de compétences: a VAE can aim at one of them. */
    blocs: z.optional(z.array(z.strictObject({ code: Text, title: Text })).check(z.minLength(1))),
    certifiers: z.optional(z.array(z.strictObject({ name: Text, siret: z.optional(Text) })).check(z.minLength(1))),
    /** Conventions collectives, by IDCC number. */
    conventions: z.optional(z.array(z.strictObject({ idcc: Text, title: z.optional(Text) })).check(z.minLength(1))),
    // Written by hand, kept by every import.
    /** Typical length of the path, as a person reads it ("6 à 12 mois"). */
    duration: z.optional(Text),
    /** Typical cost, as a person reads it ("3 500 € HT, pris en charge par l’Opco"). */
    cost: z.optional(Text),
    /** The certification can be paid for with the CPF. */
    cpf: z.optional(z.boolean()),
    contacts: z.optional(ContactRefs),
  });

  const Route = z.strictObject({
    id: Id,
    /** Full title, e.g. "Certificat de qualification professionnelle (CQP)". */
    title: Text,
    /** Short label for tabs and the comparison, e.g. "CQP". */
    shortTitle: Text,
    summary: z.optional(Paragraph),
    sections: z.array(Section).check(z.minLength(1)),
    contacts: z.optional(ContactRefs),
  });

  const Guide = z.strictObject({
    title: z.optional(Text),
    intro: z.optional(Paragraphs),
    routes: z.array(Route).check(z.minLength(1)),
    /** Rows of the "which route?" comparison; a row names a section kind whose summary each route shows. */
    comparison: z.optional(
      z.strictObject({
        title: Text,
        rows: z
          .array(
            z.strictObject({
              label: Text,
              section: z.literal(['objectives', 'audience', 'advantages', 'notes', 'steps', 'financing', 'links']),
            }),
          )
          .check(z.minLength(1)),
      }),
    ),
  });

  // ---------------------------------------------------------------------------------------------
  // Eligibility: questions, declarative conditions and outcomes.

  /** A value an answer can be compared with. */
  const Scalar = z.union([z.string(), z.number(), z.boolean()]);

  const QuestionRef = Id;
  // Recursion through getters: zod resolves them on first use, as z.lazy would, at no extra cost.
  const Condition: z.ZodMiniType<Condition> = z.union([
    z.strictObject({
      get all() {
        return z.array(Condition).check(z.minLength(1));
      },
    }),
    z.strictObject({
      get any() {
        return z.array(Condition).check(z.minLength(1));
      },
    }),
    z.strictObject({
      get not() {
        return Condition;
      },
    }),
    z.strictObject({ question: QuestionRef, equals: Scalar }),
    z.strictObject({ question: QuestionRef, in: z.array(Scalar).check(z.minLength(1)) }),
    z.strictObject({ question: QuestionRef, lessThan: z.number() }),
    z.strictObject({ question: QuestionRef, atMost: z.number() }),
    z.strictObject({ question: QuestionRef, greaterThan: z.number() }),
    z.strictObject({ question: QuestionRef, atLeast: z.number() }),
    z.strictObject({ question: QuestionRef, answered: z.boolean() }),
    z.strictObject({
      question: QuestionRef,
      picked: z.strictObject({
        registry: z.optional(Registry),
        kind: z.optional(CertificationKind),
        vaeAccess: z.optional(z.boolean()),
        level: z.optional(z.number()),
        registered: z.optional(z.boolean()),
        blocs: z.optional(z.boolean()),
      }),
    }),
  ]);

  const Option = z.strictObject({
    value: Id,
    label: Text,
    hint: z.optional(Paragraph),
  });

  const questionBase = {
    id: Id,
    /** The question as the person reads it; it is the legend of the step. */
    label: Text,
    /** Short title for the stepper ("Étape suivante : …") and the recap; defaults to the label. */
    title: z.optional(Text),
    hint: z.optional(Paragraphs),
    /** The question is asked only when this condition holds on the earlier answers. */
    showIf: z.optional(Condition),
    /** Defaults to true. */
    required: z.optional(z.boolean()),
  };

  /**
   * A single-choice question the catalogue can answer: when the person picked, at the certification
   * question `question`, an entry that has this `fact`, the question is not asked and its answer
   * is the fact (registry: rncp | rs | none; kind; vaeAccess: yes | no; level: "1"…"8").
   */
  const From = z.strictObject({
    question: QuestionRef,
    fact: z.literal(['registry', 'kind', 'vaeAccess', 'level']),
  });

  const Question = z.discriminatedUnion('type', [
    /** One answer among options (radios). */
    z.strictObject({
      type: z.literal('single'),
      ...questionBase,
      options: z.array(Option).check(z.minLength(2)),
      from: z.optional(From),
    }),
    /** Any number of options (checkboxes). */
    z.strictObject({ type: z.literal('multiple'), ...questionBase, options: z.array(Option).check(z.minLength(1)) }),
    /** One number, e.g. a duration in months. */
    z.strictObject({
      type: z.literal('number'),
      ...questionBase,
      unit: z.optional(Text),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      step: z.optional(z.number().check(z.positive())),
    }),
    /** Several periods, each a number (e.g. months); conditions and reasons use their sum. */
    z.strictObject({
      type: z.literal('durations'),
      ...questionBase,
      unit: z.optional(Text),
      /** Label of one period, e.g. "Période". */
      itemLabel: z.optional(Text),
      /**
       * "years-months": each period is typed as years and months (two fields), so that nobody has to
       * turn 5 years into 60; the answer, `min`, `max` and conditions stay in months.
       */
      entry: z.optional(z.literal('years-months')),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      maxItems: z.optional(z.number().check(z.int(), z.positive())),
    }),
    /** The target certification, picked from the content's catalogue; also "not-listed" or "unknown". */
    z.strictObject({ type: z.literal('certification'), ...questionBase }),
    /**
     * The whole certification picked at the certification question `of`, or one of its blocs: asked
     * only when that entry has blocs; the answer is "whole" or a bloc code in lower case.
     */
    z.strictObject({ type: z.literal('bloc'), ...questionBase, of: QuestionRef }),
  ]);

  // A literal with several values reports like an enum (invalid_value with the values) and costs less
  // than z.enum in the bundle, since the discriminated unions need z.literal anyway.
  const Verdict = z.literal(['eligible', 'not-eligible', 'to-check']);

  /**
   * One rule of an outcome. Every rule whose `when` holds (a rule without `when` always holds) gives
   * its reason; the outcome's verdict is the most restrictive of them (not-eligible, then to-check,
   * then eligible). `reason` may name answers in braces: "{months}" is replaced by the answer to the
   * question "months" as a person reads it: option labels for choices, the number with its unit for
   * numbers, the sum with its unit for durations ("{months} d'expérience" gives "11 mois d'expérience").
   */
  const Rule = z.strictObject({
    when: z.optional(Condition),
    verdict: Verdict,
    reason: Text,
    /** The reason for an employer (`eligibility.employerIf` holds), e.g. "votre salarié·e" for "vous". */
    employerReason: z.optional(Text),
    sources: z.optional(Sources),
  });

  /** A financing option of a guide route that applies to an outcome, when `when` holds. */
  const FinancingRef = z.strictObject({
    route: z.optional(Id),
    option: Id,
    when: z.optional(Condition),
  });

  const Outcome = z.strictObject({
    id: Id,
    title: Text,
    /** The guide route this outcome leads to: its steps are the next steps, and the guide can open it. */
    route: z.optional(Id),
    /** The outcome is part of the result only when this holds (e.g. CQP outcomes for a CQP target). */
    showIf: z.optional(Condition),
    rules: z.array(Rule).check(z.minLength(1)),
    financing: z.optional(z.array(FinancingRef)),
    notes: z.optional(Paragraphs),
    links: z.optional(z.array(Link)),
    /** Whom to contact about this outcome; the picked entry's own contacts come first. */
    contacts: z.optional(ContactRefs),
    /**
     * The one concrete thing to do next when the route is open ("S’inscrire sur France VAE"): the
     * result's primary button for an accessible outcome, a plain link for one to check.
     */
    action: z.optional(z.strictObject({ text: Text, href: Href })),
    /** Within its verdict, the outcome comes first when this holds (e.g. the route the person aims at). */
    preferIf: z.optional(Condition),
    sources: z.optional(Sources),
  });

  const Eligibility = z.strictObject({
    title: Text,
    intro: z.optional(Paragraphs),
    questions: z.array(Question).check(z.minLength(1)),
    outcomes: z.array(Outcome).check(z.minLength(1)),
    /** Links shown under every result (e.g. vae.gouv.fr, the branch's list of CQPs). */
    links: z.optional(z.array(Link)),
    /**
     * The person answers for an employee when this holds (e.g. status "employeur"): the result then
     * uses the steps' `employer` wording and the rules' `employerReason`.
     */
    employerIf: z.optional(Condition),
  });

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

  return { Source, GlossaryEntry, Emphasis, InlineLink, Inline, Paragraph, Link, Meta, Step, FinancingOption, Section, CertificationKind, Registry, Contact, Certification, Route, Guide, Condition, Option, From, Question, Verdict, Rule, FinancingRef, Outcome, Eligibility, Content };
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
