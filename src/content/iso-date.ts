/**
 * A calendar day written YYYY-MM-DD that exists. `Date.parse` alone is not enough: Chromium and
 * Node read "2026-02-31" as 3 March where Firefox refuses it, so the same file passed in one
 * browser and failed in another, and a date shown would not be the one written. The day must come
 * back unchanged from the date it parses to (toJSON, which gives null where toISOString would
 * throw for a date that did not parse).
 */
export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !!new Date(s).toJSON()?.startsWith(s);
