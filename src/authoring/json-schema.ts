/**
 * The content's JSON Schema, generated from the zod schema so that the two can never disagree. An
 * editor that reads `"$schema"` uses it to complete and check a content file as the author types.
 *
 * schema.ts carries no descriptions (they would weigh on the widgets' bundle); they live in
 * json-schema-descriptions.ts, keyed by path, and a path that no longer exists makes generation
 * throw, so a renamed field cannot leave a description behind silently.
 *
 * Draft-07 rather than 2020-12: it is the draft editors (VS Code, JetBrains, yaml-language-server)
 * support best. Its unions of objects told apart by one field (a section's `kind`, a question's
 * `type`) are written as `if`/`then` on that field (`discriminated` below), not as `oneOf`: with
 * `oneOf` an editor reports every branch's complaints (18 to 25 lines for one misspelt field), with
 * `if`/`then` only the branch the author chose is checked, so the editor shows one error where the
 * command-line tool does. A condition, told apart by which operator key it has rather than by a
 * value, gets the same treatment in json-schema-keyed.ts.
 */
import * as z from 'zod/mini';
import { contentSchema, SAFE_LINK_SCHEMES } from '../content/schema.js';
import { message } from '../content/issues.js';
import { issueWords } from '../content/issue-words.js';
import { descriptions, type DescriptionLocale } from './json-schema-descriptions.js';
import { keyedUnion } from './json-schema-keyed.js';

type Json = Record<string, unknown>;

// Each scheme case-insensitively, as `new URL()` lower-cases it: "HTTPS://…" is accepted.
const anyCase = (s: string) => [...s].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join('');
const HREF_PATTERN = `^(?:${SAFE_LINK_SCHEMES.map((s) => anyCase(s.slice(0, -1))).join('|')}):`;

/** What the refinements of schema.ts (keyed checks) mean, in JSON Schema terms. */
const refinements: Record<string, Json> = {
  id: { pattern: '^[a-z0-9][a-z0-9_-]*$' },
  href: { pattern: HREF_PATTERN },
  date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
};

/**
 * The other link checks of href.ts that a pattern can say, each its own pattern in `allOf`: no user
 * name or password before the host (in an http(s) link, what comes before the first / \ ? # after
 * the scheme holds no "@", however many slashes follow the colon, as browsers read it), and no
 * backslash. A host that mixes alphabets needs its punycode decoded: only the content check sees it.
 */
const linkPatterns: Record<string, string> = {
  href_credentials: `^(?!${anyCase('http')}[Ss]?:[\\\\/]*[^\\\\/?#]*@)`,
  href_backslash: '^[^\\\\]*$',
};

/** The content check's own words for a link it refuses, without the link: VS Code shows them. */
const linkMessage = (locale: DescriptionLocale, key: string) => message(issueWords[locale], key, { received: '\0' }).replace(' \0', '');

type Check = { _zod: { def: { check: string; params?: { key?: unknown } } } };

/** The content's JSON Schema (draft-07), with descriptions in French (default) or English. */
export function contentJsonSchema(locale: DescriptionLocale = 'fr'): Json {
  // Named definitions: the recursive condition needs one anyway, and a few shared shapes read
  // better in an editor's hover as a name than as the same object inlined fifty times.
  const { Condition, Content, Inline, Link, Paragraph, Source } = contentSchema();
  const registry = z.registry<{ id?: string }>();
  registry.add(Condition, { id: 'Condition' });
  registry.add(Paragraph, { id: 'Paragraph' });
  registry.add(Inline, { id: 'Inline' });
  registry.add(Link, { id: 'Link' });
  registry.add(Source, { id: 'Source' });

  const schema = z.toJSONSchema(Content, {
    target: 'draft-07',
    io: 'input',
    metadata: registry,
    override: ({ zodSchema, jsonSchema }) => {
      const checks = ((zodSchema as unknown as { _zod: { def: { checks?: Check[] } } })._zod.def.checks ?? []);
      const target = jsonSchema as Json;
      const kinds = checks.map((c) => c._zod.def.check);
      const links: Json[] = [];
      for (const check of checks) {
        const def = check._zod.def;
        const key = def.params?.key;
        if (def.check !== 'custom' || typeof key !== 'string') continue;
        if (refinements[key]) Object.assign(target, refinements[key]);
        if (key === 'href') target.patternErrorMessage = linkMessage(locale, key);
        if (linkPatterns[key]) links.push({ pattern: linkPatterns[key], patternErrorMessage: linkMessage(locale, key) });
      }
      if (links.length) target.allOf = links;
      // A whole text is trimmed before its length is checked, so "   " is empty; a run inside a
      // paragraph is not trimmed (" " between two emphases is a real space) and has no such pattern.
      if (kinds.includes('overwrite') && kinds.includes('min_length') && target.type === 'string' && !target.pattern) {
        target.pattern = '\\S';
      }
    },
  }) as Json;

  // A deep copy: zod may share one object between the places a schema is used, and a description
  // set on one field must not show up on every other field of the same type.
  const out = JSON.parse(
    JSON.stringify({
      $schema: schema.$schema,
      title: locale === 'fr' ? 'Contenu de cqp-vae-widgets' : 'cqp-vae-widgets content',
      ...schema,
    }),
  ) as Json;
  const missing: string[] = [];
  for (const [path, text] of Object.entries(descriptions[locale])) {
    if (describe(out, path, text) === 0) missing.push(path);
  }
  if (missing.length) throw new Error(`JSON Schema descriptions name paths that do not exist: ${missing.join(', ')}`);
  // After the descriptions, which are set on each branch (json-schema-keyed.ts merges them).
  const definitions = out.definitions as Record<string, Json>;
  const condition = keyedUnion(definitions.Condition, 'equals');
  if (!condition) throw new Error('The Condition union no longer has one operator key per branch: see json-schema-keyed.ts');
  definitions.Condition = condition;
  return discriminated(out);
}

