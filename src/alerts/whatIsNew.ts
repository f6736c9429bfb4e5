/**
 * What a rebuilt archive holds that the previous one did not: meetings and topic points that rest
 * on an article the previous knowledge base did not serve. Plain data, for the alert posts.
 */
import type { KnowledgeBase } from "../knowledgeBase.js";
import type { Meeting, TopicPoint } from "../types.js";

// The timeline is newest first; a new article's meetings are among its most recent hundred.
const MEETINGS_COMPARED = 100;

/** What is new, by what users subscribe to. */
export interface WhatIsNew {
  readonly meetings: readonly Meeting[];
  /** New points of each topic asked about (topics without any are left out). */
  readonly topics: ReadonlyMap<string, readonly TopicPoint[]>;
}

const meetingKey = (meeting: Meeting): string =>
  JSON.stringify([meeting.date, meeting.place, meeting.summary]);

/**
 * Compares two knowledge bases of the same archive.
 * @param before - the one served until now
 * @param after - the rebuilt one
 * @param topics - topic names to check (those with subscriptions)
 */
export function whatIsNew(before: KnowledgeBase, after: KnowledgeBase, topics: readonly string[]): WhatIsNew {
  const known = new Set(before.articles.map((article) => article.id));
  const added = new Set(after.articles.filter((article) => !known.has(article.id)).map((a) => a.id));
  if (added.size === 0) return { meetings: [], topics: new Map() };
  const earlier = new Set(before.latest(MEETINGS_COMPARED).map(meetingKey));
  const meetings = after
    .latest(MEETINGS_COMPARED)
    .filter(
      (meeting) => !earlier.has(meetingKey(meeting)) && meeting.sources.some((s) => added.has(s.source)),
    );
  const byTopic = new Map<string, readonly TopicPoint[]>();
  for (const name of new Set(topics)) {
    const summary = after.topic(name);
    if (summary.status !== "answered") continue;
    const points = summary.points.filter((point) => point.sources.some((s) => added.has(s.source)));
    if (points.length > 0) byTopic.set(name, points);
  }
  return { meetings, topics: byTopic };
}
