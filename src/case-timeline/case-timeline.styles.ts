import { css } from 'lit';
import { themedTokens } from '../shared/theme.js';

/** The categories' colours: light (the default), dark and in forced colours (themedTokens). */
const lightCategories = css`
  --_cat-death: var(--pcv-color-death, #1b1b1b);
  --_cat-police-failure: var(--pcv-color-police-failure, #b3261e);
  --_cat-family: var(--pcv-color-family, #1f5f8b);
  --_cat-justice: var(--pcv-color-justice, #4a4f9e);
  --_cat-watchdog: var(--pcv-color-watchdog, #8a5300);
  --_cat-inquest: var(--pcv-color-inquest, #0f6b5c);
  --_cat-inspection: var(--pcv-color-inspection, #6b3fa0);
  --_cat-response: var(--pcv-color-response, #3c5a14);
`;
const darkCategories = css`
  --_cat-death: var(--pcv-color-death, #f0f0f0);
  --_cat-police-failure: var(--pcv-color-police-failure, #ff8a80);
  --_cat-family: var(--pcv-color-family, #7cc4f0);
  --_cat-justice: var(--pcv-color-justice, #a9b0ff);
  --_cat-watchdog: var(--pcv-color-watchdog, #f0b65a);
  --_cat-inquest: var(--pcv-color-inquest, #5fd3bd);
  --_cat-inspection: var(--pcv-color-inspection, #cfa6ff);
  --_cat-response: var(--pcv-color-response, #a8d46a);
`;
const forcedCategories = css`
  --_cat-death: CanvasText;
  --_cat-police-failure: CanvasText;
  --_cat-family: CanvasText;
  --_cat-justice: CanvasText;
  --_cat-watchdog: CanvasText;
  --_cat-inquest: CanvasText;
  --_cat-inspection: CanvasText;
  --_cat-response: CanvasText;
`;

/**
 * The categories' colours, read from their public properties once, by theme as theme.ts
 * reads the shared ones: here, not in the shared theme, because only the timeline draws
 * categories, and the other graphics' pages need not download them.
 */
export const categoryColours = themedTokens({ light: lightCategories, dark: darkCategories, forced: forcedCategories });

/**
 * The timeline's own styles, on top of the shared theme and frame. Only private
 * `--_*` tokens are used here: the public `--pcv-*` ones are read once in theme.ts.
 */
