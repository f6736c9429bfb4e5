/**
 * "Put together" is WordNet's assemble: a particle after a verb makes the
 * phrasal verb the dictionary lists, so "will the boats be put together in Baku" finds "where they
 * will be assembled", which shares no word of it but the city.
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
    plainArticle("tugs", [
      "Karachi Shipyard will build two harbour tugs for the port of Baku under a contract signed on Monday.",
      "The tugs will be built in sections in Karachi and shipped to Baku, where they will be assembled and tested.",
    ]),
  ]);
});

describe("a verb and its particle", () => {
  it("read as the phrasal verb the dictionary lists", () => {
    const words = analysedIn(engine, "will the tugs be put together in baku").generalWords;
    expect(words.find((word) => word.term === "put")?.lemma).toBe("put together");
  });

  it("answer by the verb's synonym", () => {
    const result = askQuestion(engine, "will the tugs be put together in baku");
    expect(result.answer).toMatch(/^Yes — The tugs will be built in sections/u);
  });
});
