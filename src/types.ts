/**
 * Plain-data types shared by the answer layer, the commands and the renderers.
 * Nothing here knows about Discord.
 */
import type { Conflict } from "./corroboration/conflicts.js";
import type { Corroboration } from "./corroboration/outlets.js";
import type { Freshness } from "./time/age.js";

export type { Conflict, ConflictValue } from "./corroboration/conflicts.js";
export type { Corroboration } from "./corroboration/outlets.js";
export type { Freshness } from "./time/age.js";

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** One article of the archive, cleaned of page debris. */
export interface Article {
  /** The file name inside the archive folder, e.g. `004_2c982bdcbaac3a2e.txt`. */
  readonly id: string;
  /** From the leading ` date YYYY-MM-DD` line; `null` when absent or invalid, never guessed. */
  readonly date: IsoDate | null;
  /** The real headline (or, failing that, the first sentence cut to a headline's length). */
  readonly title: string;
  /** The publisher or agency the page names ("AA", "NNI", "Azernews", "ISPR"), if any. */
  readonly publisher: string | null;
  /** The dateline place ("LACHIN", "RAWALPINDI"), if any. */
  readonly place: string | null;
  /** The page's web address, from a ` url` header line; `null` when the file does not carry one. */
  readonly url: string | null;
  /** The dateline's date as printed ("May 31", "Feb. 24"), a wire's own date; absent when none. */
  readonly datelineDate?: string;
  /** Clean body paragraphs, in page order, debris removed. */
  readonly paragraphs: readonly string[];
}

/** An article without its text: what is known of it once its passages are indexed. */
export type ArticleInfo = Omit<Article, "paragraphs">;

/** How an article is cited next to an excerpt. */
export interface Citation {
  /** The article's file name. */
  readonly source: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly date: IsoDate | null;
  /** The article's web address; `null` when unknown (files saved by hand carry none). */
  readonly url: string | null;
}

/** A quoted piece of an article with the article(s) it appears in. */
export interface Excerpt {
  readonly text: string;
  /** The article quoted first; `alsoIn` lists every other article carrying the same passage. */
  readonly citation: Citation;
  readonly alsoIn: readonly Citation[];
  /** Days from the quoted article's date to today; `null` when undated. Set once the answer is dated. */
  readonly ageDays?: number | null;
}

/** The time scope an answer was given under, as plain data (read by `src/time/scope.ts`). */
export interface AnswerScope {
  /** First day of the evidence allowed, or `null`. */
  readonly since: IsoDate | null;
  /** Last day of the evidence allowed, or `null`. */
  readonly until: IsoDate | null;
  /** The newest evidence that answers was preferred ("latest", "recently", "now", "current"). */
  readonly preferRecent: boolean;
  /** The question's words that set the scope ("in May 2025"), or `null` (options only). */
  readonly phrase: string | null;
  /** The one line a reply shows ("Articles from 2024 only"). */
  readonly label: string | null;
  /** Undated articles among the matching evidence that a dated scope kept out. */
  readonly undatedExcluded: number;
  /** An event the question dates by ("before the PTA") that the archive could not date, or `null`. */
  readonly undatedEvent: string | null;
}

/** Outcome of a question. */
export type AskStatus = "answered" | "no_answer" | "invalid";

/** What `ask` returns: plain data for any renderer. */
export interface AskResult {
  readonly question: string;
  readonly status: AskStatus;
  /** The direct answer (best sentence or answer span); empty unless answered. */
  readonly answer: string;
  /** Up to three excerpts, best first; empty unless answered. */
  readonly excerpts: readonly Excerpt[];
  /** Why the question was invalid (status `invalid`). */
  readonly error?: string;
  /** The time scope used; `null` when the question and options set none. */
  readonly scope?: AnswerScope | null;
  /** How many articles and independent outlets carry the excerpts. */
  readonly corroboration?: Corroboration;
  /** Facts the excerpts disagree on (two dates for one meeting), each value with its sources. */
  readonly conflicts?: readonly Conflict[];
  /** How fresh the newest evidence is, and the note a reply shows when it is old. */
  readonly freshness?: Freshness;
  /** Why the archive does not answer it (status `no_answer`), in one sentence for the reader. */
  readonly reason?: string;
}

/**
 * How precisely a meeting's date is known. `reported`: the text gives no date, so the meeting is
 * dated by the article that reports it ("reported on").
 */
export type DatePrecision = "day" | "month" | "year" | "reported" | "unknown";

/** What sort of encounter a meeting is. */
export type MeetingKind = "meeting" | "summit" | "visit" | "call" | "signing";

/** A source of a meeting, as printed by `latest --json`. */
export interface MeetingSource {
  readonly source: string;
  readonly date: IsoDate | null;
}

/** A meeting, visit, call or talks between Pakistani and Azerbaijani officials. */
export interface Meeting {
  /** First day of the period for `month`/`year` precision; `null` when `unknown`. */
  readonly date: IsoDate | null;
  readonly precision: DatePrecision;
  /** Meeting, summit (three or more countries' leaders), visit, phone call or signing. */
  readonly kind: MeetingKind;
  /** Last day when the meeting spans several days ("January 23-24"), else absent. */
  readonly endDate?: IsoDate;
  readonly place: string | null;
  /** Participants with their roles, e.g. "Prime Minister Shehbaz Sharif". */
  readonly participants: readonly string[];
  /** What came of it, in one sentence. */
  readonly summary: string;
  /** The sentences the entry rests on. */
  readonly evidence: readonly string[];
  readonly sources: readonly MeetingSource[];
}

/** A theme of the relationship, from the topic catalogue. */
export interface TopicInfo {
  readonly name: string;
  readonly description: string;
  readonly aliases: readonly string[];
}

/** One point of a topic summary. */
export interface TopicPoint {
  readonly text: string;
  readonly sources: readonly MeetingSource[];
}

/** What `/topic` returns. */
export interface TopicSummary {
  readonly topic: string;
  readonly status: "answered" | "no_answer";
  readonly points: readonly TopicPoint[];
  /** The catalogue, offered when the theme is unknown and the archive does not cover it. */
  readonly catalogue?: readonly TopicInfo[];
}

/** Why a file of the archive was not loaded. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}
