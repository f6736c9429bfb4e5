/**
 * Structured logging with pino, one JSON object per line, to stderr (stdout is kept for replies
 * and JSON output). Anything token-like is scrubbed from every line before it is written.
 */
import { pino, type Logger as PinoLogger } from "pino";
import type { LogLevel } from "./config.js";

/** The logger every module receives. */
export type Logger = PinoLogger;

/** Something a log line can be written to. */
export interface LogDestination {
  write(line: string): unknown;
}

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** Default `info`. */
  readonly level?: LogLevel;
  /** Default: stderr, written synchronously so nothing is lost on exit. */
  readonly destination?: LogDestination;
  /** Exact strings to scrub (the configured bot token). */
  readonly secrets?: readonly string[];
}

const REDACTED = "[REDACTED]";

/** Keys whose values are never logged, wherever they appear. */
const REDACT_PATHS = [
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "*.*.headers.authorization",
  "discord.token",
  "*.discord.token",
];

// Bot tokens: three dot-separated base64url parts (id, timestamp, HMAC); generous lengths so older
// and newer token formats are both caught.
const BOT_TOKEN = /[\w-]{18,}\.[\w-]{4,}\.[\w-]{20,}/g;
// Interaction tokens travel in callback and webhook URLs; they grant 15 minutes of replies.
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s"?]{10,}/g;
const AUTH_HEADER = /\b(Bot|Bearer)\s+[\w.-]{10,}/g;

/**
 * Removes token-like substrings from a log line.
 *
 * @param secrets - exact values to remove as well.
 */
export function scrubSecrets(line: string, secrets: readonly string[] = []): string {
  let out = line;
  for (const secret of secrets) if (secret.length > 0) out = out.replaceAll(secret, REDACTED);
  return out
    .replace(BOT_TOKEN, REDACTED)
    .replace(URL_TOKEN, `$1${REDACTED}`)
    .replace(AUTH_HEADER, `$1 ${REDACTED}`);
}

/** Creates the application logger. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const target: LogDestination = options.destination ?? pino.destination({ fd: 2, sync: true });
  const secrets = options.secrets ?? [];
  const scrubbing: LogDestination = { write: (line: string) => target.write(scrubSecrets(line, secrets)) };
  return pino(
    {
      level: options.level ?? "info",
      base: { app: "dostluq" },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { err: pino.stdSerializers.err },
    },
    scrubbing,
  );
}

/** The part of `process` that {@link logProcessFaults} listens on. */
export interface ProcessFaultSource {
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  on(event: "uncaughtException", listener: (error: Error) => void): unknown;
}

/**
 * Routes process-level faults through the (secret-scrubbing) logger instead of Node's default
 * stack dump. A stray rejected promise (say, from a library's background request) is logged and the
 * bot keeps serving; an uncaught exception leaves state unknown, so it is logged as fatal and the
 * process exits with code 1 for the process manager to restart it.
 *
 * @param source - default `process`
 * @param exit - default `process.exit`
 */
export function logProcessFaults(
  logger: Logger,
  source: ProcessFaultSource = process,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  source.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection; still serving");
  });
  source.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; exiting");
    exit(1);
  });
}
