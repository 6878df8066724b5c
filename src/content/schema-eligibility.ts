/**
 * The content schema's questionnaire (schema.ts puts the parts together): questions, outcomes and
 * their rules, each with declarative conditions (schema-condition.ts).
 */
import * as z from 'zod/mini';
import type { SharedSchemas } from './schema-shared.js';
import type { CatalogueSchemas } from './schema-catalogue.js';
import type { Condition as ConditionType } from './schema-condition.js';

/** The questionnaire's schemas, on the shared pieces, the contacts' references and the conditions. */
export function eligibilitySchemas(
  Id: SharedSchemas['Id'],
  Text: SharedSchemas['Text'],
  Href: SharedSchemas['Href'],
  Paragraph: SharedSchemas['Paragraph'],
  Paragraphs: SharedSchemas['Paragraphs'],
  Link: SharedSchemas['Link'],
  Sources: SharedSchemas['Sources'],
  ContactRefs: CatalogueSchemas['ContactRefs'],
  Condition: z.ZodMiniType<ConditionType>,
) {
  const QuestionRef = Id;

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

  /**
   * A note under the verdict: a paragraph, always shown, or `{ "text": paragraph, "when": condition }`,
   * shown only when the condition holds (as a financing reference's `when`), e.g. a note that says why
   * a financing option is absent, for the answers that leave it out.
   */
  const Note = z.union([Paragraph, z.strictObject({ text: Paragraph, when: Condition })]);

  const Outcome = z.strictObject({
    id: Id,
    title: Text,
    /** The guide route this outcome leads to: its steps are the next steps, and the guide can open it. */
    route: z.optional(Id),
    /** The outcome is part of the result only when this holds (e.g. CQP outcomes for a CQP target). */
    showIf: z.optional(Condition),
    rules: z.array(Rule).check(z.minLength(1)),
    financing: z.optional(z.array(FinancingRef)),
    notes: z.optional(z.array(Note)),
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

  return [Option, From, Question, Verdict, Rule, FinancingRef, Note, Outcome, Eligibility] as const;
}
