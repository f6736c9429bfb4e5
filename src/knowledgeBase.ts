import type { Corroboration } from "./corroboration/outlets.js";
import type { ArticleInfo, AskResult, Meeting, SkippedFile, TopicInfo, TopicSummary } from "./types.js";

/** The `/ask` options besides the question. */
export interface AskOptions {
  /** Only evidence from this day, month or year on (YYYY, YYYY-MM or YYYY-MM-DD), as typed. */
  readonly since?: string | undefined;
  /** Only evidence up to this day, month or year, as typed. */
  readonly until?: string | undefined;
}

/**
 * Everything the commands may ask of the archive. Handlers receive one of these in their context
 * (never a global), so a rebuilt knowledge base can be swapped in while the bot runs.
 */
export interface KnowledgeBase {
  /** Every article served, in file-name order (their text lives in the index's passages). */
  readonly articles: readonly ArticleInfo[];
  /** Files of the archive that were not loaded, with the reason. */
  readonly skipped: readonly SkippedFile[];
  /** Answers a free-text question with quoted, cited excerpts, or abstains; `since`/`until` scope it. */
  ask(question: string, options?: AskOptions): AskResult;
  /**
   * How many articles and independent outlets carry the given articles' story (for `/latest`).
   * @param sources - article file names
   */
  corroborate?(sources: readonly string[]): Corroboration;
  /** The most recent meetings between the two countries' officials, newest first. */
  latest(limit: number): readonly Meeting[];
  /** A short extractive summary of a theme. */
  topic(name: string): TopicSummary;
  /** The topic catalogue. */
  topicCatalogue(): readonly TopicInfo[];
  /** Catalogue topics matching what a user has typed so far (for autocomplete), at most `limit`. */
  suggestTopics(typed: string, limit: number): readonly TopicInfo[];
  /**
   * Resolves once `latest` and `topic` cover every article `ask` does (after an update they are
   * re-merged in the background, answered from the previous timeline meanwhile). Absent: already.
   */
  readonly settled?: Promise<void>;
}