/** The field every branch of a union fixes to its own constant, if there is one. */
function discriminator(branches: Json[]): string | undefined {
  const [first] = branches;
  const fixed = (b: Json, key: string) =>
    b.type === 'object' && ((b.required ?? []) as string[]).includes(key) && (b.properties as Record<string, Json> | undefined)?.[key]?.const !== undefined;
  return Object.keys((first?.properties ?? {}) as Json).find((key) => branches.every((b) => fixed(b, key)));
}

/**
 * Rewrites each `oneOf`/`anyOf` of objects that one field tells apart as: that field required and
 * one of its values, then `allOf` of `if` (field = value) / `then` (that branch). Recursive.
 */
function discriminated<T>(node: T): T {
  if (Array.isArray(node)) return node.map(discriminated) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Json = Object.fromEntries(Object.entries(node as Json).map(([k, v]) => [k, discriminated(v)]));
  for (const union of ['oneOf', 'anyOf'] as const) {
    const branches = out[union] as Json[] | undefined;
    const key = Array.isArray(branches) && branches.length > 1 ? discriminator(branches) : undefined;
    if (!branches || !key) continue;
    const values = branches.map((b) => (b.properties as Record<string, Json>)[key].const);
    delete out[union];
    Object.assign(out, {
      type: 'object',
      required: [key],
      properties: { [key]: { enum: values } },
      allOf: branches.map((b, i) => ({ if: { properties: { [key]: { const: values[i] } }, required: [key] }, then: b })),
    });
  }
  return out as T;
}

/**
 * Sets `description` on every node `path` leads to and returns how many. A path is dotted property
 * names, `[]` for the items of a list, and starts at the root or at `#Name` (a definition). It
 * goes through `$ref`s and into every branch of a union.
 */
function describe(root: Json, path: string, text: string): number {
  const definitions = (root.definitions ?? {}) as Record<string, Json>;
  const segments = path ? path.split('.').flatMap((s) => s.split(/(?=\[\])/)) : [];
  let nodes: Json[] = [root];
  if (segments[0]?.startsWith('#')) {
    const definition = definitions[segments.shift()!.slice(1)];
    nodes = definition ? [definition] : [];
  }

  const expand = (node: Json): Json[] => {
    const ref = typeof node.$ref === 'string' ? definitions[node.$ref.replace('#/definitions/', '')] : undefined;
    if (ref) return expand(ref);
    const branches = [node.anyOf, node.oneOf, node.allOf].flatMap((b) => (Array.isArray(b) ? (b as Json[]) : []));
    return [node, ...branches.flatMap(expand)];
  };
  for (const segment of segments) {
    const next: Json[] = [];
    for (const node of nodes.flatMap(expand)) {
      if (segment === '[]' && node.items && typeof node.items === 'object') next.push(node.items as Json);
      const props = node.properties as Record<string, Json> | undefined;
      if (segment !== '[]' && props?.[segment]) next.push(props[segment]);
    }
    nodes = [...new Set(next)];
  }
  for (const node of nodes) {
    // In draft-07 the siblings of a `$ref` are ignored: wrap it so that the description counts.
    if (typeof node.$ref === 'string') {
      node.allOf = [{ $ref: node.$ref }];
      delete node.$ref;
    }
    node.description = text;
  }
  return nodes.length;
}
