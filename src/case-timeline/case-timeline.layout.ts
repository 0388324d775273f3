/**
 * The timeline's geometry as plain data, from the events, the element's width and
 * the reader's choices. No DOM, no window: tests call it directly.
 *
 * Wide (more than 600 px): a horizontal year axis, one lane per category, marks at
 * their dates, bars for spans, and labels placed greedily where there is room.
 * Narrow: the same events as an ordered list (the element renders it as HTML).
 *
 * Up to ONE_BY_ONE events (the bundled data has 44), every event is its own element.
 * A newsroom can pass far more: then the list shows LIST_PAGE events at a time
 * (listWindow) and the chart draws the marks as a few paths per lane (TimelineMarks),
 * with itemAt() finding the event under the pointer. Keys still reach every event.
 */
import { ticks as niceTicks } from 'd3-array';
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  type CanvasPath_D3Shape,
  type SymbolType,
} from 'd3-shape';
import { parseIsoDate } from '../data/dates.js';
import { orderEvents } from '../data/event-order.js';
import type { EventCategory, TimelineEvent } from '../data/types.js';
import { EVENT_CATEGORIES } from '../data/validate.js';
import { caseTimelineStrings } from './case-timeline.strings.js';

const CATEGORY_NAMES = caseTimelineStrings.categories;

export type TimelineOrientation = 'horizontal' | 'vertical';
export type TimelineLayoutMode = 'auto' | TimelineOrientation;

export interface TimelineOptions {
  /** `auto` (default) picks horizontal above `breakpoint` px. */
  layout?: TimelineLayoutMode;
  /** Categories shown; null or undefined shows all. */
  categories?: ReadonlySet<EventCategory> | null;
  /** The range shown, in ms (UTC); events that touch it are kept, spans are clipped to it. */
  from?: number | null;
  to?: number | null;
  /** Ids of events to emphasise; they are labelled first. */
  highlight?: ReadonlySet<string>;
  /** At most this many labels in the wide view (default 60): beyond that a label is noise. */
  maxLabels?: number;
}

export interface TimelineSize {
  width: number;
}

/** One event, placed. Coordinates are 0 in the vertical layout (HTML places it). */
export interface TimelineItem {
  event: TimelineEvent;
  id: string;
  category: EventCategory;
  /**
   * Where the event sits in time, ms: the day itself, or the middle of the month or
   * year a less precise date can mean (so "2014" neither leads nor trails 2014's
   * dated events); for a span, the first day its start can mean.
   */
  start: number;
  /** The last day a span's end can mean; `start` for a point. */
  end: number;
  /** The whole period the date can mean (a month, a year), for the precision line. */
  lo: number;
  hi: number;
  /** A span: the event has an `end`. */
  span: boolean;
  highlighted: boolean;
  /** The date is given to the day (no precision whisker). */
  precise: boolean;
  year: number;
  /** First item of its year in the list (the vertical layout shows the year there). */
  newYear: boolean;
  /** Horizontal: centre of the mark, the end of its bar, and its precision line's ends. */
  x: number;
  x2: number;
  loX: number;
  hiX: number;
  /** Horizontal: centre line of the mark row. */
  cy: number;
  lane: number;
  /** Horizontal: the mark's level in its lane's stack (0 at the bottom): close marks are dodged upwards. */
  level: number;
}

/**
 * A lane's marks as path data, for a chart with more than ONE_BY_ONE events: one
 * subpath per event in each string, so the lane costs at most four elements however
 * many events it holds. Coordinates are the chart's, rounded to 0.1 px.
 */
export interface TimelineLaneMarks {
  category: EventCategory;
  /** The category's shape at every event's mark, and the larger one at highlighted events. */
  shapes: string;
  highlighted: string;
  /** Spans' bars and the precision lines of points dated only to a month or year. */
  bars: string;
  whiskers: string;
}

export interface TimelineMarks {
  lanes: TimelineLaneMarks[];
  /** The dashed rings of approximate dates, all lanes (they are drawn in the ink colour). */
  approximate: string;
}

export interface TimelineLabel {
  id: string;
  text: string;
  /** The label's box: left, top, width, height (px). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the text baseline sits, and the leader line from the mark down to the box. */
  baseline: number;
  leaderX: number;
  leaderY1: number;
  leaderY2: number;
  highlighted: boolean;
}

