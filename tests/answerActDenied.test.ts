/**
 * "What did they agree to do" on a small archive of our own: a sentence that tells the act asked
 * only as denied ("but no agreement was reached") does not tell what was agreed; the one that
 * tells the agreement answers; and what was agreed ABOUT a subject no sentence of the report names
 * is not answered by an agreement about something else.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_banks.txt": ` date 2025-06-10 Central banks meet in Lahore
The State Bank of Pakistan and the Central Bank of Azerbaijan held talks in Lahore on Monday on settling trade in the rupee and the manat, but no agreement was reached on a swap line, officials said.
Both sides discussed payments between commercial banks and the rules for exchange houses.
The two central banks did agree to set up a technical committee on card payments.
`,
});

describe("an act denied", () => {
  it("is not what was agreed: the sentence telling the agreement answers", () => {
    const result = askQuestion(
      engine,
      "what did the state bank and the azerbaijani central bank agree to do",
    );
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^The two central banks did agree/u);
  });

  it("still answers from a sentence that tells the act beside a denial of something else", () => {
    const other = engineOf({
      "b_talks.txt": ` date 2025-06-11 Ministers agree on flights
The ministers agreed to start direct flights between Lahore and Baku, though no date was set.
`,
    });
    expect(askQuestion(other, "what did the ministers agree").excerpts[0]?.text).toMatch(
      /^The ministers agreed/u,
    );
  });
});

describe("what was agreed about a subject", () => {
  const talks = engineOf({
    "c_talks.txt": ` date 2025-06-12 Leaders agree on investment
Pakistan and Azerbaijan agreed to raise Azerbaijani investment in Pakistan to $2 billion at talks in Baku on Monday.
The two leaders agreed to remain in close contact.
`,
    "d_sport.txt": ` date 2025-03-02 Cricket in Baku
A cricket club of Pakistani students played its first match in Baku on Sunday.
`,
  });

  it("is not answered by an agreement about something else", () => {
    expect(askQuestion(talks, "what did pakistan and azerbaijan agree about cricket").status).toBe(
      "no_answer",
    );
  });

  it("is answered by the agreement about it", () => {
    expect(
      askQuestion(talks, "what did pakistan and azerbaijan agree about investment").excerpts[0]?.text,
    ).toMatch(/raise Azerbaijani investment/u);
  });
});
