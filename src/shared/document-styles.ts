/**
 * Styles that follow an element into another document. Lit gives every shadow root the same
 * constructed stylesheets, and a constructed sheet belongs to the document whose window made it: a
 * shadow root in another document (an iframe a page builder or a preview pane adopts the element
 * into) refuses it (NotAllowedError) on first connection, and drops it when an element already
 * rendered moves there. So, in another document, the root gets copies made by that document's own
 * window, once per document and per sheet; back home, lit's own sheets again. Constructed sheets
 * rather than <style> elements: a page's `style-src` policy without 'unsafe-inline' allows them.
 */
import { adoptStyles, type CSSResult, type CSSResultOrNative } from 'lit';

const copies = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

/** Gives `root` the element's styles (css`` results) in whatever document the root now belongs to. */
export function adoptStylesIn(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  if (doc === document) return adoptStyles(root, styles);
  // A document without a window (a DOMParser's) shows nothing: no sheets, and no error.
  const Sheet = doc.defaultView?.CSSStyleSheet;
  const made = copies.get(doc) ?? new Map<CSSResultOrNative, CSSStyleSheet>();
  copies.set(doc, made);
  root.adoptedStyleSheets = Sheet
    ? styles.map((style) => {
        let sheet = made.get(style);
        if (!sheet) made.set(style, (sheet = new Sheet())), sheet.replaceSync((style as CSSResult).cssText);
        return sheet;
      })
    : [];
}
