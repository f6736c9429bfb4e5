/**
 * "When did they hold their joint NAVAL exercise": a sentence dating a special forces exercise has
 * the names and most of the words, but dates another thing; a word that qualifies what is asked
 * must be found. A word saying what a thing is or becomes ("when will it be READY") qualifies nothing.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { analyseQuestion, type AnalysedQuestion } from "../src/answer/questionAnalysis.js";
import { engineOf } from "./support/answerFixtures.js";

function generalWordsOf(question: string): AnalysedQuestion["generalWords"] {
  const analysed = analyseQuestion(question, defaultWordKnowledge());
  if ("error" in analysed) throw new Error(analysed.error);
  return analysed.generalWords;
}

describe("adjectives of a question", () => {
  it("qualify the noun they stand before, and only say what a thing is when none follows", () => {
    const naval = generalWordsOf("when did they hold their joint naval exercise").find(
      (w) => w.word === "naval",
    );
    expect(naval?.predicative).toBeUndefined();
    const ready = generalWordsOf("when will the repair centre be ready").find((w) => w.word === "ready");
    expect(ready?.predicative).toBe(true);
    // A participle the tagger reads as an adjective still tells a deed the sentence must tell.
    const drowned = generalWordsOf("how many divers drowned in the course").find((w) => w.word === "drowned");
    expect(drowned?.predicative).toBeUndefined();
  });
});

const engine = engineOf({
  "a_drill.txt": ` date 2025-03-02 Special forces drill
The joint special forces exercise Steppe Lynx-2025 between the Pakistan Army and the Azerbaijani Armed Forces was held near the Caspian coast from 10 to 20 February.
The troops practised hostage rescue.
`,
  "b_centre.txt": ` date 2025-04-01 Repair centre
Pakistan and Azerbaijan agreed to build an aircraft repair centre in Ganja.
The centre is expected to be operational by March 2027.
`,
});

describe("a when-question", () => {
  it("is not answered by the date of a thing the question's qualifier rules out", () => {
    const result = askQuestion(
      engine,
      "when did pakistan and azerbaijan hold their joint naval exercise in the caspian",
    );
    expect(result.status).toBe("no_answer");
  });

  it("is still answered when the drill asked is the one dated", () => {
    const result = askQuestion(
      engine,
      "when did pakistan and azerbaijan hold their joint special forces exercise",
    );
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/Steppe Lynx-2025/u);
  });

  it("is answered though the sentence says in other words what the thing will become", () => {
    const result = askQuestion(engine, "when will the ganja repair centre be ready");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/March 2027/u);
  });
});
