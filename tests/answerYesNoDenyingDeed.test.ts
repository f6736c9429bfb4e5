/**
 * Yes/no questions that ask about a denying deed ("was the fair POSTPONED", "DELAYED", "CALLED
 * OFF") on a small archive of our own: a sentence telling that deed states it (Yes), one that
 * negates it denies it (No); a question about no such deed is still answered No by a denial.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_fair.txt": ` date 2025-07-04 Textile fair in Multan put back
The Pakistan-Azerbaijan Textile Fair, which was to open in Multan on July 20, has been postponed because of the heatwave, the organisers said on Friday.
"The fair has not been cancelled. It will be held in the autumn," the chamber president said.
`,
  "c_talks.txt": ` date 2025-06-12 Air talks in Gilgit end
Two days of talks between the aviation authorities of Pakistan and Azerbaijan in Gilgit ended on Wednesday without an agreement, officials said.
`,
  "b_summit.txt": ` date 2025-02-11 Ministers plan a summit in Quetta
The two ministers agreed that the Quetta energy summit, postponed last year, should be held before the end of May.
`,
});

describe("a question about a denying deed", () => {
  it("is answered Yes by a sentence telling that deed", () => {
    const answer = askQuestion(engine, "was the quetta energy summit postponed").answer ?? "";
    expect(answer).toMatch(/^Yes — /u);
  });

  it("is answered Yes by a sentence telling the deed in a narrower word of the dictionary", () => {
    const answer = askQuestion(engine, "was the multan textile fair delayed").answer ?? "";
    expect(answer).toMatch(/^Yes — .*postponed/u);
  });

  it("is answered No by a sentence negating it", () => {
    const answer = askQuestion(engine, "was the multan textile fair called off").answer ?? "";
    expect(answer).toMatch(/^No — .*has not been cancelled/u);
  });

  it("is answered Yes by a negation the question asks about in its own words", () => {
    const answer = askQuestion(engine, "did the aviation talks in gilgit end without a deal").answer ?? "";
    expect(answer).toMatch(/^Yes — .*without an agreement/u);
  });

  it("leaves a denial of another deed still a No", () => {
    const answer = askQuestion(engine, "did the textile fair open in multan on july 20").answer ?? "";
    expect(answer).not.toMatch(/^Yes/u);
  });
});
