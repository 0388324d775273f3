import { css } from 'lit';

/**
 * Styles for <officer-outcomes> only (the theme and frame styles come first).
 * Public `--pcv-color-*` properties are read once here into private `--_*` ones;
 * every default is a neutral theme token (colour carries no meaning here: the
 * outcomes differ by fill, hatch and outline), so dark mode and forced colours follow.
 */
export const officerOutcomesStyles = css`
  :host {
    --_feedback: var(--pcv-color-feedback, var(--_muted));
    --_procedures: var(--pcv-color-procedures, var(--_ink));
    --_no-case: var(--pcv-color-no-case, var(--_rule));
    --_reinvestigation: var(--pcv-color-reinvestigation, var(--_ink));
    /* Reserve height before the data and layout arrive, so the page does not jump. */
    min-height: 20rem;
  }

  /* The two steps side by side when both fit, else one under the other. */
  .steps {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 1.5em 3em;
  }
  .step {
    flex: 1 1 var(--_row);
    min-width: min(100%, 18em);
    max-width: 100%;
    /* The last head of a line of blocks measures the step's width (100cqw). */
    container-type: inline-size;
  }
  .step-title {
    margin-bottom: 0.6em;
    font-weight: 700;
    line-height: 1.3;
  }
  .sub {
    margin: -0.5em 0 0.6em;
    font-size: 0.875em;
    line-height: 1.35;
    color: var(--_muted);
  }

  /* One line: the blocks side by side on a grid of their widths and the gaps between them (in
     proportion, so a narrower box scales the drawings, never overflows): heads, then marks on
     one baseline, then the facts about some of a block's officers from under it to the end.
     Wrapped: each block is head, marks and facts, one under another. */
  .one-line .blocks {
    display: grid;
    grid-template-columns: var(--_cols);
    width: min(100%, var(--_row));
  }
  .one-line .block {
    display: contents;
  }
  .one-line .head {
    grid-row: 1;
    grid-column: var(--_col);
    align-self: end;
  }
  /* The last head may use the width to the right of its marks. */
  .one-line .block:last-child .head {
    width: calc(100cqw - var(--_x));
  }
  .one-line .plot {
    grid-row: 2;
    grid-column: var(--_col);
  }
  .one-line .under {
    grid-row: var(--_under);
    grid-column: var(--_col) / -1;
  }
  .wrapped .block + .block {
    margin-top: 1em;
  }
  .block-title {
    margin: 0;
    font-size: 0.9375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .figure {
    font-size: 1.25em;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .bracket {
    max-width: var(--_w);
    height: 0.45em;
    margin: 0.3em 0 4px;
    border: 2px solid var(--_ink);
    border-bottom: none;
  }
  .under {
    margin-top: 4px;
  }
  .under .bracket {
    margin: 0 0 0.3em;
    border: 2px solid var(--_ink);
    border-top: none;
  }
  .fact {
    margin: 0;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.35;
  }

  .plot {
    position: relative;
    width: fit-content;
    max-width: 100%;
    touch-action: manipulation;
  }
  .plot:focus {
    outline: none;
  }
  .units {
    display: block;
    max-width: 100%;
    height: auto;
  }
  /* The active option and the officer under the pointer, laid over the marks. */
  .option,
  .hover {
    position: absolute;
    pointer-events: none;
    border-radius: 2px;
  }
  .plot:focus .option {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .hover {
    outline: 2px solid var(--_ink);
    outline-offset: 1px;
  }

  /* Fill, hatch and outline tell the outcomes apart; circles, the re-investigation. */
  .mark.feedback {
    fill: var(--_feedback);
  }
  .mark.procedures {
    fill: url(#pcv-hatch);
    stroke: var(--_procedures);
    stroke-width: 1.5px;
  }
  .hatch-bg {
    fill: var(--_surface);
  }
  .hatch-line {
    stroke: var(--_procedures);
    stroke-width: 2px;
  }
  .mark.no-case {
    fill: var(--_surface);
    stroke: var(--_no-case);
    stroke-width: 1.5px;
  }
  .mark.from-original {
    fill: var(--_reinvestigation);
  }
  .mark.new {
    fill: var(--_surface);
    stroke: var(--_reinvestigation);
    stroke-width: 1.5px;
  }
  .mark.zero {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    line-height: 1.35;
  }
  .key li {
    flex: 0 1 auto;
    padding-inline-start: 1.5em;
    text-indent: -1.5em;
  }
  .swatch {
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
  }
  .count {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .extra {
    color: var(--_muted);
  }
  .extra-mark {
    color: var(--_ink);
  }

  /* A count of none: an empty dashed track where its marks would be. */
  .none {
    max-width: var(--_row);
    margin: 0.6em 0 0;
    padding: 0.25em 0.5em;
    border: 2px dashed var(--_rule);
    font-size: 0.9375em;
    font-weight: 700;
    line-height: 1.35;
  }
  .status {
    margin: 0.6em 0 0;
    font-size: 0.875em;
    font-weight: 700;
  }
  .status summary,
  .more summary {
    min-height: 24px;
    cursor: pointer;
  }
  .status p {
    margin: 0.25em 0 0;
    font-weight: 400;
    color: var(--_muted);
  }
  .readout {
    min-height: 1.35em;
    margin: 0.6em 0 0;
    font-size: 0.875em;
    line-height: 1.35;
    color: var(--_muted);
  }
  .readout strong {
    color: var(--_ink);
  }

  .more {
    margin-top: 0.75em;
    font-size: 0.875em;
  }
  .more .footnotes {
    list-style: none;
    padding-inline-start: 0;
  }
  .also {
    margin: 0.5em 0 0;
    font-weight: 700;
  }
  .more ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .more .note {
    color: var(--_muted);
  }
`;
