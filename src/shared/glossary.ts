/**
 * Words explained where they appear. The content's `glossary` lists terms and their definitions;
 * the first occurrence of each term in a scope (a guide section, a question with its hints, a
 * reason) becomes a disclosure: a button that shows the definition right after the term, in the
 * reading order, and hides it again. A button, so that a keyboard, a finger and a screen reader
 * open it alike; never a hover. While closed, the definition is not in the DOM: the text reads as
 * the author wrote it.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { GlossaryEntry } from '../content/schema.js';
import { sharedStrings, type UiLocale } from './i18n.js';
import { renderLink } from './link.js';

/** A text cut into plain runs and terms (the index of their glossary entry). */
export type Segment = string | { entry: number; text: string };

interface Compiled {
  pattern: RegExp;
  /** Capturing group k + 1 is entry groups[k]. */
  groups: number[];
}

const compiledCache = new WeakMap<readonly GlossaryEntry[], Compiled | null>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term's spelling as a pattern: any space kind between words, either apostrophe, a capital first letter. */
function formPattern(form: string): string {
  const first = form[0];
  const head = first.toLowerCase() === first && first.toUpperCase() !== first ? `[${first}${first.toUpperCase()}]` : escape(first);
  return (
    head +
    escape(form.slice(1))
      .replace(/\s+/g, '[\\s\\u00a0\\u202f]+')
      .replace(/['’]/g, "['’]")
  );
}

function compile(entries: readonly GlossaryEntry[]): Compiled | null {
  // Longer spellings first, so that "France VAE" is one term, not "France" and "VAE".
  const groups = entries.map((_, i) => i).filter((i) => entries[i].term.trim());
  const forms = (i: number) => [entries[i].term, ...(entries[i].forms ?? [])].filter((f) => f.trim()).sort((a, b) => b.length - a.length);
  groups.sort((a, b) => forms(b)[0].length - forms(a)[0].length);
  if (!groups.length) return null;
  const body = groups.map((i) => `(${forms(i).map(formPattern).join('|')})`).join('|');
  // Whole words only: "RS" in "RSA" or "VAE" in "vae.gouv.fr" (case differs) are not terms.
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}_/.@-])(?:${body})(?![\\p{L}\\p{N}_]|\\.[\\p{L}])`, 'gu'), groups };
}

/**
 * `text` cut at the glossary's terms; a term already in `marked` (entry indexes) stays plain, and
 * each one marked here is added to it.
 */
export function segments(text: string, glossary: readonly GlossaryEntry[] | undefined, marked: Set<number>): Segment[] {
  if (!glossary?.length) return [text];
  let compiled = compiledCache.get(glossary);
  if (compiled === undefined) compiledCache.set(glossary, (compiled = compile(glossary)));
  if (!compiled) return [text];
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(compiled.pattern)) {
    const group = match.findIndex((m, k) => k > 0 && m !== undefined);
    const entry = compiled.groups[group - 1];
    if (entry === undefined || marked.has(entry)) continue;
    marked.add(entry);
    const at = match.index!;
    if (at > last) out.push(text.slice(last, at));
    out.push({ entry, text: match[0] });
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Where terms are marked once: a section, a question, a reason. */
export interface TextScope {
  locale: UiLocale;
  glossary?: readonly GlossaryEntry[];
  /** Glossary entries already marked in this scope. */
  marked: Set<number>;
  /** Unique in the element's shadow root: the definitions' ids start with it. */
  key: string;
}

export function textScope(locale: UiLocale, glossary: readonly GlossaryEntry[] | undefined, key: string): TextScope {
  return { locale, glossary, marked: new Set(), key };
}

/** `text` with its first terms as disclosures. */
export function renderTerms(text: string, scope: TextScope): TemplateResult | string {
  const parts = segments(text, scope.glossary, scope.marked);
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  return html`${parts.map((p) => (typeof p === 'string' ? p : term(p.text, scope.glossary![p.entry], `g-${scope.key}-${p.entry}`, scope.locale)))}`;
}

/**
 * A term is a `role="button"` span, not a `<button>`: a button is one unbreakable box, so a term of
 * several words ("validation des acquis de l’expérience") would leave the sentence for a line of
 * its own on a phone. The span wraps inside the phrase like a link; Tab reaches it, Enter and Space
 * open it, as they would a button.
 */
function term(text: string, entry: GlossaryEntry, id: string, locale: UiLocale): TemplateResult {
  const s = sharedStrings[locale];
  // aria-expanded and hidden are written once by the template and then belong to the handlers:
  // re-renders leave an open definition open.
  return html`<span class="term" @keydown=${(e: KeyboardEvent) => onKeydown(e, entry, locale)}
    ><span role="button" tabindex="0" part="term" class="term-button" aria-expanded="false" aria-controls=${id}
      aria-label=${`${text}, ${s.definition}`} @click=${(e: Event) => toggle(e.currentTarget as HTMLElement, entry, locale)}
    >${text}</span
    ><span part="term-definition" class="term-definition" id=${id} hidden></span
  ></span>`;
}

function toggle(button: HTMLElement, entry: GlossaryEntry, locale: UiLocale) {
  const panel = button.nextElementSibling as HTMLElement | null;
  if (!panel) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  const more = entry.link ? html` ${renderLink(sharedStrings[locale].learnMore, entry.link, locale)}` : nothing;
  render(open ? html`${entry.definition}${more}` : nothing, panel);
  panel.hidden = !open;
}

// Enter and Space on the term toggle its definition (a button's keys); Escape closes it from the
// term or from a link inside it, and focus returns to the term.
function onKeydown(event: KeyboardEvent, entry: GlossaryEntry, locale: UiLocale) {
  const button = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(':scope > .term-button');
  if (!button) return;
  if ((event.key === 'Enter' || event.key === ' ') && event.target === button) {
    // Space would scroll the page; Enter inside a form would submit it.
    event.preventDefault();
    toggle(button, entry, locale);
    return;
  }
  if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
  event.preventDefault();
  event.stopPropagation();
  const panel = button.nextElementSibling as HTMLElement;
  render(nothing, panel);
  panel.hidden = true;
  button.setAttribute('aria-expanded', 'false');
  button.focus();
}
