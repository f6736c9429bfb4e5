import { PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { errorReply, makeReply, type Reply } from "../src/reply.js";
import { publicReason, StoreError, type Store } from "../src/store/store.js";
import { MAX_RETENTION_DAYS } from "../src/store/retention.js";
import { adminStore } from "./admin.js";
import type { Command } from "./command.js";

// A month shows what people keep asking without drowning it in one-offs.
const DEFAULT_DAYS = 30;
// Ten lines of each list fit a message and are as many as anyone acts on.
const REPORT_LINES = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

const data = new SlashCommandBuilder()
  .setName("gaps")
  .setDescription("Admins: questions the archive could not answer, and the most 👎'd answers.")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addIntegerOption((o) =>
    o
      .setName("days")
      .setDescription(`The period, in days (default ${DEFAULT_DAYS})`)
      .setMinValue(1)
      .setMaxValue(MAX_RETENTION_DAYS),
  )
  .toJSON();

const options = z.object({
  days: z.coerce
    .number({ message: "must be a whole number of days" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1")
    .max(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS}`)
    .default(DEFAULT_DAYS),
});

/**
 * The gaps report: the most-asked unanswered questions and the most disliked answers over the
 * last `days` days (bounded by the store's retention).
 */
export function gapsReply(store: Store, days: number, now: number = Date.now()): Reply {
  const period = Math.min(days, store.retentionDays);
  const since = now - period * DAY_MS;
  const unanswered = store.unansweredQuestions(since, REPORT_LINES);
  const disliked = store.mostDislikedAnswers(since, REPORT_LINES);
  const asked = (n: number): string => `asked ${n} time${n === 1 ? "" : "s"}`;
  return makeReply({
    title: `Gaps in the archive, last ${period} day${period === 1 ? "" : "s"}`,
    body:
      unanswered.length === 0
        ? "Every question in this period was answered."
        : "Most-asked questions the archive could not answer (add articles that answer them):",
    items: unanswered.map((q) => `${q.question} (${asked(q.count)})`),
    excerpts: disliked.map((answer) => ({
      heading: `👎 ${answer.downVotes} · 👍 ${answer.upVotes}: ${answer.question}`,
      text: [
        `Quoted: ${answer.sources.join(", ") || "nothing"}`,
        ...(answer.reasons.length === 0 ? [] : [`Reasons: ${answer.reasons.join(" | ")}`]),
      ].join("\n"),
      citation: null,
      alsoIn: [],
    })),
    footer:
      disliked.length === 0
        ? "No answer got a 👎 in this period."
        : "Below: the answers with the most 👎, with the sources they quoted.",
    ephemeral: true,
  });
}

export default {
  data,
  options,
  run({ days }, ctx) {
    const access = adminStore(ctx, "gaps", "The gaps report is", false);
    if ("refusal" in access) return access.refusal;
    try {
      return gapsReply(access.store, days);
    } catch (error) {
      if (error instanceof StoreError)
        return errorReply("Unavailable", `The gaps report is unavailable: ${publicReason(error.message)}.`);
      throw error;
    }
  },
} satisfies Command<typeof options>;
