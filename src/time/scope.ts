/**
 * The time scope of a question: which days its evidence may come from, read from the question's
 * own words ("in 2024", "since May 2025", "before the PTA", "last year", "this month") and from the
 * `/ask` options `since:` and `until:`, relative phrases resolved against an injectable today.
 * Words that ask for the newest news ("latest", "recently", "now", "current") do not bound the
 * days: they make the answer prefer the newest evidence that answers.
 *
 * Like HeidelTime, each kind of expression is one rule (a pattern and a resolver) tested on its own.
 * The scope is plain data; the words that set it are cut from the question, so that "2024" is a
 * limit on the evidence, not a word the evidence must contain.
 */
import { addDays, isoOf, partsOf } from "../meetings/calendar.js";
import type { IsoDate } from "../types.js";
import {
  DATE_EXPRESSION,
  DATE_EXPRESSION_GROUPS,
  describeBound,
  describeSpan,
  parseIsoPeriod,
  periodOfGroups,
  type Period,
} from "./period.js";
import { ownEntry } from "../text/ownEntry.js";

/** Which days a question's evidence may come from, and whether the newest is preferred. */
export interface TimeScope {
  /** First day allowed, or `null` for no lower bound. */
  readonly since: IsoDate | null;
  /** Last day allowed, or `null` for no upper bound. */
  readonly until: IsoDate | null;
  /** "latest", "recently", "now", "current": among the evidence that answers, the newest wins. */
  readonly preferRecent: boolean;
  /** The question's words that set the scope, as typed ("in May 2025"), joined by ", "; `null` if none. */
  readonly phrase: string | null;
  /** One line saying what the scope kept ("Articles from 2024 only"), or `null` when unscoped. */
  readonly label: string | null;
  /** An event the question dates by ("before the PTA") that the archive could not date; `null` if none. */
  readonly undatedEvent: string | null;
}

/** What reading a scope needs besides the question. */
export interface ScopeOptions {
  /** The reference date for "last year", "this month", "in the past 6 months". */
  readonly today: IsoDate;
  /** The `/ask` option `since:` (YYYY, YYYY-MM or YYYY-MM-DD), as typed. */
  readonly since?: string | undefined;
  /** The `/ask` option `until:` (YYYY, YYYY-MM or YYYY-MM-DD), as typed. */
  readonly until?: string | undefined;
  /**
   * Dates an event the question names ("the PTA" in "before the PTA"), e.g. by asking the archive
   * when it happened. Without it, or when it returns `null`, the phrase is left in the question and
   * reported in `undatedEvent`: the answer is then not limited in time.
   */
  readonly findEventDate?: (event: string) => Period | null;
}

/** A question with its scope read off. */
export interface ScopedQuestion {
  readonly scope: TimeScope;
  /** The question with the scope's words cut out: what remains to be found in the evidence. */
  readonly question: string;
}

/** A scope that cannot be used: a malformed option, or bounds that leave no day. */
export interface ScopeProblem {
  readonly error: string;
}

/** No bounds, no preference. */
export const NO_SCOPE: TimeScope = {
  since: null,
  until: null,
  preferRecent: false,
  phrase: null,
  label: null,
  undatedEvent: null,
};

/**
 * Whether a scope bounds the days (as opposed to only preferring the newest, or nothing).
 * @param scope - a scope from {@link readTimeScope}
 */
export function isHardScope(scope: TimeScope): boolean {
  return scope.since !== null || scope.until !== null;
}

/** Bounds one rule contributes; either may be open. */
interface Bounds {
  readonly since: IsoDate | null;
  readonly until: IsoDate | null;
}

/** One kind of time expression: where it is in the question and what days it means. */
interface ScopeRule {
  readonly pattern: RegExp;
  readonly resolve: (match: RegExpExecArray, today: IsoDate) => Bounds | null;
}

/** A date expression inside a rule; its groups start after the rule's own groups. */
const D = DATE_EXPRESSION;

function periodAt(match: RegExpExecArray, firstGroup: number): Period | null {
  return periodOfGroups(match.slice(firstGroup, firstGroup + DATE_EXPRESSION_GROUPS));
}

/** Numbers written as words in "the past two years". */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  // "The past few months": three is what a reader would take a few to mean.
  few: 3,
  couple: 2,
};

type Unit = "day" | "week" | "month" | "year";

/** The day `count` units before `today`. */
function unitsBefore(today: IsoDate, count: number, unit: Unit): IsoDate {
  const { year, month, day } = partsOf(today);
  switch (unit) {
    case "day":
      return addDays(today, -count);
    case "week":
      return addDays(today, -7 * count);
    case "month":
      return isoOf(year, month - count, day);
    case "year":
      return isoOf(year - count, month, day);
  }
}

function unitOf(word: string): Unit {
  return word.toLowerCase().replace(/s$/u, "") as Unit;
}

