/**
 * The timeline order of meetings: newest first, the better-known date first on a tie, undated last.
 */
import type { DatePrecision, Meeting } from "../types.js";

const PRECISION_ORDER: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  reported: 1,
  month: 2,
  year: 3,
  unknown: 4,
};

/**
 * Orders meetings newest first: by date (descending), then precision (a day before a reported date before a month
 * before a year); undated meetings come after every dated one.
 * @param a - a meeting
 * @param b - another
 */
export function compareMeetings(a: Meeting, b: Meeting): number {
  if (a.date === null || b.date === null) return a.date === b.date ? 0 : a.date === null ? 1 : -1;
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision];
}

/**
 * The most recent meetings, newest first, at most `limit` (none for a limit below one).
 * @param meetings - meetings as returned by `extractMeetings`
 * @param limit - how many to return
 */
export function latestMeetings(meetings: readonly Meeting[], limit: number): Meeting[] {
  return [...meetings].sort(compareMeetings).slice(0, Math.max(0, Math.floor(limit)));
}
