/**
 * `cli ask --explain` prints every stage of the answer chain for one question.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

describe("cli ask --explain", () => {
  it("shows the answer type, the names, the alternatives and the verdict", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "ask",
        "--explain",
        "what planes did azerbaijan get from pakistan",
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^answer type: {3}which$/mu);
    expect(run.stdout).toMatch(/^ {2}plane: .*aircraft \(hyper|hypo/mu);
    expect(run.stdout).toMatch(/^verdict: {7}answered$/mu);
  });
});
