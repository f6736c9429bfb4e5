/**
 * Configuration, validated in one place. This is the only module that reads `process.env`.
 *
 * Values come from the environment, falling back to a `.env` file at the project root (the
 * environment wins). Without `DISCORD_TOKEN` the Discord part is `null` and the bot runs as a
 * local console.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseDotenv } from "dotenv";
import { z } from "zod";
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS } from "./store/retention.js";
import { DEFAULT_STALE_AFTER_DAYS } from "./time/age.js";

/** The project root: the folder above `src/`. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Log levels pino understands. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the bot needs to talk to Discord. */
export interface DiscordConfig {
  /** The bot token. Never print or log it. */
  readonly token: string;
  /** The application (client) id, a snowflake. */
  readonly clientId: string;
  /** Guild to register commands to (instant); `null` registers them globally. */
  readonly guildId: string | null;
  /**
   * REST base (`http://127.0.0.1:PORT/api`) instead of Discord's; the gateway address is asked of
   * it. Test-only (`DISCORD_API_BASE`): lets the real entry point run against a local stand-in.
   */
  readonly apiBase?: string;
}

/** The whole, validated configuration. */
export interface AppConfig {
  /** `null` when no token is set: console mode. */
  readonly discord: DiscordConfig | null;
  readonly logLevel: LogLevel;
  /** Absolute path of the article archive. */
  readonly seedsDir: string;
  /** Absolute path of the store's folder (votes, follow-up threads, subscriptions). */
  readonly dataDir: string;
  /** Days answers and votes are kept in the store. */
  readonly retentionDays: number;
  /** Where the user ran the command from (npm runs scripts in the project root; it keeps the caller's folder in INIT_CWD). */
  readonly invocationDir: string;
  /**
   * How to shard: `null` runs one process (the default); `"auto"` asks Discord how many shards;
   * a number runs that many. Set by `SHARDS`.
   */
  readonly shards: ShardCount | null;
  /** Whether this process is a shard started by discord.js's `ShardingManager` (it sets `SHARDING_MANAGER`). */
  readonly isShard: boolean;
  /** Answers whose newest evidence is older than this many days say newer developments may be missing. */
  readonly staleAfterDays: number;
}

/** A shard count: Discord's recommendation, or a fixed number. */
export type ShardCount = "auto" | number;

/** A missing or malformed configuration value. The message names the variable and the fix. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  /** Every variable at fault. */
  readonly variables: readonly string[];

  constructor(problems: readonly { variable: string; message: string }[]) {
    super(
      [
        "Configuration error (see .env.example):",
        ...problems.map((p) => `  ${p.variable}: ${p.message}`),
      ].join("\n"),
    );
    this.variables = problems.map((p) => p.variable);
  }
}

/** Environment variables as plain strings (the shape of `process.env`). */
export type Env = Readonly<Record<string, string | undefined>>;

// Discord snowflakes are 64-bit integers written in decimal: 17 to 20 digits today.
const SNOWFLAKE = /^\d{17,20}$/;
// A bot token is three dot-separated base64url segments; anything with spaces or quotes is a paste error.
const TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

// Discord's largest bots run a few thousand shards; anything beyond this is a typo.
const MAX_SHARDS = 4096;

const blankToUndefined = (value: unknown): unknown =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const envSchema = z.object({
  DISCORD_TOKEN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(TOKEN_SHAPE, {
        message:
          "is not a bot token (expected three dot-separated parts, no spaces or quotes). " +
          "Copy it again from the Bot page of your application at https://discord.com/developers/applications.",
      })
      .optional(),
  ),
  DISCORD_CLIENT_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(SNOWFLAKE, {
        message:
          "must be the numeric Application ID (17-20 digits) from the General Information page of your application.",
      })
      .optional(),
  ),
  DISCORD_GUILD_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(SNOWFLAKE, {
        message:
          "must be a numeric server id (17-20 digits): enable Developer Mode in Discord, right-click the server, Copy Server ID. Leave it empty to register commands globally.",
      })
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === "string" ? (blankToUndefined(v.trim().toLowerCase()) ?? undefined) : v),
    z
      .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")} (default info).` })
      .default("info"),
  ),
  SEEDS_DIR: z.preprocess(blankToUndefined, z.string().default("seeds")),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default(".data")),
  RETENTION_DAYS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({
        message: `must be a whole number of days, 1-${MAX_RETENTION_DAYS} (default ${DEFAULT_RETENTION_DAYS}).`,
      })
      .int({
        message: `must be a whole number of days, 1-${MAX_RETENTION_DAYS} (default ${DEFAULT_RETENTION_DAYS}).`,
      })
      .min(1, { message: `must be at least 1 day (default ${DEFAULT_RETENTION_DAYS}).` })
      .max(MAX_RETENTION_DAYS, {
        message: `must be at most ${MAX_RETENTION_DAYS} days: the store keeps users' questions, not an archive of them.`,
      })
      .default(DEFAULT_RETENTION_DAYS),
  ),
  SHARDS: z.preprocess(
    (v) => (typeof v === "string" ? (blankToUndefined(v.trim().toLowerCase()) ?? undefined) : v),
    z
      .union([z.literal("auto"), z.coerce.number().int().min(1).max(MAX_SHARDS)], {
        message: `must be "auto" or a whole number of shards from 1 to ${MAX_SHARDS} (leave it unset for one process).`,
      })
      .optional(),
  ),
  STALE_AFTER_DAYS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: `must be a whole number of days, e.g. ${DEFAULT_STALE_AFTER_DAYS}.` })
      .int({ message: `must be a whole number of days, e.g. ${DEFAULT_STALE_AFTER_DAYS}.` })
      .min(1, { message: "must be at least 1 day." })
      .max(36_500, { message: "must be at most 36500 days (a century)." })
      .default(DEFAULT_STALE_AFTER_DAYS),
  ),
  DISCORD_API_BASE: z.preprocess(
    blankToUndefined,
    z
      .url({
        protocol: /^https?$/,
        message: "must be an http(s) URL such as http://127.0.0.1:PORT/api (test-only; leave it unset).",
      })
      .optional(),
  ),
});

