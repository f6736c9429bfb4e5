/**
 * Chat shorthand around names: "vs" between two sides is a preposition, not part of the second
 * side's name (which no article would then use, and the question was declined for it); chat's
 * "n" for "and" joins two names, not one name no article uses; and a
 * title's holder ends where "and" joins the next person ("Defence Minister Colonel General X and
 * the Pakistani ambassador").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, explainQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    plainArticle("hockey", [
      "Pakistan's men's hockey team beat Azerbaijan 5-2 in a friendly at the Baku Olympic Stadium on Sunday.",
      "Pakistan's first goal came from captain Danyal Qureshi in the fifth minute.",
    ]),
    plainArticle("parade", [
      "Azerbaijan's Defence Minister Colonel General Rustam Alakbarov and the Pakistani ambassador watched the parade in Ganja.",
      "The parade marked the anniversary of the armed forces.",
    ]),
  ]);
});

describe("vs between two sides", () => {
  it.each([
    "where did pakistan vs azerbaijan hockey take place",
    "Where was Pakistan vs. Azerbaijan played?",
    "where was the pakistan versus azerbaijan friendly",
  ])("names both sides and nothing else: %s", (question) => {
    const { explanation, result } = explainQuestion(engine, question);
    expect(explanation.unknownPhrases).toEqual([]);
    const named = explanation.analysis?.anchorGroups.flatMap((group) => group.terms) ?? [];
    expect(named).toEqual(expect.arrayContaining(["pakistan", "azerbaijan"]));
    expect(named.filter((term) => /^v/u.test(term))).toEqual([]);
    expect(result.status).toBe("answered");
  });
});

describe("chat's n for and", () => {
  it("joins two names, each found: where did pakistan n azerbaijan play hockey", () => {
    const { explanation, result } = explainQuestion(engine, "where did pakistan n azerbaijan play hockey");
    expect(explanation.unknownPhrases).toEqual([]);
    const named = explanation.analysis?.anchorGroups.map((group) => group.terms.join(" ")) ?? [];
    expect(named).toEqual(expect.arrayContaining(["pakistan", "azerbaijan"]));
    expect(result.status).toBe("answered");
  });

  it("keeps a capital N, which may be an initial", () => {
    const { explanation } = explainQuestion(engine, "who is Rustam N Alakbarov");
    expect(explanation.analysis?.anchorGroups.map((group) => group.terms.join(" "))).not.toContain("rustam");
  });
});

describe("a title's holder beside another person", () => {
  it("is the name up to the 'and' that joins the next one", () => {
    const result = askQuestion(engine, "who is azerbaijans defence minister");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Colonel General Rustam Alakbarov — /u);
  });
});
