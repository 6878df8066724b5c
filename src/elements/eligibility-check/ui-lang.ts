/**
 * The questionnaire mixes the content's words (questions, options, reasons) with its own (buttons,
 * the stepper, verdict words). When the two languages differ — French content on an English page —
 * each of its own words carries its `lang`, so that a screen reader reads both in the right voice
 * (WCAG 3.1.2); when they are the same, no attribute is added.
 */
import { html, nothing } from 'lit';
import type { UiLocale } from '../../shared/i18n.js';

export const uiLang = (locale: UiLocale, contentLocale: UiLocale) => (locale === contentLocale ? nothing : locale);

/** UI text inside content-language markup (e.g. a heading). */
export const uiText = (text: string, lang: UiLocale | typeof nothing) =>
  lang === nothing ? text : html`<span lang=${lang}>${text}</span>`;
