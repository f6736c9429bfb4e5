import type { ArticleInfo, AskResult, Meeting, SkippedFile, TopicInfo, TopicSummary } from "./types.js";

/**
 * Everything the commands may ask of the archive. Handlers receive one of these in their context
 * (never a global), so a rebuilt knowledge base can be swapped in while the bot runs.
 */
export interface KnowledgeBase {
  /** Every article served, in file-name order (their text lives in the index's passages). */
  readonly articles: readonly ArticleInfo[];
  /** Files of the archive that were not loaded, with the reason. */
  readonly skipped: readonly SkippedFile[];
  /** Answers a free-text question with quoted, cited excerpts, or abstains. */
  ask(question: string): AskResult;
  /** The most recent meetings between the two countries' officials, newest first. */
  latest(limit: number): readonly Meeting[];
  /** A short extractive summary of a theme. */
  topic(name: string): TopicSummary;
  /** The topic catalogue. */
  topicCatalogue(): readonly TopicInfo[];
  /** Catalogue topics matching what a user has typed so far (for autocomplete), at most `limit`. */
  suggestTopics(typed: string, limit: number): readonly TopicInfo[];
}
