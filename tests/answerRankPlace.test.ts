/**
 * "Where was the contract signed": the sentence that names the place of the signing answers, not
 * the one telling of the contract in more of the question's words and naming no place.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { detectAnswerType } from "../src/answer/answerType.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle as article } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    article("buses", [
      "Azerbaijan has signed a contract with Pakistan for the purchase of Hilal-7 electric buses, the transport ministry said on Tuesday.",
      "The contract, worth $40 million, covers forty buses together with chargers and spare parts.",
      "The deal was signed in Ganja during a visit by the Pakistani transport secretary, who met the city's mayor.",
    ]),
    article("weather", ["Heavy rain is expected in the northern districts of Punjab this week."]),
  ]);
});

describe("where a deed was done", () => {
  it("is answered by the sentence naming its place, though another tells of the thing in more of the words", () => {
    const result = askQuestion(engine, "where was the hilal-7 contract signed");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Ganja/u);
  });
});

describe("a place within a place", () => {
  it("is what 'in what part of' a city asks, not a which-question about parts", () => {
    expect(detectAnswerType("in what part of karachi is the honorary consulate")).toBe("place");
    expect(detectAnswerType("in which district of lahore will the school open")).toBe("place");
    // Plural kinds of things stay which-questions.
    expect(detectAnswerType("in which areas of trade do they cooperate")).toBe("which");
  });
});
