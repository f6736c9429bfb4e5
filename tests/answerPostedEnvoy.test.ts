/**
 * A place right after an envoy's office says where the envoy is posted, not where the deed asked
 * about happened: "handed over by Azerbaijan's defence attache in Islamabad" does not say where the
 * horses were handed over; the report's "at a ceremony at the Remount Depot" does. Asked where
 * someone served, the posting is the answer.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    plainArticle("camels", [
      "Pakistan on Friday gifted four Cholistani camels to Azerbaijan at a ceremony at the Gobustan Reserve.",
      "The camels were handed over by Pakistan's defence attache in Baku, Brigadier Saad Malik.",
    ]),
    plainArticle("envoy", [
      "Ambassador Sadia Noor presented her credentials to President Aliyev on Tuesday.",
      "Before Baku, Ms Noor served as consul general in Istanbul.",
    ]),
  ]);
});

describe("a place after an envoy's office", () => {
  it("is not where the deed happened", () => {
    const result = askQuestion(engine, "where did pakistan hand over the cholistani camels");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Gobustan Reserve\b/u);
  });

  it("is where the envoy served, when that is asked", () => {
    const result = askQuestion(engine, "where did sadia noor serve before baku");
    expect(result.answer).toMatch(/^Istanbul\b/u);
  });
});
