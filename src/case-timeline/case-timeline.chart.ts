/**
 * The wide chart's markup from a ready ChartLayout: panels and axes, lanes, labels and the
 * marks as an ARIA grid (one row per lane, one cell per event), and the numbered list of
 * police failures under it. Templates only: no maths beyond formatting.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { EventCategory } from '../data/types.js';
import { LABEL_FONT_SIZE, LINE_HEIGHT } from './case-timeline.labels.js';
import {
  CAPTION_HEIGHT,
  CATEGORY_FILLED,
  shapePath,
  type ChartLayout,
  type ChartMark,
} from './case-timeline.layout.js';
import type { TimelineItem } from './case-timeline.selection.js';
import { caseTimelineStrings as s, eventDateText, type TimelineWords } from './case-timeline.strings.js';

const SHAPES = new Map<string, string>();
function shape(category: EventCategory, big: boolean): string {
  const key = `${category}${big}`;
  let d = SHAPES.get(key);
  if (!d) SHAPES.set(key, (d = shapePath(category, big ? 190 : 110)));
  return d;
}

/** What the markup needs besides the layout. */
export interface ChartState {
  rovingId: string | null;
  openId: string | null;
  hoverId: string | null;
  /** The category names: the data's or the built-in ones (timelineWords()). */
  words: TimelineWords;
}

/** Each item's mark name, with the words it was made in (markName). */
const names = new WeakMap<TimelineItem, { words: TimelineWords; name: string }>();

/** The mark's accessible name: date, category (or the failure's number), title, and the page's emphasis. */
export function markName(item: TimelineItem, words: TimelineWords): string {
  // Made once per item and words: every mark is named again on each render (a hover, a resize).
  const known = names.get(item);
  if (known?.words === words) return known.name;
  const parts = [
    eventDateText(item.event),
    item.number === null ? words.one[item.category] : words.failureNumber(item.number),
    item.event.title,
  ];
  if (item.highlighted) parts.push(s.highlighted);
  const name = parts.join('. ');
  names.set(item, { words, name });
  return name;
}

function renderAxes(layout: ChartLayout): TemplateResult {
  const bottom = layout.height;
  return svg`<g class="axis" part="axis" aria-hidden="true">
    ${layout.panels.map(
      (p, i) => svg`
        <rect class="panel panel-${p.kind}" x=${p.x0} y=${CAPTION_HEIGHT} width=${p.x1 - p.x0} height=${bottom - CAPTION_HEIGHT}></rect>
        ${p.caption ? svg`<text class="caption" x=${p.x0} y="12">${p.caption}</text>` : nothing}
        ${p.ticks
          .filter((t) => t.labelled)
          .map(
            (t) =>
              svg`<text class="tick-label" x=${t.x + 3} y=${CAPTION_HEIGHT + 13}>${t.text}</text>${t.sub ? svg`<text class="tick-sub" x=${t.x + 3} y=${CAPTION_HEIGHT + 26}>${t.sub}</text>` : nothing}`,
          )}
        <path class="tick" d=${p.ticks.map((t) => `M${t.x},${CAPTION_HEIGHT}V${bottom}`).join('') || nothing}></path>
        ${
          // The break between two scales: two slanted strokes across the gap, as print graphics mark it.
          i > 0
            ? svg`<path class="break" d="M${p.x0 - 16},${CAPTION_HEIGHT + 30} l6,-12 M${p.x0 - 10},${CAPTION_HEIGHT + 30} l6,-12"></path>`
            : nothing
        }`,
    )}
  </g>`;
}

/**
 * Lines of text set one under the other, read as words (find in page, copy, tests): the first
 * in the <text> itself, each next one in a <tspan> back at `x`, a line lower.
 */
function lines(x: number, y: number, text: readonly string[], cls = ''): TemplateResult {
  return svg`<text class=${cls || nothing} x=${x} y=${y}>${text[0]}${text
    .slice(1)
    .map((line) => svg` <tspan x=${x} dy=${LINE_HEIGHT}>${line}</tspan>`)}</text>`;
}

function renderLanes(layout: ChartLayout): TemplateResult {
  return svg`<g class="lanes" aria-hidden="true">
    ${layout.lanes.map(
      (lane) => svg`<g class="lane" part="lane">
        <line class="lane-rule" x1="0" x2=${layout.width} y1=${lane.y} y2=${lane.y}></line>
        ${lane.names.map((n) => lines(n.x + 2, n.y, n.lines, 'lane-name'))}
      </g>`,
    )}
    ${layout.rules.map((r) => svg`<line class="rule" x1=${r.x} x2=${r.x} y1=${r.y1} y2=${r.y2}></line>`)}
  </g>
  <g class="labels" aria-hidden="true">
    ${layout.labels.map(
      (l) => svg`<g class="label${l.strong ? ' strong' : ''}" part="label" data-label=${l.id}>
        ${l.leader ? svg`<line class="leader" x1=${l.leader[0]} x2=${l.leader[0]} y1=${l.leader[1]} y2=${l.leader[2]}></line>` : nothing}
        ${lines(l.x + 2, l.y, l.lines)}
      </g>`,
    )}
  </g>`;
}

