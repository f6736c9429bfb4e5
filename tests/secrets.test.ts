/**
 * A recognisable fake token never appears in logs, error messages or replies: not when Discord
 * echoes the Authorization header in an HTTP error, not on the invalid-token path of the real
 * entry point, not in an error startBot rejects with.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../commands/index.js";
import { startBot } from "../src/discord/bot.js";
import { createLogger } from "../src/logger.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { askJf17, FAKE_TOKEN, startHarness, type BotHarness } from "./support/botHarness.js";
import { SEEDS_DIR } from "./support/brokenArchive.js";
import { FakeDiscord, type RecordedRequest } from "./support/fakeDiscord.js";
import { runProcess } from "./support/spawnEntry.js";

/** The distinctive part of the fake token: found anywhere, the token leaked (whole or cut). */
const CANARY = "leak-canary";
/** An error body quoting the request's Authorization header (interaction webhooks send none: then the bot's). */
const echoAuthorization = (request: RecordedRequest): string =>
  `Invalid request; you sent Authorization: ${request.headers.authorization ?? `Bot ${FAKE_TOKEN}`}`;

let h: BotHarness;
const removeHooks: (() => void)[] = [];

beforeAll(async () => {
  h = await startHarness();
});

afterEach(() => {
  for (const remove of removeHooks.splice(0)) remove();
});

afterAll(async () => {
  await h?.close();
});

/** Everything the bot sent to Discord (replies, edits, follow-ups), as one string. */
const sentBodies = (): string => JSON.stringify(h.fake.requests.map((r) => r.body));

describe("the token never leaks", () => {
  it("HTTP 400 and 500 errors echoing the Authorization header: not in logs or replies", async () => {
    let hits = 0;
    removeHooks.push(
      h.fake.onRequest((request) => {
        if (!request.path.startsWith("/webhooks/")) return undefined;
        hits += 1;
        // The answer's edit is refused; the apology's first two attempts meet server errors.
        if (hits === 1) return { status: 400, body: { code: 50035, message: echoAuthorization(request) } };
        if (hits <= 3) return { status: 500, body: { code: 0, message: echoAuthorization(request) } };
        return undefined;
      }),
    );
    const record = h.fake.sendCommand(
      "ask",
      [{ name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" }],
      "1100000000000000501",
    );
    const apology = await h.fake.waitForMessage(record, 15_000);
    expect(JSON.stringify(apology)).toContain("Something went wrong");
    expect(hits).toBeGreaterThanOrEqual(4);
    expect(h.rawLog.join("")).toContain("Authorization: Bot [REDACTED]");
    const next = await askJf17(h.fake, "1100000000000000502");
    expect(next.text).toContain("September 2024");
    expect(h.rawLog.join("")).not.toContain(CANARY);
    expect(sentBodies()).not.toContain(CANARY);
  });

  it("startBot rejects with an error whose message and stack hold no token", async () => {
    const fake = await FakeDiscord.start({ token: "someone-else.XXXXXX.not-this-bot" });
    fake.onRequest((request) => ({ status: 400, body: { code: 0, message: echoAuthorization(request) } }));
    const lines: string[] = [];
    try {
      const kb = await loadKnowledgeBase(SEEDS_DIR);
      const logger = createLogger({ destination: { write: (line: string) => lines.push(line) } });
      const error: unknown = await startBot({
        token: FAKE_TOKEN,
        kb,
        logger,
        commands,
        restApi: fake.apiBase,
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      const { message, stack } = error as Error;
      expect(message).toContain("Authorization");
      expect(`${message}\n${stack}`).not.toContain(CANARY);
      expect(lines.join("")).not.toContain(CANARY);
    } finally {
      await fake.stop();
    }
  });

  it.each([
    [401, /Discord rejected DISCORD_TOKEN/],
    [400, /Could not connect to Discord/],
  ])(
    "the real entry point when Discord answers %i: no token on stdout or stderr",
    async (status, message) => {
      const fake = await FakeDiscord.start({ token: "someone-else.XXXXXX.not-this-bot" });
      fake.onRequest((request) => ({ status, body: { code: 0, message: echoAuthorization(request) } }));
      try {
        const env = {
          DISCORD_TOKEN: FAKE_TOKEN,
          DISCORD_CLIENT_ID: fake.applicationId,
          DISCORD_API_BASE: fake.apiBase,
        };
        const result = await runProcess("src/main.ts", [], env, "", 20_000);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(message);
        expect(`${result.stdout}${result.stderr}`).not.toContain(CANARY);
      } finally {
        await fake.stop();
      }
    },
  );

  it("a malformed token is named as the problem but never quoted", async () => {
    const result = await runProcess(
      "src/main.ts",
      [],
      { DISCORD_TOKEN: `${CANARY} with spaces`, DISCORD_CLIENT_ID: "1200000000000000001" },
      "",
      20_000,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_TOKEN: is not a bot token/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(CANARY);
  });
});
