import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { makeReply } from "../src/reply.js";
import type { Command } from "./command.js";

const data = new SlashCommandBuilder()
  .setName("sources")
  .setDescription("Every article in the archive: title (linked to its page), publisher and date.")
  .toJSON();

const options = z.object({});

export default {
  data,
  options,
  run(_options, { kb }) {
    const skipped = kb.skipped.length;
    return makeReply({
      title: "Sources",
      body: `The archive holds ${kb.articles.length} article${kb.articles.length === 1 ? "" : "s"}:`,
      items: kb.articles.map(
        (article) =>
          `${article.title}, ${article.publisher ?? "unknown publisher"}, ${article.date ?? "undated"} (${article.id})`,
      ),
      ...(kb.articles.some((article) => article.url !== null)
        ? {
            itemLinks: kb.articles.map((article) =>
              article.url === null ? null : { text: article.title, url: article.url },
            ),
          }
        : {}),
      footer: skipped > 0 ? `${skipped} file${skipped === 1 ? " was" : "s were"} not loaded.` : null,
    });
  },
} satisfies Command<typeof options>;
