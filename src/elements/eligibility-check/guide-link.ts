/**
 * The result's "see this route in the guide" links. The guide is another element on the page,
 * possibly of another version of this package or a host's own stand-in, so it is found at click
 * time and its `selectRoute` is called only if it has one.
 */
type GuideLike = HTMLElement & { selectRoute?: (id: string) => unknown };

/** The guide named by `id` in the element's document (or shadow root), else the first `<cqp-vae-guide>` there. */
export function findGuide(host: Element, id: string | undefined): GuideLike | null {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (id) return root.getElementById?.(id) ?? null;
  return root.querySelector?.<GuideLike>('cqp-vae-guide') ?? null;
}

/** Where the link points without script: the guide's id, so that it still scrolls there. */
export const guideHref = (guide: Element) => `#${guide.id}`;

/**
 * Opens `routeId` in the guide. With a `selectRoute` method the link's own navigation is
 * cancelled (the guide shows the route and takes focus); without one, an element with an id is
 * left to the link's hash navigation, and one without is scrolled to.
 */
export function openRoute(guide: GuideLike | null, routeId: string, event: Event): void {
  if (!guide) return;
  if (typeof guide.selectRoute === 'function') {
    event.preventDefault();
    try {
      if (guide.selectRoute(routeId) === false) guide.scrollIntoView();
    } catch (error) {
      console.error('<eligibility-check>: the guide could not show the route.', error);
      guide.scrollIntoView();
    }
  } else if (!guide.id) {
    event.preventDefault();
    guide.scrollIntoView();
  }
}
