/**
 * A why-question's verb picks the reason among several in one sentence: "thanked him FOR inviting
 * him ... and CONGRATULATED them ON the anniversary" gives one reason for each deed.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "w_visit.txt": ` date 2025-11-07 Prime minister in Baku
Prime Minister Qadir met President Valiyev in Baku on Friday.
Qadir thanked Valiyev for inviting him to attend the harvest festival and congratulated the people of Azerbaijan on the anniversary of their independence.
`,
});

describe("the reason for the deed asked", () => {
  it("reads the reason from the clause of the question's verb", () => {
    const result = askQuestion(engine, "why did qadir congratulate valiyev");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^On the anniversary of their independence/u);
  });
});
