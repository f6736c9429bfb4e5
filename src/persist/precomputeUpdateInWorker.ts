/**
 * Updating the meeting timeline and topic summaries for the touched articles off the serving
 * thread: re-merging every meeting draft takes seconds on a large archive, which on the serving
 * thread would stall every question asked meanwhile.
 */
import { latestMeetings } from "../meetings/index.js";
import type { Article, Meeting, TopicSummary } from "../types.js";
import { precomputeUpdate } from "./precompute.js";
import { runInWorker } from "./runInWorker.js";
import { readSavedBase, TIMELINE_HEAD } from "./savedIndex.js";

/** What the update needs: the saved index's file and what changed since it was built. */
export interface UpdateInput {
  readonly savedPath: string;
  readonly removed: readonly string[];
  readonly added: readonly Article[];
}

/** The updated timeline (newest first) and catalogue summaries. */
export interface UpdatedTimelineAndTopics {
  /** The newest `TIMELINE_HEAD` meetings, handed over as objects; the rest travels as JSON, parsed only if asked for. */
  readonly timelineHead: readonly Meeting[];
  readonly timelineLength: number;
  /** The whole timeline, newest first, as JSON. */
  readonly timelineJson: string;
  readonly topicSummaries: readonly (readonly [string, TopicSummary])[];
}

/**
 * Computes the updated timeline and summaries (in whichever thread calls it).
 * @param input - the saved index and the changes
 */
export async function updateTimelineAndTopics(input: UpdateInput): Promise<UpdatedTimelineAndTopics> {
  const saved = await readSavedBase(input.savedPath);
  const removed = new Set(input.removed);
  const served = [...saved.articles.filter((article) => !removed.has(article.id)), ...input.added];
  const update = precomputeUpdate(saved.base, removed, input.added, served);
  const timeline = latestMeetings(update.meetings, Number.POSITIVE_INFINITY);
  return {
    timelineHead: timeline.slice(0, TIMELINE_HEAD),
    timelineLength: timeline.length,
    timelineJson: JSON.stringify(timeline),
    topicSummaries: update.topicSummaries,
  };
}

/**
 * Runs {@link updateTimelineAndTopics} in a worker thread (in this one if a worker cannot start).
 * @param input - the saved index and the changes
 */
export function updateTimelineAndTopicsInWorker(input: UpdateInput): Promise<UpdatedTimelineAndTopics> {
  return runInWorker("./updateWorker.ts", input, () => updateTimelineAndTopics(input));
}
