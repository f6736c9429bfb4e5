/**
 * "Federal Minister for Commerce X" is Pakistan's commerce minister (of the two countries only
 * Pakistan is a federation): the word comes before the title the question asks, and the holder is
 * read after it. It is no other country's minister, and a provincial or deputy minister holds
 * another office.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_trade.txt": ` date 2025-02-11 Traders in Islamabad
A delegation of Azerbaijani traders visited Islamabad on Monday to discuss textile exports from Pakistan.
Earlier, the delegation called on Federal Minister for Commerce Shahid Rind at the ministry in Islamabad.
`,
  "b_punjab.txt": ` date 2025-02-13 Traders in Lahore
The Azerbaijani traders later met Provincial Minister for Industries Ayesha Latif in Lahore, the capital of Pakistan's Punjab province.
Deputy Minister for Energy Imran Qazi joined the talks on gas supplies for the mills.
`,
});

describe("a nation's office", () => {
  it("is held by the name after 'Federal Minister for ...'", () => {
    const result = askQuestion(engine, "who is pakistans commerce minister");
    expect(result.answer).toMatch(/^Shahid Rind — /u);
  });

  it("is not another country's office", () => {
    expect(askQuestion(engine, "who is azerbaijans commerce minister").answer ?? "").not.toMatch(
      /^Shahid Rind/u,
    );
  });

  it("is not a provincial or a deputy minister's", () => {
    expect(askQuestion(engine, "who is pakistans industries minister").answer ?? "").not.toMatch(
      /^Ayesha Latif/u,
    );
    expect(askQuestion(engine, "who is pakistans energy minister").answer ?? "").not.toMatch(/^Imran Qazi/u);
  });
});
