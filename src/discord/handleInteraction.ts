/** Turns Discord interactions into command runs and rendered replies. */
import {
  ApplicationCommandOptionType,
  ChannelType,
  MessageFlags,
  PermissionFlagsBits,
  type APIActionRowComponent,
  type APIButtonComponent,
  type AutocompleteInteraction,
  type Client,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from "discord.js";
import type { Command, CommandContext, RawOptions } from "../../commands/command.js";
import { validateOptions } from "../../commands/validate.js";
import type { Logger } from "../logger.js";
import { errorReply, type Reply } from "../reply.js";
import { Cooldown } from "./cooldown.js";
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE } from "./limits.js";
import type { StoreStatus } from "../store/store.js";
import { earlierQuestions, onAnswerButton, onReasonModal, withConversation } from "./conversation.js";
import { renderEmbeds } from "./renderEmbeds.js";
import { truncate } from "./text.js";

/** Never let a message ping anyone, whatever its text says. */
export const NO_MENTIONS = { parse: [] } as const;

/** What the handler needs. */
export interface InteractionHandlerOptions {
  readonly commands: readonly Command[];
  /** The current context (a function, so a rebuilt knowledge base can be swapped in). */
  readonly context: () => CommandContext;
  readonly logger: Logger;
  /** Commands subject to the per-user cooldown, and its size. */
  readonly cooldown: {
    readonly commands: readonly string[];
    readonly limit: number;
    readonly windowMs: number;
  };
  /** The store for votes, threads and subscriptions; absent: those features are off. */
  readonly store?: StoreStatus;
  /** The client, for REST calls the interaction itself cannot make (opening a thread). */
  readonly client?: Client;
}

/** /ask runs retrieval over the archive; five questions per 30 s is a brisk human pace, not a script. */
export const DEFAULT_COOLDOWN = { commands: ["ask"], limit: 5, windowMs: 30_000 } as const;

type Outcome =
  | "ok"
  | "unknown_command"
  | "cooldown"
  | "invalid_options"
  | "error"
  | "discord_error"
  | "unavailable"
  | "unknown_answer"
  | "ignored";

/** Option values by name; a subcommand's name is given as `subcommand` and its options flattened. */
export function rawOptions(data: readonly CommandInteractionOption[]): RawOptions {
  const raw: Record<string, string | number | boolean | undefined> = {};
  for (const option of data) {
    if (option.type === ApplicationCommandOptionType.Subcommand) {
      raw["subcommand"] = option.name;
      Object.assign(raw, rawOptions(option.options ?? []));
    } else raw[option.name] = option.value;
  }
  return raw;
}

type Components = readonly APIActionRowComponent<APIButtonComponent>[];

async function sendReply(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
  components: Components = [],
  deferredPrivately = false,
): Promise<void> {
  const embeds = renderEmbeds(reply);
  const extra = components.length > 0 ? { components: [...components] } : {};
  if (!interaction.deferred && !interaction.replied) {
    const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
    await interaction.reply({
      embeds,
      allowedMentions: NO_MENTIONS,
      ...extra,
      ...(flags === undefined ? {} : { flags }),
    });
    return;
  }
  if (reply.ephemeral && !deferredPrivately) {
    // The deferral was public; an ephemeral answer must replace it rather than edit it.
    await interaction.deleteReply();
    await interaction.followUp({
      embeds,
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
      ...extra,
    });
    return;
  }
  await interaction.editReply({ embeds, allowedMentions: NO_MENTIONS, ...extra });
}

