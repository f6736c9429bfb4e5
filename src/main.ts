/**
 * `npm start`: serves the slash commands on Discord when DISCORD_TOKEN is set, otherwise as a
 * local console on stdin/stdout.
 */
import { commands, commandSummaries } from "../commands/index.js";
import { loadConfig } from "./config.js";
import { runConsole } from "./console/runConsole.js";
import { startBot } from "./discord/bot.js";
import { explainStartFailure } from "./discord/startFailure.js";
import { logArchiveProblems } from "./ingest/readArchive.js";
import { loadKnowledgeBase } from "./loadKnowledgeBase.js";
import { createLogger, type Logger } from "./logger.js";

// Process managers allow about 2 s after SIGTERM; forcing the exit at 1.5 s keeps us inside that.
const SHUTDOWN_TIMEOUT_MS = 1500;

/** On SIGINT/SIGTERM: `stop`, then exit 0 (forced after SHUTDOWN_TIMEOUT_MS). */
function exitOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    setTimeout(() => process.exit(0), SHUTDOWN_TIMEOUT_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error while disconnecting");
        process.exit(0);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const secrets = config.discord === null ? [] : [config.discord.token];
  const logger = createLogger({ level: config.logLevel, secrets });
  const kb = await loadKnowledgeBase(config.seedsDir);
  logger.info(
    { articles: kb.articles.length, skipped: kb.skipped.length, seedsDir: config.seedsDir },
    "archive loaded",
  );
  logArchiveProblems(kb, logger);

  if (config.discord === null) {
    exitOnSignals(async () => undefined, logger);
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      notices: process.stderr,
      commands,
      context: { kb, commands: commandSummaries },
      logger,
      prompt: process.stdin.isTTY,
    });
    return;
  }
  try {
    const bot = await startBot({
      token: config.discord.token,
      kb,
      logger,
      commands,
      ...(config.discord.apiBase === undefined ? {} : { restApi: config.discord.apiBase }),
    });
    exitOnSignals(() => bot.stop(), logger);
  } catch (error) {
    const hint = explainStartFailure(error);
    logger.fatal({ err: error }, hint);
    process.stderr.write(`${hint}\n`);
    process.exitCode = 1;
  }
}

await main();
