/**
 * The timeline's own interface words and the date wording it builds from the data.
 * One object, like `strings` in src/shared, so a translation or house style replaces
 * it in one place: `Object.assign(caseTimelineStrings, {...})`.
 */
import type { CaseLabels, EventCategory, TimelineEvent } from '../data/types.js';
import { formatDate, parseIsoDate } from '../data/dates.js';
import { exactDuration, monthsBetween } from '../data/durations.js';
import { EVENT_CATEGORIES } from '../data/validate.js';
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
  /** The chart's lanes and the legend: what each holds, in the plural. */
  lanes: {
    death: 'Deaths',
    'police-failure': 'Police failures',
    family: 'Families’ concerns',
    justice: 'Justice',
    watchdog: 'Watchdog',
    inquest: 'Inquests',
    inspection: 'Inspections',
    response: 'Responses',
  } satisfies Record<EventCategory, string>,
  /** A chart lane's accessible name, from the names of the categories it holds. */
  laneName: (names: readonly string[]) => listText(names),
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  beforeCaption: 'Before',
  afterCaption: 'What followed (compressed)',
  about: 'about',
  dateRange: (from: string, to: string) => `${from} to ${to}`,
  events: 'Events',
  highlights: 'Highlights',
  chartLabel: (n: number) => `Timeline chart, ${caseTimelineStrings.eventCount(n)}`,
  filterLabel: 'Show or hide events by category',
  filterButton: 'Filter',
  /** The one range control: the focus years, or everything. */
  showFocus: (from: number, to: number) => (from === to ? `Show ${from} only` : `Show ${from}–${to} only`),
  showEverything: 'Show every year',
  eventCount: (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`,
  failureCount: (n: number) => `${formatCount(n)} police ${n === 1 ? 'failure' : 'failures'}`,
  /** The phone's group under a death: when, never why. */
  afterDeath: (name: string, n: number) => `After ${name}’s death: ${caseTimelineStrings.failureCount(n)}`,
  /** A gap marker on the phone's spine, from whole months (12 or more). */
  gap: (months: number) => {
    const years = Math.floor(months / 12);
    const whole = months % 12 === 0;
    if (years === 1) return whole ? 'A year later' : 'More than a year later';
    return `${whole ? '' : 'More than '}${formatCount(years)} years later`.replace(/^./, (c) => c.toUpperCase());
  },
  showAll: (n: number) => `Show all ${caseTimelineStrings.eventCount(n)}`,
  showHighlights: 'Show the highlights only',
  /** What the live region says once "Show all" has listed every event (and moved focus to the list's first). */
  allShown: (n: number) => `Showing all ${caseTimelineStrings.eventCount(n)}.`,
  /** The numbered list's name, from the failures' plural name: "Police failures, by number". */
  numberedLabel: (many: string) => `${many}, by number`,
  /** A numbered failure, from their singular name: "Police failure 3". */
  failureNumber: (one: string, n: number) => `${one} ${formatCount(n)}`,
  /** A long list's label (also the line under it, and what a page press announces), and its buttons. */
  listRange: (from: number, to: number, total: number) =>
    `Events ${formatCount(from)} to ${formatCount(to)} of ${formatCount(total)}`,
  showNext: (n: number) => `Show the next ${caseTimelineStrings.eventCount(n)}`,
  showPrevious: (n: number) => `Show the previous ${caseTimelineStrings.eventCount(n)}`,
  shapeKey: 'Key to the marks',
  legendSpan: 'Bar: something that lasted',
  legendPrecision: 'Thin line: dated only to the month or year',
  legendApproximate: 'Dashed ring: approximate date',
  keyHint:
    'Tab to the chart, then use the arrow keys: left and right along time, up and down between rows; Enter opens an event.',
  listHint: 'Arrow keys move between events.',
  pointerHint: 'Select a mark or a numbered failure to read it and its sources.',
  /** The hint where the data names the failures (see timelineWords()). */
  pointerHintNamed: 'Select a mark or a number to read it and its sources.',
  highlighted: 'highlighted',
  detailLabel: (title: string) => `Details: ${title}`,
  close: 'Close',
  victim: (name: string, age: number, place: string) => `${name}, aged ${age}. Where he was found: ${place}.`,
  note: 'Note',
  sourcesHeading: 'Sources',
  quote: 'Quote',
  missingSource: (id: string) => `(source “${id}” is not in the data)`,
  empty: 'The data has no events to show.',
  emptyFiltered: 'No events match this selection. Choose more categories or show every year.',
  /** What the live region says once a reader's filter change has settled. */
  filterStatus: (shown: number, total: number) =>
    shown === 0
      ? 'No events match this selection.'
      : `Showing ${formatCount(shown)} of ${caseTimelineStrings.eventCount(total)}.`,
  showing: (shown: number, total: number, categories: readonly string[]) =>
    `Showing ${formatCount(shown)} of ${formatCount(total)} events${categories.length ? ` (${listText(categories)})` : ''}.`,
  unlabelled: 'Marks without a label: point at one, tap it or use the arrow keys to read it.',
  approximateNote: (n: number) =>
    `Dates are as precise as the sources give them; ${formatCount(n)} marked “about” ${n === 1 ? 'is' : 'are'} rough or disputed.`,
  precisionNote: 'Dates are given only as precisely as the sources give them (day, month or year).',
  /** The as-of line of a filtered timeline: the whole data's latest source, not only the selection's. */
  asOfSelection: (selection: string, all: string) =>
    `Latest source in this selection: ${selection}. Data as of ${all}, the date of the latest source.`,
  tableCaption: 'Timeline events',
  columns: ['Date', 'Category', 'Event', 'Description', 'Sources'],
  /** "Four", "Twelve": words up to ten, then figures, as house style has it. */
  count: (n: number) => (n <= 10 ? NUMBER_WORDS[n]! : String(n)),
  // No length in months: the sources disagree on it (16 months, over 15 months), and the
  // data records that rather than settle it.
  deaths: (n: number, from: string, to: string) =>
    n === 1 ? `One man was killed in ${from}.` : `${NUMBER_WORDS[n] ?? n} men were killed between ${from} and ${to}.`,
  failures: (n: number, from: string, to: string) =>
    n === 1
      ? `One police failure is recorded, in ${from}.`
      : `${formatCount(n)} police failures are recorded, ${from === to ? `in ${from}` : `from ${from} to ${to}`}.`,
  /** A later entry as a chronology line: "27 April 2023: HMICFRS report…". */
  dated: (when: string, title: string) => `${when}: ${title}.`,
  latest: (when: string, title: string) => `${when}, the latest entry: ${title}.`,
  overview: (n: number, from: string, to: string) =>
    n === 1
      ? `The timeline has one event, in ${from}.`
      : `The timeline has ${formatCount(n)} events, from ${from} to ${to}.`,
  overviewShown: (n: number, total: number, from: string, to: string) =>
    n === 1
      ? `Showing one of ${formatCount(total)} events, in ${from}.`
      : `Showing ${formatCount(n)} of ${formatCount(total)} events, from ${from} to ${to}.`,
  noEvents: 'The timeline has no events.',
  noEventsShown: (total: number) => `None of the timeline’s ${formatCount(total)} events match this selection.`,
  /*
   * For a category the data names itself (labels.categories; see timelineWords()): its name is
   * used as the data writes it, never lower-cased into a sentence, so it opens the line or
   * stands before a colon.
   */
  /** The phone's group under a death: "Missed chances after Anthony Walgate’s death: 7". */
  afterDeathNamed: (name: string, many: string, n: number) => `${many} after ${name}’s death: ${formatCount(n)}`,
  /** A summary sentence: "Missed chances: 12, from June 2014 to October 2015." */
  recorded: (many: string, n: number, from: string, to: string) =>
    `${many}: ${formatCount(n)}, ${from === to ? `in ${from}` : `from ${from} to ${to}`}.`,
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

/**
 * The timeline's words that name its categories: the data's own (`labels.categories`, checked
 * by validate()) where it names a category, else the built-in strings, wording by wording.
 * The element computes them once per dataset, in willUpdate(), and passes them to the pure
 * layout, text and template functions: the strings object itself never changes.
 */
export interface TimelineWords {
  /** One event of each category: "Police failure" (list, detail, marks' names, table, filter note). */
  one: Readonly<Record<EventCategory, string>>;
  /** What each category's lane or legend entry holds: "Police failures". */
  many: Readonly<Record<EventCategory, string>>;
  /** A numbered police failure: "Police failure 3". */
  failureNumber: (n: number) => string;
  /** The name of the numbered list under the chart. */
  numberedLabel: string;
  /** The readout above the chart before a reader points at a mark. */
  pointerHint: string;
  /** The phone's group under a death: "After Anthony Walgate’s death: 7 police failures". */
  afterDeath: (name: string, n: number) => string;
  /** The summary's sentence on the deaths. */
  deaths: (n: number, from: string, to: string) => string;
  /** The summary's sentence on the police failures. */
  failures: (n: number, from: string, to: string) => string;
}

export function timelineWords(names?: CaseLabels['categories']): TimelineWords {
  const s = caseTimelineStrings;
  const own = (c: EventCategory) => names?.[c];
  const record = (pick: (c: EventCategory) => string) =>
    Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, pick(c)])) as Record<EventCategory, string>;
  const failure = own('police-failure');
  const death = own('death');
  const one = record((c) => own(c)?.one ?? s.categories[c]);
  const many = record((c) => own(c)?.many ?? s.lanes[c]);
  return {
    one,
    many,
    failureNumber: (n: number) => s.failureNumber(one['police-failure'], n),
    numberedLabel: s.numberedLabel(many['police-failure']),
    // The built-in hint speaks of "a numbered failure"; another case's numbered marks are its own.
    pointerHint: failure ? s.pointerHintNamed : s.pointerHint,
    afterDeath: failure ? (name: string, n: number) => s.afterDeathNamed(name, failure.many, n) : s.afterDeath,
    // "N men were killed" is this case's sentence: a case that names its deaths gets a count of them.
    deaths: death ? (n: number, from: string, to: string) => s.recorded(death.many, n, from, to) : s.deaths,
    failures: failure ? (n: number, from: string, to: string) => s.recorded(failure.many, n, from, to) : s.failures,
  };
}

/** "A", "A and B", "A, B and C". */
function listText(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Each date's words, by date, end and approximate (eventDateText). */
const dateTexts = new Map<string, string>();

/**
 * An event's date in words at its precision: "19 June 2014", "about June 2014",
 * "June 2014 to September 2015". Never more precise than the source.
 */
export function eventDateText(event: Pick<TimelineEvent, 'date' | 'end' | 'approximate'>): string {
  // Every mark's name and every list row say their date on each render (a hover, a resize):
  // each date is worded once.
  const key = `${event.date}|${event.end ?? ''}|${event.approximate ? 1 : 0}`;
  let text = dateTexts.get(key);
  if (text === undefined) {
    const s = caseTimelineStrings;
    const start = formatDate(event.date);
    const range = event.end ? s.dateRange(start, formatDate(event.end)) : start;
    dateTexts.set(key, (text = event.approximate ? `${s.about} ${range}` : range));
  }
  return text;
}

/**
 * A span's length in words, stated only where it says something a reader needs and the
 * dates carry it: at least `minMonths` long (default 12: the slowness of what followed;
 * a shorter span, such as the inquests' hearings, is read from its dates, and its calendar
 * length could be taken for a count of sitting days). Exact ("1 year, 2 months and 26 days")
 * when both ends are days; "about 2 years and 10 months" when either is a month, as October
 * 2015 to August 2018 can be a month out either way; empty for a year, or when shorter.
 */
export function spanLengthText(event: Pick<TimelineEvent, 'date' | 'end'>, minMonths = 12): string {
  const from = parseIsoDate(event.date);
  const to = event.end ? parseIsoDate(event.end) : null;
  if (!from || !to || from.precision === 'year' || to.precision === 'year') return '';
  const months = monthsBetween(from, to);
  if (months < minMonths) return '';
  const exact = exactDuration(from, to);
  const s = caseTimelineStrings;
  return exact ? s.duration(exact.months, exact.days) : `${s.about} ${s.duration(months, 0)}`;
}
