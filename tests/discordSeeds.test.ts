import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../commands/index.js";
import { startBot, type Bot } from "../src/discord/bot.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { createLogger } from "../src/logger.js";
import { FakeDiscord, messageProblems } from "./support/fakeDiscord.js";

// The real archive end to end: the project's seeds/ through the real discord.js client.
const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.fake-token-for-the-local-stand-in-0123456789";

let fake: FakeDiscord;
let bot: Bot;

beforeAll(async () => {
  const kb = await loadKnowledgeBase(resolve(import.meta.dirname, "..", "seeds"));
  fake = await FakeDiscord.start({ token: TOKEN });
  bot = await startBot({
    token: TOKEN,
    kb,
    logger: createLogger({ level: "silent" }),
    commands,
    restApi: fake.apiBase,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe("the bot on the real archive", () => {
  it("answers the JF-17 question from 004_2c982bdcbaac3a2e.txt, dated 2025-02-23", async () => {
    const record = fake.sendCommand("ask", [
      { name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" },
    ]);
    const message = await fake.waitForMessage(record);
    expect((record.callbacks[0]?.at ?? Infinity) - record.sentAt).toBeLessThan(3000);
    expect(messageProblems(message)).toEqual([]);
    const text = JSON.stringify(message.embeds);
    expect(text).toContain("September 2024");
    expect(text).toContain("004\\\\_2c982bdcbaac3a2e.txt");
    expect(text).toContain("2025-02-23");
  });

  it("scopes /ask with since: and until:, and says how many outlets report the answer", async () => {
    const record = fake.sendCommand("ask", [
      { name: "question", type: 3, value: "What happened in Lachin?" },
      { name: "since", type: 3, value: "2025-05" },
      { name: "until", type: 3, value: "2025-05" },
    ]);
    const message = await fake.waitForMessage(record);
    expect(messageProblems(message)).toEqual([]);
    const text = JSON.stringify(message.embeds);
    expect(text).toContain("Articles from May 2025 only");
    expect(text).toMatch(/Reported by 2 articles from 2 outlets \((?:NNI, ISPR|ISPR, NNI)\)/u);
    expect(text).toMatch(/2025-05-28, \d+ (?:months|years?) ago/u);
  });

  it("lists every article in /sources", async () => {
    const record = fake.sendCommand("sources");
    const message = await fake.waitForMessage(record);
    expect(messageProblems(message)).toEqual([]);
    expect(JSON.stringify(message.embeds)).toContain("2025-02-23");
  });
});
