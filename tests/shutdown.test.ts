/**
 * SIGTERM: the real entry point exits with code 0 within 2 s, in console mode (stdin still open)
 * and in bot mode (connected to the local Discord stand-in).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_TOKEN } from "./support/botHarness.js";
import { FakeDiscord } from "./support/fakeDiscord.js";
import { startProcess, type RunningProcess } from "./support/spawnEntry.js";

// Process managers allow about 2 s between SIGTERM and SIGKILL.
const SHUTDOWN_MS = 2000;

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: FAKE_TOKEN });
});

afterAll(async () => {
  await fake?.stop();
});

/** Sends SIGTERM and resolves with the exit code and how long the exit took. */
async function terminate(
  child: RunningProcess,
): Promise<{ code: number | null; ms: number; stderr: string }> {
  const sent = performance.now();
  child.child.kill("SIGTERM");
  const result = await child.exited;
  return { code: result.code, ms: performance.now() - sent, stderr: result.stderr };
}

describe("shutdown on SIGTERM", () => {
  it("console mode: exit 0 within 2 s while waiting for input", async () => {
    const child = startProcess("src/main.ts", [], {}, 20_000);
    try {
      await child.waitForOutput(/Dostluq console/);
      child.child.stdin.write("/ask When did Azerbaijan receive the JF-17?\n");
      await child.waitForOutput(/September 2024/);
      const { code, ms, stderr } = await terminate(child);
      console.log(`shutdown (console mode): exit code ${code} after ${ms.toFixed(0)} ms`);
      expect(code, stderr).toBe(0);
      expect(ms).toBeLessThan(SHUTDOWN_MS);
    } finally {
      child.child.kill("SIGKILL");
    }
  });

  it("bot mode during start-up (archive loaded, still logging in): exit 0 within 2 s", async () => {
    const env = {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    };
    const child = startProcess("src/main.ts", [], env, 20_000);
    try {
      await child.waitForOutput(/archive loaded/);
      const { code, ms, stderr } = await terminate(child);
      expect(code, stderr).toBe(0);
      expect(ms).toBeLessThan(SHUTDOWN_MS);
    } finally {
      child.child.kill("SIGKILL");
    }
  });

  it("bot mode: exit 0 within 2 s, disconnected from Discord", async () => {
    const env = {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    };
    const child = startProcess("src/main.ts", [], env, 20_000);
    try {
      await child.waitForOutput(/connected to Discord/);
      const { code, ms, stderr } = await terminate(child);
      console.log(`shutdown (bot mode): exit code ${code} after ${ms.toFixed(0)} ms`);
      expect(code, stderr).toBe(0);
      expect(ms).toBeLessThan(SHUTDOWN_MS);
      expect(stderr).toMatch(/disconnected from Discord/);
    } finally {
      child.child.kill("SIGKILL");
    }
  });
});
