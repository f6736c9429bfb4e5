/**
 * The suite's own safety net: an unhandled rejection anywhere fails the run. Shown on the config
 * and by running a fixture whose only test passes but leaves a rejection unhandled.
 */
import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createLogger, logProcessFaults } from "../src/logger.js";
import config from "../vitest.config.js";
import { FAKE_TOKEN } from "./support/botHarness.js";
import { ROOT } from "./support/spawnEntry.js";

describe("unhandled rejections fail the run", () => {
  it("nothing in the config ignores unhandled errors", () => {
    expect(config.test?.dangerouslyIgnoreUnhandledErrors ?? false).toBe(false);
  });

  // Set in the child run, so a misconfigured include can never make this test spawn itself.
  it.skipIf(process.env["DOSTLUQ_UNHANDLED_FIXTURE"] === "1")(
    "a passing test that leaves a rejection unhandled makes vitest exit non-zero",
    () => {
      const result = spawnSync(
        process.execPath,
        ["node_modules/vitest/vitest.mjs", "run", "--config", "tests/support/unhandled/vitest.config.ts"],
        {
          cwd: ROOT,
          encoding: "utf8",
          timeout: 30_000,
          env: { ...process.env, CI: "true", DOSTLUQ_UNHANDLED_FIXTURE: "1" },
        },
      );
      const output = `${result.stdout}${result.stderr}`;
      expect(output).toContain("unhandled-rejection-canary");
      expect(output).toMatch(/Unhandled Rejection|Unhandled Errors/i);
      expect(result.status, output).not.toBe(0);
    },
    60_000,
  );
});

describe("process-level faults in the bot", () => {
  it("a stray rejection is logged (scrubbed) and the bot keeps running; an uncaught exception exits 1", () => {
    const lines: string[] = [];
    const logger = createLogger({
      secrets: [FAKE_TOKEN],
      destination: { write: (line: string) => lines.push(line) },
    });
    const source = new EventEmitter();
    const exits: number[] = [];
    logProcessFaults(logger, source, (code) => exits.push(code));
    source.emit("unhandledRejection", new Error(`request failed with Bot ${FAKE_TOKEN}`));
    expect(exits).toEqual([]);
    expect(lines.join("")).toMatch(/unhandled promise rejection; still serving/);
    source.emit("uncaughtException", new Error(`boom ${FAKE_TOKEN}`));
    expect(exits).toEqual([1]);
    expect(lines.join("")).toMatch(/"level":60.*uncaught exception; exiting/);
    expect(lines.join("")).not.toContain("leak-canary");
  });
});
