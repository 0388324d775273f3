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

  /* The table's own styles load with it, on first use: table-view.styles.ts. */
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
    .graphic {
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
