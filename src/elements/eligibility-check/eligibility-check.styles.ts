/**
 * The questionnaire's own styles, on top of sharedStyles (tokens, links, loading, error, source).
 * Sizes are in em and rem so that the host's font size and a 200 % zoom carry through; nothing has
 * a fixed width, so 320 px fits. Controls keep their native look (accent-color only), which also
 * keeps them right in forced-colours mode.
 */
import { css } from 'lit';

export const eligibilityStyles = css`
  :host {
    --_control: var(--cqp-vae-control-size, 1.25rem);
    /* The verdict colours: only the questionnaire shows verdicts. */
    --_success: var(--cqp-vae-success, #1b6b3a);
    --_warning: var(--cqp-vae-warning, #8a5300);
  }
  .base > * + * {
    margin-top: calc(var(--_space) * 1.25);
  }
  [part~='result-title'] {
    font-size: 1.3em;
  }
  /* On a question, the question itself (the legend) is the big text: the stepper is one quiet line,
     and the questionnaire's title steps back, so that the step fits a phone's screen. */
  [part~='step-heading'] {
    font-size: 1em;
    margin: 0;
  }
  .base[data-position='step'] [part~='title'] {
    font-size: 1.1em;
    color: var(--_muted);
    margin: 0;
  }
  [part~='outcome-title'] {
    font-size: 1.15em;
  }
  [part~='subtitle'] {
    font-size: 1em;
    margin: 1em 0 0.25em;
  }
  p {
    margin: 0.5em 0;
  }
  ul,
  ol {
    margin: 0.5em 0;
    padding-inline-start: 1.5em;
  }

  /* Stepper: "Étape 2" above the step title, then the next step. */
  [part~='step-count'] {
    font-weight: 400;
    color: var(--_muted);
  }
  [part~='step-count']::after {
    content: ' · ';
  }
  [part~='step-next'] {
    font-size: 0.9em;
    color: var(--_muted);
    margin: 0.15em 0 0;
  }
  [part~='step-next-label'] {
    font-weight: 700;
  }
  [part~='required-note'] {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .base > [part~='required-note'] {
    margin-top: 0.5em;
  }
  /* On a narrow screen the step's buttons stay in sight at the bottom while its form is on screen,
     whatever the length of the hint and the options (the pattern of mobile forms). */
  @container (max-width: 36em) {
    form > .actions {
      position: sticky;
      bottom: 0;
      z-index: 1;
      padding-block: 0.5em;
      background: var(--cqp-vae-bar-background, Canvas);
      border-top: 1px solid var(--_border);
    }
  }

  /* Fields */
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .question-label {
    display: block;
    padding: 0;
    font-weight: 700;
    font-size: 1.1em;
    margin-bottom: 0.5em;
  }
  [part~='hint'] {
    color: var(--_muted);
  }
  [part~='hint'] p {
    margin: 0 0 0.5em;
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .option {
    display: grid;
    grid-template-columns: var(--_control) 1fr;
    column-gap: 0.75em;
    align-items: start;
    padding: 0.45em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    width: var(--_control);
    height: var(--_control);
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .option label {
    cursor: pointer;
  }
  .option [part~='option-hint'] {
    grid-column: 2;
    margin: 0;
    font-size: 0.9em;
  }
  .input-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  input[type='text'] {
    font: inherit;
    color: inherit;
    background: var(--cqp-vae-input-background, transparent);
    width: var(--cqp-vae-input-width, 8em);
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-bottom: 2px solid currentColor;
    border-radius: 0.25rem 0.25rem 0 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .periods {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .period > label,
  .period-label {
    display: block;
    margin-bottom: 0.25em;
  }
  .unit-field {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .unit-field input[type='text'] {
    width: 4.5em;
  }
  .total {
    font-weight: 700;
  }
  [part~='error-message'] {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  [part~='error-message']::before {
    content: '⚠ ';
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: calc(var(--_space) * 1.5);
  }
  [part~='button-primary'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* A link that does what a button would (the route's next action, the e-mail): a button's look. */
  a[part~='button'] {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.4em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 700;
    text-decoration: none;
  }
  [part~='button-tertiary'],
  a[part~='button-tertiary'] {
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding-inline: 0.5em;
    font-weight: 400;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin-top: 0.5em;
  }
  [part~='remove'],
  [part~='change'] {
    min-height: 2.25em;
    padding: 0.2em 0.75em;
  }
  [part~='add'] {
    margin-top: 0.75em;
  }

  /* Recap */
  .recap {
    margin: 0;
  }
  .recap-item {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: 0.25em 1em;
    align-items: baseline;
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_border);
  }
  .recap-item dt {
    font-weight: 700;
  }
  .recap-item dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    .recap-item {
      grid-template-columns: 1fr;
    }
  }
  .base {
    container-type: inline-size;
  }

  /* Result: the answer first, in a sentence that stands out. */
  .summary {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .outcome-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .outcome-head > * {
    margin: 0;
  }
  .action {
    margin: 0.75em 0 0.25em;
  }
  .outcome.compact {
    padding-block: 0.6em;
    border-inline-start-width: 0.25rem;
  }
  .outcome.compact [part~='outcome-title'] {
    font-size: 1em;
  }
  .outcome.compact .verdict {
    font-size: 0.9em;
  }
  .outcome.compact [part~='reasons'] {
    color: var(--_muted);
    margin-bottom: 0;
  }
  [part~='outcome-details'] summary {
    cursor: pointer;
    color: var(--_accent);
    margin-top: 0.25em;
  }
  [part~='result-intro'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .outcome {
    margin-top: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.4rem solid var(--_verdict, var(--_border));
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .outcome {
    --_verdict: var(--_warning);
  }
  .outcome[part~='outcome-eligible'] {
    --_verdict: var(--_success);
  }
  .outcome[part~='outcome-not-eligible'] {
    --_verdict: var(--_error);
  }
  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.75em 0.15em 0.3em;
    border: 2px solid var(--_verdict);
    border-radius: 999px;
    font-weight: 700;
    color: var(--_verdict);
  }
  .verdict-icon {
    display: inline-grid;
    place-items: center;
    width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    background: var(--_verdict);
    color: var(--_on-accent);
    font-size: 0.85em;
  }
  /* Flex rather than a grid of fixed columns: the cards of a short last row grow to share its width,
     so a lone card never sits at a third of it. */
  .cards {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .card {
    flex: 1 1 min(100%, 14em);
    min-width: 0;
  }
  .card {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    break-inside: avoid;
  }
  .card p {
    margin: 0.25em 0;
  }
  [part~='notes'] {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_surface-alt);
  }
  [part~='step'] + [part~='step'] {
    margin-top: 0.5em;
  }
  [part~='step'] p {
    margin: 0.15em 0 0;
  }
  .link-description {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .verdict,
    .outcome {
      border-color: CanvasText;
    }
    .verdict-icon {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
  }
  @media print {
    button,
    .actions,
    .share,
    [part~='action-wrapper'],
    [part~='guide-link-wrapper'] {
      display: none !important;
    }
    .outcome {
      border-inline-start-width: 1px;
    }
  }
`;
