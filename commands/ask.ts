import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { errorReply, makeReply } from "../src/reply.js";
import type { Command } from "./command.js";

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
  .toJSON();

const options = z.object({
  question: z
    .string({ message: "a question is required" })
    .trim()
    .min(MIN_QUESTION, `must be at least ${MIN_QUESTION} characters`)
    .max(MAX_QUESTION, `must be at most ${MAX_QUESTION} characters`),
});

export default {
  data,
  options,
  run({ question }, { kb }) {
    const result = kb.ask(question);
    if (result.status === "invalid") {
      return errorReply("Cannot answer that", result.error ?? "That question cannot be answered.");
    }
    if (result.status === "no_answer" || result.excerpts.length === 0) {
      return makeReply({
        title: question,
        body: "The archive has nothing that answers this question. Try /topic or /sources to see what it covers.",
      });
    }
    return makeReply({
      title: question,
      body: result.answer,
      excerpts: result.excerpts.map((excerpt) => ({
        heading: null,
        text: excerpt.text,
        citation: excerpt.citation,
        alsoIn: excerpt.alsoIn,
      })),
      footer: "Quoted from the local news archive; check the sources for context.",
    });
  },
} satisfies Command<typeof options>;
