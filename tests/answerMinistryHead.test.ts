/**
 * "Who is X's minister of Y" on a small archive of our own: a sentence naming the head of the
 * Ministry of Y ("the Ministry of Water Resources, headed by Minister Tahir Aliyev") names the
 * minister; a ministry of something else does not.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_pumps.txt": ` date 2025-08-10 Pumps for Sindh
The pumps were sent by Azerbaijan's Ministry of Water Resources, headed by Minister Tahir Aliyev, to help farmers in Sindh.
`,
});

describe("the head of a ministry", () => {
  it("is the minister of its field", () => {
    expect(askQuestion(engine, "who is azerbaijans minister of water resources").answer ?? "").toMatch(
      /Tahir Aliyev/u,
    );
  });

  it("is not the minister of another field", () => {
    expect(askQuestion(engine, "who is azerbaijans minister of culture").status).toBe("no_answer");
  });
});
