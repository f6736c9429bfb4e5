/**
 * Questions that ask what was said between two parties: a sentence that only names the parties
 * (in passing, or in a comparison) reports nothing they said.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_deal.txt": ` date 2025-02-10 Azerbaijan signs aircraft deal
Azerbaijan's air force took delivery of Pakistani trainer aircraft in February.
The deal puts its air force ahead of neighbours such as Iran and Armenia.
`,
  "b_talks.txt": ` date 2025-03-04 Ministers meet in Islamabad
Pakistan and Azerbaijan discussed energy transit and a new air route at talks in Islamabad.
`,
});

describe("what two parties discussed", () => {
  it("answers from the sentence that reports their talks", () => {
    const result = askQuestion(engine, "what did pakistan and azerbaijan discuss");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/energy transit/u);
  });

  it("abstains when one party is only named in passing and no talk is reported", () => {
    expect(askQuestion(engine, "what did iran and pakistan discuss").status).toBe("no_answer");
  });
});
