/**
 * Events leave the shadow DOM (composed) and bubble, so a host page can listen on the element or on
 * any ancestor without reading the widget's internals.
 */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
