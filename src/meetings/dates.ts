/**
 * Resolution of the date expressions of one sentence, as a careful reader would, relative to the
 * article's own date and to the meeting told just before ("the following day").
 *
 * chrono-node reads the calendar dates ("January 18", "Jan. 18, 2025", "5 March 2024",
 * "January 23-24"): its strict parser knows far more spellings and ranges than hand-written rules
 * would. It guesses a missing year against its own reference, so that is resolved here against the
 * article's date; and it does not read periods ("late September 2024") or a bare weekday the
 * way a news reader does, so those are resolved below by hand.
 */
import * as chrono from "chrono-node";
import type { DatePrecision, IsoDate } from "../types.js";
import { addDays, daysBetween, isoOf, partsOf, weekdayOf } from "./calendar.js";
import { MONTH_NAMES } from "../text/calendarNames.js";

/** A date as far as the text allows: never a day the text does not give. */
export interface ResolvedDate {
  /** First day of the period; `null` when the precision is `unknown`. */
  readonly date: IsoDate | null;
  readonly precision: DatePrecision;
  /** Last day of a span of days ("January 23-24"). */
  readonly endDate?: IsoDate;
}

/** What a relative expression is resolved against. */
export interface DateContext {
  /** The article's own date, if it has one. */
  readonly articleDate: IsoDate | null;
  /** The last day of the meeting told before in the same article, for "the following day". */
  readonly previousEnd: IsoDate | null;
}

const UNKNOWN: ResolvedDate = { date: null, precision: "unknown" };

const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());
const MONTH_PATTERN =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const PERIOD_PREFIX = "(?:(?:early|mid|late|the (?:start|beginning|end|middle) of|end of|start of)[\\s-]+)?";

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/u, "").slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key)) + 1;
}

/** A date found in the sentence, with where it starts so the first one can win. */
interface Mention {
  readonly index: number;
  readonly end: number;
  readonly resolved: ResolvedDate;
}

function dayDate(date: IsoDate, endDate?: IsoDate): ResolvedDate {
  return endDate !== undefined && endDate !== date
    ? { date, precision: "day", endDate }
    : { date, precision: "day" };
}

/**
 * The year that puts a month and day nearest the article's date, as HeidelTime resolves a date
 * without a year: "December 29" in an article of 2025-01-03 is 2024-12-29, "May 31" on a page
 * dated 2024-05-30 is the next day, never a year away.
 */
function nearestYear(articleDate: IsoDate, month: number, day: number): number {
  const { year } = partsOf(articleDate);
  let best = year;
  for (const candidate of [year - 1, year + 1]) {
    const distance = Math.abs(daysBetween(articleDate, isoOf(candidate, month, day)));
    if (distance < Math.abs(daysBetween(articleDate, isoOf(best, month, day)))) best = candidate;
  }
  return best;
}

/** Calendar dates with a day, read by chrono; a missing year is the one nearest the article. */
function calendarMentions(sentence: string, context: DateContext): Mention[] {
  const mentions: Mention[] = [];
  for (const result of chrono.strict.parse(sentence, {
    instant: new Date(Date.UTC(2000, 0, 1)),
    timezone: 0,
  })) {
    const start = result.start;
    if (!start.isCertain("day") || !start.isCertain("month")) continue;
    const month = start.get("month") ?? 1;
    const day = start.get("day") ?? 1;
    const endDay = result.end?.isCertain("day") ? result.end.get("day") : null;
    const endMonth = result.end?.get("month") ?? month;
    let year: number;
    if (start.isCertain("year")) {
      year = start.get("year") ?? 0;
    } else if (context.articleDate !== null) {
      year = nearestYear(context.articleDate, month, day);
    } else {
      mentions.push({ index: result.index, end: result.index + result.text.length, resolved: UNKNOWN });
      continue;
    }
    const date = isoOf(year, month, day);
    const endDate = endDay === null || endDay === undefined ? undefined : isoOf(year, endMonth, endDay);
    mentions.push({
      index: result.index,
      end: result.index + result.text.length,
      resolved: endDate !== undefined && endDate > date ? dayDate(date, endDate) : dayDate(date),
    });
  }
  return mentions;
}

/** One hand-written rule: a pattern and how a match resolves. */
interface Rule {
  readonly pattern: RegExp;
  readonly resolve: (match: RegExpExecArray, context: DateContext) => ResolvedDate;
}

function needsArticle(context: DateContext, resolve: (articleDate: IsoDate) => ResolvedDate): ResolvedDate {
  return context.articleDate === null ? UNKNOWN : resolve(context.articleDate);
}

function monthStart(year: number, month: number): ResolvedDate {
  return { date: isoOf(year, month, 1), precision: "month" };
}

