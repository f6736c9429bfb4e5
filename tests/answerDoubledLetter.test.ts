/**
 * A slip that leaves a doubled letter single: "tarif" is the ordinary word "tariff", though the
 * archive names a "Tariq" one edit away; a misspelt name one slip from the archive's name still
 * reads as that name.
 */
import { describe, expect, it } from "vitest";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { analyseQuestion, type AnalysedQuestion } from "../src/answer/questionAnalysis.js";

const ARCHIVE_TERMS = new Set(["tariff", "tariq", "line", "cut", "duti", "agreement", "saleem", "sai"]);

function analysed(question: string): AnalysedQuestion {
  const result = analyseQuestion(question, defaultWordKnowledge(), {
    has: (term) => ARCHIVE_TERMS.has(term),
    // The archive names Tariq in more articles than it uses "tariff".
    nearest: (term) => (term.startsWith("tar") ? "tariq" : null),
  });
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("a doubled letter typed single", () => {
  it("is the ordinary word, not a name one edit away", () => {
    const question = analysed("how many tarif lines will the agreement cut duties on");
    expect(question.generalWords.map((word) => word.lemma)).toContain("tariff");
    expect(question.anchorGroups).toEqual([]);
  });

  it("leaves a misspelt name the name", () => {
    expect(analysed("what did tarik saleem say").anchorGroups.map((group) => group.phrase)).toContain(
      "tarik saleem",
    );
  });
});
