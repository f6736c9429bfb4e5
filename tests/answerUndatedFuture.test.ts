/**
 * "When will X happen" answered by a report that gives no date but says when all the same ("will
 * be organized very soon"), rather than by a dated sentence about something else.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "r_talks.txt": ` date 2025-05-28 Leaders meet in Gabala
Azerbaijan agreed to an exchange of delegations on investment in Pakistan.
In this regard, delegation level talks will be organized very soon.
The meeting took place on the eve of the regional summit that would take place on Azerbaijan's Independence Day.
`,
});

describe("undated times to come", () => {
  it("answers a question about the future with the sentence saying 'very soon'", () => {
    const result = askQuestion(engine, "when will the delegation level talks happen");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Very soon/u);
    expect(result.excerpts[0]?.text).toMatch(/organized very soon/u);
  });
});
