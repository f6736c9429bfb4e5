/**
 * `npm start`: serves the slash commands on Discord when DISCORD_TOKEN is set, otherwise as a
 * local console on stdin/stdout.
 */
import { commands, commandSummaries } from "../commands/index.js";
import { loadConfig } from "./config.js";
import { runConsole } from "./console/runConsole.js";
import { startBot } from "./discord/bot.js";
import { explainStartFailure } from "./discord/startFailure.js";
import { publicAdderInWorker } from "./ingest/web/addInWorker.js";
import { logArchiveProblems, logNewArchiveProblems, type ArchiveProblems } from "./ingest/readArchive.js";
import type { KnowledgeBase } from "./knowledgeBase.js";
import { warmUpAnswering } from "./answer/lexiconWords.js";
import { DEFAULT_CACHE_DIR, loadKnowledgeBase } from "./loadKnowledgeBase.js";
import { rebuildInChild } from "./watch/rebuildInChild.js";
import { watchArchive } from "./watch/watchArchive.js";
import { createLogger, logProcessFaults, type Logger } from "./logger.js";
import { openStore, type StoreStatus } from "./store/store.js";

// Retention is enforced at start-up and then daily, so nothing outlives it by more than a day.
const PRUNE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Opens the store and keeps it pruned; an unavailable store is logged and the bot goes on. */
function startStore(dataDir: string, retentionDays: number, logger: Logger): StoreStatus {
  const status = openStore({ dir: dataDir, retentionDays });
  if (!status.available) {
    logger.error(
      { path: status.path, reason: status.reason },
      "store unavailable: answering goes on; votes, follow-up threads, alerts and /gaps are off",
    );
    return status;
  }
  const prune = (): void => {
    status.store.prune().then(
      (removed) => logger.info({ removed, retentionDays }, "store pruned"),
      (error: unknown) => logger.error({ err: error }, "could not prune the store"),
    );
  };
  prune();
  setInterval(prune, PRUNE_INTERVAL_MS).unref();
  logger.info({ path: status.path, retentionDays }, "store opened");
  return status;
}

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
  logProcessFaults(logger);
  // Installed before anything slow: a SIGTERM while loading or logging in must still exit 0,
  // not hit Node's default (killed by the signal) because no handler was there yet.
  let stopServing = async (): Promise<void> => undefined;
  // `/archive add` never fetches inside the host's network; the watcher serves what it writes.
  const addArticle = publicAdderInWorker(config.seedsDir);
  exitOnSignals(() => stopServing(), logger);
  const answers = { staleAfterDays: config.staleAfterDays };
  const kb = await loadKnowledgeBase(config.seedsDir, {
    onRebuild: (reason) => logger.info({ reason }, "building the saved index"),
    answers,
  });
  logger.debug({ ms: Math.round(warmUpAnswering()) }, "dictionary loaded");
  logger.info(
    { articles: kb.articles.length, skipped: kb.skipped.length, seedsDir: config.seedsDir },
    "archive loaded",
  );
  logArchiveProblems(kb, logger);
  const store = startStore(config.dataDir, config.retentionDays, logger);
  let logged: ArchiveProblems = kb;
  // Articles added or removed while running are served after a rebuild in a child process.
  let served: KnowledgeBase = kb;
  let handOver = (next: KnowledgeBase): void => {
    served = next;
  };
  await watchArchive({
    dir: config.seedsDir,
    rebuild: () => rebuildInChild(config.seedsDir, DEFAULT_CACHE_DIR, answers),
    onKnowledgeBase: (next) => {
      handOver(next);
      logger.info({ articles: next.articles.length }, "archive reloaded");
      logNewArchiveProblems(logged, next, logger);
      logged = next;
    },
    onError: (error) => logger.error({ err: error }, "archive rebuild failed; serving the previous one"),
  });

  if (config.discord === null) {
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      notices: process.stderr,
      commands,
      context: {
        get kb() {
          return served;
        },
        commands: commandSummaries,
        store,
        addArticle,
      },
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
      store,
      addArticle,
      ...(config.discord.apiBase === undefined ? {} : { restApi: config.discord.apiBase }),
    });
    handOver = (next) => void bot.setKnowledgeBase(next);
    stopServing = async () => {
      await bot.stop();
      if (store.available) store.store.close();
    };
  } catch (error) {
    const hint = explainStartFailure(error);
    logger.fatal({ err: error }, hint);
    process.stderr.write(`${hint}\n`);
    process.exitCode = 1;
  }
}

await main();
