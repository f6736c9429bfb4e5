/**
 * Yes/no questions in vague words on a small archive of our own: a sentence naming everyone asked
 * about states a claim whose one vague word it leaves out ("did the minister GO to Sheki"), not
 * one whose several words it leaves out ("was the VALUE of the Sheki centre MADE PUBLIC").
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_centre.txt": ` date 2025-10-01 Repair centre for Sheki
Pakistan Aeronautical Complex Kamra and Azerbaijan's AzAeroTech will build a repair centre for training aircraft in the town of Sheki, the ministry said on Wednesday.
About 80 technicians will be trained at Kamra before the facility opens.
`,
});

describe("a vague claim", () => {
  it("is not stated by a sentence that leaves most of it out", () => {
    const answer = askQuestion(engine, "was the value of the sheki centre made public").answer ?? "";
    expect(answer).not.toMatch(/^Yes/u);
  });

  it("is stated by a sentence naming everyone, its one vague word left out", () => {
    const answer = askQuestion(engine, "will azaerotech get a centre in sheki").answer ?? "";
    expect(answer).toMatch(/^Yes — /u);
  });
});
