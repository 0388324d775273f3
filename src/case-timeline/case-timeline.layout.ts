/**
 * The wide chart's geometry as plain data, from a selection and the element's width. No
 * DOM, no window: tests call it directly.
 *
 * Two time scales side by side, each a d3 scaleUtc: the focus span (the dataset's
 * `focus`, for this case the killings and the investigation) month by month, and what
 * followed compressed, with an explicit break between them (and a narrow panel for
 * anything before the focus). Without a focus, one scale for every year. One lane per
 * category; in each, marks closer than a mark's width are stacked, so no two pointer
 * targets overlap. Deaths are the anchors: labelled with the name of the man who died and
 * ruled down through the focus panel. Police failures are numbered marks, listed by
 * number beside the chart (the element renders that list). Other events are labelled
 * with their short label where there is room, key events first.
 */
import { scaleUtc } from 'd3-scale';
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EventCategory } from '../data/types.js';
import { LINE_HEIGHT, placeLabels, textWidth, wrapLabel, type MeasureText } from './case-timeline.labels.js';
import type { FocusSpan, TimelineItem, TimelineSelection } from './case-timeline.selection.js';
import { caseTimelineStrings as s, spanLengthText } from './case-timeline.strings.js';

/** Widths above this get the chart; below, the phone's list (the element decides, see orientationFor). */
export const BREAKPOINT = 600;
/** More events than this are listed, never charted: a chart of thousands of marks reads as a smear. */
export const MOST_CHARTED = 300;
/** A mark's pointer target (px square), and the distance between stacked marks. */
export const TARGET = 24;
export const STEP = 26;
/** Px above the lanes: the panels' captions and two lines of tick labels. */
export const CAPTION_HEIGHT = 18;
export const AXIS_HEIGHT = 32;
/** A lane's name line, and the space under it. */
export const LANE_HEADING = 18;
export const LANE_GAP = 10;
/** Text-line rows for labels in a lane. */
export const LABEL_ROWS = 6;
/** The panel for events before the focus, and the gap with the break mark between panels. */
export const BEFORE_WIDTH = 64;
export const PANEL_GAP = 24;
/** The focus panel's share of the width the panels after it share with it. */
export const FOCUS_SHARE = 0.62;
const DAY = 86_400_000;

export type TimelineOrientation = 'horizontal' | 'vertical';
export type TimelineLayoutMode = 'auto' | TimelineOrientation;

/** Chart or list, from the element's width, the `layout` attribute and how many events are shown. */
export function orientationFor(width: number, mode: TimelineLayoutMode, count: number): TimelineOrientation {
  if (count > MOST_CHARTED) return 'vertical';
  if (mode === 'horizontal' || mode === 'vertical') return mode;
  return width > BREAKPOINT ? 'horizontal' : 'vertical';
}

export type PanelKind = 'before' | 'focus' | 'after' | 'all';

export interface AxisTick {
  x: number;
  /** "Jun", or "2016" on a panel of years. */
  text: string;
  /** The year under a month's name, on the panel's first tick and on January. */
  sub: string;
  /** False where the text would run into the previous tick's. */
  labelled: boolean;
}

export interface ChartPanel {
  kind: PanelKind;
  /** Left and right edges, px. */
  x0: number;
  x1: number;
  /** Its time range, ms. */
  domain: [number, number];
  caption: string;
  ticks: AxisTick[];
}

export interface ChartLane {
  category: EventCategory;
  name: string;
  /** Top of the lane, and its height. */
  y: number;
  height: number;
}

export interface ChartMark {
  item: TimelineItem;
  /** Centre of the mark, px. */
  x: number;
  cy: number;
  /** A span's bar, in one or more pieces (one per panel it crosses). */
  bars: [number, number][];
  /** The precision line of a point dated to a month or a year. */
  whisker: [number, number] | null;
  /** The mark's stacking level in its lane (0 nearest the lane's name). */
  level: number;
}

export interface ChartLabel {
  id: string;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  width: number;
  height: number;
  /** Leader from the mark to the label. */
  leaderX: number;
  leaderY1: number;
  leaderY2: number;
  /** A death's label, set bold. */
  strong: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  panels: ChartPanel[];
  lanes: ChartLane[];
  /** Every event's mark, in reading order. */
  marks: ChartMark[];
  labels: ChartLabel[];
  /** The deaths' rules through the focus panel: x and the lanes' extent. */
  rules: { x: number; y1: number; y2: number }[];
  /** Grid rows for the keyboard (one per lane, top to bottom): event ids left to right. */
  rows: string[][];
}

