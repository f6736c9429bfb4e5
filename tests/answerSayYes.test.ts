/**
 * "Say yes to" is "accept" and "say no to" is "refuse": both "yes" and "no" are function words, so
 * without the idiom the question asked only whether Aliyev and Pakistan stood in a sentence, and
 * any sentence naming both said Yes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../src/search/engine.js";
import { analysedIn, plainArticle } from "./support/answerFixtures.js";

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    ...["rail", "visa", "flood", "chess", "rice", "film"].map((id) =>
      plainArticle(id, [`Pakistan and Azerbaijan discussed ${id} cooperation in Islamabad on Monday.`]),
    ),
    plainArticle("visit", [
      "Prime Minister Sharif thanked President Aliyev for his support on Kashmir and praised Pakistan's ties with Baku.",
      "Sharif invited Aliyev to visit Pakistan next year, and the president accepted the invitation.",
    ]),
  ]);
});

describe("say yes to", () => {
  it("asks whether it was accepted, answered by the acceptance", () => {
    const result = askQuestion(engine, "did aliyev say yes to coming to pakistan");
    expect(result.answer).toMatch(/^Yes — Sharif invited Aliyev to visit Pakistan/u);
    expect(analysedIn(engine, "did aliyev say yes to coming to pakistan").terms).toContain("accept");
  });

  it("says no to as refuse", () => {
    expect(analysedIn(engine, "did aliyev say no to the visit").terms).toContain("refus");
  });
});
