/**
 * The pieces of the content schema every part uses (schema.ts puts the parts together): ids, texts,
 * dates, links, paragraphs and sources; and the two top-level parts made of them alone, the
 * document's meta and the glossary's entries.
 *
 * Text is never HTML. A paragraph is a plain string or a list of inline runs (plain text, emphasis,
 * link), and the elements render them as text nodes and `<a>` elements they build themselves.
 */
import * as z from 'zod/mini';
import type { HrefProblem } from './href.js';
import { isIsoDate } from './iso-date.js';

/** Why a link is refused, or null: href.ts's `hrefProblem`, given to the schemas' builder. */
export type HrefCheck = (href: string) => HrefProblem | null;

// Custom checks carry a `key` so that messages can be worded per locale in issues.ts.
const keyed = (key: string, extra: Record<string, unknown> = {}) => ({ params: { key, ...extra } });

/**
 * The shared pieces, with `problemOf` judging links (see schema.ts's `buildSchemas`). The parts' builders
 * take and give their schemas as lists, not objects: the checker's bundle then carries no names for them.
 */
export function sharedSchemas(problemOf: HrefCheck) {
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
  const IsoDate = z.string().check(z.refine(isIsoDate, keyed('date')));

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

  return [Id, Text, Href, IsoDate, Emphasis, InlineLink, Inline, Paragraph, Paragraphs, Link, Source, Sources, GlossaryEntry, Meta] as const;
}

type Shared = ReturnType<typeof sharedSchemas>;
/** The shared pieces the parts use, by name. */
export interface SharedSchemas {
  Id: Shared[0];
  Text: Shared[1];
  Href: Shared[2];
  IsoDate: Shared[3];
  Paragraph: Shared[7];
  Paragraphs: Shared[8];
  Link: Shared[9];
  Sources: Shared[11];
}
