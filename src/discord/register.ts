/** Registers the slash commands with Discord. */
import { REST, Routes } from "discord.js";
import type { Command } from "../../commands/command.js";

/** Options of {@link registerCommands}. */
export interface RegisterOptions {
  readonly token: string;
  readonly clientId: string;
  /** Register to this guild (instant); `null` registers globally (up to an hour to appear). */
  readonly guildId: string | null;
  readonly commands: readonly Command[];
  /** REST base; default Discord's. */
  readonly api?: string;
}

/**
 * Replaces the application's commands with `commands` (a bulk overwrite, so removed commands go).
 *
 * @returns where they were registered and how many Discord accepted.
 */
export async function registerCommands(options: RegisterOptions): Promise<{ scope: string; count: number }> {
  // Sweepers off: this REST client lives for one request, and their timers would keep the process up.
  const rest = new REST({
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
    ...(options.api === undefined ? {} : { api: options.api }),
  }).setToken(options.token);
  const route =
    options.guildId === null
      ? Routes.applicationCommands(options.clientId)
      : Routes.applicationGuildCommands(options.clientId, options.guildId);
  const result = await rest.put(route, { body: options.commands.map((command) => command.data) });
  return {
    scope: options.guildId === null ? "global" : `guild ${options.guildId}`,
    count: Array.isArray(result) ? result.length : 0,
  };
}
