import { css } from 'lit';

/**
 * The timeline's own styles, on top of the shared theme and frame. Only private
 * `--_*` tokens are used here: the public `--pcv-*` ones are read once in theme.ts.
 */
export const caseTimelineStyles = css`
  :host {
    /* Reserve roughly the chart's height before data and layout arrive, so the page does not jump. */
    min-height: 12rem;
  }

  /* Each category's colour, for marks, icons, list markers and lane headings. */
  .cat-death,
  .mk.death {
    --_c: var(--_cat-death);
  }
  .cat-police-failure,
  .mk.police-failure {
    --_c: var(--_cat-police-failure);
  }
  .cat-family,
  .mk.family {
    --_c: var(--_cat-family);
  }
  .cat-justice,
  .mk.justice {
    --_c: var(--_cat-justice);
  }
  .cat-watchdog,
  .mk.watchdog {
    --_c: var(--_cat-watchdog);
  }
  .cat-inquest,
  .mk.inquest {
    --_c: var(--_cat-inquest);
  }
  .cat-inspection,
  .mk.inspection {
    --_c: var(--_cat-inspection);
  }
  .cat-response,
  .mk.response {
    --_c: var(--_cat-response);
  }
  .fill,
  .filled .shape {
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 1;
  }
  .open,
  .hollow .shape {
    fill: var(--_surface);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .icon {
    flex: none;
    vertical-align: -2px;
    overflow: visible;
  }

  /* Controls: chips and the year range. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: center;
    margin-bottom: 0.5em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    border-radius: 999px;
    padding: 0.25em 0.75em 0.25em 0.5em;
    font-size: 0.875em;
  }
  .chip[aria-pressed='true'] {
    background: var(--_faint);
    border-color: var(--_ink);
  }
  .chip[aria-pressed='false'] {
    border-style: dashed;
    color: var(--_muted);
  }
  .chip .tick {
    display: inline-block;
    min-width: 0.8em;
    font-weight: 700;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    font-size: 0.875em;
  }
  .range label {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  select {
    font: inherit;
    color: var(--_ink);
    background: var(--_surface);
    border: 1px solid var(--_rule);
    border-radius: 4px;
    min-height: 44px;
    padding: 0 0.4em;
  }
  .reset {
    font-size: 1em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.8125em;
    color: var(--_muted);
    margin-bottom: 0.5em;
  }
  .legend ul {
    display: contents;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend-title {
    font-weight: 700;
    color: var(--_ink);
  }
  .key-bar,
  .key-line,
  .key-ring {
    display: inline-block;
    flex: none;
    forced-color-adjust: none;
  }
  .key-bar {
    width: 1.5em;
    height: 6px;
    background: var(--_ink);
  }
  .key-line {
    width: 1.5em;
    height: 0;
    border-top: 1.5px solid var(--_ink);
  }
  .key-ring {
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 1.5px dashed var(--_ink);
  }

  .empty {
    border: 1px dashed var(--_rule);
    border-radius: 4px;
    padding: 1em;
    margin: 0.5em 0;
  }

  /* Wide: the SVG chart. */
  .readout {
    margin: 0 0 0.25em;
    min-height: 2.9em;
    font-size: 0.875em;
  }
  .chart {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  .chart text {
    fill: var(--_ink);
  }
  .tick {
    stroke: var(--_faint);
    stroke-width: 1;
  }
  .chart .tick-label {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .lane-rule {
    stroke: var(--_rule);
    stroke-width: 1;
  }
  .lane-name {
    font-weight: 700;
  }
  .leader {
    stroke: var(--_rule);
    stroke-width: 1;
  }
  .label text {
    font-weight: 400;
  }
  .label.highlighted text {
    font-weight: 700;
  }
  .event {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .event[aria-expanded='true'] .hit {
    stroke: var(--_ink);
    stroke-width: 1.5;
  }
  /* Focus is drawn on the hit area (SVG outlines are unreliable): always visible, 3 px, the focus token. */
  .event:focus .hit,
  .event:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .bar {
    fill: var(--_c);
    stroke: var(--_c);
  }
  .whisker {
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .approx {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 1.25;
    stroke-dasharray: 2 2;
  }
  .event.highlighted .fill,
  .event.highlighted .open,
  .marks .highlighted {
    stroke-width: 2.5;
  }
  /*
   * Many events: the marks are a few paths a lane, and the pointer finds an event by
   * position (itemAt), also where one of the few mark elements is drawn (a span's target
   * would cover every mark along its bar), so those let it through.
   */
  .marks {
    cursor: pointer;
  }
  .marks ~ .events .event {
    pointer-events: none;
  }
  .event.hovered .fill,
  .event.hovered .open,
  .event:hover .fill,
  .event:hover .open {
    stroke: var(--_ink);
  }

  /* Narrow: the list. */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /*
   * In a long list, off-screen items skip layout and paint: 1,000 stay quick on a phone.
   * Only long lists: the estimated heights would otherwise throw off scrolling to a
   * deep-linked event for no gain.
   */
  .list.long .row {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.75em;
  }
  /* A long list's place and its "Show the previous / next" buttons. */
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0.5em 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .row.new-year {
    border-top: 1px solid var(--_rule);
    margin-top: 0.25em;
    padding-top: 0.25em;
  }
  /* The year heads its first event, full width: a column for it would cost a phone a fifth of its width. */
  .year {
    display: block;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    padding: 0.25em 0.5em 0;
  }
  .year:empty {
    display: none;
  }
  .list .event {
    display: block;
    width: 100%;
    text-align: start;
    border: 1px solid transparent;
    background: none;
    padding: 0.4em 0.5em;
    min-height: 44px;
  }
  .list .event:hover {
    background: var(--_faint);
  }
  .list .event[aria-expanded='true'] {
    border-color: var(--_rule);
    background: var(--_faint);
  }
  .list .event:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  /* The list's category markers: CSS shapes matching the chart's symbols, lighter than an SVG each. */
  .mk {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 0.4em;
    background: var(--_c);
    border: 2px solid var(--_c);
    forced-color-adjust: none;
  }
  .mk.death,
  .mk.watchdog {
    border-radius: 50%;
  }
  .mk.police-failure {
    width: 11px;
    height: 10px;
    border: none;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .mk.inspection,
  .mk.response {
    transform: rotate(45deg) scale(0.85);
  }
  .mk.watchdog,
  .mk.inquest,
  .mk.response {
    background: var(--_surface);
  }
  .when {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .what {
    display: block;
  }
  .cat {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .row.highlighted .what {
    font-weight: 700;
  }
  .row.highlighted .event {
    border-inline-start: 4px solid var(--_ink);
  }

  /* The detail panel. */
  .detail {
    border: 1px solid var(--_rule);
    border-inline-start: 4px solid var(--_ink);
    border-radius: 4px;
    padding: 0.75em 1em;
    margin: 0.5em 0 0.75em;
    max-width: 46em;
    overflow-wrap: anywhere;
  }
  .detail p {
    margin: 0 0 0.5em;
  }
  .detail-meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .detail-title {
    font-weight: 700;
    font-size: 1.0625em;
    margin-bottom: 0.25em;
  }
  .detail-sources-title {
    font-weight: 700;
    font-size: 0.875em;
    margin-top: 0.75em;
  }
  .detail-sources {
    margin: 0.25em 0 0.75em;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }
  .detail-sources li {
    margin-bottom: 0.5em;
  }
  blockquote {
    margin: 0.25em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_rule);
    color: var(--_muted);
    font-style: italic;
  }
  .said-by {
    margin: 0.125em 0 0;
    padding-inline-start: calc(0.75em + 2px);
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .event:focus .hit {
      stroke: Highlight;
    }
    .chip[aria-pressed='true'] {
      border-width: 2px;
    }
  }
`;
