/**
 * A verb followed by a destination is meant in its sense of motion: "when did the troupe GET TO
 * Sheki" asks when it arrived, which WordNet files with "get" under verb.motion ("arrive, get,
 * come") though "get" is far more often "become" or "obtain".
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";
import { loadLexicon } from "../src/lexicon/wordnet.js";

const engine = engineOf({
  "a_troupe.txt": ` date 2025-05-09
Lahore dancers in Sheki
A folk dance troupe from Lahore took part in a festival in Sheki on Friday, the organisers said.
The troupe arrived in Sheki on 3 May together with a group of musicians from the city.
`,
});

describe("a verb's sense of motion", () => {
  it("reads WordNet's lexicographer files: 'get' is 'arrive' in a sense of motion", () => {
    const lemmas = loadLexicon()
      .verbSynonymsOfKind("get", 38)
      .map((relation) => relation.lemma);
    expect(lemmas).toContain("arrive");
    expect(lemmas).not.toContain("become");
  });

  it("marks a verb with a destination, not one with an infinitive", () => {
    const toPlace = analysedIn(engine, "when did the troupe get to sheki").generalWords;
    expect(toPlace.find((word) => word.lemma === "get")?.towardPlace).toBe(true);
    const infinitive = analysedIn(engine, "when did the troupe get to know sheki").generalWords;
    expect(infinitive.find((word) => word.lemma === "get")?.towardPlace).toBeUndefined();
  });

  it("answers 'when did X get to PLACE' from the sentence that says X arrived", () => {
    const result = askQuestion(engine, "when did the troupe get to sheki");
    expect(result.excerpts[0]?.text).toMatch(/arrived in Sheki/u);
    expect(result.answer).toMatch(/3 May/u);
  });
});
