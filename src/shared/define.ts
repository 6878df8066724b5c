/**
 * Registers a tag once. A page may load the module twice (two CMS blocks, a CDN URL and a local
 * copy); the second registration of a name would throw, so it is skipped: the first definition wins.
 */
export function defineOnce(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
