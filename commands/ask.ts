import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { answerNotes } from "../src/answerNotes.js";
import { resolveFollowUp } from "../src/conversation/followUp.js";
import { errorReply, makeReply } from "../src/reply.js";
import type { Command } from "./command.js";
import { hideOption, hideSchema } from "./hide.js";

// Shorter than this is not a question; longer is an essay the retrieval cannot use.
const MIN_QUESTION = 3;
const MAX_QUESTION = 300;
// "2024", "2024-05" or "2024-05-28": a date option is 4 to 10 characters.
const MIN_DATE = 4;
const MAX_DATE = 10;
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const DATE_HINT = "must be YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-28";

const dateOption = z
  .string()
  .trim()
  .regex(DATE_SHAPE, DATE_HINT)
  .optional()
  .or(z.literal("").transform(() => undefined));

const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription(
    "Ask a question about Pakistan-Azerbaijan relations; answered with quotes from the archive.",
  )
  .addStringOption((option) =>
    option
      .setName("question")
      .setDescription("Your question, e.g. When did Azerbaijan receive the JF-17?")
      .setRequired(true)
      .setMinLength(MIN_QUESTION)
      .setMaxLength(MAX_QUESTION),
  )
  .addStringOption((option) =>
    option
      .setName("since")
      .setDescription("Only articles from this date on: YYYY, YYYY-MM or YYYY-MM-DD")
      .setMinLength(MIN_DATE)
      .setMaxLength(MAX_DATE),
  )
  .addStringOption((option) =>
    option
      .setName("until")
      .setDescription("Only articles up to this date: YYYY, YYYY-MM or YYYY-MM-DD")
      .setMinLength(MIN_DATE)
      .setMaxLength(MAX_DATE),
  )
  .addBooleanOption(hideOption)
  .toJSON();

const options = z.object({
  question: z
    .string({ message: "a question is required" })
    .trim()
    .min(MIN_QUESTION, `must be at least ${MIN_QUESTION} characters`)
    .max(MAX_QUESTION, `must be at most ${MAX_QUESTION} characters`),
  since: dateOption,
  until: dateOption,
  hide: hideSchema,
});

export default {
  data,
  options,
  run({ question, since, until, hide }, { kb, earlierQuestions }) {
    // In a follow-up thread, names and dates missing from the question come from earlier ones.
    const followUp = resolveFollowUp(earlierQuestions ?? [], question);
    const result = kb.ask(followUp.question, { since, until });
    if (result.status === "invalid") {
      return errorReply("Cannot answer that", result.error ?? "That question cannot be answered.");
    }
    const context = followUp.context === null ? [] : [followUp.context];
    const notes = answerNotes(result);
    if (result.status === "no_answer" || result.excerpts.length === 0) {
      return makeReply({
        title: question,
        body: [
          ...context,
          ...notes.before,
          `${result.reason ?? "The archive has nothing that answers this question."} Try /topic or /sources to see what it covers.`,
        ].join("\n\n"),
        ephemeral: hide,
        answer: { asked: followUp.question, answered: false },
      });
    }
    return makeReply({
      title: question,
      body: [...context, ...notes.before, result.answer, ...notes.after].join("\n\n"),
      excerpts: result.excerpts.map((excerpt) => ({
        heading: null,
        text: excerpt.text,
        citation: excerpt.citation,
        alsoIn: excerpt.alsoIn,
        ...(excerpt.ageDays === undefined ? {} : { ageDays: excerpt.ageDays }),
      })),
      footer: "Quoted from the local news archive; check the sources for context.",
      ephemeral: hide,
      answer: { asked: followUp.question, answered: true },
    });
  },
} satisfies Command<typeof options>;
