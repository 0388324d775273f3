/**
 * What the events and the reader's choices decide, whatever the width: the events shown,
 * in reading order, with their dates parsed, each police failure's number, the counts the
 * legend shows, and the focus span. Pure: no DOM, no window; tests call it directly.
 */
import { parseIsoDate } from '../data/dates.js';
import { orderEvents } from '../data/event-order.js';
import type { EventCategory, TimelineEvent, TimelineFocus } from '../data/types.js';
import { EVENT_CATEGORIES } from '../data/validate.js';

export interface TimelineOptions {
  /** Categories shown; null or undefined shows all. */
  categories?: ReadonlySet<EventCategory> | null;
  /** The range shown, in ms (UTC); events that touch it are kept. */
  from?: number | null;
  to?: number | null;
  /** Ids of events the page asks to emphasise: labelled first, and among the phone's highlights. */
  highlight?: ReadonlySet<string>;
  /** The dataset's focus span, if any. */
  focus?: TimelineFocus | null;
}

/** One event, its dates parsed. */
export interface TimelineItem {
  event: TimelineEvent;
  id: string;
  category: EventCategory;
  /**
   * Where the event sits in time, ms: the day itself, or the middle of the month or year
   * a less precise date can mean; for a span, the first day its start can mean.
   */
  start: number;
  /** The last day a span's end can mean; `start` for a point. */
  end: number;
  /** The whole period the date can mean (a month, a year), for the precision line. */
  lo: number;
  hi: number;
  span: boolean;
  /** The date is given to the day. */
  precise: boolean;
  year: number;
  /** First item of its year in reading order (the list shows the year there). */
  newYear: boolean;
  /** One of the highlights: the data's `key`, or named by the page's `highlight`. */
  key: boolean;
  /** Named by the page's `highlight` attribute: drawn larger. */
  highlighted: boolean;
  /** A police failure's number, 1, 2, … in the reading order of the whole data (stable under filters). */
  number: number | null;
  /** The editor's short label, else the title: never cut. */
  label: string;
}

/** The focus span in ms, with its label. */
export interface FocusSpan {
  label: string;
  start: number;
  end: number;
  /** First and last years, for the "Show 2014–2015" toggle. */
  fromYear: number;
  toYear: number;
}

export interface TimelineSelection {
  /** The events shown, in reading order. */
  items: TimelineItem[];
  /** Events in the data, whatever is shown. */
  total: number;
  /** Events per category inside the range, ignoring the category filter (the legend's counts). */
  counts: Record<EventCategory, number>;
  /** The categories the data uses, in schema order: the legend, stable whatever is filtered. */
  present: EventCategory[];
  focus: FocusSpan | null;
  /** True when the category filter or the range hides any event. */
  filtered: boolean;
}

/** Unknown or unparsable focus gives null: a timeline without a focus treats every year alike. */
export function focusSpan(focus: TimelineFocus | null | undefined): FocusSpan | null {
  if (!focus) return null;
  const from = parseIsoDate(focus.from);
  const to = parseIsoDate(focus.to);
  if (!from || !to || to.end < from.start) return null;
  return { label: focus.label, start: from.start, end: to.end, fromYear: from.year, toYear: to.year };
}

function emptyCounts(): Record<EventCategory, number> {
  return Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, 0])) as Record<EventCategory, number>;
}

/** Filters, parses and orders the events. Linear after one sort. */
export function timelineSelection(events: readonly TimelineEvent[], options: TimelineOptions = {}): TimelineSelection {
  const highlight = options.highlight ?? new Set<string>();
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  const counts = emptyCounts();
  const used = new Set<EventCategory>();
  const items: TimelineItem[] = [];
  let failures = 0;
  let year = NaN;
  // In reading order before filtering, so numbers and an `after` hold whatever is shown.
  for (const event of orderEvents(events)) {
    const date = parseIsoDate(event.date);
    if (!date) continue; // validate() has already refused it; be safe for direct callers
    used.add(event.category);
    const number = event.category === 'police-failure' ? ++failures : null;
    const endDate = event.end ? parseIsoDate(event.end) : null;
    const start = endDate ? date.start : Math.round((date.start + date.end) / 2);
    const end = endDate ? Math.max(date.start, endDate.end) : start;
    const hi = Math.max(end, date.end);
    if (hi < from || date.start > to) continue;
    counts[event.category] += 1;
    if (options.categories && !options.categories.has(event.category)) continue;
    items.push({
      event,
      id: event.id,
      category: event.category,
      start,
      end,
      lo: date.start,
      hi,
      span: Boolean(endDate),
      precise: date.precision === 'day' && (!endDate || endDate.precision === 'day'),
      year: date.year,
      newYear: date.year !== year,
      key: Boolean(event.key) || highlight.has(event.id),
      highlighted: highlight.has(event.id),
      number,
      label: event.shortTitle ?? event.title,
    });
    year = date.year;
  }
  return {
    items,
    total: events.length,
    counts,
    present: EVENT_CATEGORIES.filter((c) => used.has(c)),
    focus: focusSpan(options.focus),
    filtered: items.length < events.length,
  };
}
