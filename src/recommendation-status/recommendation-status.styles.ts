import { css } from 'lit';

/**
 * Styles for <recommendation-status>. Neutral by default: ink, muted ink and rules. The one
 * accent, a public `--pcv-color-verified-complete` read once into `--_st-verified`, marks a
 * count of recommendations verified done, the only evidence of completion; it also gets a
 * border, so it stands out without colour (forced colours) too. Phone and wide layouts of
 * the matrix are switched by a container query on the graphic's own width, written in range
 * syntax (width >= 34rem), which the build's literal minifier and esbuild write alike.
 */
export const recommendationStatusStyles = css`
  :host {
    --_st-verified: var(--pcv-color-verified-complete, var(--_good));
  }
  .rs {
    container: rs / inline-size;
  }
  p {
    margin: 0;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sub {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  .list .sub {
    margin: 1em 0 0.25em;
  }
  .quiet {
    color: var(--_muted);
  }

  /* ---- the matrix: an ARIA table in a grid; on a phone each body's name sits above its row ---- */
  .matrix {
    max-width: 48rem;
    font-variant-numeric: tabular-nums;
  }
  /* The column count as a class, not an inline style: a page's CSP may forbid inline styles. */
  .cols-5 {
    --_cols: 5;
  }
  .cols-6 {
    --_cols: 6;
  }
  .cols-7 {
    --_cols: 7;
  }
  .cols-8 {
    --_cols: 8;
  }
  .mrow {
    display: grid;
    grid-template-columns: repeat(var(--_cols, 4), minmax(0, 1fr));
    gap: 0 0.25em;
    border-bottom: 1px solid var(--_rule);
    padding: 0.3em 0;
  }
  .mhead {
    border-bottom-width: 2px;
    align-items: end;
    padding-top: 0;
  }
  .colhead {
    /* Lined up with the counts under it: their padding (0.2em at 1em) and border. */
    padding-inline: calc(0.27em + 2px);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.2;
    /* Column names break between words ("Accept ed" only if a word cannot fit at all). */
    overflow-wrap: break-word;
  }
  .corner {
    /* On a phone the body names head their rows: the corner is for screen readers only. */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .rowhead {
    grid-column: 1 / -1;
    font-size: 0.875em;
    line-height: 1.3;
  }
  .row-detail {
    color: var(--_muted);
  }
  .when {
    /* The date is in the notes and the summary; on a phone the row keeps to its count. */
    display: none;
  }
  .cell {
    display: flex;
    align-items: baseline;
    padding: 0.1em 0.2em;
    border: 2px solid transparent;
    border-radius: 3px;
  }
  .cell .label {
    /* Each column's name is in its header; repeated only where a cell could be read alone. */
    display: none;
  }
  .num {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.15;
  }
  .cell.zero .num {
    font-weight: 400;
    color: var(--_muted);
  }
  .cell.evidence {
    border-color: var(--_st-verified);
    background: color-mix(in srgb, var(--_st-verified) 14%, transparent);
  }
  /*
   * More than the four core columns (a rejection, a response not published, work in
   * progress or not started) do not fit a phone side by side: each count then carries its
   * column's name, two to a line, and the header row is left to screen readers.
   */
  @container rs (width < 60rem) {
    .many .mhead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .many .mrow:not(.mhead) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .many .cell {
      justify-content: space-between;
      gap: 0.5em;
    }
    .many .cell .label {
      display: inline;
      font-size: 0.8125em;
      color: var(--_muted);
    }
  }
  @container rs (width >= 34rem) {
    .mrow {
      grid-template-columns: minmax(14rem, 1fr) repeat(var(--_cols, 4), 6.5rem);
      gap: 0 0.75em;
      align-items: baseline;
    }
    .colhead {
      font-size: 0.8125em;
      padding-inline: calc(0.25em + 2px);
    }
    .corner {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      font-size: 0.8125em;
      font-weight: 700;
    }
    .rowhead {
      grid-column: auto;
      margin: 0;
    }
    .when {
      display: inline;
    }
  }
  @container rs (34rem <= width < 60rem) {
    .many .rowhead {
      grid-column: 1 / -1;
    }
  }
  @container rs (width >= 60rem) {
    .matrix.many {
      max-width: none;
    }
    .many .mrow {
      grid-template-columns: minmax(12rem, 1fr) repeat(var(--_cols, 4), minmax(4.5rem, 6.5rem));
    }
  }
  .key {
    margin-top: 0.5em;
    font-size: 0.75em;
    color: var(--_muted);
    max-width: 48rem;
  }
  .list {
    /* A readable measure for the texts on a wide page. */
    max-width: 48rem;
  }
  .key b {
    color: var(--_ink);
  }

  /* ---- folded notes and evidence ---- */
  details {
    font-size: 0.8125em;
    margin-top: 0.35em;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    min-height: 24px;
    padding: 0.15em 0;
  }
  .figure-notes {
    margin-top: 0.5em;
  }
  .fn-set {
    margin: 0.5em 0 0.75em;
  }
  details p + p,
  details .quotes + p {
    margin-top: 0.3em;
  }
  .quotes li {
    margin: 0.25em 0;
    overflow-wrap: anywhere;
  }
  q {
    font-style: italic;
  }

  /* ---- the list ---- */
  .set {
    margin-top: 0.6em;
  }
  .set-head {
    font-weight: 700;
  }
  .list-meta,
  .shared {
    font-size: 0.8125em;
    color: var(--_muted);
    margin-top: 0.15em;
  }
  .shared {
    color: var(--_ink);
  }
  .items {
    margin-top: 0.25em;
    font-size: 0.9375em;
    line-height: 1.35;
  }
  .rec {
    padding: 0.25em 0;
    border-top: 1px solid var(--_faint);
  }
  .rec:first-child {
    border-top: 0;
  }
  .ev-item {
    border-top: 1px solid var(--_faint);
    padding-top: 0.3em;
    margin-top: 0.5em;
  }
  .ev-text {
    font-weight: 700;
  }
  .rec-status {
    font-size: 0.8125em;
    margin-top: 0.15em;
  }
  .rec-status.evidence {
    font-weight: 700;
    border-inline-start: 3px solid var(--_st-verified);
    padding-inline-start: 0.4em;
  }
  .not-listed {
    margin-top: 1em;
    border-top: 2px solid var(--_rule);
    padding-top: 0.35em;
    font-size: 0.875em;
  }
  .not-listed li {
    padding: 0.15em 0;
  }

  /* ---- controls, only for a list longer than a page ---- */
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: 0.5em 0.75em;
    margin: 0 0 0.5em;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filters legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    min-width: 0;
    font-size: 0.875em;
  }
  .field label {
    font-weight: 700;
  }
  select,
  input {
    font: inherit;
    font-size: 1rem;
    color: var(--_ink);
    background: var(--_surface);
    border: 1px solid var(--_rule);
    border-radius: 4px;
    min-height: 44px;
    padding: 0.25em 0.5em;
    width: 100%;
    min-width: 0;
  }
  /* The pager is the shared one (src/shared/pager.ts), a flex line in the frame's styles. */
  .result {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0.25em 0 0.5em;
  }
  .result p {
    font-weight: 700;
  }
  .pager {
    margin: 0.75em 0 0.5em;
    font-size: 0.875em;
  }
  .pager [role='status'] {
    font-weight: 700;
  }
  .empty {
    padding: 1em;
    border: 1px dashed var(--_rule);
    border-radius: 4px;
  }
  /* Links, buttons, the focus ring and the pager's buttons in print take the shared frame's
     styles (src/shared/frame.styles.ts). */
  @media (forced-colors: active) {
    .cell.evidence,
    .rec-status.evidence {
      border-color: CanvasText;
    }
  }
  @media print {
    /* The filters and the pager's buttons are hidden by the frame's print styles. */
    .result button {
      display: none;
    }
  }
`;
