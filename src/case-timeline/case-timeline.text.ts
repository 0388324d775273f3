/**
 * The timeline's words computed from the data: the summary (the accessible description,
 * and visible text where the page asks), the notes and the as-of line. Each follows what is
 * shown, so a filtered timeline never describes events it does not show. Pure.
 */
import { formatDate, parseIsoDate, type ParsedDate } from '../data/dates.js';
import { orderEvents } from '../data/event-order.js';
import type { EventCategory, Source, TimelineEvent } from '../data/types.js';
import { EVENT_CATEGORIES } from '../data/validate.js';
import { asOfNote, sourcesCitedBy } from '../shared/citations.js';
import type { TimelineItem, TimelineSelection } from './case-timeline.selection.js';
import { caseTimelineStrings as s, eventDateText, type TimelineWords } from './case-timeline.strings.js';

/** "June 2014" for a day date: the summary speaks at a glance, never more precisely than the source. */
function roughDate(date: ParsedDate): string {
  return formatDate(date.precision === 'day' ? { ...date, precision: 'month' } : date);
}

/**
 * The summary of `events` (those shown, in any order), out of `total` in the data: how many
 * and between when, the deaths and the police failures (in `words`, the data's or the built-in
 * ones). With fewer shown than the data holds, it says so first. It states no length the
 * sources do not (see the strings).
 */
export function summarise(events: readonly TimelineEvent[], words: TimelineWords, total = events.length): string {
  const parsed = events
    .map((event) => ({ event, date: parseIsoDate(event.date)!, end: event.end ? parseIsoDate(event.end) : null }))
    .filter((p) => p.date)
    .sort((a, b) => a.date.start - b.date.start);
  const filtered = parsed.length < total;
  if (parsed.length === 0) return filtered ? s.noEventsShown(total) : s.noEvents;
  const first = parsed[0]!;
  let last = first;
  for (const p of parsed) if ((p.end ?? p.date).end >= (last.end ?? last.date).end) last = p;
  const from = roughDate(first.date);
  const to = roughDate(last.end ?? last.date);
  const sentences = [filtered ? s.overviewShown(parsed.length, total, from, to) : s.overview(parsed.length, from, to)];
  const deaths = parsed.filter((p) => p.event.category === 'death' && !p.end);
  if (deaths.length)
    sentences.push(words.deaths(deaths.length, roughDate(deaths[0]!.date), roughDate(deaths[deaths.length - 1]!.date)));
  // The failures' first and last in reading order: an editor places a failure known only to
  // the year with `after`, so "2014" is not read as the first of them.
  const failures = orderEvents(parsed.filter((p) => p.event.category === 'police-failure').map((p) => p.event));
  if (failures.length)
    sentences.push(
      words.failures(
        failures.length,
        roughDate(parseIsoDate(failures[0]!.date)!),
        roughDate(parseIsoDate(failures[failures.length - 1]!.date)!),
      ),
    );
  // Short: it is the graphic's accessible description, read before the events themselves
  // (the latest entry is the list's last, and the chart's rightmost).
  return sentences.join(' ');
}

/** The latest source date among `sources`, to the month; null when none is dated. */
export function latestSourceDate(sources: readonly Source[]): string | null {
  let latest: ParsedDate | null = null;
  for (const source of sources) {
    const date = source.date ? parseIsoDate(source.date) : null;
    if (date && (!latest || date.start > latest.start)) latest = date;
  }
  return latest ? roughDate(latest) : null;
}

export interface TimelineText {
  summary: string;
  notes: string[];
  /** The sources the shown events cite, in the dataset's order. */
  sources: Source[];
}

/**
 * Summary, notes and sources for a selection. The as-of line is the whole data's (the date of
 * its latest source): a filtered view adds the latest source of its own selection, rather than
 * date the data by whatever the reader chose to see (audit 3.5).
 */
export function timelineText(
  selection: TimelineSelection,
  allEvents: readonly TimelineEvent[],
  sources: readonly Source[],
  shownCategories: ReadonlySet<EventCategory> | null,
  words: TimelineWords,
): TimelineText {
  const items = selection.items;
  const notes: string[] = [];
  if (selection.filtered && selection.total > 0 && shownCategories) {
    const names = EVENT_CATEGORIES.filter((c) => shownCategories.has(c)).map((c) => words.one[c]);
    notes.push(s.showing(items.length, selection.total, names));
  }
  const approximate = items.filter((i) => i.event.approximate).length;
  if (approximate) notes.push(s.approximateNote(approximate));
  else if (items.some((i) => !i.precise)) notes.push(s.precisionNote);
  const shownSources = sourcesCitedBy(
    sources,
    items.flatMap((i) => i.event.citations),
  );
  const allSources = selection.filtered
    ? sourcesCitedBy(
        sources,
        allEvents.flatMap((e) => e.citations),
      )
    : shownSources;
  const selectionDate = latestSourceDate(shownSources);
  const allDate = latestSourceDate(allSources);
  if (selection.filtered && selectionDate && allDate && selectionDate !== allDate)
    notes.push(s.asOfSelection(selectionDate, allDate));
  else {
    const asOf = asOfNote(allSources);
    if (asOf) notes.push(asOf);
  }
  return {
    summary: summarise(
      items.map((i) => i.event),
      words,
      selection.total,
    ),
    notes,
    sources: shownSources,
  };
}

/**
 * The table view's rows: what is shown, in reading order. `description` gives an event's
 * description (the bundled ones arrive a moment after the graphic).
 */
export function tableRows(
  items: readonly TimelineItem[],
  sourceNames: (e: TimelineEvent) => string,
  words: TimelineWords,
  description: (item: TimelineItem) => string = (i) => i.event.description,
): string[][] {
  return items.map((i) => [
    eventDateText(i.event),
    words.one[i.category],
    i.number === null ? i.event.title : `${words.failureNumber(i.number)}: ${i.event.title}`,
    description(i),
    sourceNames(i.event),
  ]);
}
