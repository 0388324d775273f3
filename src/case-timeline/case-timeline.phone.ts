/**
 * The phone's first view: the highlights in reading order, each death followed by the
 * police failures dated after it and before the next death (a chronological grouping,
 * which the wording never presents as cause), and a marker where a year or more passes
 * between two rows. "Show all" then lists every event. Pure: tests call it directly.
 */
import type { TimelineItem } from './case-timeline.selection.js';

export type PhoneRow =
  | { kind: 'event'; item: TimelineItem }
  /** The failures after `death` and before the next death shown, folded under it. */
  | { kind: 'group'; death: TimelineItem; items: TimelineItem[] }
  /** Whole months between the rows either side: at least 12. */
  | { kind: 'gap'; months: number };

export interface PhoneOutline {
  rows: PhoneRow[];
  /** Events a reader can reach from the outline (rows and folded groups). */
  reachable: number;
}

/**
 * Calendar months from `a` to `b` (ms, UTC), counting a month only once its day is reached:
 * 19 June 2014 to 18 June 2015 is 11.
 */
export function wholeMonths(a: number, b: number): number {
  const x = new Date(a);
  const y = new Date(b);
  const months = (y.getUTCFullYear() - x.getUTCFullYear()) * 12 + y.getUTCMonth() - x.getUTCMonth();
  return months - (y.getUTCDate() < x.getUTCDate() ? 1 : 0);
}

/** The shortest time a date can mean between two rows: from the end of the earlier's period (a span's start) to the start of the later's. */
function gapMonths(earlier: TimelineItem, later: TimelineItem): number {
  return wholeMonths(earlier.span ? earlier.lo : earlier.hi, later.lo);
}

/** The first moment of the month `t` falls in (UTC). */
function monthStart(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/**
 * The outline of `items` (in reading order). Rows: every death and every key event; each
 * death's failures as one group after it; a gap marker between two rows a year or more
 * apart (counted from the end of what an imprecise date can mean, so never overstated).
 * A failure joins a death's group only when it is known to come after that death: its
 * date can mean nothing earlier than the death's month, or the data places it with
 * `after`. A failure known only to the year (or with no death shown before it) is a row
 * of its own, dated as the data dates it, so the grouping never claims an order the
 * sources do not give, and every failure is reachable from the outline.
 */
export function phoneOutline(items: readonly TimelineItem[]): PhoneOutline {
  const rows: PhoneRow[] = [];
  let group: Extract<PhoneRow, { kind: 'group' }> | null = null;
  let last: TimelineItem | null = null;
  let reachable = 0;
  const add = (item: TimelineItem) => {
    if (last) {
      const months = gapMonths(last, item);
      if (months >= 12) rows.push({ kind: 'gap', months });
    }
    rows.push({ kind: 'event', item });
    last = item;
    reachable++;
  };
  for (const item of items) {
    if (item.category === 'death') {
      add(item);
      group = { kind: 'group', death: item, items: [] };
      rows.push(group);
    } else if (
      item.category === 'police-failure' &&
      group &&
      (item.event.after !== undefined || item.lo >= monthStart(group.death.lo))
    ) {
      group.items.push(item);
      reachable++;
    } else if (item.key || item.category === 'police-failure') add(item);
  }
  return { rows: rows.filter((r) => r.kind !== 'group' || r.items.length > 0), reachable };
}
