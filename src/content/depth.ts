/**
 * How deep `all`, `any` and `not` may nest in a condition: the one rule the content check
 * (references.ts), the lint and the engine (rules/conditions.ts) share. A module of its own, free of
 * zod, so that the engine (in the page's first module) reads it without the schema.
 */
export const MAX_CONDITION_DEPTH = 64;
