/**
 * The order a reader meets the events in: the timeline's list, its chart's keyboard order
 * and its table. Where they are drawn in time is a separate matter (the layout's).
 *
 * 1. By date. A date known only to the month or the year sorts after every event dated to
 *    a day within that month or year: a failure "in August 2014" is read after the death
 *    of 28 August 2014 that it followed, not before it. A span sorts by its start, by the
 *    same rule.
 * 2. On the same date, by category in the schema's order (a death before what followed
 *    it on the same day), then as the data lists them.
 * 3. `after` overrides the date: the event is read directly after the event it names (after
 *    any event listed before it in the data that names the same one), for what the sources
 *    place after another event but date only roughly. An `after` naming an event that is
 *    not in the list, or that leads round in a circle, is ignored.
 */
import { parseIsoDate, type ParsedDate } from './dates.js';
import type { EventCategory, TimelineEvent } from './types.js';
import { EVENT_CATEGORIES } from './event-categories.js';

type Orderable = Pick<TimelineEvent, 'id' | 'date' | 'category' | 'after'>;

const CATEGORY_ORDER = new Map<EventCategory, number>(EVENT_CATEGORIES.map((c, i) => [c, i]));
const PRECISION_ORDER = { day: 0, month: 1, year: 2 } as const;

/** The sort key of a date under rule 1: its last day, then day before month before year. */
function dateKey(date: ParsedDate): [number, number] {
  return date.precision === 'day' ? [date.start, 0] : [date.end, PRECISION_ORDER[date.precision]];
}

/** `events` in reading order (a new array; events with a date that does not parse go last). */
export function orderEvents<T extends Orderable>(events: readonly T[]): T[] {
  const keyed = events.map((event, index) => {
    const date = parseIsoDate(event.date);
    const [time, precision] = date ? dateKey(date) : [Infinity, 3];
    return { event, index, time, precision, category: CATEGORY_ORDER.get(event.category) ?? CATEGORY_ORDER.size };
  });
  keyed.sort((a, b) => a.time - b.time || a.precision - b.precision || a.category - b.category || a.index - b.index);

  const byId = new Map(events.map((e) => [e.id, e]));
  /** True when following `after` from this event reaches an event in the list without a circle. */
  const anchored = (event: T): boolean => {
    const seen = new Set<string>([event.id]);
    for (let next = event.after; next !== undefined; next = byId.get(next)?.after) {
      if (seen.has(next) || !byId.has(next)) return false;
      seen.add(next);
    }
    return event.after !== undefined;
  };
  const followers = new Map<string, T[]>();
  for (const e of events) {
    if (!anchored(e)) continue;
    let list = followers.get(e.after!);
    if (!list) followers.set(e.after!, (list = []));
    list.push(e);
  }
  const out: T[] = [];
  const emit = (event: T) => {
    out.push(event);
    for (const next of followers.get(event.id) ?? []) emit(next);
  };
  for (const { event } of keyed) if (!anchored(event)) emit(event);
  return out;
}
