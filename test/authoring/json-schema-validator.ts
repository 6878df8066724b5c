// A small draft-07 validator for the keywords the generated content schema uses, so that tests can
// check that the JSON Schema an editor reads accepts the example contents and refuses broken ones,
// without a validator dependency. A keyword it does not know makes it throw: a schema change can
// then not be silently half-checked.
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$ref', '$schema', 'additionalProperties', 'allOf', 'anyOf', 'const', 'definitions', 'description', 'enum',
  'exclusiveMinimum', 'exclusiveMaximum', 'minimum', 'maximum', 'format', 'items', 'minItems', 'minLength',
  'oneOf', 'pattern', 'patternErrorMessage', 'properties', 'required', 'title', 'type', 'if', 'then', 'else', 'not',
  'propertyNames',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Paths (JSON Pointer-like) where `value` breaks `root`; empty when it is valid. */
export function schemaErrors(root: Schema, value: unknown): string[] {
  const definitions = (root.definitions ?? {}) as Record<string, Schema>;
  const check = (node: Schema | boolean, v: unknown, at: string): string[] => {
    // Boolean schemas (draft-06 and later): `false` refuses any value, here a key that is not allowed.
    if (node === true) return [];
    if (node === false) return [`${at || '/'}: not allowed`];
    const schema = node;
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${at}`);
    const errors: string[] = [];
    const fail = (why: string) => errors.push(`${at || '/'}: ${why}`);
    if (typeof schema.$ref === 'string') errors.push(...check(definitions[schema.$ref.replace('#/definitions/', '')], v, at));
    for (const s of (schema.allOf as Schema[] | undefined) ?? []) errors.push(...check(s, v, at));
    if (schema.if) {
      const matches = check(schema.if as Schema, v, at).length === 0;
      const branch = (matches ? schema.then : schema.else) as Schema | undefined;
      if (branch) errors.push(...check(branch, v, at));
    }
    if (schema.not !== undefined && check(schema.not as Schema, v, at).length === 0) fail('matches a schema it must not');
    if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => check(s, v, at).length === 0)) fail('no anyOf branch');
    if (schema.oneOf && (schema.oneOf as Schema[]).filter((s) => check(s, v, at).length === 0).length !== 1) fail('not exactly one oneOf branch');
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [...errors, `${at || '/'}: type ${t}`];
    }
    if ('const' in schema && schema.const !== v) fail(`not ${String(schema.const)}`);
    if (schema.enum && !(schema.enum as unknown[]).includes(v)) fail('not in enum');
    if (typeof v === 'string') {
      if (typeof schema.minLength === 'number' && v.length < schema.minLength) fail('too short');
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) fail(`pattern ${schema.pattern}`);
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) fail('minimum');
      if (typeof schema.maximum === 'number' && v > schema.maximum) fail('maximum');
      if (typeof schema.exclusiveMinimum === 'number' && v <= schema.exclusiveMinimum) fail('exclusiveMinimum');
      if (typeof schema.exclusiveMaximum === 'number' && v >= schema.exclusiveMaximum) fail('exclusiveMaximum');
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems) fail('too few items');
      if (schema.items) v.forEach((item, i) => errors.push(...check(schema.items as Schema, item, `${at}/${i}`)));
    }
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) fail(`missing ${key}`);
      if (schema.propertyNames !== undefined) {
        for (const key of Object.keys(object)) if (check(schema.propertyNames as Schema, key, at).length) fail(`property name ${key}`);
      }
      for (const [key, item] of Object.entries(object)) {
        if (key in properties) errors.push(...check(properties[key], item, `${at}/${key}`));
        else if (schema.additionalProperties === false) fail(`unknown ${key}`);
      }
    }
    return errors;
  };
  return check(root, value, '');
}
