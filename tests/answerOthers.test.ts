/**
 * "Who else was there": someone besides the people a report names first, whom it adds with
 * "also present", "also attended" or "joined by", often in the sentence after the event is told.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_prize.txt": ` date 2025-06-02 Scholarships for Pakistani students
Azerbaijan's ambassador Rauf Guliyev handed out the scholarships at a ceremony at Quaid-i-Azam University on Monday.
Vice Chancellor Dr Niaz Ahmed Akhtar was also present.
The scholarships cover master's programmes at Baku State University.
`,
});

describe("who else", () => {
  it("answers with the person the report adds, not the one it names first", () => {
    const result = askQuestion(engine, "who else was at the scholarship ceremony");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/was also present/u);
    expect(result.answer).toMatch(/Niaz Ahmed Akhtar/u);
  });

  it("still answers a plain who-question with the person named first", () => {
    const result = askQuestion(engine, "who handed out the scholarships at the ceremony");
    expect(result.answer).toMatch(/Rauf Guliyev/u);
  });
});
