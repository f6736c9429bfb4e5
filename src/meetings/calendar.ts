/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone can shift a day.
 */
import type { IsoDate } from "../types.js";

/** The parts of an ISO date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Reads an ISO date into its parts.
 * @param date - a valid `YYYY-MM-DD` date
 */
export function partsOf(date: IsoDate): DateParts {
  const [year, month, day] = date.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/**
 * Writes date parts as an ISO date, normalising overflow (day 0 is the last day of the month before).
 * @param year - full year
 * @param month - 1-12 (overflow allowed)
 * @param day - day of month (overflow allowed)
 */
export function isoOf(year: number, month: number, day: number): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * Adds (or, when negative, subtracts) whole days.
 * @param date - an ISO date
 * @param days - days to add
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = partsOf(date);
  return isoOf(year, month, day + days);
}

/**
 * Day of the week, 0 for Sunday to 6 for Saturday.
 * @param date - an ISO date
 */
export function weekdayOf(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @param from - an ISO date
 * @param to - an ISO date
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return from === to ? 0 : dayNumber(to) - dayNumber(from);
}

/** Day numbers of the dates seen so far: merging compares the same few thousand dates again and again. */
const DAY_NUMBERS = new Map<IsoDate, number>();
/** Far more than the distinct dates of any archive (a century is 36,525 days). */
const MAX_REMEMBERED_DAYS = 100_000;

function dayNumber(date: IsoDate): number {
  let day = DAY_NUMBERS.get(date);
  if (day === undefined) {
    const parts = partsOf(date);
    day = Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000);
    // A bound keeps a long-running process from keeping every date it ever saw.
    if (DAY_NUMBERS.size >= MAX_REMEMBERED_DAYS) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(date, day);
  }
  return day;
}
