/**
 * "What are (all) the X": a question asking which things of the kind X there are, read as "which X"
 * on a small archive of our own; "what are the US tariffs", whose noun is no plural, is not.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_talks.txt": ` date 2025-04-22 Ministers meet in Baku
Minister Farid Rzayev said the defence sector was one of the main areas where Pakistan and Azerbaijan work most closely.
The talks covered several areas of cooperation between Pakistan and Azerbaijan, such as trade, energy and tourism.
`,
});

describe("what are the X", () => {
  it("is read as 'which X', asking for several", () => {
    const question = analysedIn(
      engine,
      "what are all the areas of cooperation between pakistan and azerbaijan",
    );
    expect(question.answerType).toBe("which");
    expect(question.asksSeveral).toBe(true);
    expect(analysedIn(engine, "what are the us tariffs on india now").answerType).not.toBe("which");
  });

  it("is answered by the sentence listing them", () => {
    const result = askQuestion(
      engine,
      "what are all the areas of cooperation between pakistan and azerbaijan",
    );
    expect(result.excerpts[0]?.text).toMatch(/such as trade, energy and tourism/u);
  });
});
