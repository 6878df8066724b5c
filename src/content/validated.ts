/**
 * The content objects `parseContent` returned. An element given one of them as its `content` uses it
 * as is: a server that validated the content before rendering it (`cqp-vae-widgets prerender`,
 * src/cli/prerender.ts), or an application that did, need not pay for the same check twice, and the
 * element renders it synchronously, as lit's server renderer requires. Kept apart from validate.ts,
 * which the page loads only for custom content.
 */
import type * as Validate from './validate.js';

export const validated = new WeakSet<object>();

/**
 * The checker's two functions, remembering each content they return in `validated`. The checker
 * itself (validate.ts) marks nothing: a page loads it from a file of its own that imports nothing
 * from the module, and the set must be the module's one.
 */
export function marking(check: typeof Validate): Pick<typeof Validate, 'parseContent' | 'parseContentText'> {
  const mark = (result: Validate.ParseResult) => {
    if (result.ok) validated.add(result.content);
    return result;
  };
  return {
    parseContent: (input, options) => mark(check.parseContent(input, options)),
    parseContentText: (text, options) => mark(check.parseContentText(text, options)),
  };
}
