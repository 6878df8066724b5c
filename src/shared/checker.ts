/**
 * The content checker (schema, cross-references, readable issues: zod and its wording, about half
 * of the validation's bytes) loaded on demand. A page with the built-in content never loads it; a
 * page with its own content loads it once, from the file the build writes beside the module (a
 * relative import, which the browser resolves against the module's own URL, so a CDN or a copied
 * dist/ folder works as is). That file imports nothing from the module (a module loaded with a
 * query string, WordPress's `?ver=`, would otherwise be loaded again under its plain URL, with a
 * second copy of its state): the checker keeps no state, and what it returns is remembered as
 * validated here, in the module's own set.
 */
import type * as Validate from '../content/validate.js';
import { marking } from '../content/validated.js';
import { onDemand } from './on-demand.js';

export type Checker = ReturnType<typeof marking>;

const file = onDemand(() => import('../content/validate.js'), (module: typeof Validate) => marking(module));

/** The checker if it has arrived, for a synchronous check. */
export const checker = file.get;
/** The checker, loading it the first time; a failed load is tried again on the next call. */
export const loadChecker = file.load;
/**
 * Gives the checker up front, for a server: lit's server renderer renders synchronously, so content
 * set by property must be checked at once, not after a dynamic import (src/server.ts).
 */
export const provideChecker = file.provide;
