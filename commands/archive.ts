import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { errorReply, makeReply, type Reply } from "../src/reply.js";
import type { AddOutcome } from "../src/ingest/web/addArticle.js";
import type { Command } from "./command.js";

/** Browsers and Discord accept addresses of about this length; longer is a paste accident. */
const MAX_URL_LENGTH = 2000;

const data = new SlashCommandBuilder()
  .setName("archive")
  .setDescription("Grow the archive (Manage Server only): add an article from its web address.")
  // Discord hides the command from members without Manage Server; the handler checks again.
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName("add")
      .setDescription("Fetch a news page and add its article to the archive.")
      .addStringOption((option) =>
        option
          .setName("url")
          .setDescription("The article's web address (http or https)")
          .setRequired(true)
          .setMaxLength(MAX_URL_LENGTH),
      ),
  )
  .toJSON();

const options = z.object({
  subcommand: z.literal("add", { message: "the only subcommand is add, e.g. /archive add url:https://..." }),
  url: z
    .string({ message: "is required: the article's web address" })
    .trim()
    .min(1, { message: "is required: the article's web address" })
    .max(MAX_URL_LENGTH, { message: `must be at most ${MAX_URL_LENGTH} characters` }),
});

function replyFor(outcome: AddOutcome): Reply {
  if (!outcome.ok) return errorReply("Not added", `${outcome.url} was not added: ${outcome.reason}.`);
  return makeReply({
    title: "Article added",
    body: `Added to the archive as ${outcome.file}. It is served once the archive reloads, in a few seconds.`,
    items: [
      outcome.title,
      `Publisher: ${outcome.publisher ?? "not named on the page"}`,
      `Date: ${outcome.date ?? "undated (the page states no date)"}`,
      `Address: ${outcome.url}`,
    ],
    itemLinks: [{ text: outcome.title, url: outcome.url }, null, null, null],
    ephemeral: true,
  });
}

export default {
  data,
  options,
  async run({ url }, { caller, addArticle }) {
    if (caller !== undefined && !caller.canManageServer) {
      return errorReply(
        "Not allowed",
        "Only members with the Manage Server permission can add articles to the archive.",
      );
    }
    if (addArticle === undefined)
      return errorReply("Not available", "Adding articles is not switched on for this bot.");
    return replyFor(await addArticle(url));
  },
} satisfies Command<typeof options>;
