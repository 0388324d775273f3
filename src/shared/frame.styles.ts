import { css } from 'lit';

export const frameStyles = css`
  /* Ink and backdrop are set again inside the shadow root: a page rule on the host element
     (even \`* { color: red !important }\`) then cannot reach the text through inheritance.
     The backdrop is transparent unless a theme is set (theme.ts). */
  .frame,
  .error,
  .loading {
    color: var(--_ink);
    background: var(--_backdrop);
    /* A long unbroken word in the data (a URL, a typo) wraps instead of overflowing at
       320 px. Tables undo this (below): there it would shred every word. */
    overflow-wrap: anywhere;
  }
  .frame {
    margin: 0;
    /* The table stacks its rows below about 480 px of the frame's own width. */
    container: pcv-frame / inline-size;
  }
  [hidden] {
    display: none !important;
  }

  /* ---- head: the title, the standfirst, and the summary when asked for ---- */
  /* No space above the graphic when the page hid everything in the head. */
  .head:has(> :not([hidden])) {
    margin: 0 0 0.75em;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.25em;
  }
  .dek,
  .summary {
    margin: 0 0 0.5em;
    max-width: 40em;
  }
  .dek ::slotted(*) {
    margin: 0;
  }
  .graphic {
    position: relative;
    min-width: 0;
  }

  /* ---- the quiet footer: notes, as-of, sources, "Show as table · CSV · JSON" ---- */
  .foot {
    margin-top: 0.75em;
    /* 13 px at the default size, and never under 12 px whatever the page's font size. */
    font-size: max(12px, 0.8125em);
    line-height: 1.4;
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
  .as-of {
    margin: 0.25em 0;
  }
  .sources {
    margin: 0.25em 0;
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
    align-items: center;
    margin: 0.25em 0 0;
  }
  .sep {
    padding: 0 0.25em;
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
  /* The footer's tools read as links: small, one line, each target at least 24 px (WCAG 2.5.8). */
  button.link {
    color: var(--_link);
    background: none;
    border: 0;
    border-radius: 2px;
    padding: 0 0.25em;
    min-height: 24px;
    min-width: 24px;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.link:first-child {
    padding-inline-start: 0;
  }
  button.link:hover {
    background: none;
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* ---- the table ---- */
  .table-wrap {
    overflow-x: auto;
    margin: 0.75em 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    /* Words are never broken to fit a column (the frame's "anywhere" made "Deat h" and
       a 36,892 px table); a column is at least as wide as its longest word, and a word
       longer than the whole table still breaks rather than overflow. */
    overflow-wrap: break-word;
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
    vertical-align: bottom;
  }
  /* Column widths by what the column holds (columnKinds in frame.ts). */
  .short {
    white-space: nowrap;
  }
  .number {
    text-align: end;
    white-space: nowrap;
  }
  .long {
    min-width: 16em;
  }
  /* Narrow: each row stacks as its title, then a "label value" line per cell. The roles
     in the markup keep the table a table for screen readers; the labels are the column
     headers again, drawn for the eye only (empty alternative text), since a screen
     reader already reads each cell's header. */
  @container pcv-frame (width <= 480px) {
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
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tr {
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_rule);
    }
    th,
    td {
      border: 0;
      padding: 0.1em 0;
      white-space: normal;
      min-width: 0;
      text-align: start;
    }
    tbody th {
      font-weight: 700;
    }
    td {
      display: grid;
      grid-template-columns: minmax(0, 9em) minmax(0, 1fr);
      gap: 0.75em;
    }
    td::before {
      content: attr(data-label) / '';
      color: var(--_muted);
    }
    td:empty {
      display: none;
    }
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.5em;
  }

  /* ---- the error state ---- */
  .error-title {
    margin: 0.25em 0;
  }
  .fallback ::slotted(*) {
    margin: 0.25em 0;
  }
  .problems {
    margin-top: 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_bad);
  }
  .problems p {
    margin: 0;
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

  /* ---- print: what a reader would open is open, controls are not printed ---- */
  @media print {
    .frame {
      /* Print gives a graphic the paper; no container, so the table prints as a table. */
      container-type: normal;
    }
    .tools,
    .pager button,
    [part~='controls'],
    [part~='filters'],
    [part~='more'],
    [part~='reset'],
    [part~='close'],
    [part~='group-toggle'] {
      display: none !important;
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
    .head {
      break-after: avoid;
    }
    tr,
    li,
    figcaption,
    [part~='group'],
    [part~='step'],
    [part~='block'],
    [part~='set'],
    [part~='detail'],
    [part~='recommendation'] {
      break-inside: avoid;
    }
  }
`;
