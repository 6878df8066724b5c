/**
 * The content schema's conditions over the answers (schema.ts puts the parts together): what shows a
 * question, a step or an outcome, and what a rule holds on. The guide's steps and the
 * questionnaire both use them.
 */
import * as z from 'zod/mini';
import type { SharedSchemas } from './schema-shared.js';
import type { CatalogueSchemas } from './schema-catalogue.js';

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

/** The schema of a condition (see {@link Condition}), which refers to itself for all, any and not. */
export function conditionSchema(Id: SharedSchemas['Id'], Registry: CatalogueSchemas['Registry'], CertificationKind: CatalogueSchemas['CertificationKind']) {
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

  return Condition;
}
