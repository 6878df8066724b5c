/**
 * The content schema's catalogue (schema.ts puts the parts together): the certifications a branch
 * offers, and the people and offices that entries, routes and outcomes name. The RNCP / RS number
 * formats are checked in references.ts, which words the message for an author.
 */
import * as z from 'zod/mini';
import type { SharedSchemas } from './schema-shared.js';

/** The catalogue's schemas, on the shared pieces. */
export function catalogueSchemas(Id: SharedSchemas['Id'], Text: SharedSchemas['Text'], Href: SharedSchemas['Href'], IsoDate: SharedSchemas['IsoDate']) {
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

  return [CertificationKind, Registry, Contact, ContactRefs, Certification] as const;
}

type Catalogue = ReturnType<typeof catalogueSchemas>;
/** The catalogue's schemas the other parts use, by name. */
export interface CatalogueSchemas {
  CertificationKind: Catalogue[0];
  Registry: Catalogue[1];
  ContactRefs: Catalogue[3];
}
