/**
 * What a saved index stores besides the passages: the meeting timeline and every catalogue topic's
 * summary. Pure, so it runs the same in a worker thread or in-process.
 */
import { extractMeetings } from "../meetings/index.js";
import { TOPIC_CATALOGUE } from "../topics/catalogue.js";
import { prepareTopicCorpus } from "../topics/prepare.js";
import { summarizeTopic } from "../topics/summarize.js";
import type { Article, Meeting, TopicSummary } from "../types.js";

/** The timeline and the catalogue summaries of an archive. */
export interface Precomputation {
  readonly meetings: readonly Meeting[];
  /** Catalogue summaries as [topic name, summary] pairs. */
  readonly topicSummaries: readonly (readonly [string, TopicSummary])[];
}

/**
 * Extracts the meetings and summarises every catalogue topic.
 * @param articles - the archive's articles
 */
export function precompute(articles: readonly Article[]): Precomputation {
  const meetings = extractMeetings(articles);
  const prepared = prepareTopicCorpus(articles);
  for (const topic of TOPIC_CATALOGUE) summarizeTopic(topic.name, { articles, prepared });
  return { meetings, topicSummaries: [...prepared.summaries] };
}
