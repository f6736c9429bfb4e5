/** The Discord bot: a discord.js client serving the slash commands. */
import { once } from "node:events";
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Command, CommandContext } from "../../commands/command.js";
import type { ArticleAdder } from "../ingest/web/addArticle.js";
import type { KnowledgeBase } from "../knowledgeBase.js";
import { scrubSecrets, type Logger } from "../logger.js";
import type { StoreStatus } from "../store/store.js";
import {
  createInteractionHandler,
  DEFAULT_COOLDOWN,
  NO_MENTIONS,
  type InteractionHandlerOptions,
} from "./handleInteraction.js";
import { createMessageHandler } from "./mentions.js";
import { postAlerts } from "./postAlerts.js";

// Discord exempts interaction endpoints (the callback and the interaction webhook used to edit the
// answer) from its global 50 requests/s limit, and they are all this bot calls after login; at 50/s
// discord.js would queue the answers to a burst of 500 users for 10 s.
const GLOBAL_REQUESTS_PER_SECOND = 1000;
// Under a burst every queued request reports the same limit; one line per second says enough.
const RATE_LIMIT_LOG_INTERVAL_MS = 1000;

/**
 * A warning logged at most once per `intervalMs`; the next line says how many were left out.
 */
function throttledWarn(
  logger: Logger,
  message: string,
  intervalMs: number,
): (fields: Record<string, unknown>) => void {
  let lastAt = -Infinity;
  let suppressed = 0;
  return (fields) => {
    const now = Date.now();
    if (now - lastAt < intervalMs) {
      suppressed += 1;
      return;
    }
    logger.warn({ ...fields, ...(suppressed > 0 ? { suppressed } : {}) }, message);
    lastAt = now;
    suppressed = 0;
  };
}

/**
 * Builds what the knowledge base computes on first use (the meeting timeline, about 100 ms), so
 * the first /latest does not stall every other user's interaction. A failure is logged, not thrown:
 * the command then reports it to whoever asks.
 */
function warmUp(kb: KnowledgeBase, logger: Logger): KnowledgeBase {
  try {
    kb.latest(1);
  } catch (error) {
    logger.error({ err: error }, "could not prepare the meeting timeline");
  }
  return kb;
}

/** Options of {@link startBot}. */
export interface BotOptions {
  readonly token: string;
  readonly kb: KnowledgeBase;
  readonly logger: Logger;
  readonly commands: readonly Command[];
  /** REST base, default Discord's (`https://discord.com/api`); the gateway URL is asked of it. */
  readonly restApi?: string;
  /** What `/archive add` runs (with the address guard on); absent: adding is off. */
  readonly addArticle?: ArticleAdder;
  /** Per-user cooldown; default 5 /ask per 30 s. */
  readonly cooldown?: InteractionHandlerOptions["cooldown"];
  /** The store (votes, follow-up threads, subscriptions); absent: those features are off. */
  readonly store?: StoreStatus;
}

/** A running bot. */
export interface Bot {
  readonly client: Client<true>;
  /**
   * Serves a rebuilt knowledge base from the next interaction on, and posts alerts for what it
   * adds once its timeline is complete (`settled`); resolves once the alerts are posted.
   */
  setKnowledgeBase(kb: KnowledgeBase): Promise<void>;
  /** Disconnects from Discord. */
  stop(): Promise<void>;
}

/**
 * Removes the token (and anything token-like) from an error's message and stack: an HTTP error
 * may echo request details, and callers print and log what they catch.
 */
function scrubError(error: unknown, token: string): unknown {
  if (error instanceof Error) {
    error.message = scrubSecrets(error.message, [token]);
    if (error.stack !== undefined) error.stack = scrubSecrets(error.stack, [token]);
  }
  return error;
}

/**
 * Logs in and resolves once the client is ready to serve interactions.
 *
 * @throws the login error (e.g. `TokenInvalid`), after destroying the client, with the token
 *   scrubbed from its message.
 */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { logger } = options;
  let kb = warmUp(options.kb, logger);
  const summaries = options.commands.map((c) => ({ name: c.data.name, description: c.data.description }));
  const { addArticle } = options;
  const context = (): CommandContext => ({
    kb,
    commands: summaries,
    ...(addArticle === undefined ? {} : { addArticle }),
  });
  // Guilds and GuildMessages: neither is privileged. Without MessageContent the bot still sees the
  // text of messages that mention it, which is all follow-ups by mention need.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: NO_MENTIONS,
    rest: {
      globalRequestsPerSecond: GLOBAL_REQUESTS_PER_SECOND,
      ...(options.restApi === undefined ? {} : { api: options.restApi }),
    },
  });
  const handler = createInteractionHandler({
    commands: options.commands,
    context,
    logger,
    cooldown: options.cooldown ?? DEFAULT_COOLDOWN,
    client,
    ...(options.store === undefined ? {} : { store: options.store }),
  });
  client.on(Events.InteractionCreate, (interaction) => void handler(interaction));
  const ask = options.commands.find((command) => command.data.name === "ask");
  if (ask !== undefined) {
    const onMessage = createMessageHandler({
      ask,
      context,
      logger,
      cooldown: options.cooldown ?? DEFAULT_COOLDOWN,
      ...(options.store === undefined ? {} : { store: options.store }),
    });
    client.on(Events.MessageCreate, (message) => void onMessage(message));
  }
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord client warning"));
  // A dropped gateway connection delays interactions until it resumes: log it so a slow or missing
  // answer can be explained.
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, "gateway connection closed"),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.warn({ shardId }, "gateway reconnecting"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "gateway resumed"));
  const warnRateLimited = throttledWarn(logger, "rate limited", RATE_LIMIT_LOG_INTERVAL_MS);
  client.rest.on("rateLimited", (info) =>
    warnRateLimited({ route: info.route, retryAfter: info.retryAfter, global: info.global }),
  );
  // An unexpected 429 or a 5xx is retried by discord.js without an event of its own; log it so a
  // slow reply can be explained. The route has ids as placeholders and no interaction token.
  client.rest.on("response", (request, response) => {
    if (response.status === 429) {
      const retryAfter = response.headers.get("retry-after");
      warnRateLimited({ route: request.route, method: request.method, status: 429, retryAfter });
    } else if (response.status >= 500) {
      logger.warn(
        {
          route: request.route,
          method: request.method,
          status: response.status,
          attempt: request.retries + 1,
        },
        "Discord server error",
      );
    }
  });

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw scrubError(error, options.token);
  }
  const readyClient = client as Client<true>;
  logger.info({ user: readyClient.user.tag, commands: summaries.map((s) => s.name) }, "connected to Discord");
  return {
    client: readyClient,
    async setKnowledgeBase(next) {
      const before = kb;
      kb = warmUp(next, logger);
      // Alerts compare timelines, so they wait for the new one; questions are answered from it meanwhile.
      await next.settled;
      if (options.store?.available === true) {
        await postAlerts(readyClient, options.store.store, before, kb, logger);
      }
    },
    async stop() {
      await client.destroy();
      logger.info("disconnected from Discord");
    },
  };
}