export interface TimelineLane {
  category: EventCategory;
  /** The lane's heading, drawn at LANE_NAME_X. */
  name: string;
  /** Top of the lane and the baseline of its heading. */
  y: number;
  headingY: number;
  height: number;
}

export interface TimelineTick {
  year: number;
  x: number;
  /** False where the year's text would run past the right edge. */
  labelled: boolean;
  /** The year the axis starts in, named at the left edge: no tick line, as it is not 1 January. */
  edge: boolean;
}

export interface TimelineLayout {
  orientation: TimelineOrientation;
  width: number;
  /** Horizontal: the SVG's height; vertical: 0. */
  height: number;
  /** The events shown, in reading order (orderEvents() in src/data/event-order.ts). */
  items: TimelineItem[];
  lanes: TimelineLane[];
  ticks: TimelineTick[];
  labels: TimelineLabel[];
  /**
   * Horizontal with more than ONE_BY_ONE events: every mark as path data, drawn instead
   * of one element per event. Null when each event gets its own mark.
   */
  marks: TimelineMarks | null;
  /** The time range drawn (ms), or null when nothing is shown. */
  domain: [number, number] | null;
  /** Events in the data, whatever is shown. */
  total: number;
  /** Events per category inside the range, ignoring the category filter (for the chips). */
  counts: Record<EventCategory, number>;
  /** First and last years in the data (for the range selects), or null with no events. */
  years: [number, number] | null;
}

/** Widths above this get the horizontal axis. */
export const BREAKPOINT = 600;
export const MARGIN = 12;
export const AXIS_HEIGHT = 26;
export const LANE_HEADING = 18;
export const MARK_ROW = 22;
export const LABEL_ROW = 16;
/** Rows for labels under a lane's marks (a lane is only as tall as the rows it uses). */
export const LABEL_ROWS = 4;
export const LANE_GAP = 8;
export const LABEL_HEIGHT = 14;
/** Labels are drawn at 12 px; 7 px a character is wider than the average sans-serif glyph there. */
export const LABEL_FONT_SIZE = 12;
export const CHAR_WIDTH = 7;
/** Where a lane's name starts, after its shape. */
export const LANE_NAME_X = 30;
export const LABEL_MAX_CHARS = 30;
/** A mark's area in px², and a highlighted one's. */
export const MARK_AREA = 90;
export const HIGHLIGHT_AREA = 170;
/** A mark's pointer target reaches this far (px) around its shape or bar. */
export const HIT = 12;
/**
 * Up to this many events shown, each is its own element: a list item of about 25
 * nodes, or a chart mark of about 15. Beyond it that grew to 250,000 nodes and most
 * of a second at 10,000 events (bench, scale section), for marks that overlap anyway:
 * a 1,280 px lane holds about 400 marks DODGE px apart in its MAX_STACK levels. So
 * beyond it the list pages and the chart draws paths. A few hundred stay as they were.
 */
export const ONE_BY_ONE = 300;
/** Events a long list shows at a time, and adds with each "Show the next" press. */
export const LIST_PAGE = 100;
/** Pages a long list holds at most: "Show the next" past it drops the far page. */
export const LIST_PAGES_KEPT = 3;
const DAY = 86_400_000;

/**
 * One shape per category as well as a colour, so nothing depends on colour alone
 * (the shapes are CATEGORY_SYMBOLS below). Filled shapes for the events themselves,
 * open ones for the official processes that followed; circles for deaths, calm and plain.
 */
export const CATEGORY_SHAPES: Record<EventCategory, { filled: boolean }> = {
  death: { filled: true },
  'police-failure': { filled: true },
  // What a family says it raised: its own shape, never a failure's triangle.
  family: { filled: true },
  justice: { filled: true },
  watchdog: { filled: false },
  inquest: { filled: false },
  inspection: { filled: true },
  response: { filled: false },
};

/**
 * d3-shape's symbol for each category's shape. Not exported, and kept out of
 * CATEGORY_SHAPES: an exported d3 type would put an import of d3-shape's types in the
 * package's published .d.ts, which consumers (who get d3-shape, not @types/d3-shape)
 * could not resolve.
 */
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

/** The SVG path of a category's shape, centred on 0,0, with the given area in px². */
export function shapePath(category: EventCategory, area = MARK_AREA): string {
  return symbol(CATEGORY_SYMBOLS[category], area)() ?? '';
}