/** "last year", "this month", "last week": calendar units around today. */
function namedRelative(which: string, unit: Unit, today: IsoDate): Bounds {
  const { year, month } = partsOf(today);
  if (which === "past") return { since: unitsBefore(today, 1, unit), until: today };
  const previous = which === "last" || which === "previous";
  switch (unit) {
    case "year":
      return previous
        ? { since: isoOf(year - 1, 1, 1), until: isoOf(year - 1, 12, 31) }
        : { since: isoOf(year, 1, 1), until: today };
    case "month":
      return previous
        ? { since: isoOf(year, month - 1, 1), until: isoOf(year, month, 0) }
        : { since: isoOf(year, month, 1), until: today };
    case "week":
      return previous
        ? { since: addDays(today, -13), until: addDays(today, -7) }
        : { since: addDays(today, -6), until: today };
    case "day":
      return { since: today, until: today };
  }
}

/**
 * The rules, most specific first: a range is read before its two ends could be read as two points.
 * Every pattern is case-insensitive and matches whole words.
 */
const RULES: readonly ScopeRule[] = [
  {
    // "between 2023 and 2024", "from March 2024 to June 2025"
    pattern: new RegExp(String.raw`\b(?:between|from)\s+${D}\s+(?:and|to|until|till|through)\s+${D}\b`, "iu"),
    resolve: (match) => {
      const from = periodAt(match, 1);
      const to = periodAt(match, 1 + DATE_EXPRESSION_GROUPS);
      return from && to ? { since: from.start, until: to.end } : null;
    },
  },
  {
    // "in the past two years", "over the last 6 months", "within the past year"
    pattern:
      /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple(?:\s+of)?)\s+)?(days?|weeks?|months?|years?)\b/iu,
    resolve: (match, today) => {
      const word = (match[1] ?? "1").toLowerCase().replace(/\s+of$/u, "");
      const count = ownEntry(NUMBER_WORDS, word) ?? Number(word);
      if (!Number.isInteger(count) || count < 1) return null;
      return { since: unitsBefore(today, count, unitOf(match[2] ?? "year")), until: today };
    },
  },
  {
    // "last year", "this month", "in the previous week"
    pattern: /\b(?:(?:in|during|over|for)\s+)?(?:the\s+)?(last|this|previous|past)\s+(year|month|week)\b/iu,
    resolve: (match, today) =>
      namedRelative((match[1] ?? "this").toLowerCase(), unitOf(match[2] ?? "year"), today),
  },
  {
    // "since May 2025", "from 2024 onwards", "starting in 2024"
    pattern: new RegExp(
      String.raw`\b(?:since\s+${D}|from\s+${D}\s+on(?:wards?)?|starting(?:\s+in|\s+from)?\s+${D})\b`,
      "iu",
    ),
    resolve: (match) => {
      const period =
        periodAt(match, 1) ??
        periodAt(match, 1 + DATE_EXPRESSION_GROUPS) ??
        periodAt(match, 1 + 2 * DATE_EXPRESSION_GROUPS);
      return period ? { since: period.start, until: null } : null;
    },
  },
  {
    // "in 2024", "during May 2025", "on 28 May 2025", "of 2024", "news from 2024", "in the year 2024"
    pattern: new RegExp(
      String.raw`\b(?:in|during|throughout|on|of|for|from)\s+(?:the\s+year\s+)?${D}\b`,
      "iu",
    ),
    resolve: (match) => {
      const period = periodAt(match, 1);
      return period ? { since: period.start, until: period.end } : null;
    },
  },
  {
    // "after 2024": the period named is over
    pattern: new RegExp(String.raw`\b(?:after)\s+${D}\b`, "iu"),
    resolve: (match) => {
      const period = periodAt(match, 1);
      return period ? { since: addDays(period.end, 1), until: null } : null;
    },
  },
  {
    // "before July 2024", "prior to 2025": the period named has not begun
    pattern: new RegExp(String.raw`\b(?:before|prior\s+to)\s+${D}\b`, "iu"),
    resolve: (match) => {
      const period = periodAt(match, 1);
      return period ? { since: null, until: addDays(period.start, -1) } : null;
    },
  },
  {
    // "until 2024", "up to June 2025", "through 2024"
    pattern: new RegExp(String.raw`\b(?:until|till|up\s+to|through)\s+${D}\b`, "iu"),
    resolve: (match) => {
      const period = periodAt(match, 1);
      return period ? { since: null, until: period.end } : null;
    },
  },
];

/**
 * "before the PTA", "since the Lachin meeting": a limit set by an event, dated through the archive.
 * "The day after the talks" is an offset from the event, one day, not everything after it: left alone.
 */
const EVENT_LIMIT =
  /(?<!\b(?:day|days|week|weeks|month|months|year|years|hours?|minutes?)\s+)\b(before|after|since|until|prior\s+to)\s+(the\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)\s*(?=[,;?.!]|$)/iu;

