/**
 * The content schema's guide (schema.ts puts the parts together): routes, their sections (objectives,
 * audience, advantages, notes, steps, financing, links, the catalogue's place) and the comparison.
 */
import * as z from 'zod/mini';
import type { SharedSchemas } from './schema-shared.js';
import type { CatalogueSchemas } from './schema-catalogue.js';
import type { Condition as ConditionType } from './schema-condition.js';

/** The guide's schemas, on the shared pieces, the contacts' references and the conditions (a step's `showIf`). */
export function guideSchemas(
  Id: SharedSchemas['Id'],
  Text: SharedSchemas['Text'],
  Paragraph: SharedSchemas['Paragraph'],
  Paragraphs: SharedSchemas['Paragraphs'],
  Link: SharedSchemas['Link'],
  Sources: SharedSchemas['Sources'],
  ContactRefs: CatalogueSchemas['ContactRefs'],
  Condition: z.ZodMiniType<ConditionType>,
) {
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

  return [Step, FinancingOption, Section, Route, Guide] as const;
}
