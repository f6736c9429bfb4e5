/**
 * Posts alerts to subscribed channels when the archive gains a meeting or a topic article. Posts
 * never ping anyone, unless the subscription names a role: then only that role.
 */
import { Routes, type Client } from "discord.js";
import { citeSource } from "../../commands/citations.js";
import { whatIsNew } from "../alerts/whatIsNew.js";
import type { KnowledgeBase } from "../knowledgeBase.js";
import type { Logger } from "../logger.js";
import { makeReply, type Reply } from "../reply.js";
import type { Store, Subscription } from "../store/store.js";
import { renderEmbeds } from "./renderEmbeds.js";

function alertFor(
  subscription: Subscription,
  kb: KnowledgeBase,
  news: ReturnType<typeof whatIsNew>,
): Reply | null {
  if (subscription.kind === "meetings") {
    if (news.meetings.length === 0) return null;
    return makeReply({
      title:
        news.meetings.length === 1
          ? "New in the archive: a meeting"
          : `New in the archive: ${news.meetings.length} meetings`,
      excerpts: news.meetings.map((meeting) => {
        const [first, ...rest] = meeting.sources.map((source) => citeSource(kb, source));
        return {
          heading: [meeting.date ?? "undated", meeting.place].filter((part) => part !== null).join(" · "),
          text: meeting.summary,
          citation: first ?? null,
          alsoIn: rest,
        };
      }),
      footer: "You get this because this channel subscribed with /subscribe meetings.",
    });
  }
  const points = news.topics.get(subscription.topic);
  if (points === undefined) return null;
  return makeReply({
    title: `New in the archive on ${subscription.topic}`,
    excerpts: points.map((point) => {
      const [first, ...rest] = point.sources.map((source) => citeSource(kb, source));
      return { heading: null, text: point.text, citation: first ?? null, alsoIn: rest };
    }),
    footer: `You get this because this channel subscribed with /subscribe topic:${subscription.topic}.`,
  });
}

/**
 * Compares the knowledge bases and posts what is new to every subscribed channel. Never throws;
 * failures are logged per channel.
 * @returns how many posts were sent
 */
export async function postAlerts(
  client: Client,
  store: Store,
  before: KnowledgeBase,
  after: KnowledgeBase,
  logger: Logger,
): Promise<number> {
  let subscriptions: readonly Subscription[];
  try {
    subscriptions = store.subscriptions();
  } catch (error) {
    logger.error({ err: error }, "alerts unavailable: could not read subscriptions");
    return 0;
  }
  if (subscriptions.length === 0) return 0;
  const topics = subscriptions.filter((s) => s.kind === "topic").map((s) => s.topic);
  const news = whatIsNew(before, after, topics);
  let sent = 0;
  for (const subscription of subscriptions) {
    const reply = alertFor(subscription, after, news);
    if (reply === null) continue;
    const role = subscription.roleId;
    try {
      await client.rest.post(Routes.channelMessages(subscription.channelId), {
        body: {
          ...(role === null ? {} : { content: `<@&${role}>` }),
          embeds: renderEmbeds(reply),
          allowed_mentions: role === null ? { parse: [] } : { parse: [], roles: [role] },
        },
      });
      sent += 1;
    } catch (error) {
      logger.error({ err: error, channelId: subscription.channelId }, "could not post an alert");
    }
  }
  logger.info({ sent, meetings: news.meetings.length, topics: news.topics.size }, "archive alerts");
  return sent;
}
