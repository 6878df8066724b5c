/**
 * Public properties that take whatever a host gives. Frameworks and page scripts set properties with
 * every kind of value: React 19 writes `<eligibility-check persist />` as `persist = true`, Vue
 * `:persist="false"` as `false`, a CMS a number, a bug `undefined` or an object. A property declared
 * here keeps only a value of the shape its element reads; anything else is coerced (when the
 * meaning is plain) or ignored, and a console warning names the property and the values it takes,
 * so the element never renders blank or throws on its next update.
 */
import type { ReactiveElement } from 'lit';

/** What a coercion returns to ignore the value given (the property keeps its previous value). */
export const IGNORE: unique symbol = Symbol('ignore');

export interface Coerced {
  /** The value to keep, or IGNORE. A kept value different from the given one is warned about. */
  coerce(value: unknown): unknown;
  /** The accepted values, as the warning lists them. */
  accepted: string;
}

/** A short, safe description of any value for a warning (a symbol, a huge string, a hostile toString). */
export function describe(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol' || typeof value === 'bigint') return value.toString();
    if (Array.isArray(value)) return 'an array';
    if (value && typeof value === 'object') return 'an object';
    return String(value);
  } catch {
    return typeof value;
  }
}

/**
 * Installs `name` on `element`'s prototype as a reactive property whose setter coerces its value
 * (declare it in `static properties` with `noAccessor: true`). Values set before the element was
 * upgraded go through the setter too: lit re-applies them.
 */
export function coercedProperty(element: typeof ReactiveElement, name: string, rule: Coerced): void {
  const key = Symbol(name);
  Object.defineProperty(element.prototype, name, {
    get(this: Record<symbol, unknown>) {
      return this[key];
    },
    set(this: ReactiveElement & Record<symbol, unknown>, value: unknown) {
      const next = rule.coerce(value);
      // null and undefined mean "the default": no warning for them.
      if (next !== value && value !== null && value !== undefined) {
        const what = next === IGNORE ? 'ignored' : `read as ${describe(next)}`;
        console.warn(`<${this.localName}>: ${name} = ${describe(value)} is not accepted (${rule.accepted}); ${what}.`);
      }
      if (next === IGNORE) return;
      const old = this[key];
      this[key] = next;
      this.requestUpdate(name, old);
    },
    configurable: true,
    enumerable: true,
  });
}

/** Text, or nothing (null and undefined): the shape of ids, URLs and names. */
export const optionalText: Coerced = {
  coerce: (v) => (v === undefined || v === null || typeof v === 'string' ? v : IGNORE),
  accepted: 'a string, null or undefined',
};

/** A heading level: a number (or numeric text), clamped at render time; null or undefined: 2. */
export const headingLevelRule: Coerced = {
  coerce: (v) => {
    if (v === undefined || v === null) return 2;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) ? n : IGNORE;
  },
  accepted: 'a number from 1 to 6',
};
