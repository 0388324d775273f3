/**
 * Pure layout for <officer-outcomes>: where every officer's unit goes, given the
 * data and the element's width. No DOM, no window: numbers and path strings only.
 *
 * The graphic is built from blocks (one per finding, plus one for the
 * re-investigation); each block stacks its groups, and each group is a grid of
 * equal units, one per officer. Blocks sit side by side when there is room and
 * stack when narrow. Text (labels, figures, notes) is HTML and wraps by itself,
 * so only the unit grids need measuring here.
 */
import type { OfficerFinding, OfficerGroup, OfficerInvestigation, OfficerOutcome } from '../data/types.js';

/** The visual encoding of a unit: colour plus a second channel (fill, hatch, outline, shape). */
export type UnitMark = 'feedback' | 'procedures' | 'no-case' | 'from-original' | 'new';

export interface Point {
  x: number;
  y: number;
}

export interface UnitGrid {
  /** Side of one unit, px. */
  size: number;
  /** Unit plus gap, px: the distance between neighbouring units. */
  pitch: number;
  cols: number;
  rows: number;
  /** Size of the group's drawing, px (a zero group keeps one empty slot). */
  width: number;
  height: number;
}

export interface GroupLayout {
  /** The group id, or `reinvestigation-from-original` / `reinvestigation-new`. */
  key: string;
  step: 'original' | 'reinvestigation';
  mark: UnitMark;
  count: number;
  /** The data group (original investigation only). */
  group: OfficerGroup | null;
  /** Position of this group's first unit in the keyboard order of all units. */
  first: number;
  /** How many units of the same step come before this group (for "Officer 3 of 17"). */
  offsetInStep: number;
  grid: UnitGrid;
  /** Top-left corner of each unit; empty when `dense` (then `path` holds them all). */
  units: Point[];
  /**
   * Dense drawings only: the area the group's units fill (unitsArea), which the element
   * fills with a pattern of one unit; '' when each unit is drawn on its own.
   */
  path: string;
  /** Where the "some of these have a note" marker goes: the slot after the last unit. */
  marker: Point | null;
}

export interface BlockLayout {
  key: OfficerFinding | 'reinvestigation';
  count: number;
  groups: GroupLayout[];
  /** Width of the widest unit grid in the block: what a bracket under "these N" spans. */
  span: number;
}

export type Arrangement = 'row' | 'columns' | 'stack';

export interface OfficerOutcomesLayout {
  width: number;
  /** `row`: both steps side by side; `columns`: the findings side by side, re-investigation below; `stack`: one column. */
  arrangement: Arrangement;
  /** Width available to each block's unit grids, px. */
  blockWidth: number;
  gutter: number;
  /** True when each group's units are drawn as one area filled with a pattern of one unit, instead of one node each. */
  dense: boolean;
  unit: number;
  gap: number;
  original: BlockLayout[];
  reinvestigation: BlockLayout;
  /** Every group in keyboard order: original blocks first, then the re-investigation. */
  groups: GroupLayout[];
  /** Total units in keyboard order. */
  total: number;
}

export interface LayoutOptions {
  /** Largest unit side, px (default 22). */
  maxUnit?: number;
  /** Smallest unit side, px (default 5): below this a unit is no longer a mark one can point at. */
  minUnit?: number;
  /** Groups with more units than this are drawn as one path (default 60). */
  denseAbove?: number;
}

export const FINDING_ORDER: readonly OfficerFinding[] = ['performance-failings', 'no-case-to-answer'];

const MARK_OF: Record<OfficerOutcome, UnitMark> = {
  'management-feedback': 'feedback',
  'unsatisfactory-performance-procedures': 'procedures',
  'no-action': 'no-case',
};

/** Element widths at which the arrangement changes, px. */
export const BREAKPOINTS = { columns: 560, row: 960 } as const;

/** Units shrink as the count grows so that 500 officers still fit a phone screen or two. */
export function unitSize(total: number, maxUnit = 22, minUnit = 5): number {
  if (total <= 60) return maxUnit;
  return Math.max(minUnit, Math.min(maxUnit, Math.floor(maxUnit * Math.sqrt(60 / total))));
}

/** The grid a group of `count` units takes in `width` px (one more slot when a marker follows). */
export function unitGrid(count: number, width: number, size: number, gap: number, withMarker = false): UnitGrid {
  const pitch = size + gap;
  const cols = Math.max(1, Math.floor((Math.max(width, size) + gap) / pitch));
  const slots = Math.max(1, count + (withMarker ? 1 : 0));
  const rows = Math.ceil(slots / cols);
  const used = Math.min(slots, cols);
  return { size, pitch, cols, rows, width: used * pitch - gap, height: rows * pitch - gap };
}

