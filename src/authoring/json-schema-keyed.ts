/**
 * A union of closed objects told apart by which key is present, not by a key's value: a condition is
 * `{ "all": […] }`, `{ "question": "x", "equals": 1 }`, `{ "question": "x", "picked": {…} }`… (its
 * operator). zod writes it as an `anyOf` of eleven objects, so a misspelt key gives an editor a
 * complaint from every branch, and a validator that reports the union as a whole ("no branch
 * matches") names no key at all.
 *
 * Rewritten here, in draft-07, as one closed object holding every key (an editor completes them all),
 * with `if`/`then` rules keyed on the operator that is present:
 * - an unknown key is the one error (`additionalProperties`); the rules below that would also fire
 *   (a missing `question`, no operator) apply only when every key is known (`propertyNames`);
 * - each operator forbids the keys its branch does not have, except the operators listed before it,
 *   so two operators give one error, on the second;
 * - each operator requires its branch's other keys (`question`);
 * - without any operator, the most common one (`fallback`) is the one required.
 */
type Json = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The union rewritten, or undefined when it is not a union of closed objects each with a key of its own. */
export function keyedUnion(union: Json, fallback: string): Json | undefined {
  const branches = (union.anyOf ?? union.oneOf) as Json[] | undefined;
  if (!Array.isArray(branches) || branches.some((b) => b.type !== 'object' || b.additionalProperties !== false)) return undefined;
  const props = branches.map((b) => (b.properties ?? {}) as Record<string, Json>);
  const merged: Record<string, Json> = {};
  for (const p of props) {
    for (const [key, schema] of Object.entries(p)) {
      if (!(key in merged)) merged[key] = schema;
      // A key shared by several branches (a condition's `question`) must mean the same in each.
      else if (!same(merged[key], schema)) return undefined;
    }
  }
  const keys = Object.keys(merged);
  const ownKey = (key: string) => props.filter((p) => key in p).length === 1;
  const operators = branches.map((b) => ((b.required ?? []) as string[]).find(ownKey));
  if (operators.some((o) => o === undefined) || !operators.includes(fallback)) return undefined;
  const ops = operators as string[];

  const allKnown = { propertyNames: { enum: keys } };
  const rules: Json[] = [];
  // Operators that require the same other keys share one rule (`question` for eight of them).
  const requiring = new Map<string, string[]>();
  branches.forEach((branch, i) => {
    const op = ops[i];
    const forbidden = keys.filter((k) => !(k in props[i]) && !ops.slice(0, i).includes(k));
    if (forbidden.length) rules.push({ if: { required: [op] }, then: { properties: Object.fromEntries(forbidden.map((k) => [k, false])) } });
    const others = ((branch.required ?? []) as string[]).filter((k) => k !== op);
    if (others.length) requiring.set(JSON.stringify(others), [...(requiring.get(JSON.stringify(others)) ?? []), op]);
  });
  for (const [others, group] of requiring) {
    rules.push({ if: { ...allKnown, anyOf: group.map((o) => ({ required: [o] })) }, then: { required: JSON.parse(others) } });
  }
  rules.push({ if: { ...allKnown, not: { anyOf: ops.map((o) => ({ required: [o] })) } }, then: { required: [fallback] } });

  const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = union;
  return { ...rest, type: 'object', properties: merged, additionalProperties: false, allOf: rules };
}
