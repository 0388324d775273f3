/**
 * Pure layout for <officer-outcomes>: the geometry only SVG needs. No DOM, no window.
 *
 * The graphic has two steps (the original investigation, the re-investigation). A step
 * is one or more blocks (one per finding; the re-investigation is one block), and a
 * block draws its groups' units in slots: one slot per officer, one empty slot between
 * two groups, and one dashed slot for a group of none. When the whole original
 * investigation fits on one line with units at least MIN_LINE_UNIT px, it is drawn so
 * (the blocks side by side: "one row of the 17"); otherwise each block takes the full
 * width and its slots wrap into lines. Text (labels, facts, notes) is HTML laid out by
 * CSS around these drawings.
 */
import { range } from 'd3-array';
import { scaleBand, type ScaleBand } from 'd3-scale';
import type { OfficerFinding, OfficerGroup, OfficerInvestigation, OfficerOutcome } from '../data/types.js';

/** The look of a unit: solid, hatched and outlined squares; filled and outlined circles. */
export type UnitMark = 'feedback' | 'procedures' | 'no-case' | 'from-original' | 'new';

export interface GroupLayout {
  /** The group id, or `from-original` / `new` for the re-investigation. */
  key: string;
  mark: UnitMark;
  count: number;
  /** The data group (original investigation only). */
  group: OfficerGroup | null;
  /** The position of its first officer among its step's officers (the keyboard order). */
  first: number;
  /** Its first slot in its block. */
  slot: number;
  /**
   * The area its units fill, in the block's pixels: one rectangle per run of slots on a
   * line (full lines merged). The element fills it with a pattern of one unit, so the
   * markup is the same for 7 officers as for 1,000. Empty for a group of none.
   */
  area: string;
}

export interface BlockLayout {
  key: OfficerFinding | 'reinvestigation';
  count: number;
  groups: GroupLayout[];
  /** Slots per line, and lines. */
  cols: number;
  lines: number;
  /** Size of the block's drawing, px. */
  width: number;
  height: number;
  /** Where the drawing starts in its step's line, px (0 when wrapped: each block has a line of its own). */
  x: number;
}

export interface StepLayout {
  blocks: BlockLayout[];
  /** Officers in the step. */
  total: number;
  /** Width of its drawings side by side (one line) or of the widest (wrapped), px. */
  width: number;
}

export interface OfficerOutcomesLayout {
  width: number;
  /** True when the original investigation is drawn as one line of units, its blocks side by side. */
  oneLine: boolean;
  /** Side of a unit, the space between two, and their sum, px. */
  unit: number;
  gap: number;
  pitch: number;
  /** Space between blocks side by side, px (BLOCK_GAP_SLOTS slots). */
  blockGap: number;
  original: StepLayout;
  reinvestigation: StepLayout;
}

/** Largest unit side on one line, px. */
const MAX_UNIT = 32;
/** Smallest unit side for the one-line drawing, px; below it, blocks wrap. */
const MIN_LINE_UNIT = 10;

export const FINDING_ORDER: readonly OfficerFinding[] = ['performance-failings', 'no-case-to-answer'];

const MARK_OF: Record<OfficerOutcome, UnitMark> = {
  'management-feedback': 'feedback',
  'unsatisfactory-performance-procedures': 'procedures',
  'no-action': 'no-case',
};

/**
 * Space between blocks side by side, in slots: wider than the one empty slot between two
 * groups of a block, so the findings read as apart and the outcomes within one as together.
 */
export const BLOCK_GAP_SLOTS = 1.5;

/** Space between two units: 2 px, 1 px for small units. */
export function gapFor(unit: number): number {
  return unit >= 12 ? 2 : 1;
}

/**
 * Wrapped drawings: units shrink as the count grows, so 1,000 officers still fit a phone
 * screen or two; never under `minUnit` px, where a unit is no longer a mark.
 */
