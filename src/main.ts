/**
 * `npm start`: serves the slash commands on Discord when DISCORD_TOKEN is set, otherwise as a
 * local console on stdin/stdout. With `SHARDS=auto|N` this process supervises one shard process
 * per Discord shard (each running this file again) and watches the archive for all of them.
 */
import { commands, commandSummaries } from "../commands/index.js";
import { fileURLToPath } from "node:url";
import { loadConfig, type AppConfig, type DiscordConfig, type ShardCount } from "./config.js";
import { runConsole } from "./console/runConsole.js";
import { startBot } from "./discord/bot.js";
import { explainStartFailure } from "./discord/startFailure.js";
import { publicAdderInWorker } from "./ingest/web/addInWorker.js";
import { logArchiveProblems, logNewArchiveProblems, type ArchiveProblems } from "./ingest/readArchive.js";
import { warmUpAnswering } from "./answer/lexiconWords.js";
import { warmUpAsking } from "./answer/warmUpQuestions.js";
import { configureStaleness } from "./time/askInTime.js";
import {
  DEFAULT_CACHE_DIR,
  loadKnowledgeBase,
  mergeIsDue,
  savedIndexPath,
  updateKnowledgeBase,
  type LoadedKnowledgeBase,
} from "./loadKnowledgeBase.js";
import { mergeIsPending } from "./persist/pendingChanges.js";
import { startShardManager } from "./discord/shardManager.js";
import { ARCHIVE_CHANGED, isArchiveChanged } from "./discord/shardMessages.js";
import { buildIndexInChild } from "./watch/rebuildInChild.js";
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

/**
 * The shard manager: builds the saved index once (in a child, so this process holds none of it),
 * starts the shards, and tells every shard to reload when the archive changes.
 */
async function superviseShards(
  config: AppConfig,
  discord: DiscordConfig,
  shards: ShardCount,
  logger: Logger,
  setStop: (stop: () => Promise<void>) => void,
): Promise<void> {
  logger.info({ seedsDir: config.seedsDir }, "building the saved index for every shard");
  await buildIndexInChild(config.seedsDir, DEFAULT_CACHE_DIR);
  const fleet = await startShardManager({
    token: discord.token,
    shards,
    entry: fileURLToPath(import.meta.url),
    logger,
    ...(discord.apiBase === undefined ? {} : { restApi: discord.apiBase }),
  });
  const watcher = await watchArchive<undefined>({
    dir: config.seedsDir,
    // Shards layer a few changed files over the saved index themselves; past that, the index is
    // rebuilt here once for all of them.
    rebuild: async () => {
      if (await mergeIsPending(config.seedsDir, savedIndexPath(config.seedsDir, DEFAULT_CACHE_DIR)))
        await buildIndexInChild(config.seedsDir, DEFAULT_CACHE_DIR);
      return undefined;
    },
    onKnowledgeBase: () => {
      logger.info({ shards: fleet.count }, "archive changed; telling every shard");
      fleet.broadcast(ARCHIVE_CHANGED);
    },
    onError: (error) => logger.error({ err: error }, "archive rebuild failed; shards serve the previous one"),
  });
  setStop(async () => {
    watcher.close();
    await fleet.stop();
  });
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
  configureStaleness(config.staleAfterDays);
  if (config.discord !== null && config.shards !== null && !config.isShard) {
    try {
      await superviseShards(config, config.discord, config.shards, logger, (stop) => {
        stopServing = stop;
      });
    } catch (error) {
      const hint = explainStartFailure(error);
      logger.fatal({ err: error }, hint);
      process.stderr.write(`${hint}\n`);
      process.exitCode = 1;
      await stopServing();
    }
    return;
  }
  const kb = await loadKnowledgeBase(config.seedsDir, {
    onRebuild: (reason) => logger.info({ reason }, "building the saved index"),
  });
  logger.debug({ ms: Math.round(warmUpAnswering(kb.engine.store)) }, "dictionary loaded");
  logger.debug({ ms: Math.round(warmUpAsking((question) => kb.ask(question))) }, "answering warmed up");
  logger.info(
    { articles: kb.articles.length, skipped: kb.skipped.length, seedsDir: config.seedsDir },
    "archive loaded",
  );
  logArchiveProblems(kb, logger);
  const store = startStore(config.dataDir, config.retentionDays, logger);
  let logged: ArchiveProblems = kb;
  // Articles added, changed or removed while running are layered over the saved index; once enough
  // have been, the index is rebuilt (the merge) in a child process and loaded.
  let served: LoadedKnowledgeBase = kb;
  let handOver = (next: LoadedKnowledgeBase): void => {
    served = next;
  };
  const swapIn = (next: LoadedKnowledgeBase): void => {
    // Handed over at once, so a new article is answered within seconds: its timeline and topic
    // summaries are re-merged in a worker meanwhile (a few seconds at 50,000 articles), served from
    // the previous ones until then, and alerts wait for them (`settled`).
    handOver(next);
    void next.settled.then(() => {
      logger.info({ articles: next.articles.length, delta: next.delta }, "archive reloaded");
      logNewArchiveProblems(logged, next, logger);
      logged = next;
    });
  };
  if (config.isShard) {
    // A shard whose manager has gone is orphaned: nothing would respawn or update it.
    process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
    // A shard leaves watching to the manager, which says when the saved index has changed.
    process.on("message", (message) => {
      if (!isArchiveChanged(message)) return;
      updateKnowledgeBase(served, config.seedsDir).then(swapIn, (error: unknown) =>
        logger.error({ err: error }, "archive reload failed; serving the previous one"),
      );
    });
  } else {
    let merging = false;
    const mergeInBackground = (): void => {
      if (merging) return;
      merging = true;
      logger.info({ delta: served.delta }, "merging the changed articles into the saved index");
      buildIndexInChild(config.seedsDir, DEFAULT_CACHE_DIR)
        .then(() => updateKnowledgeBase(served, config.seedsDir))
        .then(swapIn, (error: unknown) =>
          logger.error({ err: error }, "merge failed; serving the layered index"),
        )
        .finally(() => {
          merging = false;
        });
    };
    await watchArchive({
      dir: config.seedsDir,
      rebuild: (manifest) => updateKnowledgeBase(served, config.seedsDir, {}, manifest),
      onKnowledgeBase: (next) => {
        swapIn(next);
        if (mergeIsDue(next)) mergeInBackground();
      },
      onError: (error) => logger.error({ err: error }, "archive update failed; serving the previous one"),
    });
  }

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
    if (bot.client.shard !== null) logger.info({ shards: bot.client.shard.ids }, "serving as a shard");
  } catch (error) {
    const hint = explainStartFailure(error);
    logger.fatal({ err: error }, hint);
    process.stderr.write(`${hint}\n`);
    process.exitCode = 1;
  }
}

await main();