/**
 * The category's shape (with the given area) as a path that starts at its centre and
 * uses only relative commands: `M x,y` followed by it draws the shape centred on x,y.
 * d3's symbol type draws it on a context that writes each move relative to the last
 * (points snapped to 0.01 px, so the steps are exact). A dense chart draws thousands of
 * these in one path, where a transform per mark would need an element per mark.
 */
export function relativeShape(category: EventCategory, area = MARK_AREA): string {
  const q = (v: number) => Math.round(v * 100) / 100;
  let out = '';
  let px = 0;
  let py = 0;
  let sx = 0;
  let sy = 0;
  const to = (command: string, x: number, y: number) => {
    out += `${command}${q(q(x) - px)},${q(q(y) - py)}`;
    px = q(x);
    py = q(y);
  };
  const context = {
    moveTo(x: number, y: number) {
      to('m', x, y);
      sx = px;
      sy = py;
    },
    lineTo: (x: number, y: number) => to('l', x, y),
    closePath() {
      out += 'z';
      px = sx;
      py = sy;
    },
    // symbolCircle's only call: the whole circle round x,y from x+r,y, as two half arcs
    // (one arc whose ends meet draws nothing).
    arc(x: number, y: number, r: number) {
      const a = `a${q(r)},${q(r)} 0 1,1 `;
      to(a, x - r, y);
      to(a, x + r, y);
    },
    rect(x: number, y: number, w: number, h: number) {
      context.moveTo(x, y);
      out += `h${q(w)}v${q(h)}h${q(-w)}z`;
    },
  };
  // The four methods d3's symbols use here; the test draws every category both ways.
  CATEGORY_SYMBOLS[category].draw(context as unknown as CanvasPath_D3Shape, area);
  return out;
}

/**
 * Every mark of a dense chart as path data, per lane: shapes, highlighted shapes, bars,
 * precision lines, and the approximate dates' rings. Linear in the number of items.
 */
export function timelineMarks(items: readonly TimelineItem[], lanes: readonly TimelineLane[]): TimelineMarks {
  const r = (v: number) => Math.round(v * 10) / 10;
  const marks: TimelineMarks = {
    lanes: lanes.map(({ category }) => ({ category, shapes: '', highlighted: '', bars: '', whiskers: '' })),
    approximate: '',
  };
  const shapes: Record<string, string> = {};
  for (const item of items) {
    const lane = marks.lanes[item.lane]!;
    const x = r(item.x);
    const y = r(item.cy);
    // As a single mark draws them: a bar at least 2 px long and 6 px tall, a ring of 9 px (11 highlighted).
    if (item.span) lane.bars += `M${x},${r(y - 3)}h${r(Math.max(2, item.x2 - item.x))}v6H${x}z`;
    else if (!item.precise) lane.whiskers += `M${r(item.loX)},${y}H${r(item.hiX)}`;
    const ring = item.highlighted ? 11 : 9;
    const arc = `a${ring},${ring} 0 1,1 `;
    if (item.event.approximate) marks.approximate += `M${r(x + ring)},${y}${arc}-${2 * ring},0${arc}${2 * ring},0`;
    const key = `${item.category}${item.highlighted}`;
    shapes[key] ??= relativeShape(item.category, item.highlighted ? HIGHLIGHT_AREA : MARK_AREA);
    lane[item.highlighted ? 'highlighted' : 'shapes'] += `M${x},${y}${shapes[key]}`;
  }
  return marks;
}

/**
 * The event whose mark is under x,y in a horizontal layout, for a dense chart, whose
 * marks are paths rather than elements the browser can hit-test. Candidates are the
 * events whose target (the shape, or a span's bar, and HIT px around) holds the point;
 * the nearest wins, a bar counting BAR_BEHIND px further than it is, so a mark drawn on
 * a span's bar is still found at its shape; on a tie, the later event (drawn on top).
 * Null when no target holds the point.
 */
