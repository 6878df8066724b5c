/**
 * The content checker (schema, cross-references, readable issues: zod and its wording, about half
 * of the validation's bytes) loaded on demand. A page with the built-in content never loads it; a
 * page with its own content loads it once, from the file the build writes beside the module (a
 * relative import, which the browser resolves against the module's own URL, so a CDN or a copied
 * dist/ folder works as is).
 */
import type * as Parse from '../content/parse.js';

export type Checker = typeof Parse;

let loaded: Checker | undefined;
let pending: Promise<Checker> | undefined;

/** The checker if it has arrived, for a synchronous check. */
export const checker = (): Checker | undefined => loaded;

/** The checker, loading it the first time; a failed load is tried again on the next call. */
export function loadChecker(): Promise<Checker> {
  pending ??= import('../content/parse.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/**
 * Gives the checker up front, for a server: lit's server renderer renders synchronously, so content
 * set by property must be checked at once, not after a dynamic import (src/server.ts).
 */
export function provideChecker(module: Checker): void {
  loaded = module;
}
