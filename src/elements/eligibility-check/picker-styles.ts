import { css } from 'lit';

/** The combobox's field and list, beside the questionnaire's other fields (eligibility-check.styles.ts). */
export const pickerStyles = css`
  .picker input {
    width: 100%;
  }
  [part~='listbox'] {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0.25em;
    max-height: 18em;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* A closed list stays hidden whatever a host's ::part(listbox) rule says: the shadow's important
     rules win the cascade. */
  [part~='listbox'][hidden] {
    display: none !important;
  }
  [role='option'] {
    padding: 0.4em 0.6em;
    border-radius: 0.25rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
    background: var(--_surface-alt);
  }
  [role='option'][data-chosen]::after {
    content: ' ✓';
  }
`;