export function itemAt(items: readonly TimelineItem[], x: number, y: number, reach = HIT): TimelineItem | null {
  let best: TimelineItem | null = null;
  let bestScore = Infinity;
  for (const item of items) {
    const dy = Math.abs(y - item.cy);
    const toMark = Math.abs(x - item.x);
    const toBar = item.span && x >= item.x ? Math.max(0, x - item.x2) : Infinity;
    if (dy > reach || Math.min(toMark, toBar) > reach) continue;
    const score = Math.min(toMark, toBar + BAR_BEHIND) ** 2 + dy ** 2;
    if (score <= bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}
const BAR_BEHIND = 6;

/** The events a list renders: indices `start` (inclusive) to `end` (exclusive) of the items. */
export interface ListWindow {
  start: number;
  end: number;
}

/**
 * Which part of a list of `total` events to render. Up to `all` events, all of them.
 * Beyond, whole pages of `page` events: the first page to begin with; `current` kept
 * (clipped to `total`) while it holds `need`, the index of the event that must show
 * (the focused one, wherever a key, a deep link or a page button moved focus; -1 for
 * none); grown by a page when `need` is in the page next to it, so "Show the next" or
 * an arrow key past the edge adds to what the reader has, and then, past `maxPages`
 * pages, the page furthest from `need` is dropped, so paging on and on never builds up
 * the whole list; and moved to `need`'s page when it is further (End, Home, a deep
 * link), so the list never renders everything in between. Returns `current` itself
 * when nothing changes.
 */
export function listWindow(
  total: number,
  current: ListWindow | null,
  need = -1,
  page = LIST_PAGE,
  all = ONE_BY_ONE,
  maxPages = LIST_PAGES_KEPT,
): ListWindow {
  const size = Math.max(1, page);
  const most = size * Math.max(1, maxPages);
  if (total <= all) return current && current.start === 0 && current.end === total ? current : { start: 0, end: total };
  let start = current ? Math.min(current.start, total) : 0;
  let end = current ? Math.min(current.end, total) : 0;
  if (end <= start) {
    start = 0;
    end = Math.min(size, total);
  }
  if (need >= 0 && need < total) {
    if (need < start && need >= start - size) {
      start = Math.max(0, start - size);
      while (end - start > most) end -= end % size || size;
    } else if (need >= end && need < end + size) {
      end = Math.min(total, end + size);
      while (end - start > most) start += size;
    } else if (need < start || need >= end) {
      start = Math.floor(need / size) * size;
      end = Math.min(total, start + size);
    }
  }
  return current && current.start === start && current.end === end ? current : { start, end };
}

/** A label's text: the title, cut at a word where possible, with "…" when cut. */
export function labelText(title: string, max = LABEL_MAX_CHARS): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function orientationFor(width: number, mode: TimelineLayoutMode = 'auto'): TimelineOrientation {
  if (mode === 'horizontal' || mode === 'vertical') return mode;
  return width > BREAKPOINT ? 'horizontal' : 'vertical';
}

function emptyCounts(): Record<EventCategory, number> {
  return Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, 0])) as Record<EventCategory, number>;
}

/**
 * What the events and the reader's choices decide, whatever the width: the events shown
 * (filtered, dates parsed, sorted), the counts, the time range and the lanes. The element
 * keeps it across width changes; layoutAtWidth() places it at a width.
 */
export interface TimelineSelection {
  /** The events shown, in reading order (orderEvents()), with no geometry. */
  items: TimelineItem[];
  /** Each item's label text, by index. */
  labelTexts: string[];
  /** The lanes' categories, in schema order. */
  categories: EventCategory[];
  mode: TimelineLayoutMode;
  maxLabels: number;
  domain: [number, number] | null;
  total: number;
  counts: Record<EventCategory, number>;
  years: [number, number] | null;
}

/** Lays out `events` for a `size.width` px wide element. Linear after one sort by date. */
export function timelineLayout(
  events: readonly TimelineEvent[],
  size: TimelineSize,
  options: TimelineOptions = {},
): TimelineLayout {
  return layoutAtWidth(timelineSelection(events, options), size.width);
}