// ASCII patterns without the `u` flag: V8 runs case-insensitive ones about three times faster.
const RULES: readonly Rule[] = [
  {
    pattern: new RegExp(`\\b${PERIOD_PREFIX}${MONTH_PATTERN},? ((?:19|20)\\d{2})\\b`, "gi"),
    resolve: (match) => monthStart(Number(match[2]), monthNumber(match[1] ?? "")),
  },
  {
    pattern: new RegExp(`\\b(?:in|during|since|by) ${PERIOD_PREFIX}${MONTH_PATTERN}(?![\\w.]| \\d)`, "gi"),
    resolve: (match, context) =>
      needsArticle(context, (articleDate) => {
        const article = partsOf(articleDate);
        const month = monthNumber(match[1] ?? "");
        return monthStart(month > article.month ? article.year - 1 : article.year, month);
      }),
  },
  {
    pattern: /\b(?:(last|on|this|past) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    resolve: (match, context) =>
      needsArticle(context, (articleDate) => {
        const wanted = WEEKDAYS.indexOf((match[2] ?? "").toLowerCase());
        let back = (weekdayOf(articleDate) - wanted + 7) % 7;
        if (back === 0 && match[1]?.toLowerCase() === "last") back = 7;
        return dayDate(addDays(articleDate, -back));
      }),
  },
  {
    pattern: /\b(the day before yesterday|yesterday|today|tonight|this morning|this evening)\b/gi,
    resolve: (match, context) =>
      needsArticle(context, (articleDate) => {
        const words = (match[1] ?? "").toLowerCase();
        const back = words.startsWith("the day before") ? 2 : words === "yesterday" ? 1 : 0;
        return dayDate(addDays(articleDate, -back));
      }),
  },
  {
    pattern: /\b(?:the|a) (following|next|same|previous) day\b|\b(?:a|one) day (later|earlier|before)\b/gi,
    resolve: (match, context) => {
      if (context.previousEnd === null) return UNKNOWN;
      const word = (match[1] ?? match[2] ?? "").toLowerCase();
      const shift =
        word === "same" ? 0 : word === "previous" || word === "earlier" || word === "before" ? -1 : 1;
      return dayDate(addDays(context.previousEnd, shift));
    },
  },
  {
    pattern: /\b(?:earlier |later )?(this|last|past) (month|year)\b/gi,
    resolve: (match, context) =>
      needsArticle(context, (articleDate) => {
        const article = partsOf(articleDate);
        const back = (match[1] ?? "").toLowerCase() === "this" ? 0 : 1;
        return (match[2] ?? "").toLowerCase() === "month"
          ? monthStart(article.year, article.month - back)
          : { date: isoOf(article.year - back, 1, 1), precision: "year" };
      }),
  },
  {
    pattern: /\b(?:in|during|since|of) (?:(?:early|mid|late)[\s-]+)?((?:19|20)\d{2})\b(?![-/]\d)/gi,
    resolve: (match) => ({ date: isoOf(Number(match[1]), 1, 1), precision: "year" }),
  },
  {
    // Vague on purpose: these say "not on the article's date" without saying when.
    pattern:
      /\b(?:recently|last week|this week|earlier this week|days ago|weeks ago|months ago|in the past)\b/gi,
    resolve: () => UNKNOWN,
  },
];

function ruleMentions(sentence: string, context: DateContext): Mention[] {
  const mentions: Mention[] = [];
  for (const rule of RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      mentions.push({
        index: match.index,
        end: match.index + match[0].length,
        resolved: rule.resolve(match, context),
      });
    }
  }
  return mentions;
}

/**
 * Every date expression, calendar or relative, contains one of these: a sentence with none is
 * skipped before the much costlier date rules run.
 */
const MAY_HOLD_DATE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|tonight|tomorrow|morning|evening|noon|night|recent|ago|past|earlier|later|now/i;

/**
 * The first date expression of a sentence, resolved; `null` when the sentence has none.
 * A resolved value of precision `unknown` means the sentence dates the event vaguely ("recently")
 * or relative to a date that is missing, so the article's date must not stand in for it.
 * @param sentence - one sentence of an article
 * @param context - the article's date and the end of the meeting told before
 */
export function resolveSentenceDate(sentence: string, context: DateContext): ResolvedDate | null {
  if (!MAY_HOLD_DATE.test(sentence)) return null;
  const calendar = calendarMentions(sentence, context);
  const others = ruleMentions(sentence, context).filter(
    (mention) => !calendar.some((taken) => mention.index < taken.end && taken.index < mention.end),
  );
  const first = [...calendar, ...others].sort((a, b) => a.index - b.index || b.end - a.end)[0];
  return first?.resolved ?? null;
}

/** How many days a wire's dateline may be before the page's date (a page updated later). */
const DATELINE_LEAD_DAYS = 7;
/** How many days a dateline may be after the page's date: a wire filed past midnight. */
const DATELINE_LAG_DAYS = 1;

/**
 * The date an article's relative expressions ("yesterday", "on Monday") count from: the wire's
 * dateline when it is within a few days of the page's date ("ISLAMABAD, May 31" on a page of
 * May 30), else the page's date; `null` for an undated article.
 * @param articleDate - the page's date
 * @param datelineDate - the dateline's date as printed, if any
 */
export function referenceDate(articleDate: IsoDate | null, datelineDate: string | undefined): IsoDate | null {
  if (articleDate === null || datelineDate === undefined) return articleDate;
  const filed = calendarMentions(datelineDate, { articleDate, previousEnd: null })[0]?.resolved.date ?? null;
  if (filed === null) return articleDate;
  const lag = daysBetween(articleDate, filed);
  return lag >= -DATELINE_LEAD_DAYS && lag <= DATELINE_LAG_DAYS ? filed : articleDate;
}
