/**
 * The guide's own styles, on top of sharedStyles (tokens, links, loading, error, source). Neutral:
 * sizes are in em so the host's font size carries through; colours come from the `--_*` tokens.
 */
import { css } from 'lit';

export const guideStyles = css`
  .guide > * + * {
    margin-top: calc(var(--_space) * 1.5);
  }
  [part~='route-title'] {
    font-size: 1.3em;
  }
  [part~='section-heading'] {
    font-size: 1.1em;
    margin-top: 0;
  }
  [part~='card-title'] {
    font-size: 1em;
  }
  p {
    margin: 0.5em 0;
  }
  ul,
  ol {
    margin: 0.5em 0;
  }
  [part~='route-summary'] {
    font-size: 1.05em;
    color: var(--_muted);
  }
  [part~='section'] {
    margin-top: calc(var(--_space) * 1.25);
  }
  [part~='advantage']::marker {
    color: var(--_accent);
  }
  .link-description,
  .muted {
    color: var(--_muted);
  }

  /* Comparison: a real table that stacks on narrow widths instead of scrolling sideways. */
  [part~='comparison'] {
    container: cqp-vae-comparison / inline-size;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    /* 'anywhere' (inherited) would let columns shrink to a letter wide and split words. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    margin-bottom: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
  }
  thead th,
  tbody th {
    background: var(--_surface-alt);
  }
  .count {
    display: block;
    margin-top: 0.25em;
    font-weight: 600;
  }
  @container cqp-vae-comparison (max-width: 30em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tbody tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-top: 0.5em;
      overflow: hidden;
    }
    th,
    td {
      border: 0;
    }
    td + td {
      border-top: 1px solid var(--_border);
    }
    td::before {
      content: attr(data-label);
      display: block;
      font-weight: 700;
    }
  }

  /* Tabs */
  [part~='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  [part~='tab'] {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    border-bottom: 0.25em solid transparent;
    margin-bottom: -1px;
    padding: 0.6em 1.1em;
    min-height: 2.75em;
    cursor: pointer;
  }
  [part~='tab']:hover {
    background: var(--_surface-alt);
  }
  [part~='tab'][aria-selected='true'] {
    color: var(--_accent);
    border-bottom-color: var(--_accent);
  }
  [part~='panel'] {
    padding-top: var(--_space);
  }
  .guide--stacked [part~='route'] {
    border-top: 2px solid var(--_border);
    padding-top: var(--_space);
  }

  /* Steps: a numbered timeline, the line joining the badges. */
  [part~='steps'] {
    list-style: none;
    padding: 0;
  }
  [part~='step'] {
    position: relative;
    display: grid;
    grid-template-columns: 2.25em minmax(0, 1fr);
    gap: 0.75em;
    padding-bottom: 1em;
  }
  [part~='step']:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(1.125em - 1px);
    top: 2.25em;
    bottom: 0;
    border-inline-start: 2px solid var(--_border);
  }
  [part~='step-number'] {
    display: grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    border-radius: 50%;
    /* A transparent border becomes visible in forced colours, where backgrounds are dropped. */
    border: 2px solid transparent;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  [part~='step-title'] {
    font-weight: 600;
    margin-top: 0.35em;
  }

  /* Financing cards: flex rather than grid columns, so that the cards of a short last row grow to
     share its width (a lone card never sits at a third of it). */
  [part~='cards'] {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part~='card'] {
    flex: 1 1 min(100%, 14em);
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  [part~='card'] > :last-child {
    margin-bottom: 0;
  }

  /* Notes: a callout (complementary information, not an alert). */
  [part~='callout'] {
    border: 1px solid transparent;
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  [part~='callout'] > :last-child {
    margin-bottom: 0;
  }

  [part~='links'] {
    padding-inline-start: 1.25em;
  }

  @media (forced-colors: active) {
    /* Colours are replaced by system ones: the selected tab keeps a visible bar, the others none. */
    [part~='tab'] {
      border-bottom-color: Canvas;
    }
    [part~='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
      color: Highlight;
    }
    [part~='step-number'] {
      border-color: CanvasText;
    }
  }

  @media print {
    [part~='tablist'] {
      display: none;
    }
    /* Every route prints, tabs or not. */
    [part~='panel'][hidden] {
      display: block !important;
    }
    [part~='panel'] + [part~='panel'] {
      margin-top: calc(var(--_space) * 2);
    }
    [part~='step'],
    [part~='card'],
    [part~='callout'],
    tr {
      break-inside: avoid;
    }
    [part~='step-number'] {
      print-color-adjust: exact;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .external {
      display: none;
    }
  }
`;