/** The width-independent part of timelineLayout(): filters, parses, sorts and counts the events. */
export function timelineSelection(events: readonly TimelineEvent[], options: TimelineOptions = {}): TimelineSelection {
  const highlight = options.highlight ?? new Set<string>();
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  const counts = emptyCounts();

  let minYear = Infinity;
  let maxYear = -Infinity;
  const all: TimelineItem[] = [];
  // In reading order before filtering, so an `after` holds whatever else is shown.
  for (const event of orderEvents(events)) {
    const date = parseIsoDate(event.date);
    if (!date) continue; // validate() has already refused it; be safe for direct callers
    const endDate = event.end ? parseIsoDate(event.end) : null;
    const start = endDate ? date.start : Math.round((date.start + date.end) / 2);
    const end = endDate ? Math.max(date.start, endDate.end) : start;
    const hi = Math.max(end, date.end);
    minYear = Math.min(minYear, date.year);
    maxYear = Math.max(maxYear, endDate ? endDate.year : date.year);
    if (hi < from || date.start > to) continue;
    counts[event.category] += 1;
    if (options.categories && !options.categories.has(event.category)) continue;
    const item: TimelineItem = {
      event,
      id: event.id,
      category: event.category,
      start,
      end,
      lo: date.start,
      hi,
      span: Boolean(endDate),
      highlighted: highlight.has(event.id),
      precise: date.precision === 'day' && (!endDate || endDate.precision === 'day'),
      year: date.year,
      newYear: false,
      x: 0,
      x2: 0,
      loX: 0,
      hiX: 0,
      cy: 0,
      lane: 0,
      level: 0,
    };
    all.push(item);
  }
  let year = NaN;
  for (const item of all) {
    item.newYear = item.year !== year;
    year = item.year;
  }
  return {
    items: all,
    // A death is labelled with the name of the man who died: shorter than the title, and his.
    labelTexts: all.map((i) => labelText(i.event.victim?.name ?? i.event.title)),
    categories: EVENT_CATEGORIES.filter((c) => all.some((i) => i.category === c)),
    mode: options.layout ?? 'auto',
    maxLabels: options.maxLabels ?? 60,
    domain: domainOf(all, options),
    total: events.length,
    counts,
    years: Number.isFinite(minYear) ? [minYear, maxYear] : null,
  };
}

/**
 * A selection placed at `width` px: the orientation, and in the wide view every mark,
 * label, lane and tick. Wide, the items are copies with their geometry (the selection's
 * own stay as they are, so it can be placed at another width); narrow, they are the
 * selection's. Equal to timelineLayout() with the same events, options and width.
 */
export function layoutAtWidth(selection: TimelineSelection, atWidth: number): TimelineLayout {
  const width = Math.max(0, Math.floor(atWidth));
  const { items, domain, total, counts, years } = selection;
  const orientation = orientationFor(width, selection.mode);
  const base = { orientation, width, total, counts, years };
  if (orientation === 'vertical' || !domain)
    return { ...base, items, height: 0, lanes: [], ticks: [], labels: [], marks: null, domain };
  return { ...base, ...horizontal(selection, domain, width) };
}

/** The time range drawn: the reader's range where set, else the events', padded so edge marks show. */
function domainOf(items: readonly TimelineItem[], options: TimelineOptions): [number, number] | null {
  if (items.length === 0) return null;
  let lo = options.from ?? Infinity;
  let hi = options.to ?? -Infinity;
  if (options.from == null) for (const item of items) lo = Math.min(lo, item.lo);
  if (options.to == null) for (const item of items) hi = Math.max(hi, item.hi);
  // One event, or all on one day: show half a year either side rather than a zero-width axis.
  const pad = hi - lo < DAY ? 183 * DAY : Math.max(10 * DAY, (hi - lo) * 0.02);
  return [lo - pad, hi + pad];
}

/**
 * Maps times to x, clamped to the range. Deliberately not d3-scale's scaleLinear: that
 * brings d3-interpolate, d3-color and d3-format (about 5 KB gzip, an eighth of the whole
 * bundle's budget) to map numbers to numbers. The round year ticks still come from d3
 * (d3-array's ticks, the function scaleLinear().ticks() calls).
 */
export function clampedLinear(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (t: number): number => r0 + (r1 - r0) * Math.min(1, Math.max(0, (t - d0) / span));
}

