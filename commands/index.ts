/** Every slash command the bot serves, in the order `/help` lists them. */
import archive from "./archive.js";
import ask from "./ask.js";
import type { Command, CommandSummary } from "./command.js";
import gaps from "./gaps.js";
import help from "./help.js";
import latest from "./latest.js";
import sources from "./sources.js";
import subscribe from "./subscribe.js";
import topic from "./topic.js";
import unsubscribe from "./unsubscribe.js";

export const commands: readonly Command[] = [
  ask,
  latest,
  topic,
  sources,
  help,
  subscribe,
  unsubscribe,
  gaps,
  archive,
];

/** Names and descriptions of every command, for `/help`. */
export const commandSummaries: readonly CommandSummary[] = commands.map((command) => ({
  name: command.data.name,
  description: command.data.description,
}));

/** Finds a command by its slash name, or `null`. */
export function findCommand(name: string): Command | null {
  return commands.find((command) => command.data.name === name) ?? null;
}
