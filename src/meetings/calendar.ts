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
  const a = partsOf(from);
  const b = partsOf(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}