const THREAD_TYPES: ReadonlySet<ChannelType> = new Set([
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

/**
 * Creates the `interactionCreate` listener. It never throws: every failure is logged and, where
 * Discord still allows it, answered with an ephemeral apology. Logs one line per interaction.
 */
export function createInteractionHandler(
  options: InteractionHandlerOptions,
): (interaction: Interaction) => Promise<void> {
  const { commands, logger } = options;
  const cooldown = new Cooldown(options.cooldown.limit, options.cooldown.windowMs);
  const find = (name: string): Command | undefined => commands.find((c) => c.data.name === name);

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<Outcome> {
    const command = find(interaction.commandName);
    if (command === undefined) {
      await sendReply(
        interaction,
        errorReply("Unknown command", `Sorry, I do not know /${interaction.commandName}. Try /help.`),
      );
      return "unknown_command";
    }
    if (options.cooldown.commands.includes(command.data.name)) {
      const waitMs = cooldown.take(interaction.user.id);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        await sendReply(
          interaction,
          errorReply("Slow down", `You have asked a lot in a short time: try again in ${seconds} s.`),
        );
        return "cooldown";
      }
    }
    const parsed = validateOptions(command, rawOptions(interaction.options.data));
    if (!parsed.ok) {
      await sendReply(interaction, errorReply(`Cannot run /${command.data.name}`, parsed.message));
      return "invalid_options";
    }
    // Acknowledge first: answering can take longer than Discord's 3 s window on a large archive.
    // With hide:true the acknowledgement is private already, so the answer never shows publicly.
    const hidden = (parsed.options as { hide?: unknown }).hide === true;
    await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
    const channelType = interaction.channel?.type;
    const channelId = interaction.channelId;
    // A follow-up thread the store knows counts even when the client has not cached the channel.
    const earlier = earlierQuestions(options.store, channelId);
    const inThread = (channelType !== undefined && THREAD_TYPES.has(channelType)) || earlier.length > 0;
    const context = {
      ...options.context(),
      ...(options.store === undefined ? {} : { store: options.store }),
      caller: {
        guildId: interaction.guildId,
        channelId,
        canManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
      },
      earlierQuestions: earlier,
    };
    let outcome: Outcome = "ok";
    let reply: Reply;
    let components: Components = [];
    try {
      reply = await command.run(parsed.options, context);
      const conversation = await withConversation(reply, options.store, {
        threadId: inThread && context.earlierQuestions.length > 0 ? channelId : null,
        canOpenThread: !reply.ephemeral && !inThread && interaction.guildId !== null,
      });
      reply = conversation.reply;
      components = conversation.components;
    } catch (error) {
      logger.error({ err: error, command: command.data.name }, "command handler failed");
      outcome = "error";
      reply = errorReply("Something went wrong", "Sorry, that command failed. The error has been logged.");
    }
    await sendReply(interaction, reply, components, hidden);
    return outcome;
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<Outcome> {
    const command = find(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let outcome: Outcome = "ok";
    let choices: readonly { name: string; value: string }[] = [];
    try {
      choices = command?.autocomplete?.(focused.name, String(focused.value), options.context()) ?? [];
    } catch (error) {
      logger.error({ err: error, command: interaction.commandName }, "autocomplete failed");
      outcome = "error";
    }
    const safe = choices
      .map((choice) => ({ name: truncate(choice.name.trim(), MAX_CHOICE_NAME), value: choice.value }))
      .filter(
        (choice) => choice.name !== "" && choice.value !== "" && choice.value.length <= MAX_CHOICE_VALUE,
      )
      .slice(0, MAX_AUTOCOMPLETE_CHOICES);
    await interaction.respond(safe);
    return outcome;
  }

  async function onComponent(interaction: Interaction): Promise<Outcome> {
    if (interaction.isButton()) {
      if (options.client === undefined) return "ignored";
      return onAnswerButton(interaction, options.store, options.client);
    }
    if (interaction.isModalSubmit()) return onReasonModal(interaction, options.store);
    return "ignored";
  }

  return async (interaction) => {
    const started = performance.now();
    if (interaction.isButton() || interaction.isModalSubmit()) {
      let outcome: Outcome;
      try {
        outcome = await onComponent(interaction);
      } catch (error) {
        outcome = "discord_error";
        logger.error({ err: error, customId: interaction.customId }, "could not answer interaction");
        if (!interaction.replied && !interaction.deferred) {
          try {
            await interaction.reply({
              embeds: renderEmbeds(
                errorReply("Something went wrong", "Sorry, that did not work. The error has been logged."),
              ),
              allowedMentions: NO_MENTIONS,
              flags: MessageFlags.Ephemeral,
            });
          } catch {
            // Discord no longer accepts an answer (window passed or already acknowledged); logged above.
          }
        }
      }
      logger.info(
        {
          kind: interaction.isButton() ? "button" : "modal",
          customId: interaction.customId,
          userId: interaction.user.id,
          latencyMs: Math.round(performance.now() - started),
          outcome,
        },
        "interaction",
      );
      return;
    }
    if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
    const kind = interaction.isAutocomplete() ? "autocomplete" : "command";
    let outcome: Outcome;
    try {
      outcome = interaction.isAutocomplete()
        ? await onAutocomplete(interaction)
        : await onCommand(interaction);
    } catch (error) {
      outcome = "discord_error";
      logger.error({ err: error, command: interaction.commandName }, "could not answer interaction");
      if (interaction.isChatInputCommand()) {
        try {
          await sendReply(interaction, errorReply("Something went wrong", "Sorry, that command failed."));
        } catch {
          // Discord no longer accepts an answer (window passed or already acknowledged); logged above.
        }
      }
    }
    logger.info(
      {
        kind,
        command: interaction.commandName,
        userId: interaction.user.id,
        latencyMs: Math.round(performance.now() - started),
        outcome,
      },
      "interaction",
    );
  };
}
