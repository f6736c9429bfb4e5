/**
 * The suite's own safety net: an unhandled rejection anywhere fails the run. Shown on the config
 * and by running a fixture whose only test passes but leaves a rejection unhandled.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import config from "../vitest.config.js";
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
