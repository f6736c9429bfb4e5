/**
 * A bot on the real archive connected to a local Discord stand-in, with its log lines captured,
 * for fault, load and secrets tests. Always `close()` it.
 */
import { resolve } from "node:path";
import { commands } from "../../commands/index.js";
import { startBot, type Bot, type BotOptions } from "../../src/discord/bot.js";
import { loadKnowledgeBase } from "../../src/loadKnowledgeBase.js";
import { createLogger } from "../../src/logger.js";
import { FakeDiscord, type InteractionRecord } from "./fakeDiscord.js";

/** A recognisable fake bot token: if it shows up anywhere, a secret leaked. */
export const FAKE_TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.leak-canary-0123456789abcdefghij";

/** One parsed log line. */
export type LogLine = Record<string, unknown> & { readonly msg?: string };

/** A running bot with its stand-in and captured logs. */
export interface BotHarness {
  readonly fake: FakeDiscord;
  readonly bot: Bot;
  /** Raw log lines as written (after scrubbing). */
  readonly rawLog: string[];
  readonly logs: LogLine[];
  close(): Promise<void>;
}

/** Starts the stand-in and a bot on seeds/ connected to it. */
export async function startHarness(overrides: Partial<BotOptions> = {}): Promise<BotHarness> {
  const kb = await loadKnowledgeBase(resolve(import.meta.dirname, "..", "..", "seeds"));
  const fake = await FakeDiscord.start({ token: FAKE_TOKEN });
  const rawLog: string[] = [];
  const logs: LogLine[] = [];
  const logger = createLogger({
    level: "info",
    secrets: [FAKE_TOKEN],
    destination: {
      write(line: string) {
        rawLog.push(line);
        logs.push(JSON.parse(line) as LogLine);
      },
    },
  });
  try {
    const bot = await startBot({
      token: FAKE_TOKEN,
      kb,
      logger,
      commands,
      restApi: fake.apiBase,
      ...overrides,
    });
    return {
      fake,
      bot,
      rawLog,
      logs,
      async close() {
        await bot.stop();
        await fake.stop();
      },
    };
  } catch (error) {
    await fake.stop();
    throw error;
  }
}

/** The JF-17 question as a slash-command option. */
export const JF17_OPTION = [{ name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" }];

/** Sends /ask JF-17 and resolves with the answer's text once it arrives. */
export async function askJf17(
  fake: FakeDiscord,
  userId?: string,
  timeoutMs = 5000,
): Promise<{ record: InteractionRecord; text: string }> {
  const record = fake.sendCommand("ask", JF17_OPTION, userId);
  const message = await fake.waitForMessage(record, timeoutMs);
  return { record, text: JSON.stringify(message) };
}

/** Resolves once a log line satisfies `predicate`. */
export async function waitForLog(
  harness: BotHarness,
  predicate: (line: LogLine) => boolean,
  timeoutMs = 5000,
): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = harness.logs.find(predicate);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no matching log line within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