export const caseTimelineStyles = css`
  :host {
    /* Reserve roughly the graphic's height before data and layout arrive, so the page does not jump. */
    min-height: 12rem;
    /* The layout's own width decides how lists wrap and how many columns the numbered list takes. */
    container-type: inline-size;
  }

  /* Each category's colour, for marks, icons and list markers. */
  .cat-death {
    --_c: var(--_cat-death);
  }
  .cat-police-failure {
    --_c: var(--_cat-police-failure);
  }
  .cat-family {
    --_c: var(--_cat-family);
  }
  .cat-justice {
    --_c: var(--_cat-justice);
  }
  .cat-watchdog {
    --_c: var(--_cat-watchdog);
  }
  .cat-inquest {
    --_c: var(--_cat-inquest);
  }
  .cat-inspection {
    --_c: var(--_cat-inspection);
  }
  .cat-response {
    --_c: var(--_cat-response);
  }
  .fill {
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 1;
  }
  .open {
    fill: var(--_surface);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .icon {
    flex: none;
    vertical-align: -2px;
    overflow: visible;
  }

  /* Controls: a clickable legend and one range toggle, quiet as a key. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    margin-bottom: 0.5em;
    font-size: 0.875em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 28px;
    padding: 0 0.35em;
    border: none;
    border-radius: 4px;
    background: none;
    color: var(--_ink);
    font: inherit;
  }
  button.legend-item {
    cursor: pointer;
    text-decoration-thickness: 1px;
  }
  button.legend-item:hover .key-name {
    text-decoration: underline;
  }
  /* Off: the shape hollowed and the name struck through and muted, not a colour alone. */
  .legend-item[aria-pressed='false'] {
    color: var(--_muted);
  }
  .legend-item[aria-pressed='false'] .key-name {
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] .icon path {
    fill: none;
    stroke: var(--_muted);
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .filter-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 32px;
    padding: 0 0.5em;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: none;
    color: var(--_ink);
    font: inherit;
    cursor: pointer;
  }
  .filter-toggle[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .filter-toggle .count {
    font-size: 0.9286em;
  }
  .range-toggle {
    min-height: 28px;
    padding: 0 0.6em;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: none;
    color: var(--_ink);
    font: inherit;
    cursor: pointer;
  }
  .legend-item:focus-visible,
  .range-toggle:focus-visible,
  .show-all:focus-visible,
  .group-toggle:focus-visible,
  .numbered-event:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  /*
   * Wide: the legend, the range toggle and the key to the marks flow as one paragraph that
   * wraps item by item, so the toggle and the key fill the legend's last line.
   */
  .controls.wide {
    display: block;
  }
  .controls.wide .legend,
  .controls.wide .shape-key {
    display: inline;
  }
  .controls.wide .legend-item,
  .controls.wide .range-toggle,
  .controls.wide .shape-key li {
    margin-inline-end: 0.6em;
    vertical-align: middle;
  }
  .shape-key {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    list-style: none;
    margin: 0;
    padding: 0;
    color: var(--_muted);
    font-size: 0.9286em;
  }
  .shape-key li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
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
    background: var(--_muted);
  }
  .key-line {
    width: 1.5em;
    height: 0;
    border-top: 1.5px solid var(--_muted);
  }
  .key-ring {
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 1.5px dashed var(--_muted);
  }
  .controls .hint {
    margin: 0;
  }
  .hint {
    margin: 0 0 0.25em;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .empty {
    border: 1px dashed var(--_rule);
    border-radius: 4px;
    padding: 1em;
    margin: 0.5em 0;
  }

  /*
   * The chart's or the list's box. The one a resize left (layoutBoxes) is kept out of the flow
   * and its rendering skipped: it is neither laid out nor painted until the width comes back,
   * and then what it held is still laid out for that width. (Its size contained, it is 0 by 0
   * px where it stands.)
   */
  .layout.kept {
    position: absolute;
    content-visibility: hidden;
  }

  /* Wide: the SVG chart. */
  .readout {
    margin: 0 0 0.25em;
    min-height: 1.5em;
    font-size: 0.875em;
  }
  .chart-wrap {
    position: relative;
  }
  .chart {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  .chart text {
    fill: var(--_ink);
  }
  .panel {
    fill: none;
  }
  /* Only a mark's target takes the pointer: a precision line or a label crossing another mark never steals its click. */
  .axis,
  .lanes,
  .labels,
  .whisker,
  .approx {
    pointer-events: none;
  }
  .panel-after,
  .panel-before {
    fill: var(--_faint);
    fill-opacity: 0.45;
  }
  .chart .caption {
    font-weight: 700;
    font-size: 12px;
  }
  /* Every tick line of a panel is one path, drawn over its tick labels as each line was over the label before it. */
  .tick {
    fill: none;
    stroke: var(--_faint);
    stroke-width: 1;
  }
  .chart .tick-label,
  .chart .tick-sub {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-size: 11px;
  }
  .break {
    stroke: var(--_ink);
    stroke-width: 1.5;
    fill: none;
  }
  .lane-rule {
    stroke: var(--_rule);
    stroke-width: 1;
  }
  .chart .lane-name {
    font-weight: 700;
    fill: var(--_muted);
  }
  .rule {
    stroke: var(--_cat-death);
    stroke-width: 1;
    stroke-dasharray: 2 3;
    opacity: 0.6;
  }
  .leader {
    stroke: var(--_rule);
    stroke-width: 1;
  }
  /* Set explicitly: the label's width is measured at these weights (chartLayout's measure). */
  .label text {
    font-weight: 400;
  }
  .label.strong text {
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
  .badge {
    fill: var(--_c);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .chart .badge-number {
    fill: var(--_surface);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
  }
  .event.highlighted .fill,
  .event.highlighted .open {
    stroke-width: 2.5;
  }
  .event.hovered .fill,
  .event.hovered .open,
  .event:hover .fill,
  .event:hover .open,
  .event.hovered .badge,
  .event:hover .badge {
    stroke: var(--_ink);
  }
  /* Next to the mark: over the chart, under the mark it belongs to. */
  .detail.beside {
    position: absolute;
    z-index: 1;
    width: min(340px, 100%);
    box-sizing: border-box;
    margin: 0;
    background: var(--_surface);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
  }

  /* The numbered failures: the chart's key to its numbers, in as many columns as fit. */
  .numbered {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    columns: 1;
    column-gap: 1.25em;
    font-size: 0.875em;
  }
  /* No space after the colon: the literal minifier removes it, and esbuild keeps an @container prelude as written. */
  /* prettier-ignore */
  @container (min-width:560px) {
    .numbered {
      columns: 2;
    }
  }
  /* prettier-ignore */
  @container (min-width:1050px) {
    .numbered {
      columns: 3;
    }
  }
  .numbered li {
    break-inside: avoid;
  }
  .numbered-event {
    display: grid;
    grid-template-columns: 1.75em 1fr;
    column-gap: 0.4em;
    width: 100%;
    min-height: 24px;
    padding: 0.15em 0.25em;
    border: none;
    border-radius: 4px;
    background: none;
    color: var(--_ink);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .numbered-event:hover,
  .numbered-event[aria-expanded='true'] {
    background: var(--_faint);
  }
  /* The date follows the title on its line, muted, and goes whole under it where the column is narrow. */
  .numbered-event .when {
    white-space: nowrap;
    color: var(--_muted);
    font-size: 0.9286em;
  }
  .num {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    background: var(--_cat-police-failure);
    color: var(--_surface);
    font-weight: 700;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    forced-color-adjust: none;
  }

  /* Phone: the outline of highlights on a spine, or every event. */
  .outline,
  .list,
  .group-items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .outline,
  .list {
    position: relative;
    padding-inline-start: 1.25em;
  }
  /* The spine: one line down the list, with a dot at each event. */
  .outline::before,
  .list::before {
    content: '';
    position: absolute;
    inset-block: 0.5em;
    inset-inline-start: 0.45em;
    border-inline-start: 2px solid var(--_rule);
  }
  .row {
    position: relative;
  }
  .dot {
    position: absolute;
    inset-inline-start: -1.1em;
    top: 0.9em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_c);
    box-shadow: 0 0 0 2px var(--_surface);
    forced-color-adjust: none;
  }
  .row.cat-death > .dot {
    width: 14px;
    height: 14px;
    inset-inline-start: calc(-1.1em - 2px);
    top: calc(0.9em - 2px);
  }
  .gap {
    position: relative;
    margin: 0 0 0 -1.25em;
    padding: 0.15em 0 0.15em 1.25em;
    font-size: 0.8125em;
    font-weight: 700;
    color: var(--_muted);
    background: linear-gradient(var(--_surface), var(--_surface)) no-repeat 0.3em 50% / 8px 100%;
  }
  .gap::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.45em;
    inset-block: 0;
    border-inline-start: 2px dotted var(--_rule);
  }
  .group {
    margin: 0 0 0.125em;
  }
  .group-toggle {
    display: flex;
    align-items: center;
    gap: 0.4em;
    width: 100%;
    min-height: 32px;
    padding: 0.1em 0.4em;
    border: none;
    border-inline-start: 3px solid var(--_cat-police-failure);
    background: var(--_faint);
    color: var(--_ink);
    font: inherit;
    font-size: 0.8125em;
    text-align: start;
    cursor: pointer;
  }
  .chevron {
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    flex: none;
  }
  .group-toggle[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .group-items {
    border-inline-start: 3px solid var(--_cat-police-failure);
    padding-inline-start: 0.25em;
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
    margin-top: 0.25em;
  }
  .year {
    display: block;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    padding: 0.25em 0.5em 0;
  }
  /*
   * An event: date and category on one line, the title under them (read: date, title,
   * category). A line that wraps: a long date ("about August 2014 to October 2015") takes the
   * phone's width and the category goes under it, never squeezed beside it a letter a line.
   */
  .row .event {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    align-items: baseline;
    width: 100%;
    text-align: start;
    border: 1px solid transparent;
    border-radius: 4px;
    background: none;
    color: var(--_ink);
    font: inherit;
    padding: 0 0.5em;
    min-height: 44px;
    cursor: pointer;
  }
  .row .event:hover {
    background: var(--_faint);
  }
  .row .event[aria-expanded='true'] {
    border-color: var(--_rule);
    background: var(--_faint);
  }
  .row .event:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .when {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .row .when {
    grid-area: when;
  }
  .row .what {
    grid-area: what;
    flex-basis: 100%;
    order: 1;
  }
  .row .cat {
    grid-area: cat;
  }
  /* A small dot between the date and the category (drawn, so nothing extra is read aloud). */
  .row .cat::before {
    content: '';
    display: inline-block;
    width: 3px;
    height: 3px;
    margin: 0 0.4em 0.2em 0;
    border-radius: 50%;
    background: currentColor;
  }
  .row .num {
    display: inline-grid;
    margin-inline-end: 0.4em;
  }
  .row.cat-death .what,
  .event.key .what {
    font-weight: 700;
  }
  .cat {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* Wider than a phone, the date is a column of its own beside the title. */
  /* No space after the colon: the literal minifier removes it, and esbuild keeps an @container prelude as written. */
  /* prettier-ignore */
  @container (min-width:520px) {
    .row .event {
      display: grid;
      grid-template-columns: 10em auto 1fr;
      grid-template-areas: 'when what what' 'when cat cat';
    }
    .row .cat::before {
      display: none;
    }
  }
  .show-all {
    display: block;
    width: 100%;
    min-height: 44px;
    margin: 0.5em 0 0;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: none;
    color: var(--_ink);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
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
    .legend-item[aria-pressed='true'] {
      border: 1px solid CanvasText;
    }
  }

  /*
   * A resize across the breakpoint (BREAKPOINT, 600 px: case-timeline.layout.ts) re-renders in
   * the frame after the one that applies the width (SizeController). In that frame, the layout
   * the width leaves is skipped (content-visibility: neither laid out nor painted at a width it
   * is never shown at, the chart at 320 px or the list at 1,280, and its layout kept for the
   * way back: issue #16); then it is kept (.kept, above). Only where the width chose the
   * layout (the layout box's by-width); on screen, not on paper, which is laid out at its own
   * width; never around focus, which would be lost. Between 600 and 601 px, where the element's
   * rounded width and the container's may differ, neither is skipped.
   */
  /* prettier-ignore */
  @media screen {
    @container (width<600px) {
      .by-width > :is(.chart-wrap, .numbered-wrap):not(:focus-within) {
        content-visibility: hidden;
      }
    }
    @container (width>=601px) {
      .by-width > .list-wrap:not(:focus-within) {
        content-visibility: hidden;
      }
    }
  }

  @media print {
    .detail.beside {
      position: static;
      box-shadow: none;
    }
  }
`;
