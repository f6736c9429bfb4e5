/**
 * "Where in Karachi is the consulate", "in what part of Karachi": the place asked lies within the
 * city the question names, so "visas will be issued by the embassy in Islamabad" (another city) does
 * not answer; "located in Clifton" does.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../src/search/engine.js";
import { analysedIn, plainArticle } from "./support/answerFixtures.js";

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    plainArticle("consulate", [
      "Azerbaijan opened an honorary consulate in Karachi on Thursday to serve the city's business community.",
      "The consulate, located in Saddar, was opened by the Azerbaijani ambassador.",
      "The honorary consul will help with trade inquiries, but visas will still be issued by the embassy in Islamabad.",
    ]),
  ]);
});

describe("a place asked within a city", () => {
  it.each([
    "where in karachi is the honorary consulate",
    "in what part of karachi is the honorary consulate",
  ])("is not another city: %s", (question) => {
    const result = askQuestion(engine, question);
    expect(result.answer).toMatch(/^Saddar\b/u);
  });

  it("is read from the question", () => {
    expect(analysedIn(engine, "where in karachi is the honorary consulate").placeWithin).toBe("karachi");
    expect(analysedIn(engine, "where is the honorary consulate").placeWithin).toBeUndefined();
  });
});