/** Top-left corner of slot `i` of a grid. */
export function slot(grid: UnitGrid, i: number): Point {
  return { x: (i % grid.cols) * grid.pitch, y: Math.floor(i / grid.cols) * grid.pitch };
}

/** The unit under a point in a group's drawing (gaps count as the unit before them), or -1. */
export function unitAt(grid: UnitGrid, count: number, x: number, y: number): number {
  if (x < 0 || y < 0 || x > grid.width || y > grid.height) return -1;
  const col = Math.min(grid.cols - 1, Math.floor(x / grid.pitch));
  const row = Math.floor(y / grid.pitch);
  const i = row * grid.cols + col;
  return i < count ? i : -1;
}

/**
 * The area a group's units fill, as a path: its full rows as one rectangle, then the
 * units of the last row as another. A dense drawing fills it with a pattern of one unit
 * (the element's `<pattern>`), so its size and the work to draw it are the same for 61
 * officers as for a thousand: one path per unit made a count of a million freeze a page.
 */
export function unitsArea(grid: UnitGrid, count: number): string {
  if (count <= 0) return '';
  const full = Math.floor(count / grid.cols);
  const rest = count % grid.cols;
  const width = grid.cols * grid.pitch;
  const rows = full > 0 ? `M0,0h${width}v${full * grid.pitch}h${-width}z` : '';
  const last = rest > 0 ? `M0,${full * grid.pitch}h${rest * grid.pitch}v${grid.pitch}h${-rest * grid.pitch}z` : '';
  return rows + last;
}

export function officerOutcomesLayout(
  officers: OfficerInvestigation,
  size: { width: number },
  options: LayoutOptions = {},
): OfficerOutcomesLayout {
  const { maxUnit = 22, minUnit = 5, denseAbove = 60 } = options;
  const width = Math.max(0, Math.floor(size.width));
  const gutter = width >= BREAKPOINTS.columns ? 32 : 0;
  const arrangement: Arrangement =
    width >= BREAKPOINTS.row ? 'row' : width >= BREAKPOINTS.columns ? 'columns' : 'stack';
  const across = arrangement === 'row' ? 3 : arrangement === 'columns' ? 2 : 1;
  const blockWidth = Math.max(0, Math.floor((width - gutter * (across - 1)) / across));

  const r = officers.reinvestigation;
  const total = officers.groups.reduce((sum, g) => sum + g.count, 0) + r.officers;
  const unit = unitSize(total, maxUnit, minUnit);
  const gap = Math.max(1, Math.round(unit / 6));
  const dense = officers.groups.some((g) => g.count > denseAbove) || r.officers > denseAbove;

  const groups: GroupLayout[] = [];
  let first = 0;
  let offsetInStep = 0;
  const place = (
    key: string,
    step: GroupLayout['step'],
    mark: UnitMark,
    count: number,
    group: OfficerGroup | null,
  ): GroupLayout => {
    const withMarker = !!group && group.extras.some((x) => x.count > 0);
    const grid = unitGrid(count, blockWidth, unit, gap, withMarker);
    const units = dense ? [] : Array.from({ length: count }, (_, i) => slot(grid, i));
    const layout: GroupLayout = {
      key,
      step,
      mark,
      count,
      group,
      first,
      offsetInStep,
      grid,
      units,
      path: dense ? unitsArea(grid, count) : '',
      marker: withMarker ? slot(grid, count) : null,
    };
    first += count;
    offsetInStep += count;
    groups.push(layout);
    return layout;
  };
  const block = (key: BlockLayout['key'], members: GroupLayout[]): BlockLayout => ({
    key,
    count: members.reduce((sum, g) => sum + g.count, 0),
    groups: members,
    span: members.reduce((max, g) => Math.max(max, g.grid.width), 0),
  });

  const original = FINDING_ORDER.map((finding) =>
    block(
      finding,
      officers.groups
        .filter((g) => g.finding === finding)
        .map((g) => place(g.id, 'original', MARK_OF[g.outcome], g.count, g)),
    ),
  );
  offsetInStep = 0;
  const fromOriginal = Math.min(r.fromOriginal, r.officers);
  const reinvestigation = block('reinvestigation', [
    place('reinvestigation-from-original', 'reinvestigation', 'from-original', fromOriginal, null),
    place('reinvestigation-new', 'reinvestigation', 'new', r.officers - fromOriginal, null),
  ]);

  return { width, arrangement, blockWidth, gutter, dense, unit, gap, original, reinvestigation, groups, total: first };
}

/** The group holding unit `index` (keyboard order) and the unit's place in it. */
export function locateUnit(
  layout: OfficerOutcomesLayout,
  index: number,
): { group: GroupLayout; indexInGroup: number } | null {
  for (const group of layout.groups) {
    if (index >= group.first && index < group.first + group.count) return { group, indexInGroup: index - group.first };
  }
  return null;
}
