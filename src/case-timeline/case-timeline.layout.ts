/**
 * The wide chart's geometry as plain data, from a selection and the element's width. No
 * DOM, no window: tests call it directly.
 *
 * Two time scales side by side, each a d3 scaleUtc: the focus span (the dataset's `focus`,
 * for this case the killings and the investigation) month by month, then what followed,
 * compressed, after an explicit break (and a narrow panel for anything before the focus).
 * Without a focus, one scale for every year.
 *
 * Lanes, top to bottom: the deaths, the anchors, named and ruled down through the focus
 * panel; then the other categories, a category of the focus span sharing its lane with one
 * of what followed where they use different panels (packLanes). In a lane, marks that would
 * overlap form a swarm (stackMarks), so no two pointer targets overlap. Police failures are
 * numbered marks, listed by number under the chart (the element renders that list). Every
 * other mark is labelled where there is room, beside it first, else above or below it with a
 * leader, key events first; a lane is as tall as what it holds.
 */
import { scaleUtc } from 'd3-scale';
import type { EventCategory } from '../data/types.js';
import {
  LABEL_GAP,
  LINE_HEIGHT,
  isFree,
  labelWidth,
  textWidth,
  wrapLabel,
  type Box,
  type MeasureText,
  type Taken,
} from './case-timeline.labels.js';
import type { FocusSpan, TimelineItem, TimelineSelection } from './case-timeline.selection.js';
import { caseTimelineStrings as s, spanLengthText, type TimelineWords } from './case-timeline.strings.js';

/** Widths above this get the chart; below, the phone's list (the element decides, see orientationFor). */
export const BREAKPOINT = 600;
/** More events than this are listed, never charted: a chart of thousands of marks reads as a smear. */
export const MOST_CHARTED = 300;
/** A mark's pointer target (px square), and the distance between the centres of neighbouring marks. */
export const TARGET = 24;
export const STEP = 26;
/** How far (px) a point may move sideways from its date to join a swarm before it goes a level down. */
export const SHIFT = STEP;
/** Px above the lanes: the panels' captions and two lines of tick labels. */
export const CAPTION_HEIGHT = 18;
export const AXIS_HEIGHT = 32;
/** Px inside a lane above and under what it holds. */
export const LANE_PAD = 4;
/** How much further (px) than next to its mark a label may go above or below it, tried in turn. */
export const OFFSETS = [0, 7, 14, 21, 28];
/** Px a label beside its mark keeps clear of other marks on its far side. */
export const ASIDE = 12;
/** How far (px) labels may reach above a lane's marks and below them: two lines and a little. */
export const LABEL_ROOM = 2 * LINE_HEIGHT + 4;
/** The panel for events before the focus, and the gap with the break mark between panels. */
export const BEFORE_WIDTH = 64;
export const PANEL_GAP = 24;
/** The focus panel's share of the width the panels after it share with it. */
export const FOCUS_SHARE = 0.62;
const DAY = 86_400_000;
const HALF = TARGET / 2;

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

/** A category's name in its lane: beside its first mark, or in a line above the lane. Baseline of the first line. */
export interface LaneName {
  lines: string[];
  x: number;
  y: number;
}

export interface ChartLane {
  categories: EventCategory[];
  /** The lane's accessible name: its categories' names. */
  name: string;
  names: LaneName[];
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
  /** The mark's level in its lane's swarm (0 at the top). */
  level: number;
}

export interface ChartLabel {
  id: string;
  lines: string[];
  /** Left edge of the box; baseline of the first line. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** A line from the mark to a label above or below it: x, from y, to y. None beside the mark. */
  leader: [number, number, number] | null;
  /** A death's label (the man's name), set bold. */
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
  /** Grid rows for the keyboard (one per lane, top to bottom): event ids in reading order. */
  rows: string[][];
}

