/**
 * The arrangement of <recommendation-status>, apart from what it says: which columns the
 * matrix draws and how each cell is marked, and which slice of the list a page shows.
 *
 * No pixels: the matrix is text in a CSS grid, and container queries switch between the
 * phone and wide arrangements (design.md §7, "Let CSS decide what it can"). Nothing here
 * encodes a number as a length, so there is no scale (and no d3-scale) to build.
 */
import type { Column, ListSet, SetModel } from './recommendation-status.model.js';
import type { PageWindow, PagerOptions } from '../shared/pager.js';
import { COLUMN_ORDER, CORE_COLUMNS, PAGE_SIZE } from './recommendation-status.model.js';

/**
 * How a cell is marked. Only evidence of completion is emphasised ("verified done" with a
 * count); a zero is written and quiet; nothing else is coloured.
 */
export type CellMark = 'evidence' | 'count' | 'zero';

export interface MatrixCell {
  column: Column;
  count: number;
  mark: CellMark;
}

export interface MatrixRow {
  model: SetModel;
  cells: MatrixCell[];
}

export interface MatrixLayout {
  /** The core four always (explicit zeros), the others only where some body has one. */
  columns: Column[];
  rows: MatrixRow[];
}

export function cellMark(column: Column, count: number): CellMark {
  if (count === 0) return 'zero';
  return column === 'verified' ? 'evidence' : 'count';
}

/** The matrix for these sets: one row per body that counts anything, in the data's order. */
export function matrixLayout(sets: readonly SetModel[]): MatrixLayout {
  const rows = sets.filter((s) => s.total > 0);
  const columns = COLUMN_ORDER.filter((c) => CORE_COLUMNS.includes(c) || rows.some((s) => s.counts[c] > 0));
  return {
    columns,
    rows: rows.map((model) => ({
      model,
      cells: columns.map((column) => ({
        column,
        count: model.counts[column],
        mark: cellMark(column, model.counts[column]),
      })),
    })),
  };
}

/**
 * How the list pages (the shared pager, src/shared/pager.ts): PAGE_SIZE texts at a time, all
 * of them up to one page, and each page replacing the last, as the frame's table pages.
 */
export const LIST_PAGER: PagerOptions = { page: PAGE_SIZE, all: PAGE_SIZE, keep: 1 };

/**
 * The list's sets cut to a page of texts, counted across sets in order: only the sets with
 * a text on this page. (The one-line counts of texts not listed are shown apart, whole.)
 */
export function pageOfList(sets: readonly ListSet[], page: PageWindow): ListSet[] {
  const out: ListSet[] = [];
  let at = 0;
  for (const s of sets) {
    const items = s.items.slice(Math.max(0, page.start - at), Math.max(0, page.end - at));
    at += s.items.length;
    if (items.length) out.push(items.length === s.items.length ? s : { ...s, items });
  }
  return out;
}
