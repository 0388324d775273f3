import { css } from 'lit';

/**
 * The table view's styles: loaded with it (table-view.ts) the first time a reader opens a
 * table, and added to that element's shadow root after the frame's styles
 * (FigureElement), where they stood when they were part of frame.styles.ts. The column
 * classes are scoped to the table (with :where, so they weigh what they did): a graphic's
 * own `.long` or `.short` elsewhere must not change when the table has loaded.
 */
export const tableStyles = css`
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
  /* Column widths by what the column holds (columnKinds in table-view.ts). */
  :where(table) .short {
    white-space: nowrap;
  }
  :where(table) .number {
    text-align: end;
    white-space: nowrap;
  }
  :where(table) .long {
    min-width: 16em;
  }
  /* Narrow: each row stacks as its title, then a "label value" line per cell. The roles
     in the markup keep the table a table for screen readers; the labels are the column
     headers again, drawn for the eye only (empty alternative text), since a screen
     reader already reads each cell's header. The container is the frame (frame.styles.ts). */
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
    }
    /* A stacked row has no columns: its cells drop their column kind's rules (above), which
       a class makes outweigh th and td, so they are matched by a class here too. Kept, a
       number's text-align: end put its label mid-row and its value at the far edge (the
       officers' "Officers 7"). The body only: the hidden header row stays on one line. */
    :where(tbody) [class] {
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

  @media print {
    .table-wrap {
      overflow: visible !important;
    }
  }
`;