/** One shape per category as well as a colour, so nothing depends on colour alone. */
const CATEGORY_SYMBOLS: Record<EventCategory, SymbolType> = {
  death: symbolCircle,
  'police-failure': symbolTriangle,
  family: symbolWye,
  justice: symbolSquare,
  watchdog: symbolCircle,
  inquest: symbolSquare,
  inspection: symbolDiamond,
  response: symbolDiamond,
};

/** Filled shapes for what happened, open ones for the official processes that followed. */
export const CATEGORY_FILLED: Record<EventCategory, boolean> = {
  death: true,
  'police-failure': true,
  family: true,
  justice: true,
  watchdog: false,
  inquest: false,
  inspection: true,
  response: false,
};

/** The SVG path of a category's shape, centred on 0,0, with the given area in px². */
export function shapePath(category: EventCategory, area = 110): string {
  return symbol(CATEGORY_SYMBOLS[category], area)() ?? '';
}

/** en-GB tick text for a scale's ticks: month names with the year under the first of each year, or years. */
export function axisTicks(domain: [number, number], range: [number, number], minGap = 30): AxisTick[] {
  const scale = scaleUtc().domain(domain).range(range);
  const room = range[1] - range[0];
  const dates = scale.ticks(Math.max(1, Math.floor(room / 42)));
  const years = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  let lastX = -Infinity;
  return dates.map((d, i) => {
    const x = scale(d);
    const text = years ? String(d.getUTCFullYear()) : s.monthsShort[d.getUTCMonth()]!;
    // The year under the first month and under each month that starts a new year (January, or
    // the first tick of a year where the ticks are two or more months apart).
    const sub =
      !years && (i === 0 || d.getUTCFullYear() !== dates[i - 1]!.getUTCFullYear()) ? String(d.getUTCFullYear()) : '';
    const labelled = x - lastX >= minGap && x + text.length * 6.8 <= range[1] + 16;
    if (labelled) lastX = x;
    return { x, text, sub, labelled };
  });
}

/** The panels for the items' time range at `width`: before / focus / after, or one for all. */
export function chartPanels(items: readonly TimelineItem[], focus: FocusSpan | null, width: number): ChartPanel[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of items) {
    lo = Math.min(lo, item.lo);
    hi = Math.max(hi, item.hi);
  }
  if (!Number.isFinite(lo)) return [];
  const pad = (a: number, b: number) => Math.max(10 * DAY, (b - a) * 0.03);
  const right = width - 4;
  const panel = (kind: PanelKind, domain: [number, number], x0: number, x1: number, caption: string): ChartPanel => ({
    kind,
    x0,
    x1,
    domain,
    caption,
    ticks: axisTicks(domain, [x0, x1]),
  });
  const before = focus && lo < focus.start;
  const after = focus && hi > focus.end;
  if (!focus || (!before && !after && (hi < focus.start || lo > focus.end))) {
    const p = hi - lo < DAY ? 183 * DAY : pad(lo, hi);
    return [panel('all', [lo - p, hi + p], 4, right, '')];
  }
  const panels: ChartPanel[] = [];
  let x = 4;
  if (before) {
    panels.push(panel('before', [lo - pad(lo, focus.start), focus.start], x, x + BEFORE_WIDTH, s.beforeCaption));
    x += BEFORE_WIDTH + PANEL_GAP;
  }
  const rest = right - x - (after ? PANEL_GAP : 0);
  const focusRight = after ? x + Math.round(rest * FOCUS_SHARE) : right;
  panels.push(panel('focus', [focus.start, focus.end], x, focusRight, focus.label));
  if (after)
    panels.push(panel('after', [focus.end, hi + pad(focus.end, hi)], focusRight + PANEL_GAP, right, s.afterCaption));
  return panels;
}

/** Maps a time to x across the panels (a time between two panels sits at the edge of the later one). */
export function panelX(panels: readonly ChartPanel[], t: number): number {
  for (const p of panels) {
    if (t <= p.domain[1]) {
      const [d0, d1] = p.domain;
      const f = Math.max(0, (t - d0) / (d1 - d0 || 1));
      return p.x0 + (p.x1 - p.x0) * f;
    }
  }
  const last = panels[panels.length - 1];
  return last ? last.x1 : 0;
}

