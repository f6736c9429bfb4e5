/**
 * "What are (all) the X": a question asking which things of the kind X there are, read as "which X"
 * on a small archive of our own; "what are the US tariffs", whose noun is no plural, is not. And
 * "what does X have", "what was on X": the several things X holds, which a list headed by X answers.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { listIn } from "../src/answer/answerSpan.js";
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

describe("what a thing holds", () => {
  const homes = engineOf({
    "b_homes.txt": ` date 2025-09-02 AIDA hands over homes in Thatta
The Azerbaijan International Development Agency (AIDA) has handed over 60 new homes to flood-hit families in Thatta, the embassy said.
Each home has three rooms, a kitchen, a washroom and a solar panel on its roof.
`,
  });

  it("is read as asking for the several things of the holder", () => {
    for (const question of [
      "what does each aida home have",
      "what was on the programme of the culture week",
    ]) {
      const analysed = analysedIn(homes, question);
      expect(analysed.answerType, question).toBe("which");
      expect(analysed.asksSeveral, question).toBe(true);
    }
  });

  it("is answered by the list the holder has", () => {
    expect(askQuestion(homes, "what does each aida home have").excerpts[0]?.text).toMatch(
      /^Each home has three rooms/u,
    );
  });

  it("reads a list of long items after 'included', named by its subject", () => {
    const list = listIn(
      "The programme included a qawwali evening by a group from Multan, an exhibition of blue pottery and a food festival.",
    );
    expect(list?.items).toBe(
      "a qawwali evening by a group from Multan, an exhibition of blue pottery and a food festival",
    );
    expect(list?.head).toMatch(/programme/u);
  });
});