export function unitSize(total: number, maxUnit = 22, minUnit = 5): number {
  if (total <= 60) return maxUnit;
  return Math.max(minUnit, Math.min(maxUnit, Math.floor(maxUnit * Math.sqrt(60 / total))));
}

/** Slots a block takes: one per officer, one for a group of none, one between groups (one for no group at all). */
export function slotsFor(counts: readonly number[]): number {
  return Math.max(1, counts.reduce((sum, n) => sum + Math.max(1, n), 0) + counts.length - 1);
}

/**
 * `n` equal bands `pitch` apart with `gap` between them: where slot column (or line) `i`
 * starts, `bands(n)(i)`, and its side, `bandwidth()` (the unit).
 */
export function bands(n: number, pitch: number, gap: number): ScaleBand<number> {
  // The trailing gap is in the range and an outer padding of half a gap balances the inner
  // one, so the step is exactly `pitch` for any n, 1 included (d3 divides by max(1, n − inner
  // + 2 × outer)); aligned left, the first band starts at 0.
  return scaleBand<number>()
    .domain(range(n))
    .range([0, n * pitch])
    .paddingInner(gap / pitch)
    .paddingOuter(gap / pitch / 2)
    .align(0);
}

/** The rectangles a run of `count` slots from `start` covers, `cols` to a line, as a path. */
export function runArea(start: number, count: number, cols: number, pitch: number): string {
  let path = '';
  const end = start + count;
  const rect = (x: number, y: number, w: number, h: number) => {
    path += `M${x * pitch},${y * pitch}h${w * pitch}v${h * pitch}h${-w * pitch}z`;
  };
  for (let i = start; i < end;) {
    const line = Math.floor(i / cols);
    const col = i % cols;
    const full = col === 0 ? Math.floor((end - i) / cols) : 0;
    if (full > 0) {
      rect(0, line, cols, full);
      i += full * cols;
    } else {
      const stop = Math.min(end, (line + 1) * cols);
      rect(col, line, stop - i, 1);
      i = stop;
    }
  }
  return path;
}

function blockLayout(
  key: BlockLayout['key'],
  members: { key: string; mark: UnitMark; count: number; group: OfficerGroup | null }[],
  cols: number,
  pitch: number,
  gap: number,
  first: number,
): BlockLayout {
  let slot = 0;
  const groups = members.map((m): GroupLayout => {
    const g = { ...m, first, slot, area: m.count > 0 ? runArea(slot, m.count, cols, pitch) : '' };
    first += m.count;
    slot += Math.max(1, m.count) + 1;
    return g;
  });
  const slots = Math.max(1, slot - 1);
  const used = Math.min(cols, slots);
  const lines = Math.ceil(slots / cols);
  const count = members.reduce((sum, m) => sum + m.count, 0);
  return { key, count, groups, cols: used, lines, width: used * pitch - gap, height: lines * pitch - gap, x: 0 };
}

