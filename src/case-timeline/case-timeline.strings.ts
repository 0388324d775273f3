/**
 * The timeline's own interface words and the date wording it builds from the data.
 * One object, like `strings` in src/shared, so a translation or house style replaces
 * it in one place: `Object.assign(caseTimelineStrings, {...})`.
 */
import type { EventCategory, TimelineEvent } from '../data/types.js';
import { exactDuration, formatDate, parseIsoDate } from '../data/dates.js';
import { formatCount } from '../shared/numbers.js';

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

export const caseTimelineStrings = {
  heading: 'Stephen Port case: timeline',
  categories: {
    death: 'Death',
    'police-failure': 'Police failure',
    family: 'Family concern',
    justice: 'Justice',
    watchdog: 'Watchdog',
    inquest: 'Inquest',
    inspection: 'Inspection',
    response: 'Response',
  } satisfies Record<EventCategory, string>,
  about: 'about',
  dateRange: (from: string, to: string) => `${from} to ${to}`,
  events: 'Events',
  filterLabel: 'Show events by category',
  rangeLabel: 'Years shown',
  rangeFrom: 'From',
  rangeTo: 'To',
  reset: 'Show everything',
  eventCount: (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`,
  /** A long list's label (also the line under it, and what a page press announces), and its buttons. */
  listRange: (from: number, to: number, total: number) =>
    `Events ${formatCount(from)} to ${formatCount(to)} of ${formatCount(total)}`,
  showNext: (n: number) => `Show the next ${caseTimelineStrings.eventCount(n)}`,
  showPrevious: (n: number) => `Show the previous ${caseTimelineStrings.eventCount(n)}`,
  legend: 'Key',
  legendSpan: 'Bar: something that lasted',
  legendPrecision: 'Thin line: a date known only to the month or year',
  legendApproximate: 'Dashed ring: approximate date',
  legendHighlight: 'Larger mark, bold label: highlighted',
  keyHint: 'Arrow keys move between events, Enter opens one.',
  pointerHint: 'Select an event to read it and its sources.',
  highlighted: 'highlighted',
  detailLabel: (title: string) => `Details: ${title}`,
  close: 'Close',
  victim: (name: string, age: number, place: string) => `${name}, aged ${age}. Where he was found: ${place}.`,
  note: 'Note',
  sourcesHeading: 'Sources',
  quote: 'Quote',
  missingSource: (id: string) => `(source “${id}” is not in the data)`,
  empty: 'The data has no events to show.',
  emptyFiltered: 'No events match this selection. Choose more categories or a wider range of years.',
  showing: (shown: number, total: number, categories: readonly string[], canChange: boolean) =>
    `Showing ${formatCount(shown)} of ${formatCount(total)} events${categories.length ? ` (${listText(categories)})` : ''}.` +
    (canChange ? ' The category buttons and years above change the selection.' : ''),
  unlabelled: 'Not every event is labelled on the chart where they crowd together; select any mark to read it.',
  approximateNote: (n: number) =>
    `${formatCount(n)} ${n === 1 ? 'date is' : 'dates are'} marked “about”: the sources give ${n === 1 ? 'it' : 'them'} only roughly or disagree.`,
  precisionNote: 'Dates are given only as precisely as the sources give them (day, month or year).',
  tableCaption: 'Timeline events',
  columns: ['Date', 'Category', 'Event', 'Description', 'Sources'],
  /** "Four", "Twelve": words up to ten, then figures, as house style has it. */
  count: (n: number) => (n <= 10 ? NUMBER_WORDS[n]! : String(n)),
  // No length in months: the sources disagree on it (16 months, over 15 months), and the
  // data records that rather than settle it.
  deaths: (n: number, from: string, to: string) =>
    n === 1 ? `One man was killed in ${from}.` : `${NUMBER_WORDS[n] ?? n} men were killed between ${from} and ${to}.`,
  /** A later entry as a chronology line: "27 April 2023: HMICFRS report…". */
  dated: (when: string, title: string) => `${when}: ${title}.`,
  latest: (when: string, title: string) => `${when}, the latest entry: ${title}.`,
  overview: (n: number, from: string, to: string) =>
    n === 1
      ? `The timeline has one event, in ${from}.`
      : `The timeline has ${formatCount(n)} events, from ${from} to ${to}.`,
  noEvents: 'The timeline has no events.',
  /** An exact length: "2 months and 5 days", "1 year, 2 months and 26 days". */
  duration: (months: number, days: number) => {
    const years = Math.floor(months / 12);
    const parts = [
      [years, 'year', 'years'],
      [months % 12, 'month', 'months'],
      [days, 'day', 'days'],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, one, many]) => `${formatCount(n as number)} ${n === 1 ? one : many}`);
    if (parts.length === 0) return 'the same day';
    return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  },
};

export type CaseTimelineStrings = typeof caseTimelineStrings;

/** "A", "A and B", "A, B and C". */
function listText(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * An event's date in words at its precision: "19 June 2014", "about June 2014",
 * "June 2014 to September 2015". Never more precise than the source.
 */
export function eventDateText(event: Pick<TimelineEvent, 'date' | 'end' | 'approximate'>): string {
  const s = caseTimelineStrings;
  const start = formatDate(event.date);
  const text = event.end ? s.dateRange(start, formatDate(event.end)) : start;
  return event.approximate ? `${s.about} ${text}` : text;
}

/**
 * The span's length in words ("2 months and 5 days") when both its ends are exact days;
 * empty otherwise: "October 2015 to August 2018" can be 33 to 35 months, and where the
 * sources give a length of their own they disagree, so none is made up here.
 */
export function spanLengthText(event: Pick<TimelineEvent, 'date' | 'end'>): string {
  const from = parseIsoDate(event.date);
  const to = event.end ? parseIsoDate(event.end) : null;
  const length = from && to ? exactDuration(from, to) : null;
  return length ? caseTimelineStrings.duration(length.months, length.days) : '';
}
