/**
 * Styles both elements share: the public custom properties (all `--cqp-vae-*`, each with a neutral
 * default that inherits the host page's font and colour), and the loading, error and source blocks.
 * Private `--_*` variables resolve each public property once, so the rest of the CSS stays short.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --_accent: var(--cqp-vae-accent, #1d4f91);
    --_on-accent: var(--cqp-vae-on-accent, #ffffff);
    --_text: var(--cqp-vae-text, inherit);
    --_muted: var(--cqp-vae-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--cqp-vae-surface, transparent);
    --_surface-alt: var(--cqp-vae-surface-alt, color-mix(in srgb, currentColor 6%, transparent));
    --_border: var(--cqp-vae-border, color-mix(in srgb, currentColor 30%, transparent));
    --_radius: var(--cqp-vae-radius, 0.5rem);
    --_space: var(--cqp-vae-space, 1rem);
    --_error: var(--cqp-vae-error, #b3261e);
    --_focus: var(--cqp-vae-focus, var(--_accent));
    display: block;
    /* Two widgets pasted one after the other must not touch: a block margin the page can change. */
    margin-block: var(--cqp-vae-margin-block, 2rem);
    box-sizing: border-box;
    font-family: var(--cqp-vae-font, inherit);
    font-size: var(--cqp-vae-font-size, inherit);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    /* A long word or URL in content must wrap rather than widen the page at 320 px. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Headings: their level follows the host page (heading-level), their size does not. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  [part~='title'] {
    font-size: 1.5em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .external {
    /* Inline, not inline-block: an atomic box would be a place to break the line before it. */
    display: inline;
    margin-inline-start: 0.15em;
    font-size: 0.85em;
  }
  /* The widgets' buttons (the guide's tabs have their own look); :where() keeps the specificity of a
     plain button selector, so that a part's rule (the primary button) overrides it. */
  button:where(:not([role='tab'])) {
    font: inherit;
    min-height: 2.75em;
    padding: 0.4em 1.1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  button:where(:not([role='tab'])):hover {
    box-shadow: inset 0 0 0 1px currentColor;
  }
  /* A glossary term reads as a word of the sentence, marked by a dotted underline, and wraps inside
     it like a link; its definition opens on the next line, inside the text, as a small note. Inline
     targets inside a sentence are exempt from the target-size minimum, so the term keeps the
     text's size. */
  .term-button {
    text-decoration: underline dotted;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  .term-button:hover {
    color: var(--_accent);
  }
  .term-button[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .term-definition:not([hidden]) {
    display: block;
    margin: 0.35em 0 0.5em;
    padding: 0.4em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
    font-size: 0.9375em;
    font-weight: normal;
  }
  [part~='sources'] {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='sources'] summary {
    cursor: pointer;
    width: fit-content;
  }
  [part~='sources'] ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part~='loading'] {
    /* Reserve room for the content so that the host page does not jump when it arrives. */
    min-height: var(--cqp-vae-loading-height, 20rem);
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  [part~='error'] {
    border: 2px solid var(--_error);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part~='error'] strong {
    color: var(--_error);
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  [part~='error'] details {
    margin-top: calc(var(--_space) / 2);
  }
  [part~='error'] code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  [part~='source'] {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: calc(var(--_space) / 2);
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='source'] p {
    margin: 0.25em 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    [part~='error'] {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .term-button {
      color: LinkText;
    }
    .term-definition:not([hidden]) {
      border: 1px solid CanvasText;
    }
  }
`;
