import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { commands } from "../commands/index.js";
import { startBot, type Bot } from "../src/discord/bot.js";
import { registerCommands } from "../src/discord/register.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { createLogger } from "../src/logger.js";
import { FakeDiscord, messageProblems } from "./support/fakeDiscord.js";
import { fakeKb } from "./support/fakeKnowledgeBase.js";

const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.fake-token-for-the-local-stand-in-0123456789";
const ACK_WINDOW_MS = 3000;

async function knowledgeBaseForTests(): Promise<KnowledgeBase> {
  return fakeKb();
}

interface LogLine {
  readonly msg?: string;
  readonly command?: string;
  readonly outcome?: string;
  readonly latencyMs?: number;
  readonly userId?: string;
}

let fake: FakeDiscord;
let bot: Bot;
let kb: KnowledgeBase;
const logLines: LogLine[] = [];
const rawLog: string[] = [];

beforeAll(async () => {
  kb = await knowledgeBaseForTests();
  fake = await FakeDiscord.start({ token: TOKEN });
  const logger = createLogger({
    level: "info",
    secrets: [TOKEN],
    destination: {
      write(line: string) {
        rawLog.push(line);
        logLines.push(JSON.parse(line) as LogLine);
      },
    },
  });
  bot = await startBot({ token: TOKEN, kb, logger, commands, restApi: fake.apiBase });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };

/** Sends a command and returns the acknowledgement delay and the final message. */
async function run(name: string, options: Record<string, unknown>[] = [], userId?: string) {
  const record = fake.sendCommand(name, options, userId);
  const message = await fake.waitForMessage(record);
  const ack = record.callbacks[0];
  expect(ack, "acknowledged").toBeDefined();
  expect((ack?.at ?? Infinity) - record.sentAt).toBeLessThan(ACK_WINDOW_MS);
  expect(messageProblems(message)).toEqual([]);
  expect(message.allowed_mentions).toEqual({ parse: [] });
  const embeds = (message.embeds ?? []) as Embed[];
  const text = embeds
    .flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .join("\n");
  return { record, message, embeds, text };
}

describe("the bot on a local Discord", () => {
  it("registers every command, /archive for Manage Server only", async () => {
    const result = await registerCommands({
      token: TOKEN,
      clientId: fake.applicationId,
      guildId: fake.guildId,
      commands,
      api: fake.apiBase,
    });
    expect(result).toEqual({ scope: `guild ${fake.guildId}`, count: 9 });
    const registered = fake.registeredCommands.get(fake.guildId) as { name: string; options?: unknown[] }[];
    expect(registered.map((c) => c.name)).toEqual([
      "ask",
      "latest",
      "topic",
      "sources",
      "help",
      "subscribe",
      "unsubscribe",
      "gaps",
      "archive",
    ]);
    // Discord hides /archive from members without Manage Server (permission bit 1 << 5).
    expect(registered.find((c) => c.name === "archive")).toMatchObject({
      default_member_permissions: "32",
      contexts: [0],
    });
    const ask = registered[0] as {
      options: { name: string; required: boolean; min_length: number; max_length: number }[];
    };
    expect(ask.options[0]).toMatchObject({
      name: "question",
      required: true,
      min_length: 3,
      max_length: 300,
    });
    const put = fake.requests.find((r) => r.method === "PUT");
    expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
  });

  it("answers /ask with the excerpt, its source and date", async () => {
    const { text, message } = await run("ask", [
      { name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" },
    ]);
    expect(text).toContain("September 2024");
    expect(text).toContain("004\\_2c982bdcbaac3a2e.txt");
    expect(text).toContain("2025-02-23");
    expect(message.flags ?? 0).toBe(0);
  });

  it("neutralises @everyone and user mentions in the echoed question", async () => {
    const question = "@everyone <@123456789012345678> When did Azerbaijan receive the JF-17?";
    const { text, record } = await run(
      "ask",
      [{ name: "question", type: 3, value: question }],
      "1100000000000000077",
    );
    expect(text).not.toContain("@everyone");
    expect(text).not.toContain("<@123456789012345678>");
    expect(text).toMatch(/@\u200beveryone/);
    const bodies = fake.requests.filter((r) => r.path.includes(record.token) && r.method !== "DELETE");
    for (const request of bodies) {
      const body = request.body as {
        data?: { allowed_mentions?: unknown };
        allowed_mentions?: unknown;
        type?: number;
      };
      if (body.type === 5) continue;
      expect(body.allowed_mentions ?? body.data?.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it("answers /latest, /topic and /sources", async () => {
    const latest = await run("latest", [{ name: "count", type: 4, value: 3 }]);
    expect(latest.embeds[0]?.title).toMatch(/latest/i);
    expect(latest.text).toMatch(/\d{4}-\d{2}-\d{2}/);
    const topic = await run("topic", [{ name: "name", type: 3, value: "defence" }]);
    expect(topic.text).toMatch(/JF\\?-17|defence/i);
    expect(topic.text).toContain(".txt");
    const sources = await run("sources");
    for (const article of kb.articles) {
      expect(sources.text).toContain(article.date ?? "undated");
    }
    expect(sources.text).toContain("004\\_2c982bdcbaac3a2e.txt");
  });

  it("answers /topic autocomplete within 3 s with at most 25 valid choices", async () => {
    const record = fake.sendAutocomplete("topic", [{ name: "name", type: 3, value: "def", focused: true }]);
    const callback = await fake.waitFor(() => record.callbacks[0], 5000, "autocomplete answer");
    expect(callback.at - record.sentAt).toBeLessThan(ACK_WINDOW_MS);
    expect(callback.body.type).toBe(8);
    const choices = (callback.body.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain("defence");
  });

  it("answers unknown commands with an ephemeral apology and logs one line per interaction", async () => {
    const record = fake.sendCommand("weather");
    const message = await fake.waitForMessage(record);
    expect(record.callbacks[0]?.body.type).toBe(4);
    expect((record.callbacks[0]?.body.data as { flags?: number }).flags).toBe(64);
    expect(JSON.stringify(message)).toContain("/weather");
    const line = await vi.waitFor(() => {
      const found = logLines.find((l) => l.command === "weather");
      if (found === undefined) throw new Error("no log line yet");
      return found;
    });
    expect(line).toMatchObject({
      msg: "interaction",
      outcome: "unknown_command",
      userId: "1100000000000000001",
    });
    expect(typeof line.latencyMs).toBe("number");
  });

  it("limits /ask to 5 per 30 s per user with an ephemeral 'try again'", async () => {
    const user = "1100000000000000099";
    const ask = [{ name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" }];
    for (let i = 0; i < 5; i++) await run("ask", ask, user);
    const record = fake.sendCommand("ask", ask, user);
    const message = await fake.waitForMessage(record);
    expect((record.callbacks[0]?.body.data as { flags?: number }).flags).toBe(64);
    expect(JSON.stringify(message)).toMatch(/try again in \d+ s/);
    // Another user is not affected.
    await run("ask", ask, "1100000000000000098");
  });

  it("never logs the token", () => {
    expect(rawLog.length).toBeGreaterThan(0);
    expect(rawLog.join("")).not.toContain(TOKEN);
  });
});