export function officerOutcomesLayout(officers: OfficerInvestigation, size: { width: number }): OfficerOutcomesLayout {
  const width = Math.max(0, Math.floor(size.width));

  const findings = FINDING_ORDER.map((finding) => ({
    finding,
    members: officers.groups
      .filter((g) => g.finding === finding)
      .map((g) => ({ key: g.id, mark: MARK_OF[g.outcome], count: g.count, group: g })),
  }));
  const r = officers.reinvestigation;
  const fromOriginal = Math.min(r.fromOriginal, r.officers);
  const reMembers = [
    { key: 'from-original', mark: 'from-original' as const, count: fromOriginal, group: null },
    { key: 'new', mark: 'new' as const, count: r.officers - fromOriginal, group: null },
  ];

  // One line: each step's slots and the gaps between its blocks in the width. A block of s
  // slots is s pitches less one gap wide, so n blocks fit when
  // pitch * (slots + BLOCK_GAP_SLOTS * (n - 1)) <= width + n * gap.
  const lineSlots = (blocks: number[][]) => ({
    slots: blocks.reduce((s, b) => s + slotsFor(b), 0) + BLOCK_GAP_SLOTS * (blocks.length - 1),
    n: blocks.length,
  });
  const steps = [
    lineSlots(findings.map((f) => f.members.map((m) => m.count))),
    lineSlots([reMembers.map((m) => m.count)]),
  ];
  const fit = (gap: number) => Math.min(...steps.map(({ slots, n }) => Math.floor((width + gap * n) / slots) - gap));
  // Units under 12 px have a 1 px gap (gapFor), which leaves room for a little more unit.
  let unit = Math.min(MAX_UNIT, fit(2));
  if (unit < 12) unit = Math.min(11, fit(1));
  const oneLine = unit >= MIN_LINE_UNIT;
  if (!oneLine) {
    const total = officers.groups.reduce((sum, g) => sum + g.count, 0) + r.officers;
    unit = unitSize(total);
  }
  const gap = gapFor(unit);
  const pitch = unit + gap;
  const blockGap = Math.floor(BLOCK_GAP_SLOTS * pitch);
  // Wrapped: each block has the whole width (at least one slot).
  const wrapCols = Math.max(1, Math.floor((width + gap) / pitch));

  let first = 0;
  const originalBlocks = findings.map((f) => {
    const cols = oneLine ? slotsFor(f.members.map((m) => m.count)) : wrapCols;
    const block = blockLayout(f.finding, f.members, cols, pitch, gap, first);
    first += block.count;
    return block;
  });
  const reCols = oneLine ? slotsFor(reMembers.map((m) => m.count)) : wrapCols;
  const reBlock = blockLayout('reinvestigation', reMembers, reCols, pitch, gap, 0);

  const step = (blocks: BlockLayout[], total: number): StepLayout => {
    let x = 0;
    for (const b of blocks) {
      if (oneLine) b.x = x;
      x += b.width + blockGap;
    }
    return { blocks, total, width: oneLine ? x - blockGap : Math.max(...blocks.map((b) => b.width)) };
  };
  return {
    width,
    oneLine,
    unit,
    gap,
    pitch,
    blockGap,
    original: step(originalBlocks, first),
    reinvestigation: step([reBlock], reBlock.count),
  };
}

/** Where an officer of a step is drawn: its block, group, place in the group and slot. */
export interface UnitPlace {
  block: BlockLayout;
  group: GroupLayout;
  indexInGroup: number;
  slot: number;
}

/** The place of officer `index` (keyboard order) of a step, or null outside it. */
export function locateUnit(step: StepLayout, index: number): UnitPlace | null {
  for (const block of step.blocks)
    for (const group of block.groups)
      if (index >= group.first && index < group.first + group.count) {
        const indexInGroup = index - group.first;
        return { block, group, indexInGroup, slot: group.slot + indexInGroup };
      }
  return null;
}

/**
 * A slot's box in its block, as CSS percentages of the block's drawing (to 0.01%), for HTML
 * laid over it: the active option's ring and the one under the pointer.
 */
export function slotBox(
  block: BlockLayout,
  slot: number,
  pitch: number,
  gap: number,
): { left: string; top: string; width: string; height: string } {
  const x = bands(block.cols, pitch, gap);
  const y = bands(block.lines, pitch, gap);
  const pct = (v: number, of: number) => `${Math.round((10_000 * v) / of) / 100}%`;
  return {
    left: pct(x(slot % block.cols)!, block.width),
    top: pct(y(Math.floor(slot / block.cols))!, block.height),
    width: pct(x.bandwidth(), block.width),
    height: pct(y.bandwidth(), block.height),
  };
}

/** A zero group's dashed slot: its top-left corner in the block, px. */
export function slotPoint(block: BlockLayout, slot: number, pitch: number, gap: number): { x: number; y: number } {
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    x: round(bands(block.cols, pitch, gap)(slot % block.cols)!),
    y: round(bands(block.lines, pitch, gap)(Math.floor(slot / block.cols))!),
  };
}
