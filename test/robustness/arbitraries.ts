// fast-check arbitraries for bad content: random JSON, and near-valid documents (a valid document with
// exactly one field broken: removed, replaced, retyped, emptied, duplicated, or joined by an unknown
// key). Every failure prints its seed and path; replay with fc.assert(…, { seed, path }).
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

/** Every path to a node of `doc` (the root excluded), objects' keys and arrays' indexes. */
export function pathsOf(doc: Json): Key[][] {
  const out: Key[][] = [];
  const walk = (node: Json, path: Key[]) => {
    if (Array.isArray(node)) node.forEach((v, i) => (out.push([...path, i]), walk(v, [...path, i])));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        out.push([...path, k]);
        walk(v, [...path, k]);
      }
    }
  };
  walk(doc, []);
  return out;
}

/** Sets an own property, even "__proto__" (as JSON.parse would), never a prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'string'; value: string }
  | { kind: 'unknown-key'; key: string; value: unknown }
  | { kind: 'duplicate' }
  | { kind: 'empty' };

/** Odd values a content author (or a broken export) produces. */
const oddValue = fc.constantFrom<unknown>(
  null, 0, -1, 1.5, 1e308, -0, true, false, '', ' ', '\u0000', 'x', [], {}, [null], { '': '' },
  'javascript:alert(1)', '2026-02-30', 'A B', '__proto__', '{question}', 'x'.repeat(5000),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.oneof(oddValue, fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ kind: fc.constant('string' as const), value: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({
    kind: fc.constant('unknown-key' as const),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''), fc.string({ maxLength: 8 })),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
  fc.constant<Mutation>({ kind: 'duplicate' }),
  fc.constant<Mutation>({ kind: 'empty' }),
);

/**
 * `base` with one mutation at the path picked by `seed`. Objects and arrays are copied along the
 * path only; `base` is never changed.
 */
export function mutate(base: Json, paths: Key[][], seed: number, m: Mutation): unknown {
  const path = paths[seed % paths.length];
  const root: Json = structuredClone(base);
  let parent = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  const last = path[path.length - 1];
  const current = parent[last];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'replace':
      parent[last] = m.value;
      break;
    case 'string':
      parent[last] = m.value;
      break;
    case 'unknown-key':
      if (current && typeof current === 'object' && !Array.isArray(current)) put(current as Record<string, unknown>, m.key, m.value);
      // An array has no keys in JSON (and "length" is not one to set): it gets an unexpected item.
      else if (Array.isArray(parent)) parent.push(m.value as Json);
      else put(parent as Record<string, unknown>, `${m.key}x`, m.value);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(current));
      else if (Array.isArray(current) && current.length) current.push(structuredClone(current[0]));
      else parent[last] = [current, current];
      break;
    case 'empty':
      parent[last] = Array.isArray(current) ? [] : typeof current === 'string' ? '' : current && typeof current === 'object' ? {} : null;
      break;
  }
  return root;
}

/** Random JSON documents, some shaped like content (meta/guide/eligibility keys). */
export const randomDocument: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record(
    {
      meta: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.constantFrom('id', 'version', 'locale', 'title', 'publisher', 'source', 'reviewedAt'), fc.jsonValue({ maxDepth: 1 }))),
      guide: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ routes: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }) })),
      eligibility: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: [] },
  ),
);

/** Text that is not JSON, or almost. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => {
    const s = JSON.stringify(v);
    return s.slice(0, Math.max(0, s.length - 1));
  }),
  fc.constantFrom('', ' ', 'null', '[]', '{}', '{"meta":', '\uFEFF{}', '<!doctype html><h1>404</h1>', 'NaN', '1e999'),
);
