import { css } from 'lit';

/**
 * Styles for <officer-outcomes> only (the theme and frame styles come first).
 * Public `--pcv-color-*` properties are read once here into private `--_*` ones;
 * every default is a theme token, so dark mode and forced colours follow.
 */
export const officerOutcomesStyles = css`
  :host {
    --_feedback: var(--pcv-color-feedback, var(--_warn));
    --_procedures: var(--pcv-color-procedures, var(--_bad));
    --_no-case: var(--pcv-color-no-case, var(--_unknown));
    --_reinvestigation: var(--pcv-color-reinvestigation, var(--_cat-watchdog));
    /* Reserve height before the data and layout arrive, so the page does not jump. */
    min-height: 20rem;
  }

  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
  }
  .headline li {
    display: flex;
    flex-direction: column;
    max-width: 11em;
    line-height: 1.2;
  }
  .stat-value {
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .stat-label {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .chart {
    display: grid;
    gap: 1.5em var(--_gutter, 32px);
    grid-template-columns: minmax(0, 1fr);
    border-radius: 4px;
  }
  .chart.row {
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
  }
  .chart:focus {
    outline: none;
  }
  .chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 6px;
  }

  .step {
    min-width: 0;
    border-top: 2px solid var(--_ink);
    padding-top: 0.5em;
  }
  .step-title {
    margin: 0 0 0.75em;
    font-weight: 700;
  }
  .step-title .sub {
    display: block;
    font-weight: 400;
    color: var(--_muted);
  }
  .blocks {
    display: grid;
    gap: 1.25em var(--_gutter, 32px);
    grid-template-columns: minmax(0, 1fr);
  }
  .chart.row .original .blocks,
  .chart.columns .original .blocks {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .chart.columns .reinvestigation .blocks {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  .block {
    min-width: 0;
  }
  .block-head {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .figure {
    font-size: 1.5em;
    font-variant-numeric: tabular-nums;
    min-width: 1.2em;
  }
  .group {
    margin: 0 0 0.75em;
  }
  .group-head {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    margin: 0 0 0.3em;
  }
  .count {
    font-weight: 700;
    font-size: 1.15em;
    font-variant-numeric: tabular-nums;
    min-width: 1.6em;
  }
  .key {
    flex: none;
    align-self: center;
  }
  .units {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    touch-action: manipulation;
  }

  /* Colour plus a second channel: solid, hatched, outlined; circles for the re-investigation. */
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
    stroke-width: 2.5px;
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
    stroke-width: 2px;
  }
  .mark.zero {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  .marker {
    fill: var(--_ink);
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .hover {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 2px;
  }

  .extra,
  .fact,
  .note,
  .status {
    margin: 0.25em 0 0.5em;
    font-size: 0.875em;
    max-width: 40em;
  }
  .extra-marker {
    color: var(--_ink);
    margin-inline-end: 0.25em;
  }
  .bracket {
    height: 0.5em;
    max-width: 100%;
    margin-top: 0.25em;
    border: 2px solid var(--_muted);
    border-top: none;
  }
  .fact {
    font-weight: 700;
  }
  .fact .scope-note {
    display: block;
    font-weight: 400;
    color: var(--_muted);
  }
  .note {
    color: var(--_muted);
  }
  .status {
    font-weight: 700;
    border-inline-start: 3px solid var(--_reinvestigation);
    padding-inline-start: 0.5em;
  }

  .hint {
    margin: 0 0 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .chart {
    position: relative;
  }
  /* The readout floats under the unit it describes (placed by the element), like a tooltip,
     but never catches the pointer, so moving along a row is not interrupted. */
  .readout {
    position: absolute;
    z-index: 1;
    width: max-content;
    max-width: min(18rem, 100%);
    margin: 0;
    padding: 0.4em 0.6em;
    font-size: 0.875em;
    line-height: 1.35;
    color: var(--_ink);
    background: var(--_surface);
    border: 1px solid var(--_ink);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
    pointer-events: none;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }

  @media (forced-colors: active) {
    .ring {
      stroke: Highlight;
    }
    .chart:focus-visible {
      outline-color: Highlight;
    }
  }
`;
