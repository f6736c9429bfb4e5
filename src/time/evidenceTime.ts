/**
 * When a piece of evidence is about: its article's date, and the periods its sentence names ("In
 * July 2024, ...", "on March 12"). A time scope keeps the evidence whose article is dated inside it
 * or whose sentence names a time inside it, so a review published in February 2025 can still
 * answer "in January 2025" with its sentence "In January 2025, the minister visited SOCAR", and a
 * November 2025 report that recalls "the 2020 war" still answers "in 2025".
 */
import { partsOf } from "../meetings/calendar.js";
import type { IsoDate } from "../types.js";
import {
  DATE_EXPRESSION,
  DATE_EXPRESSION_GROUPS,
  monthNumber,
  overlaps,
  periodOf,
  periodOfGroups,
  type Period,
} from "./period.js";
import type { TimeScope } from "./scope.js";

const WITH_YEAR = new RegExp(String.raw`\b${DATE_EXPRESSION}\b`, "giu");
/** A capitalised month with a day ("March 12", "12 March") or after a time word ("in March", "late May"). */
const MONTH_WITHOUT_YEAR =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Tt]his|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring)[\s-]+(January|February|March|April|May|June|July|August|September|October|November|December)\b)(?!,?\s+(?:19|20)\d{2})/gu;

/**
 * The periods a sentence names. A month without a year is the article's year, or the year before
 * when that month is still to come at the article's date (a February piece's "in December").
 * @param text - the sentence (or excerpt)
 * @param articleDate - its article's date, for months without a year
 */
export function mentionedPeriods(text: string, articleDate: IsoDate | null): Period[] {
  const periods: Period[] = [];
  for (const match of text.matchAll(WITH_YEAR)) {
    const period = periodOfGroups(match.slice(1, 1 + DATE_EXPRESSION_GROUPS));
    if (period) periods.push(period);
  }
  if (articleDate === null) return periods;
  const article = partsOf(articleDate);
  for (const match of text.matchAll(MONTH_WITHOUT_YEAR)) {
    const month = monthNumber(match[1] ?? match[2] ?? match[3] ?? "");
    if (month === null) continue;
    const period = periodOf(month > article.month ? article.year - 1 : article.year, month, null);
    if (period) periods.push(period);
  }
  return periods;
}

/** Whether a piece of evidence may answer under a scope, and why not. */
export type ScopeVerdict = "in" | "out" | "undated";

/**
 * Judges one piece of evidence against a hard scope: in when one of its articles is dated inside
 * it, or its sentence names a time inside it. Undated articles are kept out, whatever their
 * sentences say: without a date, "last year" or "in March" in them cannot be placed.
 * @param text - the sentence
 * @param articleDates - the dates of the articles carrying it (`null` for undated ones)
 * @param scope - the scope; an unbounded one admits everything
 */
export function judgeEvidenceTime(
  text: string,
  articleDates: Iterable<IsoDate | null>,
  scope: Pick<TimeScope, "since" | "until">,
): ScopeVerdict {
  if (scope.since === null && scope.until === null) return "in";
  const wanted: Period = {
    start: scope.since ?? "0000-01-01",
    end: scope.until ?? "9999-12-31",
    precision: "day",
  };
  // One pass that stops at the first article inside: a syndicated sentence can be in thousands.
  let firstDated: IsoDate | null = null;
  for (const date of articleDates) {
    if (date === null) continue;
    if (date >= wanted.start && date <= wanted.end) return "in";
    firstDated ??= date;
  }
  if (firstDated === null) return "undated";
  // Repeated across articles, a sentence's months are read against its first dated article.
  return mentionedPeriods(text, firstDated).some((period) => overlaps(period, wanted)) ? "in" : "out";
}
