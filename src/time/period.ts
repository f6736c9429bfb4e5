/**
 * Calendar periods (a year, a month, a day, or any span of days) and the date expressions that
 * name them ("2024", "May 2025", "28 May 2025", "2025-05-28"), shared by the question's time scope
 * and the `/ask` options `since:` and `until:`.
 */
import { MONTH_NAMES } from "../text/calendarNames.js";
import { addDays, isoOf, partsOf } from "../meetings/calendar.js";
import type { IsoDate } from "../types.js";

/** How much of a date an expression gives. */
export type PeriodPrecision = "year" | "month" | "day";

/** A span of whole days, both ends included. */
export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** What the expression gave: "2024" is a year, "May 2025" a month. */
  readonly precision: PeriodPrecision;
}

/** Years outside this range are not dates of this archive's articles ("2,000 troops", "1,500 km"). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/**
 * The period of a year, a month of a year, or one day.
 * @param year - the full year
 * @param month - 1-12, or `null` for the whole year
 * @param day - the day of the month, or `null` for the whole month
 * @returns the period, or `null` when the parts are not a real date (month 13, 31 April)
 */
export function periodOf(year: number, month: number | null, day: number | null): Period | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (month === null) return { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31), precision: "year" };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === null) {
    return { start: isoOf(year, month, 1), end: isoOf(year, month + 1, 0), precision: "month" };
  }
  const date = isoOf(year, month, day);
  if (!Number.isInteger(day) || day < 1 || partsOf(date).month !== month) return null;
  return { start: date, end: date, precision: "day" };
}

/** The period of one ISO date. */
export function dayPeriod(date: IsoDate): Period {
  return { start: date, end: date, precision: "day" };
}

/** Whether two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether a date lies inside optional bounds (`null` is open). */
export function withinBounds(date: IsoDate, since: IsoDate | null, until: IsoDate | null): boolean {
  return (since === null || date >= since) && (until === null || date <= until);
}

/**
 * Reads a strict ISO-style date option: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @param value - the option as typed
 * @returns the period it names, or `null` when it is not one of those shapes or not a real date
 */
export function parseIsoPeriod(value: string): Period | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value.trim());
  if (!match) return null;
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  return periodOf(Number(match[1]), month, day);
}

/** Month names and their usual abbreviations, lower-case, as a regular-expression alternation. */
export const MONTH_WORD =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

/**
 * The month number of a month name or abbreviation ("Sept." -> 9).
 * @param word - a month name, any case, with or without a full stop
 * @returns 1-12, or `null` when it is not a month
 */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/u, "");
  if (key.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(key.slice(0, 3)));
  if (index < 0) return null;
  const full = MONTH_NAMES[index]?.toLowerCase() ?? "";
  return full.startsWith(key) || (key === "sept" && index === 8) ? index + 1 : null;
}

/**
 * A calendar expression with a year, as a question writes it: "2024", "May 2025", "May 28, 2025",
 * "28 May 2025", "2025-05-28". Groups: day-first day, month, month-first day, year; or ISO parts.
 * A month without a year is not matched: "in May" means a different May each year.
 */
export const DATE_EXPRESSION = String.raw`(?:(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${MONTH_WORD})\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?|((?:19|20)\d{2}))`;

/** Number of capture groups in {@link DATE_EXPRESSION}, for callers that wrap it. */
export const DATE_EXPRESSION_GROUPS = 8;

/**
 * The period named by the groups of one {@link DATE_EXPRESSION} match.
 * @param groups - the eight groups, in order
 */
export function periodOfGroups(groups: readonly (string | undefined)[]): Period | null {
  const [dayFirst, monthWord, dayAfter, year, isoYear, isoMonth, isoDay, bareYear] = groups;
  if (year !== undefined && monthWord !== undefined) {
    const day = dayFirst ?? dayAfter;
    return periodOf(Number(year), monthNumber(monthWord), day === undefined ? null : Number(day));
  }
  if (isoYear !== undefined) {
    return periodOf(
      Number(isoYear),
      isoMonth === undefined ? null : Number(isoMonth),
      isoDay === undefined ? null : Number(isoDay),
    );
  }
  return bareYear === undefined ? null : periodOf(Number(bareYear), null, null);
}

/**
 * The period a short date text names ("July 2024", "late September 2024", "2025-05-28"), for
 * reading an answer span or an event's date.
 * @param text - the text; the first calendar expression in it is read
 */
export function periodInText(text: string): Period | null {
  const match = new RegExp(String.raw`\b${DATE_EXPRESSION}\b`, "iu").exec(text);
  return match ? periodOfGroups(match.slice(1, 1 + DATE_EXPRESSION_GROUPS)) : null;
}

/** The coarsest unit a bound is aligned to: a year starts on 1 January, a month on its first day. */
function alignment(date: IsoDate, side: "since" | "until"): PeriodPrecision {
  const { month, day } = partsOf(date);
  const next = partsOf(addDays(date, 1));
  if (side === "since" ? month === 1 && day === 1 : month === 12 && day === 31) return "year";
  return (side === "since" ? day === 1 : next.day === 1) ? "month" : "day";
}

const COARSENESS: Record<PeriodPrecision, number> = { day: 0, month: 1, year: 2 };

function boundAt(date: IsoDate, unit: PeriodPrecision): string {
  const { year, month, day } = partsOf(date);
  const monthName = MONTH_NAMES[month - 1] ?? "";
  if (unit === "year") return String(year);
  return unit === "month" ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/**
 * How a bound reads to a person: a whole year as "2024", a whole month as "May 2025", else the day.
 * @param date - the bound
 * @param side - whether it opens (`since`) or closes (`until`) the span
 */
export function describeBound(date: IsoDate, side: "since" | "until"): string {
  return boundAt(date, alignment(date, side));
}

/**
 * How a span of days reads: "2024", "May 2025", "28 May 2025", or "March 2024 to June 2025", both
 * ends in the same unit.
 * @param since - the first day
 * @param until - the last day
 */
export function describeSpan(since: IsoDate, until: IsoDate): string {
  const a = alignment(since, "since");
  const b = alignment(until, "until");
  const unit = COARSENESS[a] <= COARSENESS[b] ? a : b;
  const from = boundAt(since, unit);
  const to = boundAt(until, unit);
  return from === to ? from : `${from} to ${to}`;
}
