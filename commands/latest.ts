import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { countCorroboration, describeCorroboration } from "../src/corroboration/outlets.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { makeReply } from "../src/reply.js";
import { ageDays, todayIso } from "../src/time/age.js";
import type { Citation, Corroboration, Meeting, MeetingKind } from "../src/types.js";
import { citeSource } from "./citations.js";
import type { Command } from "./command.js";
import { hideOption, hideSchema } from "./hide.js";

// Ten meetings already fill a message; five is a readable default.
const MAX_COUNT = 10;
const DEFAULT_COUNT = 5;

/** How a meeting's kind reads in a heading; a plain meeting, the usual kind, goes without a label. */
const KIND_LABELS: Readonly<Record<MeetingKind, string | null>> = {
  meeting: null,
  summit: "summit",
  visit: "visit",
  call: "phone call",
  signing: "signing",
};

const data = new SlashCommandBuilder()
  .setName("latest")
  .setDescription("The most recent meetings between Pakistani and Azerbaijani officials.")
  .addIntegerOption((option) =>
    option
      .setName("count")
      .setDescription(`How many meetings to show (1-${MAX_COUNT}, default ${DEFAULT_COUNT})`)
      .setMinValue(1)
      .setMaxValue(MAX_COUNT),
  )
  .addBooleanOption(hideOption)
  .toJSON();

const options = z.object({
  count: z.coerce
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_COUNT, `must be at most ${MAX_COUNT}`)
    .default(DEFAULT_COUNT),
  hide: hideSchema,
});

/**
 * "2025-02-23", "2025-02", "2025", "reported on 2025-02-23" (the text gives no date, the report's
 * is shown) or "undated", with the end day of a multi-day meeting.
 */
function when(meeting: Meeting): string {
  if (meeting.date === null || meeting.precision === "unknown") return "undated";
  if (meeting.precision === "reported") return `reported on ${meeting.date}`;
  const length = { day: 10, month: 7, year: 4 }[meeting.precision];
  const start = meeting.date.slice(0, length);
  return meeting.endDate === undefined ? start : `${start} to ${meeting.endDate}`;
}

/** How many articles and outlets report a meeting; by publisher alone when the archive cannot compare texts. */
function corroborationOf(kb: KnowledgeBase, citations: readonly Citation[]): Corroboration {
  const sources = citations.map((citation) => citation.source);
  return (
    kb.corroborate?.(sources) ??
    countCorroboration(citations.map((c) => ({ id: c.source, publisher: c.publisher, passages: [] })))
  );
}

export default {
  data,
  options,
  run({ count, hide }, { kb }) {
    const meetings = kb.latest(count);
    if (meetings.length === 0) {
      return makeReply({
        title: "Latest meetings",
        body: "The archive records no meetings.",
        ephemeral: hide,
      });
    }
    const today = todayIso();
    return makeReply({
      title: meetings.length === 1 ? "The latest meeting" : `The latest ${meetings.length} meetings`,
      excerpts: meetings.map((meeting) => {
        const citations = meeting.sources.map((source) => citeSource(kb, source));
        const [first, ...rest] = citations;
        const who =
          meeting.participants.length > 0 ? `\nParticipants: ${meeting.participants.join("; ")}` : "";
        // The count labels the entry, outside the quoted text, so it is never read as part of a quotation.
        const count = citations.length > 0 ? describeCorroboration(corroborationOf(kb, citations)) : null;
        const reported = count === null ? null : `${count.charAt(0).toLowerCase()}${count.slice(1)}`;
        return {
          heading: [when(meeting), KIND_LABELS[meeting.kind], meeting.place, reported]
            .filter((part) => part !== null)
            .join(" · "),
          text: `${meeting.summary}${who}`,
          citation: first ?? null,
          alsoIn: rest,
          ageDays: first?.date ? ageDays(first.date, today) : null,
        };
      }),
      ephemeral: hide,
    });
  },
} satisfies Command<typeof options>;
