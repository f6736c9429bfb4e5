/** A local console that serves the slash commands from stdin, for use without Discord. */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Command, CommandContext } from "../../commands/command.js";
import { validateOptions } from "../../commands/validate.js";
import type { Logger } from "../logger.js";
import { parseLine } from "./parseLine.js";
import { renderText } from "./renderText.js";

/** What the console reads from and writes to. */
export interface ConsoleOptions {
  readonly input: Readable;
  /** Where replies go (stdout). */
  readonly output: Writable;
  /** Where the banner and prompts go (stderr), so stdout holds only replies. */
  readonly notices: Writable;
  readonly commands: readonly Command[];
  readonly context: CommandContext;
  readonly logger: Logger;
  /** Show a `> ` prompt (interactive terminals only). */
  readonly prompt?: boolean;
}

/** How to leave console mode, printed once at start. */
export const CONSOLE_BANNER = [
  "Dostluq console (no DISCORD_TOKEN set). Type /help, /ask <question>, /latest [count], /topic <name>, /sources.",
  "To serve Discord instead: copy .env.example to .env, set DISCORD_TOKEN and DISCORD_CLIENT_ID,",
  "run `npm run register`, then `npm start` (see README, Running on Discord). End input (Ctrl-D) to quit.",
].join("\n");

/**
 * Answers one console line.
 *
 * @returns the text to print; bad input and handler errors become a message, never a throw.
 */
export async function answerLine(
  line: string,
  commands: readonly Command[],
  context: CommandContext,
  logger: Logger,
): Promise<string | null> {
  const parsed = parseLine(line, commands);
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "error") return `${parsed.message}\n`;
  const name = parsed.command.data.name;
  const options = validateOptions(parsed.command, parsed.raw);
  if (!options.ok) return `/${name}: ${options.message.replaceAll("\n", `\n/${name}: `)}\n`;
  try {
    return renderText(await parsed.command.run(options.options, context));
  } catch (error) {
    logger.error({ err: error, command: name }, "console command failed");
    return `Sorry, /${name} failed with an internal error (details are in the log).\n`;
  }
}

/** Reads lines until the input ends, printing each reply. Resolves when input is exhausted. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, notices, commands, context, logger } = options;
  notices.write(`${CONSOLE_BANNER}\n`);
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const showPrompt = (): void => {
    if (options.prompt === true) notices.write("> ");
  };
  showPrompt();
  for await (const line of lines) {
    const text = await answerLine(line, commands, context, logger);
    if (text !== null) output.write(`${text}\n`);
    showPrompt();
  }
}
