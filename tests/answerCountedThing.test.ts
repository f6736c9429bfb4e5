/**
 * What a count counts, on a small archive of our own: "how many TANKS took part" is not answered
 * by a count of servicemen. "Soldiers" counts people, by the dictionary's broader terms of its
 * commonest sense, and is answered by "150 servicemen"; "tanks" is no kind of person, though a
 * rarer sense of it (the vessel) reaches "instrumentality", one of whose senses is a person.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_exercise.txt": ` date 2025-09-21 Joint exercise ends
Soldiers of Pakistan and Azerbaijan on Sunday completed a two-week joint exercise, Dostluq-2025, in the mountains of Nakhchivan.
A total of 150 servicemen took part, the Inter-Services Public Relations said in a statement.
`,
  "b_trade.txt": ` date 2025-05-02 Trade talks
Pakistan and Azerbaijan discussed trade and energy cooperation in Islamabad.
`,
});

describe("a count of a thing", () => {
  it("is not answered by a count of people", () => {
    expect(
      analysedIn(engine, "how many tanks took part in the dostluq exercise").countsAsPeople,
    ).toBeUndefined();
    expect(askQuestion(engine, "how many tanks took part in the dostluq exercise").status).toBe("no_answer");
  });

  it("of people is answered by a count of a kind of person", () => {
    expect(askQuestion(engine, "how many soldiers took part in the dostluq exercise").answer).toMatch(
      /^150 servicemen/u,
    );
  });
});