function horizontal(selection: TimelineSelection, domain: [number, number], width: number) {
  const x = clampedLinear(domain, [MARGIN, Math.max(MARGIN + 1, width - MARGIN)]);
  const { categories } = selection;
  const items = selection.items.map((item): TimelineItem => ({
    ...item,
    lane: categories.indexOf(item.category),
    x: x(item.start),
    x2: x(item.end),
    loX: x(item.lo),
    hiX: x(item.hi),
  }));

  // Marks closer than DODGE px stack upwards in their lane (at most MAX_STACK high), so a
  // burst of events shows as a pile rather than one blot. Spans stay on the bottom level.
  // Stacks and labels are placed in time order (the reading order can differ: orderEvents()).
  const inTime = timeOrder(items);
  const tops = categories.map((): number[] => []);
  const depth = categories.map(() => 1);
  for (const item of inTime) {
    if (item.span) continue;
    const levels = tops[item.lane]!;
    let level = levels.findIndex((last) => item.x - last >= DODGE);
    if (level < 0) level = levels.length < MAX_STACK ? levels.length : levels.indexOf(Math.min(...levels));
    levels[level] = item.x;
    item.level = level;
    depth[item.lane] = Math.max(depth[item.lane]!, level + 1);
  }
  const bands = depth.map((d) => MARK_ROW + (d - 1) * STACK_STEP);
  const relativeCy = (item: TimelineItem) =>
    LANE_HEADING + MARK_ROW / 2 + (depth[item.lane]! - 1 - item.level) * STACK_STEP;

  // Labels next, in lane-relative rows; then each lane is only as tall as the rows it used.
  const textOf = new Map(items.map((item, i) => [item, selection.labelTexts[i]!]));
  const placed = placeLabels(
    inTime,
    inTime.map((item) => textOf.get(item)!),
    categories.map((c) => CATEGORY_NAMES[c]),
    bands,
    relativeCy,
    width,
    selection.maxLabels,
  );
  const lanes: TimelineLane[] = [];
  let y = AXIS_HEIGHT;
  categories.forEach((category, i) => {
    const height = LANE_HEADING + bands[i]! + Math.max(1, placed.rowsUsed[i]!) * LABEL_ROW + LANE_GAP;
    lanes.push({ category, name: CATEGORY_NAMES[category], y, headingY: y + 13, height });
    y += height;
  });
  for (const item of items) item.cy = lanes[item.lane]!.y + relativeCy(item);
  const labels = placed.labels.map(({ lane, ...l }): TimelineLabel => {
    const top = lanes[lane]!.y;
    return {
      ...l,
      y: l.y + top,
      baseline: l.baseline + top,
      leaderY1: l.leaderY1 + top,
      leaderY2: l.leaderY2 + top,
    };
  });

  // Year ticks: d3 picks round years for the room there is; drawn at 1 January.
  const y0 = new Date(domain[0]).getUTCFullYear();
  const y1 = new Date(domain[1]).getUTCFullYear() + 1;
  const ticks: TimelineTick[] = niceTicks(y0, y1, Math.max(2, Math.floor((width - 2 * MARGIN) / 64)))
    .filter((year) => Number.isInteger(year))
    .map((year) => ({ year, at: Date.UTC(year, 0, 1) }))
    .filter(({ at }) => at >= domain[0] && at <= domain[1])
    .map(({ year, at }): TimelineTick => ({
      year,
      x: x(at),
      labelled: x(at) + 4 + 4 * CHAR_WIDTH <= width,
      edge: false,
    }));
  // The axis starts part-way through a year: name that year at the left edge too (with no
  // tick line, as it is not 1 January), so the first marks are never yearless.
  const first = ticks[0];
  if ((!first || first.x > MARGIN + 6 * CHAR_WIDTH) && (!first || first.year > y0))
    ticks.unshift({ year: y0, x: MARGIN - 4, labelled: true, edge: true });

  const marks = items.length > ONE_BY_ONE ? timelineMarks(items, lanes) : null;
  return { items, domain, lanes, ticks, labels, marks, height: y };
}

/** Items by where they sit in time (then category, then reading order): how marks stack and labels are tried. */
function timeOrder(items: readonly TimelineItem[]): TimelineItem[] {
  const order = new Map(EVENT_CATEGORIES.map((c, i) => [c, i]));
  const index = new Map(items.map((item, i) => [item, i]));
  return [...items].sort(
    (a, b) => a.start - b.start || order.get(a.category)! - order.get(b.category)! || index.get(a)! - index.get(b)!,
  );
}

/** Marks closer than this (px) are stacked; each level of a stack is STACK_STEP px above the last. */
export const DODGE = 12;
export const STACK_STEP = 12;
export const MAX_STACK = 4;

/**
 * Greedy label placement, linear in the number of events: highlighted events are
 * tried first, then deaths (the subject of the graphic), then spans, then the rest.
 * Each pass runs from the latest event to the earliest. Each lane has LABEL_ROWS
 * rows under its marks and one above them, beside the lane's name; spans try the
 * row above first (a title over the bar), points the rows below. A label starts at
 * its mark and runs right, so a leader line from an earlier mark down to a lower
 * row passes left of every label already placed for later marks: close marks stack
 * as a staircase instead of blocking each other. A label takes the first row where
 * its box (and its leader's path through the rows above) is free. Occupancy is a
 * bitmap of pixel columns per row, so a check costs at most the label's width,
 * whatever the order. A label that fits nowhere is left off: every event is still a
 * mark that opens its detail. Coordinates are relative to the top of the lane.
 */
