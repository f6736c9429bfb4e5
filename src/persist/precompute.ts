/**
 * What a saved index stores besides the passages: the meeting timeline and every catalogue topic's
 * summary, and what updating them by the article needs (each article's meeting drafts, each topic's
 * candidate sentences). Pure, so it runs the same in a worker thread or in-process.
 */
import { extractFromArticle, type MeetingDraft } from "../meetings/extractFromArticle.js";
import { mergeDrafts } from "../meetings/merge.js";
import { TOPIC_CATALOGUE } from "../topics/catalogue.js";
import { prepareTopicCorpus } from "../topics/prepare.js";
import type { ScoredSentence } from "../topics/select.js";
import { summarizeCandidates, summarizeTopic, topicCandidates } from "../topics/summarize.js";
import type { Article, IsoDate, Meeting, TopicSummary } from "../types.js";

/** Distinct candidate texts kept per topic: four summaries' pools, so deletions rarely reach past them. */
export const TOPIC_CANDIDATE_TEXTS = 240;

/** The timeline and the catalogue summaries of an archive. */
export interface Precomputation {
  readonly meetings: readonly Meeting[];
  /** Catalogue summaries as [topic name, summary] pairs. */
  readonly topicSummaries: readonly (readonly [string, TopicSummary])[];
  /** Every article's meeting drafts, in article order: the timeline is their merge. */
  readonly meetingDrafts: readonly MeetingDraft[];
  /** Per catalogue topic, its candidate sentences (see `topicCandidates`). */
  readonly topicCandidates: readonly (readonly [string, readonly ScoredSentence[]])[];
}

function datesOf(articles: readonly Pick<Article, "id" | "date">[]): Map<string, IsoDate | null> {
  return new Map(articles.map((article) => [article.id, article.date]));
}

/**
 * Extracts the meetings and summarises every catalogue topic.
 * @param articles - the archive's articles
 */
export function precompute(articles: readonly Article[]): Precomputation {
  const meetingDrafts = articles.flatMap(extractFromArticle);
  const meetings = mergeDrafts(meetingDrafts, datesOf(articles));
  const prepared = prepareTopicCorpus(articles);
  for (const topic of TOPIC_CATALOGUE) summarizeTopic(topic.name, { articles, prepared });
  return {
    meetings,
    topicSummaries: [...prepared.summaries],
    meetingDrafts,
    topicCandidates: TOPIC_CATALOGUE.map((topic) => [
      topic.name,
      topicCandidates(topic.name, prepared, TOPIC_CANDIDATE_TEXTS),
    ]),
  };
}

/** What an update by the article starts from: the main build's drafts and candidates. */
export interface PrecomputedBase {
  readonly meetingDrafts: readonly MeetingDraft[];
  readonly topicCandidates: readonly (readonly [string, readonly ScoredSentence[]])[];
}

/**
 * The timeline and catalogue summaries after some articles were removed and others added, from the
 * main build's drafts and candidates and the added articles alone.
 * @param base - the main build's drafts and candidates
 * @param removed - ids of the main build's articles no longer served (deleted or changed)
 * @param added - the new articles (changed ones included), with their text
 * @param served - every article now served, for the dates the merge reads
 */
export function precomputeUpdate(
  base: PrecomputedBase,
  removed: ReadonlySet<string>,
  added: readonly Article[],
  served: readonly Pick<Article, "id" | "date">[],
): Precomputation {
  const meetingDrafts = [
    ...base.meetingDrafts.filter((draft) => !removed.has(draft.articleId)),
    ...added.flatMap(extractFromArticle),
  ];
  const meetings = mergeDrafts(meetingDrafts, datesOf(served));
  const prepared = prepareTopicCorpus(added);
  const topicSummaries: [string, TopicSummary][] = [];
  const candidates: [string, ScoredSentence[]][] = [];
  for (const [name, kept] of base.topicCandidates) {
    const firstNewId = kept.reduce((max, entry) => Math.max(max, entry.sentence.id), -1) + 1;
    // New sentences come after the main build's in corpus order, as a rebuild would place appended files.
    const fresh = topicCandidates(name, prepared, TOPIC_CANDIDATE_TEXTS).map((entry) => ({
      ...entry,
      sentence: { ...entry.sentence, id: entry.sentence.id + firstNewId },
    }));
    const merged = [...kept.filter((entry) => !removed.has(entry.sentence.source.source)), ...fresh];
    candidates.push([name, merged]);
    const summary = summarizeCandidates(name, merged);
    if (summary) topicSummaries.push([name, summary]);
  }
  return { meetings, topicSummaries, meetingDrafts, topicCandidates: candidates };
}