/**
 * One shape per category as well as a colour, so nothing depends on colour alone: d3-shape's
 * symbols (circle, triangle, wye, square, diamond), as their corners at an area of 1 px²
 * (x, y, x, y, …); none for a circle. Written out, they cost the bundle 40 numbers rather
 * than d3-path and d3-shape's symbol code (about 1.5 KB gzip).
 */
const SQUARE = [-0.5, -0.5, 0.5, -0.5, 0.5, 0.5, -0.5, 0.5];
const DIAMOND = [0, -0.9306, 0.5373, 0, 0, 0.9306, -0.5373, 0];
const CORNERS: Record<EventCategory, number[]> = {
  death: [],
  'police-failure': [0, -0.8774, 0.7598, 0.4387, -0.7598, 0.4387],
  family: [
    0.2699, 0.1558, 0.2699, 0.6955, -0.2699, 0.6955, -0.2699, 0.1558, -0.7373, -0.1141, -0.4674, -0.5815, 0, -0.3116,
    0.4674, -0.5815, 0.7373, -0.1141,
  ],
  justice: SQUARE,
  watchdog: [],
  inquest: SQUARE,
  inspection: DIAMOND,
  response: DIAMOND,
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
  const corners = CORNERS[category];
  const k = Math.sqrt(area);
  const r = Math.round(Math.sqrt(area / Math.PI) * 100) / 100;
  return corners.length
    ? `M${corners.map((v, i) => (i % 2 ? ',' : i ? 'L' : '') + Math.round(v * k * 100) / 100).join('')}Z`
    : `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`;
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

/**
 * The panel a time falls in: a time on the edge between two panels in the earlier one, or
 * in the later one where it `starts` something (a span, a month), so that nothing starting
 * at the break is drawn before it. Past the last panel, the last.
 */
function panelAt(panels: readonly ChartPanel[], t: number, starts = false): ChartPanel {
  return panels.find((p) => (starts ? t < p.domain[1] : t <= p.domain[1])) ?? panels[panels.length - 1]!;
}

/** Maps a time to x across the panels (see panelAt for a time between two). */
export function panelX(panels: readonly ChartPanel[], t: number, starts = false): number {
  const p = panelAt(panels, t, starts);
  if (!p) return 0;
  const [d0, d1] = p.domain;
  return p.x0 + (p.x1 - p.x0) * Math.min(1, Math.max(0, (t - d0) / (d1 - d0 || 1)));
}

/** A span from a to b as one bar per panel it crosses (a span ending at a break stops there). */
function barPieces(panels: readonly ChartPanel[], a: number, b: number): [number, number][] {
  const pieces: [number, number][] = [];
  for (const p of panels) {
    const from = Math.max(a, p.domain[0]);
    const to = Math.min(b, p.domain[1]);
    if (to > from) pieces.push([panelX([p], from), Math.max(panelX([p], from) + 2, panelX([p], to))]);
  }
  const at = panelX(panels, a, true);
  return pieces.length ? pieces : [[at, at + 2]];
}

/** The x range a mark takes: its target, lengthened by its bar and its precision line. */
function reach(m: ChartMark): [number, number] {
  const bar = m.bars.length ? m.bars[m.bars.length - 1]![1] : m.x;
  return [Math.min(m.x - HALF, m.whisker?.[0] ?? Infinity), Math.max(bar + HALF, m.whisker?.[1] ?? -Infinity)];
}

/**
 * Stacks a lane's marks, in the order given (reading order). Each takes the first level
 * (0 at the top) with room for its target (and a span's bar) at its date or, for a point,
 * moved at most SHIFT px either side to sit beside a neighbour, as a swarm does: a pile of
 * events on one day becomes a cluster three marks wide rather than a column. Every centre
 * stays inside `bounds` (its panel). No two targets on a level come closer than
 * STEP - TARGET px, so no two pointer targets overlap. Returns the number of levels used.
 */
export function stackMarks(
  marks: ChartMark[],
  bounds: (m: ChartMark) => [number, number] = () => [-Infinity, Infinity],
): number {
  const space = STEP - TARGET;
  const levels: [number, number][][] = [];
  for (const mark of marks) {
    const length = mark.bars.length ? mark.bars[mark.bars.length - 1]![1] - mark.x : 0;
    const [lo, hi] = bounds(mark);
    const home = Math.min(Math.max(mark.x, lo), hi);
    const shift = length ? 0 : SHIFT;
    for (let level = 0; ; level++) {
      const taken = (levels[level] ??= []);
      // Only neighbours within reach matter: at its date, or just clear of one's edge,
      // whichever is nearest (the first such of the candidates, in this order).
      const near = taken.filter(([a, b]) => a < home + shift + length + TARGET && b > home - shift - TARGET);
      let best: number | undefined;
      let distance = Infinity;
      const consider = (x: number) => {
        const d = Math.abs(x - home);
        if (
          d < distance &&
          x >= lo - 0.01 &&
          x <= hi + 0.01 &&
          d <= shift + 0.01 &&
          near.every(([a, b]) => x + length + HALF + space <= a + 0.01 || x - HALF - space >= b - 0.01)
        ) {
          best = x;
          distance = d;
        }
      };
      consider(home);
      for (const [a, b] of near) {
        consider(a - space - HALF - length);
        consider(b + space + HALF);
      }
      if (best === undefined) continue;
      const x = best;
      mark.bars = mark.bars.map(([a, b]) => [a + x - mark.x, b + x - mark.x]);
      mark.x = x;
      mark.level = level;
      taken.push([x - HALF, x + length + HALF]);
      break;
    }
  }
  return Math.max(1, levels.length);
}

/**
 * The lanes, top to bottom, as lists of categories (given in schema order): the deaths
 * alone, then each category in the first lane whose categories use none of the panels it
 * uses (`panels`: the indices of the panels its marks reach), else a lane of its own.
 */
export function packLanes(
  categories: readonly EventCategory[],
  panels: (c: EventCategory) => readonly number[],
): EventCategory[][] {
  const lanes: { categories: EventCategory[]; used: number[] }[] = [];
  for (const c of categories) {
    const used = panels(c);
    const lane =
      c === 'death'
        ? undefined
        : lanes.find((l) => !l.categories.includes('death') && used.every((p) => !l.used.includes(p)));
    if (lane) {
      lane.categories.push(c);
      lane.used.push(...used);
    } else lanes.push({ categories: [c], used: [...used] });
  }
  return lanes.map((l) => l.categories);
}

/** Who gets room for a label first: deaths, then the page's highlights, key events, spans, the rest. */
function priority(item: TimelineItem): number {
  if (item.category === 'death') return 0;
  if (item.highlighted) return 1;
  if (item.key) return 2;
  return item.span ? 3 : 4;
}

/** A spot for a label: its box, lines, and the leader to it (none beside the mark). */
interface Spot extends Box {
  lines: string[];
  leader: [number, number, number] | null;
}

/** A label's forms: on one line, and wrapped to two where that differs, each with its width. */
type Forms = { lines: string[]; width: number }[];

/**
 * The forms made so far with each measure, by everything they are made from: measureLabels
 * makes a chart's in the element's first steps, and chartLayout then only finds them, at
 * that width and every other (issue #16: they were wrapped and measured twice). Keyed by
 * text, never by item, so the map holds one entry per label whatever the filters made.
 */
const madeForms = new WeakMap<MeasureText, Map<string, Forms>>();

function forms(text: string, wrapAt: number, strong: boolean, measure: MeasureText, extra: string[] = []): Forms {
  let made = madeForms.get(measure);
  if (!made) madeForms.set(measure, (made = new Map()));
  const key = [wrapAt, strong, text, ...extra].join('\u001f');
  let found = made.get(key);
  if (!found) {
    const one = [text];
    const two = wrapLabel(text, wrapAt);
    found = (two.length > 1 ? [one, two] : [one]).map((l) => {
      const lines = [...l, ...extra];
      return { lines, width: labelWidth(lines, strong, measure) };
    });
    made.set(key, found);
  }
  return found;
}

/** What a label search needs to know of the lane so far (chartLayout). */
interface LaneRoom {
  /** What is drawn in the lane near the mark. */
  near: readonly Taken[];
  /** How far the lane reaches so far, and how far its labels may reach (LABEL_ROOM past its levels). */
  top: number;
  bottom: number;
  levels: number;
  /** Where the label must stay, left to right. */
  range: [number, number];
  /** A death's name: may go anywhere over or under its mark, growing the lane as it must. */
  anywhere: boolean;
}

/** The x range (px) every spot `spotFor` may try for a mark lies in, with LABEL_GAP to spare. */
function spotReach(m: ChartMark, f: Forms, off: boolean): [number, number] {
  const widest = Math.max(...f.map((v) => v.width));
  if (off) return [Math.min(m.x - 2, m.x + 2 - widest) - LABEL_GAP, Math.max(m.x - 2 + widest, m.x + 2) + LABEL_GAP];
  const [left, right] = reach(m);
  return [left - 4 - widest - ASIDE - LABEL_GAP, right + 4 + widest + ASIDE + LABEL_GAP];
}

/**
 * Where a mark's label goes, trying spots in order of preference: beside it (right, then
 * left, past its bar and its precision line; one line, then two: the first free one), then
 * (`off`) under or over it with a leader, as close as OFFSETS allow, running right from the
 * leader before any spot where it ends at the leader (so that, placed right to left, close
 * marks' labels form a staircase whose leaders pass left of the labels already placed): of
 * those, the one that grows the lane least (the first that grows it not at all), within
 * LABEL_ROOM of its marks. Undefined where none is free. Spots are made only as they are
 * tried: most labels take one of the first.
 */
function spotFor(m: ChartMark, f: Forms, off: boolean, room: LaneRoom): Spot | undefined {
  const [lo, hi] = room.range;
  if (!off) {
    const [left, right] = reach(m);
    for (const toRight of [true, false])
      for (const v of f) {
        const x = toRight ? right + 4 : left - 4 - v.width;
        if (x < lo || x + v.width > hi) continue;
        const height = v.lines.length * LINE_HEIGHT;
        const y = m.cy - height / 2;
        // Clear of any other mark on its far side too, so that it never reads as that mark's.
        if (isFree({ x: toRight ? x : x - ASIDE, y, width: v.width + ASIDE, height }, room.near))
          return { lines: v.lines, width: v.width, height, x, y, leader: null };
      }
    return undefined;
  }
  let best: Spot | undefined;
  let least = Infinity;
  for (const toRight of [true, false])
    for (const step of OFFSETS)
      for (const below of [true, false])
        for (const v of f) {
          const height = v.lines.length * LINE_HEIGHT;
          const edge = m.cy + (below ? HALF : -HALF);
          const y = below ? edge + 4 + step : edge - 4 - step - height;
          const grows = Math.max(0, room.top - y) + Math.max(0, y + height - room.bottom);
          if (grows >= least) continue;
          if (!room.anywhere && (y < -LABEL_ROOM || y + height > room.levels * STEP + LABEL_ROOM)) continue;
          const x = toRight ? m.x - 2 : m.x + 2 - v.width;
          if (x < lo || x + v.width > hi) continue;
          const leader: [number, number, number] = [m.x, edge, below ? y : y + height];
          if (!isFree({ x, y, width: v.width, height }, room.near) || !isFree(leaderBox(leader), room.near, false))
            continue;
          best = { lines: v.lines, width: v.width, height, x, y, leader };
          least = grows;
          if (!grows) return best;
        }
  return best;
}

/** The box a leader takes, kept 3 px off the mark it leaves. */
function leaderBox([x, a, b]: [number, number, number]): Box {
  const top = Math.min(a, b) + (a < b ? 3 : 0);
  return { x: x - 1, y: top, width: 2, height: Math.max(0, Math.max(a, b) - (a < b ? 0 : 3) - top) };
}

/** A mark's label forms: its text on one line or two, with a span's length on a line of its own. */
function labelForms(item: TimelineItem, measure: MeasureText): Forms {
  const strong = item.category === 'death';
  const length = item.span ? spanLengthText(item.event, 12) : '';
  return forms(chartLabelText(item), strong ? 9 : 16, strong, measure, length ? [length] : []);
}

/** A lane's name forms: on one line or two, bold. */
function laneNameForms(name: string, measure: MeasureText): Forms {
  return forms(name, 10, true, measure);
}

/**
 * Measures every line chartLayout may measure for `selection` (its marks' labels and its
 * lanes' names), from the item at `from` on, until `enough()` says so; returns where it got
 * to (items.length when done). With a measure that keeps what it measured (the element's),
 * the layout then measures nothing: the element does this in tasks of its own first.
 */
export function measureLabels(
  selection: TimelineSelection,
  words: TimelineWords,
  measure: MeasureText,
  from = 0,
  enough: () => boolean = () => false,
): number {
  const items = selection.items;
  if (from === 0) for (const c of selection.present) if (c !== 'death') laneNameForms(words.many[c], measure);
  let at = from;
  while (at < items.length) {
    const item = items[at++]!;
    if (item.number === null) labelForms(item, measure);
    if (enough()) break;
  }
  return at;
}

/** The label a mark carries in the chart: the man's name for a death, the short label otherwise. */
function chartLabelText(item: TimelineItem): string {
  return item.category === 'death' ? (item.event.victim?.name ?? item.label) : item.label;
}

/**
 * The wide chart for a selection at `width` px. `measure` gives a label line's width: the
 * element passes the browser's measure of its own font, so a label at the edge is never
 * clipped; without it, an estimate that errs wide. `words` names the lanes (the data's
 * category names, else the built-in ones).
 */
export function chartLayout(
  selection: TimelineSelection,
  atWidth: number,
  words: TimelineWords,
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
    x: panelX(panels, item.start, item.span),
    cy: 0,
    bars: item.span ? barPieces(panels, item.start, item.end) : [],
    whisker: !item.span && !item.precise ? [panelX(panels, item.lo, true), x(item.hi)] : null,
    level: 0,
  }));
  const panelOf = new Map(marks.map((m) => [m, panelAt(panels, m.item.start, m.item.span)]));
  // A centre stays in its panel and its target on the chart.
  const bounds = (m: ChartMark): [number, number] => {
    const p = panelOf.get(m)!;
    return [Math.max(p.x0, HALF), Math.min(p.x1, width - HALF)];
  };
  // A label stays in its mark's panel; the first panel's may use the margin, the last's the
  // edge, and a narrow "before" panel's run on into the focus panel.
  const labelRange = (m: ChartMark): [number, number] => {
    const p = panelOf.get(m)!;
    const i = panels.indexOf(p);
    const next = p.kind === 'before' ? panels[i + 1]! : p;
    return [i === 0 ? 0 : p.x0, i === panels.length - 1 ? width : next.x1];
  };
  const categories = selection.present.filter((c) => items.some((i) => i.category === c));
  const laneCategories = packLanes(categories, (c) => {
    const ranges = marks.filter((m) => m.item.category === c).map(reach);
    return panels.flatMap((p, i) => (ranges.some(([a, b]) => a <= p.x1 && b >= p.x0) ? [i] : []));
  });

  const labels: ChartLabel[] = [];
  const lanes: ChartLane[] = [];
  const rows: string[][] = [];
  let y = CAPTION_HEIGHT + AXIS_HEIGHT;
  for (const cats of laneCategories) {
    const inLane = marks.filter((m) => cats.includes(m.item.category));
    stackMarks(inLane, bounds);
    // Lane coordinates first (0 at the top of the marks); moved into place at the end.
    for (const m of inLane) m.cy = m.level * STEP + STEP / 2;
    const taken: Taken[] = inLane.flatMap((m) => {
      const [a, b] = reach(m);
      const target = { x: m.x - HALF, y: m.cy - HALF, width: b - m.x + HALF, height: TARGET };
      return m.whisker ? [target, { x: a, y: m.cy - 1, width: b - a, height: 2 }] : [target];
    });
    const laneLabels: ChartLabel[] = [];
    // What the lane holds so far reaches from top to bottom.
    let top = Math.min(...taken.map((t) => t.y));
    let bottom = Math.max(...taken.map((t) => t.y + t.height));
    const hold = (box: Taken) => {
      taken.push(box);
      top = Math.min(top, box.y);
      bottom = Math.max(bottom, box.y + box.height);
    };
    const take = (spot: Spot, id: string, strong: boolean) => {
      hold({ ...spot, label: true });
      if (spot.leader) hold(leaderBox(spot.leader));
      const { lines, x, width, height, leader } = spot;
      laneLabels.push({ id, lines, x, y: spot.y + 11, width, height, leader, strong });
    };
    const fits = (spot: Spot, [lo, hi]: [number, number]) =>
      spot.x >= lo && spot.x + spot.width <= hi && isFree(spot, taken);

    // Each category's name beside its first mark, level with the top level; else over it.
    // Not the deaths': the men's names say what those marks are.
    const names: LaneName[] = cats.flatMap((c) => {
      if (c === 'death') return [];
      const left = Math.min(...inLane.filter((m) => m.item.category === c).map((m) => reach(m)[0]));
      const f = laneNameForms(words.many[c], measure);
      const beside = f.map((v) => ({
        ...v,
        height: v.lines.length * LINE_HEIGHT,
        x: left - 6 - v.width,
        leader: null,
      }));
      const spot = beside.map((sp) => ({ ...sp, y: (STEP - sp.height) / 2 })).find((sp) => fits(sp, [0, width])) ?? {
        ...beside[0]!,
        x: Math.max(0, Math.min(left, width - f[0]!.width)),
        y: -LINE_HEIGHT - 2,
      };
      hold({ ...spot, label: true });
      return [{ lines: spot.lines, x: spot.x, y: spot.y + 11 }];
    });

    // Labels: a death's name always first; failures carry their number instead; others by
    // priority, right to left within it, so a label running right stops short of the next.
    const requests = inLane
      .filter((m) => m.item.number === null)
      .sort((a, b) => priority(a.item) - priority(b.item) || b.x - a.x);
    const levels = Math.max(0, ...inLane.map((m) => m.level)) + 1;
    const labelled = new Set<ChartMark>();
    for (let tier = 0; tier <= 4; tier++) {
      const inTier = requests.filter((m) => priority(m.item) === tier);
      for (const off of [false, true])
        for (const m of inTier) {
          if (labelled.has(m)) continue;
          const strong = m.item.category === 'death';
          const f = labelForms(m.item, measure);
          // A death's name may run past its panel and grow its lane as it must: nothing else
          // shares the deaths' lane, and every death is named.
          const range: [number, number] = strong ? [0, width] : labelRange(m);
          // Only what is near can be in the way (a long lane holds hundreds of boxes).
          const [lo, hi] = spotReach(m, f, off);
          const near = taken.filter((t) => t.x < hi && t.x + t.width > lo);
          const spot = spotFor(m, f, off, { near, top, bottom, levels, range, anywhere: strong });
          if (spot) {
            take(spot, m.item.id, strong);
            labelled.add(m);
          }
        }
    }

    // A lane is as tall as what it holds (targets, names, labels and leaders, which may reach
    // over its top level), with LANE_PAD above and below.
    const dy = y + LANE_PAD - top;
    for (const m of inLane) m.cy += dy;
    for (const l of laneLabels) {
      l.y += dy;
      if (l.leader) l.leader = [l.leader[0], l.leader[1] + dy, l.leader[2] + dy];
      labels.push(l);
    }
    for (const n of names) n.y += dy;
    const height = bottom - top + 2 * LANE_PAD;
    lanes.push({ categories: cats, name: s.laneName(cats.map((c) => words.many[c])), names, y, height });
    // Along time in reading order, not as drawn: a swarm moves marks a little either way.
    rows.push(inLane.map((m) => m.item.id));
    y += height;
  }
  // The deaths' rules run from under their lane (its labels hang from the marks) to the foot.
  const focusPanel = panels.find((p) => p.kind === 'focus');
  const deathLane = lanes.find((l) => l.categories.includes('death'));
  const rules =
    focusPanel && deathLane
      ? marks
          .filter((m) => m.item.category === 'death' && m.x >= focusPanel.x0 && m.x <= focusPanel.x1)
          .map((m) => ({ x: m.x, y1: deathLane.y + deathLane.height, y2: y - LANE_PAD }))
      : [];
  return { width, height: y, panels, lanes, marks, labels, rules, rows };
}
/**
 * Everything chartLayout reads from a selection and the words, as one string: two selections
 * with the same signature are laid out alike. A selection made again from new event objects
 * that differ only in what the chart does not draw (the bundled events' descriptions, notes
 * and quotes, which arrive after the first drawing) has the same signature, so the chart is
 * not laid out again for them. Keep it in step with chartLayout: what a mark, a label or a
 * lane shows or where it goes (tested in case-timeline.layout.test.ts).
 */
