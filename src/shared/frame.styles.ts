import { css } from 'lit';

export const frameStyles = css`
  /* Ink and surface are set again inside the shadow root: a page rule on the host element
     (even \`* { color: red !important }\`) then cannot reach the text through inheritance. */
  .frame,
  .error,
  .loading {
    color: var(--_ink);
    background: var(--_surface);
    /* A long unbroken word in the data (a URL, a typo) wraps instead of overflowing at 320 px. */
    overflow-wrap: anywhere;
  }
  .frame {
    margin: 0;
    padding: var(--pcv-padding, 0.75rem 0);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.25em;
  }
  .summary {
    margin: 0 0 0.75em;
    max-width: 46em;
  }
  .graphic {
    position: relative;
    min-width: 0;
  }
  .foot {
    margin-top: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .label {
    font-weight: 700;
    color: var(--_ink);
  }
  .notes ul {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .sources {
    margin: 0.25em 0;
    overflow-wrap: anywhere;
  }
  details.sources summary {
    cursor: pointer;
    min-height: 24px;
  }
  details.sources ul {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_link);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-top: 0.5em;
  }
  .get {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
  }
  button {
    font: inherit;
    color: var(--_ink);
    background: var(--_surface);
    border: 1px solid var(--_rule);
    border-radius: 4px;
    padding: 0.35em 0.75em;
    min-height: 44px;
    min-width: 44px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_faint);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-wrap {
    overflow-x: auto;
    margin: 0.75em 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_rule);
  }
  thead th {
    border-bottom-width: 2px;
  }
  .error {
    border: 2px solid var(--_bad);
    border-radius: 4px;
    padding: 0.75em 1em;
  }
  .error-title {
    margin-top: 0;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  .loading {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  @media print {
    .tools {
      display: none;
    }
    /* A chart laid out for a wide screen scales down to the paper instead of being cut off. */
    svg {
      max-width: 100% !important;
      height: auto !important;
    }
    .graphic,
    .table-wrap {
      overflow: visible !important;
    }
  }
`;
