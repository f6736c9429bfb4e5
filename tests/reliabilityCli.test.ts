/**
 * The batch CLI (`cli ask --json --seeds DIR`) over the real seeds beside broken files, fed hostile
 * questions one per line: exit 0, exactly one JSON object per input line, and the JF-17 question
 * still answered from its article.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrokenArchive, JF17_QUESTION, JF17_SOURCE, removeFolder } from "./support/brokenArchive.js";
import { hostileQuestionLines } from "./support/hostileText.js";
import { runProcess } from "./support/spawnEntry.js";

interface AskLine {
  readonly question: string;
  readonly status: string;
  readonly answer: string;
  readonly excerpts: readonly { readonly source: string; readonly text: string }[];
}

let dir: string;

beforeAll(async () => {
  dir = await createBrokenArchive();
});

afterAll(async () => {
  await removeFolder(dir);
});

describe("cli ask --json on a broken archive with hostile questions", () => {
  it("prints one JSON object per input line and still answers the JF-17 question", async () => {
    const questions = [...hostileQuestionLines(), JF17_QUESTION];
    const input = `${questions.join("\n")}\n`;
    const result = await runProcess("src/cli/main.ts", ["ask", "--json", "--seeds", dir], {}, input);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.pop()).toBe("");
    const parsed = lines.map((line) => JSON.parse(line) as AskLine);
    const statuses = parsed.reduce<Record<string, number>>((counts, line) => {
      counts[line.status] = (counts[line.status] ?? 0) + 1;
      return counts;
    }, {});
    const jf17 = parsed.at(-1);
    console.log(
      `cli batch: ${questions.length} input lines, ${lines.length} output lines, statuses ${JSON.stringify(statuses)}; ` +
        `JF-17: ${jf17?.status} "${jf17?.answer}" (${jf17?.excerpts[0]?.source})`,
    );
    expect(lines).toHaveLength(questions.length);
    for (const line of parsed) {
      expect(typeof line.question).toBe("string");
      expect(["answered", "no_answer", "invalid"]).toContain(line.status);
    }
    expect(jf17?.status).toBe("answered");
    expect(jf17?.answer).toMatch(/September 2024/);
    expect(jf17?.excerpts[0]?.source).toBe(JF17_SOURCE);
    expect(result.stderr).toMatch(/skipped 105_huge\.txt: too large/);
  });
});
