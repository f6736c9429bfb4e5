/**
 * Discord faults through the local stand-in, with the real discord.js client and the real archive:
 * rate limits, server errors, an expired interaction, a dropped gateway, and an invalid token.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord, type RecordedRequest } from "./support/fakeDiscord.js";
import { askJf17, FAKE_TOKEN, startHarness, waitForLog, type BotHarness } from "./support/botHarness.js";
import { runProcess } from "./support/spawnEntry.js";

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

const isEdit = (r: RecordedRequest): boolean =>
  r.method === "PATCH" && r.path.endsWith("/messages/@original");
const isCallback = (r: RecordedRequest): boolean => r.method === "POST" && r.path.endsWith("/callback");

/** Answers the first `times` requests matching `match` with `status` (and the given extras). */
function failFirst(
  match: (r: RecordedRequest) => boolean,
  times: number,
  response: { status: number; body?: unknown; headers?: Record<string, string> },
): { hits: () => number } {
  let hits = 0;
  removeHooks.push(
    h.fake.onRequest((request) => {
      if (!match(request) || hits >= times) return undefined;
      hits += 1;
      return response;
    }),
  );
  return { hits: () => hits };
}

describe("Discord faults", () => {
  it("429 with Retry-After: waits, retries, and the reply still arrives", async () => {
    const fault = failFirst(isEdit, 1, {
      status: 429,
      headers: { "retry-after": "1" },
      body: { message: "You are being rate limited.", retry_after: 1, global: false },
    });
    const started = Date.now();
    const { record, text } = await askJf17(h.fake, "1100000000000000201", 8000);
    expect(fault.hits()).toBe(1);
    expect(text).toContain("September 2024");
    const edits = h.fake.requests.filter((r) => isEdit(r) && r.path.includes(record.token));
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect((edits[1]?.at ?? 0) - (edits[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(6000);
    await waitForLog(h, (l) => l.msg === "rate limited");
  });

  it("5xx: retried, and the reply arrives", async () => {
    const fault = failFirst(isEdit, 2, { status: 502, body: { message: "Bad Gateway", code: 0 } });
    const { record, text } = await askJf17(h.fake, "1100000000000000202");
    expect(fault.hits()).toBe(2);
    expect(text).toContain("September 2024");
    const edits = h.fake.requests.filter((r) => isEdit(r) && r.path.includes(record.token));
    expect(edits.map((r) => r.status)).toEqual([502, 502, 200]);
    await waitForLog(h, (l) => l.msg === "Discord server error" && l["status"] === 502);
  });

  it("5xx that never ends: logged, no crash, the next interaction is answered", async () => {
    const fault = failFirst(isEdit, 100, {
      status: 500,
      body: { message: "Internal Server Error", code: 0 },
    });
    const record = h.fake.sendCommand(
      "ask",
      [{ name: "question", type: 3, value: "JF-17 delivery date?" }],
      "1100000000000000203",
    );
    const line = await waitForLog(
      h,
      (l) => l.msg === "interaction" && l["userId"] === "1100000000000000203",
      15_000,
    );
    expect(line["outcome"]).toBe("discord_error");
    expect(fault.hits()).toBeGreaterThanOrEqual(3);
    expect(record.callbacks).toHaveLength(1);
    removeHooks.splice(0).forEach((remove) => remove());
    const next = await askJf17(h.fake, "1100000000000000204");
    expect(next.text).toContain("September 2024");
  });

  it("10062 unknown interaction: logged, no crash, the next interaction is answered", async () => {
    failFirst(isCallback, 1, { status: 404, body: { code: 10062, message: "Unknown interaction" } });
    h.fake.sendCommand(
      "ask",
      [{ name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" }],
      "1100000000000000205",
    );
    const failed = await waitForLog(
      h,
      (l) => l.msg === "could not answer interaction" && JSON.stringify(l).includes("10062"),
    );
    expect(JSON.stringify(failed)).toContain("Unknown interaction");
    const summary = await waitForLog(
      h,
      (l) => l.msg === "interaction" && l["userId"] === "1100000000000000205",
    );
    expect(summary["outcome"]).toBe("discord_error");
    const next = await askJf17(h.fake, "1100000000000000206");
    expect(next.text).toContain("September 2024");
  });

  it.each([
    [4000, "resumes", 6],
    [1000, "reconnects", 2],
  ])("gateway closed with %i: the client %s and answers the next interaction", async (code, _how, op) => {
    const before = h.fake.gatewayFrames.length;
    h.fake.closeGateway(code, "test: connection dropped");
    // 4000 keeps the session (RESUME, op 6); 1000 ends it, so the client identifies anew (op 2).
    await h.fake.waitFor(
      () => h.fake.gatewayFrames.slice(before).some((f) => f["op"] === op),
      10_000,
      `gateway op ${op} after the close`,
    );
    // Discord.js marks itself ready again after RESUMED/READY; give it a tick before dispatching.
    await new Promise((r) => setTimeout(r, 100));
    const { text } = await askJf17(h.fake, `110000000000000030${op}`);
    expect(text).toContain("September 2024");
  });

  it("an interaction sent while the connection drops is answered once the client resumes", async () => {
    h.fake.closeGateway(4000, "test: connection dropped mid-burst");
    // Sent to the closing socket: Discord keeps it for the session and replays it on RESUME.
    const { text } = await askJf17(h.fake, "1100000000000000310", 10_000);
    expect(text).toContain("September 2024");
    // Both ends of the drop are in the log, so a delayed answer can be explained.
    const reconnecting = await waitForLog(h, (l) => l.msg === "gateway reconnecting");
    expect(reconnecting["level"]).toBe(40);
    const resumed = await waitForLog(h, (l) => l.msg === "gateway resumed");
    expect(resumed["replayed"]).toBeGreaterThanOrEqual(1);
  });
});

describe("an invalid token through the real entry point", () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    // The stand-in accepts a different token, so the bot's is rejected like a revoked one.
    fake = await FakeDiscord.start({
      token: "OTk5OTk5OTk5OTk5OTk5OTk5OQ.XXXXXX.the-real-token-is-something-else-xx",
    });
  });

  afterAll(async () => {
    await fake?.stop();
  });

  it("REST 401: prints a clear message and exits non-zero, without the token", async () => {
    const env = {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    };
    const result = await runProcess("src/main.ts", [], env, "", 20_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Discord rejected DISCORD_TOKEN: reset the token/);
    expect(result.stderr + result.stdout).not.toContain(FAKE_TOKEN);
    expect(result.stderr).not.toContain("leak-canary");
  });

  it("gateway 4004 authentication failed: the same clear message and non-zero exit", async () => {
    const remove = fake.onRequest((r) =>
      r.method === "GET" && r.path === "/gateway/bot"
        ? {
            status: 200,
            body: {
              url: fake.apiBase.replace(/^http/, "ws").replace(/\/api$/, ""),
              shards: 1,
              session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
            },
          }
        : undefined,
    );
    try {
      const env = {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_BASE: fake.apiBase,
      };
      const result = await runProcess("src/main.ts", [], env, "", 20_000);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/Discord rejected DISCORD_TOKEN/);
      expect(result.stderr + result.stdout).not.toContain("leak-canary");
    } finally {
      remove();
    }
  });
});