export function layoutSignature(selection: TimelineSelection, words: TimelineWords): string {
  const { focus, present } = selection;
  const parts: (string | number | boolean | null | undefined)[] = [
    present.map((c) => `${c}=${words.many[c]}`).join(','),
    focus ? `${focus.label}|${focus.start}|${focus.end}` : '',
  ];
  for (const i of selection.items)
    parts.push(
      i.id,
      i.category,
      i.start,
      i.end,
      i.lo,
      i.hi,
      i.span,
      i.precise,
      i.key,
      i.highlighted,
      i.number,
      i.label,
      i.event.date,
      i.event.end,
      i.event.victim?.name,
    );
  // A unit separator: none of the fields can hold it, so no two lists run together alike.
  return parts.join('\u001f');
}

/**
 * The last few chart layouts an element drew, by width, measure and signature (see
 * layoutSignature): a reader's resize back to a width seen before, printing and back, or the
 * bundled events' details arriving cost no new layout. A layout found for another selection
 * of the same signature has its marks moved onto that selection's items, which the element
 * compares by identity (the open event's mark).
 */
export class ChartLayoutMemo {
  private entries: { key: string; measure: MeasureText | undefined; layout: ChartLayout }[] = [];

  constructor(private readonly size = 4) {}

  layout(selection: TimelineSelection, width: number, words: TimelineWords, measure?: MeasureText): ChartLayout {
    const key = `${Math.max(0, Math.floor(width))}\u001e${layoutSignature(selection, words)}`;
    const at = this.entries.findIndex((e) => e.key === key && e.measure === measure);
    let entry = this.entries[at];
    if (entry) this.entries.splice(at, 1);
    else entry = { key, measure, layout: chartLayout(selection, width, words, measure) };
    entry.layout = withItems(entry.layout, selection.items);
    // Most recently used first; the oldest goes.
    this.entries.unshift(entry);
    this.entries.length = Math.min(this.entries.length, this.size);
    return entry.layout;
  }
}

/** `layout` with each mark's item replaced by the item of the same id in `items` (the same layout if they are those). */
function withItems(layout: ChartLayout, items: readonly TimelineItem[]): ChartLayout {
  if (layout.marks.length === items.length && layout.marks.every((m, i) => m.item === items[i])) return layout;
  const byId = new Map(items.map((i) => [i.id, i]));
  return { ...layout, marks: layout.marks.map((m) => ({ ...m, item: byId.get(m.item.id)! })) };
}

/**
 * The keyboard's move in the chart's grid (rows are lanes, each in reading order): Left/Right
 * along the lane, Up/Down to the nearest event as drawn on the lane above or below,
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
