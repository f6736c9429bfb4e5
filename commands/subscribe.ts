import { PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { errorReply, makeReply } from "../src/reply.js";
import { publicReason, StoreError } from "../src/store/store.js";
import { adminStore } from "./admin.js";
import type { Choice, Command } from "./command.js";

const MAX_TOPIC = 100;
// Discord shows at most 25 autocomplete choices.
const MAX_CHOICES = 25;

const data = new SlashCommandBuilder()
  .setName("subscribe")
  .setDescription("Post in this channel when the archive gains a new meeting or topic article.")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName("meetings")
      .setDescription("Alert on every new meeting between the two countries' officials")
      .addRoleOption((o) =>
        o.setName("role").setDescription("A role to ping with each alert (default: none)"),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName("topic")
      .setDescription("Alert on new articles about one theme")
      .addStringOption((o) =>
        o
          .setName("name")
          .setDescription("The theme, e.g. trade")
          .setRequired(true)
          .setMaxLength(MAX_TOPIC)
          .setAutocomplete(true),
      )
      .addRoleOption((o) =>
        o.setName("role").setDescription("A role to ping with each alert (default: none)"),
      ),
  )
  .toJSON();

/**
 * Discord sends the subcommand's name as `subcommand`; the console sends `/subscribe meetings` or
 * `/subscribe topic:trade` as options named after the subcommands.
 */
function subcommandFromConsole(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || "subcommand" in raw) return raw;
  const options = raw as Record<string, unknown>;
  if (options["topic"] !== undefined) return { ...options, subcommand: "topic", name: options["topic"] };
  if (options["meetings"] !== undefined) return { ...options, subcommand: "meetings" };
  return raw;
}

/** The options of /subscribe and /unsubscribe. */
export const subscriptionOptions = z.preprocess(
  subcommandFromConsole,
  z
    .object({
      subcommand: z.enum(["meetings", "topic"], { message: "choose meetings or topic" }),
      name: z.string().trim().max(MAX_TOPIC, `must be at most ${MAX_TOPIC} characters`).optional(),
      role: z
        .string()
        .regex(/^\d{17,20}$/, "must be a role")
        .optional(),
    })
    .refine((o) => o.subcommand !== "topic" || (o.name ?? "") !== "", {
      message: "name: a topic is required",
    }),
);

/** Topic names as stored: lower case, single spaces. */
export const topicKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();

export default {
  data,
  options: subscriptionOptions,
  async run({ subcommand, name, role }, ctx) {
    const access = adminStore(ctx, "subscribe", "Alerts are", true);
    if ("refusal" in access) return access.refusal;
    const topic = subcommand === "topic" ? topicKey(name ?? "") : "";
    try {
      await access.store.addSubscription({
        guildId: access.guildId,
        channelId: access.channelId,
        kind: subcommand,
        topic,
        roleId: role ?? null,
      });
    } catch (error) {
      if (error instanceof StoreError)
        return errorReply("Not subscribed", `Alerts are unavailable: ${publicReason(error.message)}.`);
      throw error;
    }
    const what = subcommand === "meetings" ? "a new meeting" : `a new article on ${topic}`;
    return makeReply({
      title: "Subscribed",
      body:
        `This channel gets a post when the archive gains ${what}. ` +
        (role === undefined ? "Posts ping nobody." : `Posts ping <@&${role}> only.`) +
        ` Stop with /unsubscribe ${subcommand}${subcommand === "topic" ? ` name:${topic}` : ""}.`,
      ephemeral: true,
    });
  },
  autocomplete(_option, typed, { kb }): readonly Choice[] {
    return kb
      .suggestTopics(typed, MAX_CHOICES)
      .filter((t) => t.name.length <= MAX_TOPIC)
      .map((t) => ({ name: t.name, value: t.name }));
  },
} satisfies Command<typeof subscriptionOptions>;
