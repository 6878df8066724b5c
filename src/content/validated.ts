/**
 * The content objects `parseContent` returned. An element given one of them as its `content` uses it
 * as is: a server that validated the content before rendering it (`cqp-vae-widgets prerender`,
 * src/cli/prerender.ts), or an application that did, need not pay for the same check twice, and the
 * element renders it synchronously, as lit's server renderer requires. Kept apart from parse.ts,
 * which the page loads only for custom content.
 */
export const validated = new WeakSet<object>();
