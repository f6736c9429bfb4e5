/**
 * How old an article is, as a reader wants to see it ("2025-02-23, 9 months ago"), and when the
 * newest evidence behind an answer is old enough that the archive may have missed what came after.
 */
import { daysBetween } from "../meetings/calendar.js";
import type { IsoDate } from "../types.js";

/** The default staleness limit: after half a year, relations have usually moved on. */
export const DEFAULT_STALE_AFTER_DAYS = 180;
/** Below this many days an age reads in days ("12 days ago"); weeks would round too coarsely. */
const DAYS_SHOWN_AS_DAYS = 14;
/** Below this many days an age reads in weeks. */
const DAYS_SHOWN_AS_WEEKS = 60;
/** Below two years an age reads in months ("14 months ago"): "1 year ago" hides half a year. */
const DAYS_SHOWN_AS_MONTHS = 730;
/** The mean length of a month in days, so twelve months make a year. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Whole days from an article's date to today; 0 for an article dated today or later.
 * @param date - the article's date
 * @param today - the reference date
 */
export function ageDays(date: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(date, today));
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"} ago`;
}

/**
 * An age in days as words: "today", "yesterday", "5 days ago", "3 weeks ago", "9 months ago", "2 years ago".
 * @param days - whole days, 0 or more
 */
export function formatAge(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < DAYS_SHOWN_AS_DAYS) return plural(days, "day");
  if (days < DAYS_SHOWN_AS_WEEKS) return plural(Math.round(days / 7), "week");
  if (days < DAYS_SHOWN_AS_MONTHS) return plural(Math.max(1, Math.round(days / DAYS_PER_MONTH)), "month");
  return plural(Math.floor(days / 365.25), "year");
}

/**
 * A citation's date with its age, or "undated".
 * @param date - the article's date, or `null`
 * @param today - the reference date
 * @example describeDate("2025-02-23", "2025-11-23") // "2025-02-23, 9 months ago"
 */
export function describeDate(date: IsoDate | null, today: IsoDate): string {
  return date === null ? "undated" : `${date}, ${formatAge(ageDays(date, today))}`;
}

/** How fresh the evidence behind an answer is. */
export interface Freshness {
  /** The newest article date among the evidence, or `null` when all of it is undated. */
  readonly newest: IsoDate | null;
  /** Its age in days, or `null`. */
  readonly ageDays: number | null;
  /** The newest evidence is older than the staleness limit. */
  readonly stale: boolean;
  /** What a reply says when stale ("Newer developments may not be in the archive ..."), else `null`. */
  readonly note: string | null;
}

/**
 * Judges the freshness of an answer from the dates of the articles behind it.
 * @param dates - the evidence's article dates (`null` for undated articles)
 * @param today - the reference date
 * @param staleAfterDays - the age past which newer developments may be missing
 */
export function freshnessOf(
  dates: readonly (IsoDate | null)[],
  today: IsoDate,
  staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS,
): Freshness {
  let newest: IsoDate | null = null;
  for (const date of dates) if (date !== null && (newest === null || date > newest)) newest = date;
  if (newest === null) return { newest: null, ageDays: null, stale: false, note: null };
  const days = ageDays(newest, today);
  const stale = days > staleAfterDays;
  return {
    newest,
    ageDays: days,
    stale,
    note: stale
      ? `The newest evidence here is from ${newest} (${formatAge(days)}); newer developments may not be in the archive.`
      : null,
  };
}

/**
 * Today's date in UTC, the default reference for ages and relative scopes.
 * @param now - the clock's reading (injectable for tests)
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