/**
 * Validates configuration values. Pure: reads nothing but its arguments.
 *
 * @param env - variables, e.g. `process.env` merged with `.env`.
 * @param projectRoot - what a relative `SEEDS_DIR` is resolved against.
 * @throws ConfigError naming every missing or malformed variable (never quoting the token).
 */
export function parseConfig(env: Env, projectRoot: string = PROJECT_ROOT): AppConfig {
  // In a shard process discord.js's ShardingManager sets SHARDS to the shard's own id list.
  const isShard = env["SHARDING_MANAGER"] === "true";
  const result = envSchema.safeParse(isShard ? { ...env, SHARDS: undefined } : env);
  if (!result.success) {
    // Issue messages come from the schema above and never include the offending value.
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "configuration"),
        message: issue.message,
      })),
    );
  }
  const values = result.data;
  const seedsDir = isAbsolute(values.SEEDS_DIR) ? values.SEEDS_DIR : resolve(projectRoot, values.SEEDS_DIR);
  const invocationDir = env["INIT_CWD"] ?? process.cwd();
  const dataDir = isAbsolute(values.DATA_DIR) ? values.DATA_DIR : resolve(projectRoot, values.DATA_DIR);
  const store = { dataDir, retentionDays: values.RETENTION_DAYS };
  const shards = values.SHARDS ?? null;
  // Everything but the Discord part, the same in console and bot mode.
  const rest = {
    logLevel: values.LOG_LEVEL,
    seedsDir,
    invocationDir,
    ...store,
    shards,
    isShard,
    staleAfterDays: values.STALE_AFTER_DAYS,
  };
  if (values.DISCORD_TOKEN === undefined) {
    if (shards !== null) {
      throw new ConfigError([
        {
          variable: "SHARDS",
          message:
            "is set but DISCORD_TOKEN is not: shards are Discord connections. Set DISCORD_TOKEN, or remove SHARDS to run the local console.",
        },
      ]);
    }
    return { discord: null, ...rest };
  }
  if (values.DISCORD_CLIENT_ID === undefined) {
    throw new ConfigError([
      {
        variable: "DISCORD_CLIENT_ID",
        message:
          "is missing but DISCORD_TOKEN is set. Add DISCORD_CLIENT_ID=<Application ID from the General Information page> to .env, or remove DISCORD_TOKEN to run the local console.",
      },
    ]);
  }
  return {
    discord: {
      token: values.DISCORD_TOKEN,
      clientId: values.DISCORD_CLIENT_ID,
      guildId: values.DISCORD_GUILD_ID ?? null,
      ...(values.DISCORD_API_BASE === undefined ? {} : { apiBase: values.DISCORD_API_BASE }),
    },
    ...rest,
  };
}

/**
 * Reads the `.env` file (if any) without touching `process.env`.
 *
 * @param path - the file; defaults to `.env` at the project root.
 */
export function readDotenvFile(path: string = resolve(PROJECT_ROOT, ".env")): Record<string, string> {
  return existsSync(path) ? parseDotenv(readFileSync(path, "utf8")) : {};
}

/** Where {@link loadConfig} reads from; every field defaults to the real process and project. */
export interface LoadConfigOptions {
  readonly env?: Env;
  readonly dotenvPath?: string;
  readonly projectRoot?: string;
  /** Called with the message on a configuration error; defaults to printing it and exiting with 1. */
  readonly onError?: (error: ConfigError) => never;
}

const exitOnConfigError = (error: ConfigError): never => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
};

/**
 * Loads and validates the configuration from the environment and `.env`.
 * On a missing or malformed value prints one message naming the variable and the fix, and exits
 * with code 1 (unless `onError` is given).
 */
export function loadConfig(options: LoadConfigOptions = {}): AppConfig {
  const env: Env = { ...readDotenvFile(options.dotenvPath), ...(options.env ?? process.env) };
  try {
    const config = parseConfig(env, options.projectRoot);
    // discord.js reads SHARDS from the environment as its own shard list (JSON); ours means how many
    // to run, so once read it is removed, except in a shard, where the ShardingManager set it.
    if (options.env === undefined && !config.isShard) delete process.env["SHARDS"];
    return config;
  } catch (error) {
    if (error instanceof ConfigError) return (options.onError ?? exitOnConfigError)(error);
    throw error;
  }
}
