/**
 * "Who was acting president": a participle before an office is part of its title, though the
 * tagger reads "acting" after "was" as a verb.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "t_visit.txt": ` date 2025-03-02 Foreign minister in Islamabad
During his stay in Islamabad, Foreign Minister Teymur Rahimli met senior officials of Pakistan.
Acting President Nadir Hussain Qureshi received Minister Rahimli at the presidency.
`,
});

describe("a title with a participle", () => {
  it("finds the holder of 'acting president' asked with a time clause", () => {
    const result = askQuestion(engine, "who was acting president when rahimli visited");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Nadir Hussain Qureshi/u);
  });
});
