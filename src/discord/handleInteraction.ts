/** Turns Discord interactions into command runs and rendered replies. */
import {
  MessageFlags,
  type AutocompleteInteraction,
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
}

/** /ask runs retrieval over the archive; five questions per 30 s is a brisk human pace, not a script. */
export const DEFAULT_COOLDOWN = { commands: ["ask"], limit: 5, windowMs: 30_000 } as const;

type Outcome = "ok" | "unknown_command" | "cooldown" | "invalid_options" | "error" | "discord_error";

function rawOptions(data: readonly CommandInteractionOption[]): RawOptions {
  const raw: Record<string, string | number | boolean | undefined> = {};
  for (const option of data) raw[option.name] = option.value;
  return raw;
}

async function sendReply(interaction: ChatInputCommandInteraction, reply: Reply): Promise<void> {
  const embeds = renderEmbeds(reply);
  if (!interaction.deferred && !interaction.replied) {
    const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
    await interaction.reply({
      embeds,
      allowedMentions: NO_MENTIONS,
      ...(flags === undefined ? {} : { flags }),
    });
    return;
  }
  if (reply.ephemeral) {
    // The deferral was public; an ephemeral answer must replace it rather than edit it.
    await interaction.deleteReply();
    await interaction.followUp({ embeds, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.editReply({ embeds, allowedMentions: NO_MENTIONS });
}

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
    await interaction.deferReply();
    let outcome: Outcome = "ok";
    let reply: Reply;
    try {
      reply = await command.run(parsed.options, options.context());
    } catch (error) {
      logger.error({ err: error, command: command.data.name }, "command handler failed");
      outcome = "error";
      reply = errorReply("Something went wrong", "Sorry, that command failed. The error has been logged.");
    }
    await sendReply(interaction, reply);
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

  return async (interaction) => {
    if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
    const started = performance.now();
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
