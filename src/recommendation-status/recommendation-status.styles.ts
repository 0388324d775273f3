import { css } from 'lit';

/**
 * Styles for <recommendation-status>. Status colours are public `--pcv-color-*`
 * properties read once into private `--_st-*` ones, defaulting to the shared status
 * tokens (which follow light, dark and forced colours). Colour is never the only
 * cue: every status also has a pattern in the bar and an icon and a word in text.
 */
export const recommendationStatusStyles = css`
  :host {
    --_st-accepted: var(--pcv-color-accepted, var(--_good));
    --_st-rejected: var(--pcv-color-rejected, var(--_bad));
    --_st-no-response: var(--pcv-color-no-response, var(--_warn));
    --_st-unknown: var(--pcv-color-status-unknown, var(--_unknown));
    --_st-verified: var(--pcv-color-verified-complete, var(--_good));
    --_st-claimed: var(--pcv-color-claimed-complete, var(--_cat-justice));
    --_st-in-progress: var(--pcv-color-in-progress, var(--_warn));
    --_st-not-started: var(--pcv-color-not-started, var(--_bad));
    /* Reserve some height before the element upgrades, so the page does not jump. */
    min-height: 12rem;
  }

  .tone-accepted {
    color: var(--_st-accepted);
  }
  .tone-rejected {
    color: var(--_st-rejected);
  }
  .tone-no-response {
    color: var(--_st-no-response);
  }
  .tone-unknown {
    color: var(--_st-unknown);
  }
  .tone-verified {
    color: var(--_st-verified);
  }
  .tone-claimed {
    color: var(--_st-claimed);
  }
  .tone-in-progress {
    color: var(--_st-in-progress);
  }
  .tone-not-started {
    color: var(--_st-not-started);
  }

  .sub {
    font-size: 1.05em;
    font-weight: 700;
    margin: 1.25em 0 0.5em;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* ---- the summary chart ---- */
  .overview-set {
    margin: 0 0 1.25em;
  }
  .set-title {
    font-weight: 700;
  }
  .set-title .quiet,
  .quiet {
    font-weight: 400;
    color: var(--_muted);
  }
  .bar-row {
    margin-top: 0.5em;
  }
  .bar-label {
    font-size: 0.875em;
  }
  .bar {
    display: block;
    overflow: visible;
    margin: 0.2em 0;
  }
  .seg {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .seg.solid {
    fill: currentColor;
  }
  .pat-bg {
    fill: var(--_surface);
  }
  .pat-ink {
    stroke: currentColor;
    fill: none;
  }
  .pat-dot {
    fill: currentColor;
  }
  .label-bg {
    fill: var(--_surface);
    stroke: var(--_rule);
    stroke-width: 0.5;
  }
  .count-label {
    fill: var(--_ink);
    font-size: 12px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 1em;
    font-size: 0.875em;
  }
  .figures li,
  .legend-term,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .figures strong {
    font-variant-numeric: tabular-nums;
  }
  .cite {
    font-size: 0.8125em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    overflow: visible;
  }
  .icon .ink {
    stroke: currentColor;
    stroke-width: 1.6;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon .fill {
    fill: currentColor;
  }
  .icon .knock {
    stroke: var(--_surface);
    stroke-width: 1.8;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* ---- the legend ---- */
  .legend {
    border-top: 1px solid var(--_rule);
    padding-top: 0.25em;
  }
  .legend dl {
    margin: 0;
    display: grid;
    gap: 0.4em;
  }
  .legend-np {
    margin-top: 0.75em;
  }
  .legend-group {
    font-weight: 700;
    margin-top: 0.5em;
  }
  .legend-item {
    display: grid;
    grid-template-columns: 2.25em 1fr;
    gap: 0 0.5em;
    align-items: start;
  }
  .legend-item dt {
    grid-row: span 2;
  }
  .legend-item dd {
    margin: 0;
    font-size: 0.875em;
  }
  .legend-item dd.term {
    font-weight: 700;
    font-size: 1em;
  }
  .np-swatch {
    fill: var(--_faint);
    stroke: var(--_ink);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .swatch {
    display: block;
    width: 2.25em;
    height: 1.1em;
    margin-top: 0.2em;
  }

  /* ---- filters ---- */
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
  .result {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0.25em 0 0.75em;
    font-weight: 700;
  }

  /* ---- the list ---- */
  .set {
    margin: 1em 0 0;
    border-top: 2px solid var(--_rule);
    padding-top: 0.5em;
  }
  .set-head {
    font-size: 1em;
    font-weight: 700;
    margin: 0;
  }
  .set-meta,
  .clock {
    font-size: 0.875em;
    margin-top: 0.2em;
  }
  .clock {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  .group {
    margin-top: 0.75em;
    border: 1px solid var(--_rule);
    border-radius: 4px;
  }
  .group.not-published {
    border-style: dashed;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    padding: 0.5em 0.75em;
    background: var(--_faint);
  }
  .group-title {
    font-weight: 700;
  }
  .group-counts {
    font-size: 0.875em;
    font-weight: 400;
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.75em;
  }
  .group-rows {
    padding: 0 0.75em;
  }
  .rec {
    padding: 0.6em 0;
    border-top: 1px solid var(--_rule);
  }
  .rec:first-child {
    border-top: 0;
  }
  .num {
    font-weight: 700;
    margin-inline-end: 0.4em;
    font-variant-numeric: tabular-nums;
  }
  .np {
    font-style: italic;
    color: var(--_muted);
  }
  .rec-meta {
    font-size: 0.8125em;
    color: var(--_muted);
    margin-top: 0.15em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.5em;
    margin-top: 0.35em;
  }
  .badge {
    font-size: 0.8125em;
    border: 2px solid currentColor;
    border-radius: 999px;
    padding: 0.1em 0.6em;
  }
  .badge.claimed {
    border-style: dashed;
  }
  .badge.unknown {
    border-style: dotted;
  }
  .badge-text {
    color: var(--_ink);
  }
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
  .quotes li {
    margin: 0.3em 0;
    overflow-wrap: anywhere;
  }
  q {
    font-style: italic;
  }
  .more {
    padding: 0.5em 0;
  }
  .empty {
    padding: 1em;
    border: 1px dashed var(--_rule);
    border-radius: 4px;
  }
  /* Links and buttons take the shared frame's styles (src/shared/frame.styles.ts). */
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .seg.solid,
    .icon .fill,
    .pat-dot {
      fill: CanvasText;
    }
    .badge {
      border-color: CanvasText;
    }
  }
`;
