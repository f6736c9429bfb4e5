/**
 * A question naming what no article uses is answered "no article mentions ..." before any evidence
 * is scored: the verdict cannot change with the evidence, and scoring is most of a question's time
 * (half the bench's abstentions are of this kind). `--explain` still scores, to show the candidates.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { explainQuestion, askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle } from "./support/answerFixtures.js";

let engine: AnswerEngine;
let searches = 0;

beforeAll(() => {
  const built = buildAnswerEngine([
    plainArticle("a", [
      "Prime Minister Shehbaz Sharif opened the new observatory in Baku on Monday. The observatory will study the southern sky.",
    ]),
    plainArticle("b", [
      "Azerbaijan and Pakistan signed an agreement on science in Islamabad. Officials said the observatory project would follow.",
    ]),
  ]);
  // Every search the chain makes is counted.
  const index = built.index;
  engine = {
    ...built,
    index: {
      search: (terms, limit) => {
        searches += 1;
        return index.search(terms, limit);
      },
    },
  };
});

describe("a name no article uses", () => {
  it("abstains, naming it, without retrieving evidence; an explanation still shows candidates", () => {
    const question = "When did Zorbulax Quenteroviq open the observatory?";
    const { result: explained, explanation } = explainQuestion(engine, question);
    expect(explanation.ranked.length).toBeGreaterThan(0);
    // The unknown words' readings (an acronym? a name?) are remembered from the explanation, so
    // asking again searches only if it retrieves evidence.
    searches = 0;
    const result = askQuestion(engine, question);
    expect(result).toEqual(explained);
    expect(result.status).toBe("no_answer");
    expect(result.reason).toMatch(/No article mentions "[^"]*Zorbulax/u);
    expect(searches).toBe(0);
  });

  it("answers as before when every name is known", () => {
    const result = askQuestion(engine, "When did Shehbaz Sharif open the observatory?");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("opened the new observatory");
  });
});
