import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { makeReply } from "../src/reply.js";
import type { Command } from "./command.js";

const data = new SlashCommandBuilder().setName("help").setDescription("What this bot can do.").toJSON();

const options = z.object({});

export default {
  data,
  options,
  run(_options, { commands }) {
    return makeReply({
      title: "Dostluq: Pakistan-Azerbaijan relations from the news archive",
      body: "Every answer quotes articles from a local archive and cites publisher, title, date and file.",
      items: commands.map((command) => `/${command.name}: ${command.description}`),
      ephemeral: true,
    });
  },
} satisfies Command<typeof options>;
