/**
 * A count or a sum told in the sentence beside the one telling the deed: "I walked to raise money
 * for the school." / "Friends gave Rs 900,000 by the end." The figure answers "how much", quoted
 * first; a neighbour's figure of another kind, or of another deed, does not.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_walk.txt": ` date 2025-09-12 A walk from Gwadar to Baku
Why did I do it? I walked to raise money for a girls' school in Turbat that lost its roof in the storm. When I crossed into Azerbaijan, readers of my diary had sent Rs 900,000.
The border guards at Astara offered me tea and bread, and asked whether my shoes had lasted the whole way.
`,
  "b_course.txt": ` date 2025-10-02 Azerbaijani divers finish course in Karachi
Azerbaijani navy divers completed a salvage course at the Pakistan Navy diving school in Karachi this week.
The instructor praised the divers for their stamina. It was the fourth such course for Azerbaijani divers in Pakistan.
`,
});

describe("a figure beside the deed", () => {
  it("answers how much money was raised from the sentence after the one telling the walk", () => {
    const result = askQuestion(engine, "how much money did the walker raise for the school");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Rs 900,000/u);
    expect(result.excerpts[0]?.text).toMatch(/had sent Rs 900,000/u);
    expect(result.excerpts[1]?.text).toMatch(/walked to raise money/u);
  });

  it("does not take an ordinal beside the report for a count of another deed", () => {
    // "the fourth such course" counts courses, not divers who drowned.
    expect(askQuestion(engine, "how many azerbaijani divers drowned in the course").status).toBe("no_answer");
  });
});