function renderMark(mark: ChartMark, state: ChartState): TemplateResult {
  const { item } = mark;
  const open = state.openId === item.id;
  const bar = mark.bars.length ? Math.max(...mark.bars.map(([, b]) => b)) - mark.x : 0;
  // A span's bar, the precision line and the ring of an approximate date, one part between
  // the target and the shape, in that order (most marks have none): a part each cost the
  // chart's every mark two comments and a part (issue #16).
  const extras = mark.bars.map(
    ([a, b]) => svg`<rect class="bar" x=${a} y=${mark.cy - 3} width=${b - a} height="6"></rect>`,
  );
  if (mark.whisker)
    extras.push(
      svg`<line class="whisker" x1=${mark.whisker[0]} x2=${mark.whisker[1]} y1=${mark.cy} y2=${mark.cy}></line>`,
    );
  if (item.event.approximate) extras.push(svg`<circle class="approx" cx=${mark.x} cy=${mark.cy} r="11"></circle>`);
  return svg`<g
    class="event cat-${item.category}${item.highlighted ? ' highlighted' : ''}${item.id === state.hoverId ? ' hovered' : ''}"
    part="event"
    data-event=${item.id}
    role="gridcell"
    tabindex=${item.id === state.rovingId ? 0 : -1}
    aria-label=${markName(item, state.words)}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? 'detail' : nothing}
  >
    <rect class="hit" x=${mark.x - 12} y=${mark.cy - 12} width=${24 + bar} height="24" rx="6"></rect>${extras}${
      item.number !== null
        ? svg`<circle class="badge" cx=${mark.x} cy=${mark.cy} r=${item.highlighted ? 11 : 10}></circle>
          <text class="badge-number" x=${mark.x} y=${mark.cy + 4}>${item.number}</text>`
        : svg`<path class=${CATEGORY_FILLED[item.category] ? 'fill' : 'open'} transform="translate(${mark.x} ${mark.cy})" d=${shape(item.category, item.highlighted)}></path>`
    }
  </g>`;
}

/**
 * The chart's SVG: one tab stop, an ARIA grid of lanes and events. Without `contents`, only
 * the box, at its final size: the element's first drawing paints the frame around it first.
 */
export function renderChart(layout: ChartLayout, state: ChartState, count: number, contents = true): TemplateResult {
  const { width, height } = layout;
  const byId = contents ? new Map(layout.marks.map((m) => [m.item.id, m])) : null;
  return html`<svg
    class="chart"
    part="chart"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    font-size=${LABEL_FONT_SIZE}
    role="grid"
    aria-label=${s.chartLabel(count)}
    aria-describedby="chart-hint"
  >
    ${contents ? renderAxes(layout) : nothing} ${contents ? renderLanes(layout) : nothing}
    ${
      contents
        ? layout.lanes.map(
            (lane, r) => svg`<g role="row" aria-label=${lane.name}>
        ${layout.rows[r]!.map((id) => renderMark(byId!.get(id)!, state))}
      </g>`,
          )
        : nothing
    }
  </svg>`;
}

/** The numbered failures under the chart: the key to the numbers, and targets to click. */
export function renderNumbered(
  items: readonly TimelineItem[],
  openId: string | null,
  detail: (item: TimelineItem) => TemplateResult | typeof nothing,
  words: TimelineWords,
): TemplateResult | typeof nothing {
  const failures = items.filter((i) => i.number !== null);
  if (!failures.length) return nothing;
  return html`<ol class="numbered" part="numbered" aria-label=${words.numberedLabel}>
    ${failures.map(
      (item) =>
        html`<li>
          <button
            type="button"
            class="numbered-event"
            data-numbered=${item.id}
            tabindex="-1"
            aria-expanded=${openId === item.id ? 'true' : 'false'}
          >
            <span class="num" aria-hidden="true">${item.number}</span>
            <span class="visually-hidden">${words.failureNumber(item.number!)}. </span>
            <span
              ><span class="what">${item.label}</span><span class="visually-hidden">. </span>
              <span class="when">${eventDateText(item.event)}</span></span
            >
          </button>
          ${detail(item)}
        </li>`,
    )}
  </ol>`;
}
