import { PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { errorReply, makeReply } from "../src/reply.js";
import { publicReason, StoreError } from "../src/store/store.js";
import { adminStore } from "./admin.js";
import type { Command } from "./command.js";
import { subscriptionOptions, topicKey } from "./subscribe.js";

const data = new SlashCommandBuilder()
  .setName("unsubscribe")
  .setDescription("Stop this channel's alerts for new meetings or a topic.")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) => sub.setName("meetings").setDescription("Stop alerts on new meetings"))
  .addSubcommand((sub) =>
    sub
      .setName("topic")
      .setDescription("Stop alerts on one theme")
      .addStringOption((o) =>
        o.setName("name").setDescription("The theme").setRequired(true).setMaxLength(100),
      ),
  )
  .toJSON();

export default {
  data,
  options: subscriptionOptions,
  async run({ subcommand, name }, ctx) {
    const access = adminStore(ctx, "unsubscribe", "Alerts are", true);
    if ("refusal" in access) return access.refusal;
    const topic = subcommand === "topic" ? topicKey(name ?? "") : "";
    let removed: boolean;
    try {
      removed = await access.store.removeSubscription(access.channelId, subcommand, topic);
    } catch (error) {
      if (error instanceof StoreError)
        return errorReply("Not unsubscribed", `Alerts are unavailable: ${publicReason(error.message)}.`);
      throw error;
    }
    const what = subcommand === "meetings" ? "new meetings" : `the topic ${topic}`;
    return makeReply({
      title: removed ? "Unsubscribed" : "No such subscription",
      body: removed
        ? `This channel no longer gets alerts for ${what}.`
        : `This channel had no alerts for ${what}.`,
      ephemeral: true,
    });
  },
} satisfies Command<typeof subscriptionOptions>;
