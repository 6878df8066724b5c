/**
 * `cqp-vae-widgets/hydrate-support` (dist/hydrate-support.js): lit's hydration support, loaded before
 * the widgets' module on a page prerendered by `npx cqp-vae-widgets prerender`, so that the elements take over
 * the prerendered shadow DOM instead of rendering it again. It exports nothing.
 */
export {};