/** A span from a to b as one bar per panel it crosses. */
function barPieces(panels: readonly ChartPanel[], a: number, b: number): [number, number][] {
  const pieces: [number, number][] = [];
  for (const p of panels) {
    const from = Math.max(a, p.domain[0]);
    const to = Math.min(b, p.domain[1]);
    if (to < from) continue;
    pieces.push([panelX([p], from), Math.max(panelX([p], from) + 2, panelX([p], to))]);
  }
  return pieces;
}

/** The label a mark carries in the chart: the man's name for a death, the short label otherwise. */
function chartLabelText(item: TimelineItem): string {
  return item.category === 'death' ? (item.event.victim?.name ?? item.label) : item.label;
}

/** How far (px) a mark may move sideways from its date to find room before it goes a level down. */
export const SHIFT = 12;

/**
 * Stacks a lane's marks, in the order given (reading order, so a pile reads by number).
 * Each takes the first level (0 at the top) with room for the interval it covers (its
 * target, or its bar and the targets at its ends) at its date or moved at most SHIFT px
 * either side, clear of every mark already on that level by STEP - TARGET px. So no two
 * pointer targets overlap, and a pile spreads a little before it grows down. Returns the
 * number of levels used.
 */
export function stackMarks(marks: ChartMark[], shift = SHIFT): number {
  const half = TARGET / 2;
  const space = STEP - TARGET;
  const levels: [number, number][][] = [];
  for (const mark of marks) {
    const reach = Math.max(mark.x, ...mark.bars.map(([, b]) => b)) - mark.x;
    const fits = (taken: [number, number][], x: number) =>
      taken.every(([a, b]) => x + reach + half + space <= a || x - half - space >= b);
    let placed = false;
    for (let level = 0; !placed; level++) {
      const taken = (levels[level] ??= []);
      // At its date, or just clear of a neighbour's edge, whichever is nearest within reach.
      const candidates = [mark.x];
      for (const [a, b] of taken) candidates.push(a - space - half - reach, b + space + half);
      let best: number | null = null;
      for (const x of candidates)
        if (Math.abs(x - mark.x) <= (level === 0 && taken.length === 0 ? 0 : shift) && fits(taken, x))
          if (best === null || Math.abs(x - mark.x) < Math.abs(best - mark.x)) best = x;
      if (best === null) continue;
      const dx = best - mark.x;
      mark.x = best;
      mark.bars = mark.bars.map(([a, b]) => [a + dx, b + dx]);
      taken.push([best - half, best + reach + half]);
      mark.level = level;
      placed = true;
    }
  }
  return Math.max(1, levels.length);
}

/**
 * The wide chart for a selection at `width` px. `measure` gives a label line's width: the
 * element passes the browser's measure of its own font, so a label at the edge is never
 * clipped; without it, an estimate that errs wide.
 */
