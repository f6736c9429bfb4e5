/**
 * Sharding: discord.js's `ShardingManager` runs one process per shard, each a full bot serving the
 * same saved index. This process only supervises: it asks Discord how many shards to run, starts
 * them (respawning any that dies), and passes messages such as "the archive changed" to all of them.
 */
import { once } from "node:events";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from "discord.js";
import type { ShardCount } from "../config.js";
import type { Logger } from "../logger.js";

/** Discord lets one shard per max_concurrency bucket identify every 5 s; discord.js waits 5.5 s to be safe. */
const IDENTIFY_SPACING_MS = 5500;
/** A shard loads the saved index, then logs in: at 50,000 articles that is a few seconds on a busy machine. */
const SHARD_READY_TIMEOUT_MS = 60_000;

/** Options of {@link startShardManager}. */
export interface ShardManagerOptions {
  readonly token: string;
  /** How many shards: `"auto"` takes Discord's recommendation from `GET /gateway/bot`. */
  readonly shards: ShardCount;
  /** The script every shard runs (this project's `src/main.ts`). */
  readonly entry: string;
  readonly logger: Logger;
  /** REST base, default Discord's; the shard count and identify limits are asked of it. */
  readonly restApi?: string;
  /** Node flags for the shard processes; default this process's own (tsx's loader among them). */
  readonly execArgv?: readonly string[];
}

/** A running set of shards. */
export interface ShardFleet {
  /** How many shards run. */
  readonly count: number;
  /** Sends a message to every shard that is running (one that is respawning reads the archive afresh). */
  broadcast(message: unknown): void;
  /** Stops every shard without respawning it. */
  stop(): Promise<void>;
}

/**
 * How many shards Discord recommends and how many may identify at once, from `GET /gateway/bot`.
 * @param token - the bot token
 * @param restApi - REST base (a local stand-in in tests)
 */
export async function fetchGatewayLimits(
  token: string,
  restApi?: string,
): Promise<{ readonly shards: number; readonly maxConcurrency: number }> {
  const rest = new REST(restApi === undefined ? {} : { api: restApi }).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  if (!Number.isInteger(info.shards) || info.shards < 1)
    throw new Error(`Shard manager: Discord recommended ${String(info.shards)} shards`);
  return { shards: info.shards, maxConcurrency: Math.max(1, info.session_start_limit.max_concurrency) };
}

/**
 * Starts every shard and resolves once each has connected.
 * @param options - the token, the shard count and the script shards run
 * @throws when Discord rejects the token or a shard does not become ready
 */
export async function startShardManager(options: ShardManagerOptions): Promise<ShardFleet> {
  const { logger } = options;
  const limits = await fetchGatewayLimits(options.token, options.restApi);
  const count = options.shards === "auto" ? limits.shards : options.shards;
  const manager = new ShardingManager(options.entry, {
    token: options.token,
    totalShards: count,
    mode: "process",
    respawn: true,
    execArgv: [...(options.execArgv ?? process.execArgv)],
  });
  let stopping = false;
  manager.on("shardCreate", (shard) => {
    shard.on("spawn", () => logger.info({ shard: shard.id, pid: shard.process?.pid }, "shard started"));
    shard.on("ready", () => logger.info({ shard: shard.id }, "shard ready"));
    shard.on("death", () => {
      if (!stopping)
        logger.warn(
          {
            shard: shard.id,
            exitCode: shard.process?.exitCode ?? null,
            signal: shard.process?.signalCode ?? null,
          },
          "shard exited; respawning it",
        );
    });
    shard.on("error", (error) => logger.error({ err: error, shard: shard.id }, "shard error"));
  });
  logger.info({ shards: count, recommended: limits.shards }, "starting shards");
  await manager.spawn({
    amount: count,
    // Shards in different identify buckets may log in together; Discord serialises only within one.
    delay: limits.maxConcurrency >= count ? 0 : IDENTIFY_SPACING_MS,
    timeout: SHARD_READY_TIMEOUT_MS,
  });
  return {
    count,
    broadcast(message) {
      for (const shard of manager.shards.values()) {
        if (shard.process === null || shard.process.exitCode !== null) continue;
        shard
          .send(message)
          .catch((error: unknown) => logger.warn({ err: error, shard: shard.id }, "shard missed a message"));
      }
    },
    async stop() {
      stopping = true;
      manager.respawn = false;
      const exits = [...manager.shards.values()].flatMap((shard) => {
        const child = shard.process;
        return child === null || child.exitCode !== null || child.signalCode !== null
          ? []
          : [once(child, "exit")];
      });
      // SIGTERM: each shard disconnects from Discord and exits on its own.
      for (const shard of manager.shards.values()) if (shard.process !== null) shard.kill();
      await Promise.all(exits);
    },
  };
}
