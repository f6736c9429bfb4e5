/**
 * Which one of a series is asked, on a small archive of our own: "the second batch" is not
 * answered by a report of the initial one, in the sentence or around it, nor "the fourth round"
 * by the third; the one asked is answered.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { ordinalsOf } from "../src/answer/ordinals.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_contract.txt": ` date 2024-07-10 Jet contract signed
Azerbaijan has signed a contract with Pakistan for JF-17 fighter aircraft.
The contract covers an initial batch of 12 aircraft together with pilot training and spare parts.
`,
  "b_arrival.txt": ` date 2025-09-26 Jets arrive
Four JF-17 jets have arrived at Kurdamir air base.
Eight more aircraft are due by the end of 2026, completing the first batch of 12.
`,
  "c_talks.txt": ` date 2025-01-24 Consultations held
Pakistan and Azerbaijan held the third round of political consultations in Islamabad on Friday, led by their deputy foreign ministers.
`,
});

describe("an ordinal asked", () => {
  it("is read with the word it stands before", () => {
    expect([...ordinalsOf("the 7th meeting and the initial batch")]).toEqual([
      ["meet", new Set([7])],
      ["batch", new Set([1])],
    ]);
  });

  it("is not answered by a report of another one of the series", () => {
    expect(askQuestion(engine, "how many jf17s are in the second batch").status).toBe("no_answer");
    expect(askQuestion(engine, "where was the fourth round of political consultations held").status).toBe(
      "no_answer",
    );
  });

  it("is answered by the report of the one asked", () => {
    expect(askQuestion(engine, "how many aircraft does the initial batch cover").answer).toMatch(/12/u);
    expect(askQuestion(engine, "where was the third round of political consultations held").answer).toMatch(
      /Islamabad/u,
    );
  });
});
