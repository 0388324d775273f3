import type { DatePrecision, IsoDate } from './types.js';

/** A date as the sources give it: a parsed instant plus how precise it is. */
export interface ParsedDate {
  precision: DatePrecision;
  year: number;
  /** 1–12, or undefined for year precision. */
  month?: number;
  /** 1–31, or undefined for month and year precision. */
  day?: number;
  /** Midday UTC on the first day the date can mean, in ms: stable across time zones. */
  start: number;
  /** Midday UTC on the last day the date can mean. */
  end: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parseIsoDate(text: IsoDate): ParsedDate | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return null;
  if (match[2] === undefined) {
    return { precision: 'year', year, start: utc(year, 1, 1), end: utc(year, 12, 31) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (match[3] === undefined) {
    return { precision: 'month', year, month, start: utc(year, month, 1), end: utc(year, month, lastDay) };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  const at = utc(year, month, day);
  return { precision: 'day', year, month, day, start: at, end: at };
}

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day, 12);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** en-GB wording that says no more than the source: "19 June 2014", "June 2014", "2014". */
export function formatDate(date: ParsedDate | IsoDate): string {
  const parsed = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!parsed) return String(date);
  const month = parsed.month ? MONTHS[parsed.month - 1] : '';
  if (parsed.precision === 'year') return String(parsed.year);
  if (parsed.precision === 'month') return `${month} ${parsed.year}`;
  return `${parsed.day} ${month} ${parsed.year}`;
}