export function chartLayout(
  selection: TimelineSelection,
  atWidth: number,
  measure: MeasureText = textWidth,
): ChartLayout {
  const width = Math.max(0, Math.floor(atWidth));
  const items = selection.items;
  const panels = chartPanels(items, selection.focus, width);
  const empty: ChartLayout = { width, height: 0, panels, lanes: [], marks: [], labels: [], rules: [], rows: [] };
  if (!panels.length) return empty;
  const x = (t: number) => panelX(panels, t);

  const marks: ChartMark[] = items.map((item) => ({
    item,
    x: x(item.start),
    cy: 0,
    bars: item.span ? barPieces(panels, item.start, item.end) : [],
    whisker: !item.span && !item.precise ? [x(item.lo), x(item.hi)] : null,
    level: 0,
  }));
  const categories = selection.present.filter((c) => items.some((i) => i.category === c));
  const focusPanel = panels.find((p) => p.kind === 'focus');
  const labels: ChartLabel[] = [];
  const lanes: ChartLane[] = [];
  const rows: string[][] = [];
  let y = CAPTION_HEIGHT + AXIS_HEIGHT;
  for (const category of categories) {
    const inLane = marks.filter((m) => m.item.category === category);
    const levels = stackMarks(inLane);
    // Labels: a death's name always; failures carry their number instead; others by priority.
    const requests = inLane
      .filter((m) => m.item.category !== 'police-failure')
      .sort((a, b) => priority(a.item) - priority(b.item) || b.x - a.x)
      .map((m) => {
        const length = m.item.span ? spanLengthText(m.item.event, 12) : '';
        return {
          id: m.item.id,
          lines: [
            ...wrapLabel(chartLabelText(m.item), m.item.category === 'death' ? 9 : 16),
            ...(length ? [length] : []),
          ],
          anchor: m.x,
          strong: m.item.category === 'death',
        };
      });
    const placed = placeLabels(requests, width, LABEL_ROWS, 6, measure);
    const marksTop = y + LANE_HEADING;
    const labelsTop = marksTop + levels * STEP + 4;
    for (const m of inLane) m.cy = marksTop + m.level * STEP + STEP / 2;
    const byId = new Map(inLane.map((m) => [m.item.id, m]));
    for (const l of placed.labels) {
      const mark = byId.get(l.id)!;
      const top = labelsTop + l.row * LINE_HEIGHT;
      labels.push({
        id: l.id,
        lines: l.lines,
        x: l.x,
        y: top + 11,
        width: l.width,
        height: l.lines.length * LINE_HEIGHT,
        leaderX: l.anchor,
        leaderY1: mark.cy + (mark.item.span ? 4 : TARGET / 2 - 2),
        leaderY2: top,
        strong: category === 'death',
      });
    }
    const height = LANE_HEADING + levels * STEP + 4 + placed.rowsUsed * LINE_HEIGHT + LANE_GAP;
    lanes.push({ category, name: s.lanes[category], y, height });
    rows.push([...inLane].sort((a, b) => a.x - b.x || a.level - b.level).map((m) => m.item.id));
    y += height;
  }
  const top = CAPTION_HEIGHT + AXIS_HEIGHT;
  // The deaths' rules run from under their lane (its labels hang from the marks) to the foot.
  const deathLane = lanes.find((l) => l.category === 'death');
  const rules =
    focusPanel && deathLane
      ? marks
          .filter((m) => m.item.category === 'death' && m.x >= focusPanel.x0 && m.x <= focusPanel.x1)
          .map((m) => ({ x: m.x, y1: deathLane.y + deathLane.height, y2: y - LANE_GAP / 2 }))
      : [];
  return { width, height: Math.max(y, top), panels, lanes, marks, labels, rules, rows };
}

/** Who gets room for a label first: deaths, then the page's highlights, key events, spans, the rest. */
function priority(item: TimelineItem): number {
  if (item.category === 'death') return 0;
  if (item.highlighted) return 1;
  if (item.key) return 2;
  return item.span ? 3 : 4;
}

/**
 * The keyboard's move in the chart's grid (rows are lanes, left to right): Left/Right
 * along the lane, Up/Down to the nearest event in time on the lane above or below,
 * Home/End to the lane's first or last, Ctrl+Home/End to the chart's first or last.
 * Null when the key is not a move, or `current` is not in the grid. At an edge, the same id.
 */
export function gridMove(
  rows: readonly (readonly string[])[],
  xOf: (id: string) => number,
  current: string,
  key: string,
  ctrl = false,
): string | null {
  const r = rows.findIndex((row) => row.includes(current));
  if (r < 0) return null;
  const row = rows[r]!;
  const c = row.indexOf(current);
  const nearest = (target: readonly string[]) => {
    let best = target[0]!;
    for (const id of target) if (Math.abs(xOf(id) - xOf(current)) < Math.abs(xOf(best) - xOf(current))) best = id;
    return best;
  };
  switch (key) {
    case 'ArrowRight':
      return row[Math.min(row.length - 1, c + 1)]!;
    case 'ArrowLeft':
      return row[Math.max(0, c - 1)]!;
    case 'ArrowDown':
      return r + 1 < rows.length ? nearest(rows[r + 1]!) : current;
    case 'ArrowUp':
      return r > 0 ? nearest(rows[r - 1]!) : current;
    case 'Home':
      return ctrl ? rows[0]![0]! : row[0]!;
    case 'End': {
      const last = rows[rows.length - 1]!;
      return ctrl ? last[last.length - 1]! : row[row.length - 1]!;
    }
    default:
      return null;
  }
}
