/**
 * A sentence that names someone only by office ("the minister of state also met ...") is said of
 * the person the article names with that title, however long the title runs before the name; and a
 * person answer is a person, or people named by their office in a body, never a body's name.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { findAnswerSpan } from "../src/answer/answerSpan.js";
import { officeHolderTerms } from "../src/answer/discourse.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle as article } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    article("textiles", [
      "A textile training centre was opened in Sumgait on Monday in the presence of Minister of State for Industry and Production Rukhsana Bano Qadri and Azerbaijan's Deputy Minister of Economy Elvin Mammadli.",
      "The centre will train 300 machine operators a year.",
      "Under the plan, twelve looms and a dyeing line will be shipped from Faisalabad by June.",
      "The two sides will also cooperate in cotton research and in the design of school uniforms.",
      "Exports of Pakistani yarn to Azerbaijan were worth about $4 million last year, customs figures show.",
      "Mammadli said the centre would help Sumgait's industrial zone find skilled workers.",
      "During the visit, the minister of state also met the heads of Sumgait Chemical Park and the Azerbaijan Textile Union.",
    ]),
  ]);
});

describe("someone named by office", () => {
  it("stands for the name the article writes after that title", () => {
    const sentence = engine.store.passages.findIndex((passage) =>
      passage.text.startsWith("During the visit"),
    );
    expect(officeHolderTerms(engine.store, sentence)).toEqual(expect.arrayContaining(["rukhsana", "qadri"]));
  });

  it("is the one the article names with that title, though the title runs on before the name", () => {
    const result = askQuestion(engine, "who did rukhsana bano qadri meet in sumgait");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("the minister of state also met");
    expect(result.answer).toMatch(/^The heads of Sumgait Chemical Park/u);
  });
});

describe("a person answer", () => {
  const asked = {
    answerType: "person" as const,
    anchorGroups: [{ terms: ["qadri"] }],
    isOrdinaryWord: (word: string) => ["union", "park", "centre"].includes(word),
  };

  it("is never a body's name that ends the sentence", () => {
    expect(
      findAnswerSpan("She later toured the Azerbaijan Textile Union.", asked, new Set(["qadri"])),
    ).toBeNull();
  });

  it("may be people named by their office in a body", () => {
    expect(
      findAnswerSpan("She also met the heads of Sumgait Chemical Park.", asked, new Set(["qadri"])),
    ).toBe("the heads of Sumgait Chemical Park");
  });
});
