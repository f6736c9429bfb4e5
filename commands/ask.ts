import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { resolveFollowUp } from "../src/conversation/followUp.js";
import { errorReply, makeReply } from "../src/reply.js";
import type { Command } from "./command.js";
import { hideOption, hideSchema } from "./hide.js";

// Shorter than this is not a question; longer is an essay the retrieval cannot use.
const MIN_QUESTION = 3;
const MAX_QUESTION = 300;

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
  .addBooleanOption(hideOption)
  .toJSON();

const options = z.object({
  question: z
    .string({ message: "a question is required" })
    .trim()
    .min(MIN_QUESTION, `must be at least ${MIN_QUESTION} characters`)
    .max(MAX_QUESTION, `must be at most ${MAX_QUESTION} characters`),
  hide: hideSchema,
});

export default {
  data,
  options,
  run({ question, hide }, { kb, earlierQuestions }) {
    // In a follow-up thread, names and dates missing from the question come from earlier ones.
    const followUp = resolveFollowUp(earlierQuestions ?? [], question);
    const result = kb.ask(followUp.question);
    if (result.status === "invalid") {
      return errorReply("Cannot answer that", result.error ?? "That question cannot be answered.");
    }
    const context = followUp.context === null ? "" : `${followUp.context}\n\n`;
    if (result.status === "no_answer" || result.excerpts.length === 0) {
      return makeReply({
        title: question,
        body: `${context}The archive has nothing that answers this question. Try /topic or /sources to see what it covers.`,
        ephemeral: hide,
        answer: { asked: followUp.question, answered: false },
      });
    }
    return makeReply({
      title: question,
      body: `${context}${result.answer}`,
      excerpts: result.excerpts.map((excerpt) => ({
        heading: null,
        text: excerpt.text,
        citation: excerpt.citation,
        alsoIn: excerpt.alsoIn,
      })),
      footer: "Quoted from the local news archive; check the sources for context.",
      ephemeral: hide,
      answer: { asked: followUp.question, answered: true },
    });
  },
} satisfies Command<typeof options>;
