/**
 * An office asked without a rank is not answered by a sentence that holds it only under one: "when
 * did the foreign minister come" is not dated by the deputy foreign minister's visit, though every
 * word of the title stands in that sentence. The minister's own visit, undated, is the answer.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../src/search/engine.js";
import { plainArticle } from "./support/answerFixtures.js";

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    plainArticle(
      "deputy",
      [
        "On March 3-4, the Pakistani Foreign Secretary received Rashad Aliyev, Azerbaijan's Deputy Foreign Minister, for political consultations in Islamabad.",
      ],
      "2025-03-05",
    ),
    {
      ...plainArticle("minister", [
        "Foreign Minister Jeyhun Bayramov arrived in Islamabad for a two-day official visit to Pakistan.",
        "Bayramov held talks with his Pakistani counterpart on trade and regional security.",
      ]),
      date: null,
    },
  ]);
});

describe("an office under another rank", () => {
  it("does not date the visit of the office asked", () => {
    const result = askQuestion(engine, "when did the azeri foreign minister come to pakistan");
    expect(result.excerpts[0]?.text ?? "").not.toMatch(/Deputy Foreign Minister/u);
  });

  it("still answers who holds the ranked office", () => {
    const result = askQuestion(engine, "who is azerbaijan's deputy foreign minister");
    expect(result.answer).toMatch(/^Rashad Aliyev\b/u);
  });
});
