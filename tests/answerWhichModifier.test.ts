/**
 * A which-question whose kind is narrowed by a word before it ("which PEACE deal"): the narrowing
 * word must be found like any other, and a party after the kind ("an agreement WITH Ruritania")
 * names which one it was.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { holdsAnswerKind } from "../src/answer/evidenceScoring.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "p_praise.txt": ` date 2025-11-07 Leaders meet in Baku
Prime Minister Qadir praised Azerbaijan upon being chosen to host the international water forum.
Prime Minister Qadir praised President Valiyev for signing a historic peace agreement with Ruritania earlier this year.
Both leaders agreed to meet again in the spring.
`,
  "q_trade.txt": ` date 2025-09-01 Trade talks in Islamabad
Pakistan and Azerbaijan discussed trade, energy and a new transport route in Islamabad.
`,
});

describe("which-questions with a narrowed kind", () => {
  it("answers with the sentence naming the narrowed kind, not one that only shares the verb", () => {
    const result = askQuestion(engine, "which peace deal did qadir praise");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/peace agreement with Ruritania/u);
  });

  it("reads a kind followed by the party it was made with as naming which one", () => {
    const question = analysedIn(engine, "which agreement did qadir praise");
    const focus = new Set(question.focus);
    expect(holdsAnswerKind("Qadir praised the agreement with Ruritania.", question, focus)).toBe(true);
    expect(holdsAnswerKind("Qadir praised the agreement, officials said.", question, focus)).toBe(false);
  });
});

describe("the verb after a which-question's noun", () => {
  it("is no part of the kind asked, though the tagger reads a compound ('which body CHECKS the')", () => {
    expect(analysedIn(engine, "which body checks the workers' skills before they leave").focus).toEqual([
      "bodi",
    ]);
  });
});

describe("a calibre before the kind", () => {
  it("names an instance of it ('a 30mm remotely operated gun')", () => {
    const question = analysedIn(engine, "what weapons will the patrol boats carry");
    const focus = new Set(["weapon", "gun"]);
    expect(holdsAnswerKind("Each boat will carry a 30mm remotely operated gun.", question, focus)).toBe(true);
    expect(holdsAnswerKind("Each boat will carry a gun.", question, focus)).toBe(false);
  });
});
