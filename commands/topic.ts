import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { makeReply } from "../src/reply.js";
import { citeSource } from "./citations.js";
import type { Choice, Command } from "./command.js";
import { hideOption, hideSchema } from "./hide.js";

// Discord shows at most 25 autocomplete choices, each name and value 1-100 characters.
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;
const MAX_TOPIC = 100;

const data = new SlashCommandBuilder()
  .setName("topic")
  .setDescription("A short summary of one theme of the relationship (defence, trade, energy...).")
  .addStringOption((option) =>
    option
      .setName("name")
      .setDescription("The theme; start typing for suggestions")
      .setRequired(true)
      .setMaxLength(MAX_TOPIC)
      .setAutocomplete(true),
  )
  .addBooleanOption(hideOption)
  .toJSON();

const options = z.object({
  name: z
    .string({ message: "a topic is required" })
    .trim()
    .min(1, "a topic is required")
    .max(MAX_TOPIC, `must be at most ${MAX_TOPIC} characters`),
  hide: hideSchema,
});

const clip = (text: string): string =>
  text.length <= MAX_CHOICE_LENGTH ? text : `${text.slice(0, MAX_CHOICE_LENGTH - 1)}…`;

export default {
  data,
  options,
  run({ name, hide }, { kb }) {
    const summary = kb.topic(name);
    if (summary.status === "no_answer" || summary.points.length === 0) {
      const catalogue = summary.catalogue ?? kb.topicCatalogue();
      return makeReply({
        title: `Topic: ${name}`,
        body: "The archive does not cover this theme. Themes it covers:",
        items: catalogue.map((topic) => `${topic.name}: ${topic.description}`),
        ephemeral: hide,
      });
    }
    return makeReply({
      title: `Topic: ${summary.topic}`,
      excerpts: summary.points.map((point) => {
        const [first, ...rest] = point.sources.map((source) => citeSource(kb, source));
        return { heading: null, text: point.text, citation: first ?? null, alsoIn: rest };
      }),
      footer: "Summarised from the local news archive.",
      ephemeral: hide,
    });
  },
  autocomplete(_option, typed, { kb }): readonly Choice[] {
    return kb
      .suggestTopics(typed, MAX_CHOICES)
      .slice(0, MAX_CHOICES)
      .filter((topic) => topic.name.trim() !== "" && topic.name.length <= MAX_CHOICE_LENGTH)
      .map((topic) => ({ name: clip(`${topic.name} (${topic.description})`), value: topic.name }));
  },
} satisfies Command<typeof options>;