function placeLabels(
  items: readonly TimelineItem[],
  texts: readonly string[],
  laneNames: readonly string[],
  bands: readonly number[],
  relativeCy: (item: TimelineItem) => number,
  width: number,
  maxLabels: number,
) {
  const labels: (TimelineLabel & { lane: number })[] = [];
  const rowsUsed = laneNames.map(() => 0);
  const perLane = LABEL_ROWS + 1;
  const ABOVE = LABEL_ROWS;
  const rows = Array.from({ length: laneNames.length * perLane }, () => new Uint8Array(width + 1));
  const gap = 6;
  const free = (row: Uint8Array, a: number, b: number) => {
    for (let i = Math.max(0, a); i <= Math.min(width, b); i++) if (row[i]) return false;
    return true;
  };
  const take = (row: Uint8Array, a: number, b: number) => row.fill(1, Math.max(0, a), Math.min(width, b) + 1);
  // The row above the marks already holds the lane's name (bold, so a little wider a character).
  laneNames.forEach((name, i) => take(rows[i * perLane + ABOVE]!, 0, LANE_NAME_X + Math.ceil(name.length * 7.5) + 8));
  const below = Array.from({ length: LABEL_ROWS }, (_, i) => i);
  const pointOrder = [...below, ABOVE];
  const spanOrder = [ABOVE, ...below];

  const tryAt = (item: TimelineItem, text: string, w: number, leaderX: number, r: number) => {
    const left = Math.round(Math.min(Math.max(0, leaderX - 1), width - w));
    const row = rows[item.lane * perLane + r]!;
    if (!free(row, left - gap, left + w + gap)) return false;
    const crossed = r === ABOVE ? [] : below.slice(0, r);
    if (!crossed.every((c) => free(rows[item.lane * perLane + c]!, leaderX - 1, leaderX + 1))) return false;
    take(row, left, left + w);
    for (const c of crossed) take(rows[item.lane * perLane + c]!, leaderX - 1, leaderX + 1);
    if (r !== ABOVE) rowsUsed[item.lane] = Math.max(rowsUsed[item.lane]!, r + 1);
    const top = r === ABOVE ? 2 : LANE_HEADING + bands[item.lane]! + r * LABEL_ROW;
    const cy = relativeCy(item);
    const reach = item.span ? 4 : 7;
    labels.push({
      id: item.id,
      lane: item.lane,
      text,
      x: left,
      y: top,
      width: w,
      height: LABEL_HEIGHT,
      baseline: top + 11,
      leaderX,
      leaderY1: r === ABOVE ? cy - reach : cy + reach,
      leaderY2: r === ABOVE ? top + LABEL_HEIGHT : top,
      highlighted: item.highlighted,
    });
    return true;
  };
  const place = (item: TimelineItem, text: string) => {
    if (labels.length >= maxLabels) return;
    const w = Math.ceil(text.length * CHAR_WIDTH) + 4;
    if (w > width - 2) return;
    // A point is labelled at its mark; a span anywhere along its bar (at most 12 places, so
    // still linear), trying each row along the whole bar before the next row.
    const anchors = [Math.round(item.x)];
    if (item.span)
      for (let a = item.x + 30; a < item.x2 - 4 && anchors.length < 12; a += 30) anchors.push(Math.round(a));
    for (const r of item.span ? spanOrder : pointOrder)
      for (const anchor of anchors) if (tryAt(item, text, w, anchor, r)) return;
  };
  // Highlighted events first, then the deaths; then spans, which can move along their
  // bars to make room; then the rest.
  const passes: ((item: TimelineItem) => boolean)[] = [
    (i) => i.highlighted,
    (i) => !i.highlighted && !i.span && i.category === 'death',
    (i) => !i.highlighted && i.span,
    (i) => !i.highlighted && !i.span && i.category !== 'death',
  ];
  for (const pass of passes)
    for (let i = items.length - 1; i >= 0; i--) if (pass(items[i]!)) place(items[i]!, texts[i]!);
  return { labels, rowsUsed };
}

/** True when two label boxes overlap (touching edges do not). */
export function boxesIntersect(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
