/**
 * Lengths of time between dates, for the timeline's gaps between events. A module of its own,
 * beside dates.ts: only the timeline uses them, so only its file carries them (dates.ts is in
 * the frame chunk every graphic downloads).
 */
import type { ParsedDate } from './dates.js';

const DAY = 86_400_000;

/** Whole days from a to b (b later is positive). */
export function daysBetween(a: number, b: number): number {
  return Math.round((b - a) / DAY);
}

/**
 * Whole months from one date to another. When both are exact days the days count: 19 June
 * 2014 to 14 September 2015 is 14 whole months (and 26 days), not 15. Otherwise it is the
 * number of calendar months from one to the other (June 2014 to September 2015: 15), which
 * can be a month out either way, so a graphic should not print it as a length where the
 * sources give a length of their own (see exactDuration()).
 */
export function monthsBetween(from: ParsedDate, to: ParsedDate): number {
  let months = (to.year - from.year) * 12 + ((to.month ?? 12) - (from.month ?? 1));
  if (from.precision === 'day' && to.precision === 'day' && to.day! < from.day!) months -= 1;
  return Math.max(0, months);
}

/**
 * The time from one exact day to another in whole months and the days left over (19 June
 * 2014 to 14 September 2015: 14 months and 26 days); null unless both dates are exact days
 * and the second is not before the first. A length is only stated where it is exact.
 */
export function exactDuration(from: ParsedDate, to: ParsedDate): { months: number; days: number } | null {
  if (from.precision !== 'day' || to.precision !== 'day' || to.start < from.start) return null;
  const months = monthsBetween(from, to);
  // The same day of the month, `months` later (the month's last day where it is shorter).
  const month = from.month! - 1 + months;
  const lastDay = new Date(Date.UTC(from.year, month + 1, 0)).getUTCDate();
  const anchor = Date.UTC(from.year, month, Math.min(from.day!, lastDay), 12);
  return { months, days: daysBetween(anchor, to.start) };
}