/** Words asking for the newest news; they prefer, they do not bound. */
const RECENT_WORDS =
  /\b(?:(?:in\s+)?recent\s+(?:days|weeks|months|years)|(?:the\s+)?(?:latest|newest|most\s+recent(?:ly)?)|the\s+last|recent(?:ly)?|currently|current|presently|nowadays|(?:right|as\s+of|just)\s+now|now|these\s+days|at\s+present|at\s+the\s+moment|as\s+of\s+today|today|so\s+far|to\s+date|up\s+to\s+date)\b/iu;

/** Validates one `/ask` date option. */
function optionPeriod(name: "since" | "until", value: string | undefined): Period | null | ScopeProblem {
  if (value === undefined || value.trim() === "") return null;
  const period = parseIsoPeriod(value);
  if (period) return period;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return {
    error: `${name}: "${shown}" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-28.`,
  };
}

function isProblem(value: unknown): value is ScopeProblem {
  return typeof value === "object" && value !== null && "error" in value;
}

function laterOf(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a === null ? b : b === null || a > b ? a : b;
}

function earlierOf(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a === null ? b : b === null || a < b ? a : b;
}

/**
 * The one line a reply shows for a scope.
 * @param since - first day or `null`
 * @param until - last day or `null`
 * @param preferRecent - whether the newest evidence is preferred
 */
export function scopeLabel(
  since: IsoDate | null,
  until: IsoDate | null,
  preferRecent: boolean,
): string | null {
  const recent = preferRecent ? ", newest first" : "";
  if (since !== null && until !== null) return `Articles from ${describeSpan(since, until)} only${recent}`;
  if (since !== null) return `Articles from ${describeBound(since, "since")} on${recent}`;
  if (until !== null) return `Articles up to ${describeBound(until, "until")} only${recent}`;
  return preferRecent ? "Newest evidence first" : null;
}

/** Cuts a matched phrase out of the question, leaving the words around it. */
function cut(text: string, match: RegExpExecArray): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
}

function tidy(text: string): string {
  return text
    .replace(/\s+([,;?.!])/gu, "$1")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Reads the time scope of a question and of the `/ask` options.
 * @param question - the question as typed
 * @param options - today's date, the `since:`/`until:` options, and how to date a named event
 * @returns the scope and the question without the scope's words, or why the scope cannot be used
 */
export function readTimeScope(question: string, options: ScopeOptions): ScopedQuestion | ScopeProblem {
  const sinceOption = optionPeriod("since", options.since);
  if (isProblem(sinceOption)) return sinceOption;
  const untilOption = optionPeriod("until", options.until);
  if (isProblem(untilOption)) return untilOption;

  let since: IsoDate | null = sinceOption?.start ?? null;
  let until: IsoDate | null = untilOption?.end ?? null;
  let preferRecent = false;
  let undatedEvent: string | null = null;
  const phrases: string[] = [];
  let rest = question;

  const take = (bounds: Bounds, match: RegExpExecArray): void => {
    since = laterOf(since, bounds.since);
    until = earlierOf(until, bounds.until);
    phrases.push(match[0].trim());
    rest = cut(rest, match);
  };
  for (const rule of RULES) {
    // A question may hold several phrases of one kind ("in 2024 ... in May"): each is read.
    for (let match = rule.pattern.exec(rest); match !== null; match = rule.pattern.exec(rest)) {
      const bounds = rule.resolve(match, options.today);
      if (bounds === null) break;
      take(bounds, match);
    }
  }
  const event = EVENT_LIMIT.exec(rest);
  if (event?.[1] !== undefined && event[2] !== undefined) {
    const period = options.findEventDate?.(event[2]) ?? null;
    const limit = event[1].toLowerCase().replace(/\s+/gu, " ");
    if (period === null) {
      undatedEvent = event[2];
    } else if (limit === "before" || limit === "prior to") {
      take({ since: null, until: addDays(period.start, -1) }, event);
    } else if (limit === "after") {
      take({ since: addDays(period.end, 1), until: null }, event);
    } else if (limit === "since") {
      take({ since: period.start, until: null }, event);
    } else {
      take({ since: null, until: period.end }, event);
    }
  }
  for (let match = RECENT_WORDS.exec(rest); match !== null; match = RECENT_WORDS.exec(rest)) {
    preferRecent = true;
    phrases.push(match[0].trim());
    rest = cut(rest, match);
  }

  if (since !== null && until !== null && since > until) {
    return {
      error: `The time scope leaves no day: it starts ${describeBound(since, "since")} and ends ${describeBound(until, "until")}.`,
    };
  }
  const remaining = tidy(rest);
  return {
    scope: {
      since,
      until,
      preferRecent,
      phrase: phrases.length > 0 ? phrases.join(", ") : null,
      label: scopeLabel(since, until, preferRecent),
      undatedEvent,
    },
    // A question that was only a time phrase ("latest?") keeps its words, so it still asks something.
    question: /[\p{L}\p{N}]/u.test(remaining) ? remaining : question,
  };
}
