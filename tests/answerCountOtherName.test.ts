/**
 * A count that calls what was asked by another noun, on a small archive of our own: "how many
 * agreements were signed" is answered by "nine documents were signed", any kind of document
 * counting the agreements; "how many planes" by "three C-130 aircraft", a kind two steps up the
 * dictionary's hierarchy. A vague count of the other noun ("several memoranda") gives no figure,
 * and a count of something else still abstains.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_commission.txt": ` date 2025-10-22 Joint commission ends in Islamabad
The eighth meeting of the Pakistan-Azerbaijan joint commission ended in Islamabad on Wednesday.
At the closing session the co-chairs signed the protocol, and nine documents were signed in total.
`,
  "b_relief.txt": ` date 2026-02-11 Relief for flood victims
Pakistan on Monday flew three C-130 aircraft loaded with relief goods to Azerbaijan after floods in the Guba region.
`,
  "c_forum.txt": ` date 2025-05-02 Business forum in Lahore
Traders of the two countries signed several memoranda at a business forum in Lahore on Friday.
`,
});

describe("a count by another name", () => {
  it("of documents counts the agreements signed", () => {
    expect(askQuestion(engine, "how many agreements did the joint commission sign").answer).toMatch(
      /^Nine documents/u,
    );
  });

  it("of a broader kind counts the thing asked", () => {
    expect(askQuestion(engine, "how many planes did pakistan send with the relief goods").answer).toMatch(
      /^Three C-130 aircraft/u,
    );
  });

  it("gives a figure, or does not answer", () => {
    expect(askQuestion(engine, "how many deals did the traders sign at the lahore forum").status).toBe(
      "no_answer",
    );
  });
});
