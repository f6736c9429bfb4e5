/**
 * A common word the archive writes capitalised beside a person's name is part of the name: "jam
 * kamal khan" typed in lower case is Jam Kamal Khan, though the dictionary's "jam" is a preserve and
 * the archive also writes "tea with jam". And a meeting told only as held ("Before the signing, X and
 * Y held talks at the ministry") is not what they talked about: the sentence after it is. A rare
 * word the archive writes in lower case ("the trout are") is its ordinary word, not part of a name.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, explainQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    plainArticle("glass", [
      "Pakistan's Federal Minister for Industries Jam Kamal Dahar and Azerbaijan's Minister of Economy Orkhan Mammadov opened a glass factory in Sumgait on Monday.",
      "Before the opening, Mammadov and Jam Kamal Dahar held talks at the Ministry of Economy.",
      "The ministers discussed duty-free access for Pakistani textiles and a joint fund for small firms.",
    ]),
    // Other reports, as an archive has: "jam" is then a word of few of its articles.
    ...["rail", "visa", "flood", "chess", "rice", "film"].map((id) =>
      plainArticle(id, [`Pakistan and Azerbaijan discussed ${id} cooperation in Islamabad on Monday.`]),
    ),
    plainArticle("trout", [
      "Swat Trout Diaries: notes from a farm in Madyan.",
      "Twelve trout farmers from Swat visited fish farms in Ismayilli and Gabala last month.",
      "Back home, the trout are still alive after the rains.",
    ]),
    plainArticle("breakfast", [
      "Visitors to the Baku food fair were served bread, butter and tea with jam at the Pakistani stall.",
      "The stall sold rice, spices and mangoes to buyers from Azerbaijan.",
    ]),
  ]);
});

describe("a common word written as part of a name", () => {
  it("joins the name typed in lower case", () => {
    const { explanation } = explainQuestion(engine, "what did mammadov and jam kamal dahar talk about");
    const groups = explanation.analysis?.anchorGroups.map((group) => group.phrase) ?? [];
    expect(groups).toContain("jam kamal dahar");
  });

  it("stays a common word beside no name", () => {
    const { explanation } = explainQuestion(engine, "what was served with jam at the pakistani stall");
    const groups = explanation.analysis?.anchorGroups.map((group) => group.phrase) ?? [];
    expect(groups.some((phrase) => phrase.includes("jam"))).toBe(false);
  });
});

describe("a rare word the archive writes in lower case", () => {
  it("is its ordinary word beside a name, not part of the name ('swat trout farmers')", () => {
    const { explanation } = explainQuestion(engine, "where did the swat trout farmers see fish farms");
    const groups = explanation.analysis?.anchorGroups.map((group) => group.phrase) ?? [];
    expect(groups).toContain("swat");
    expect(groups).not.toContain("swat trout");
  });
});

describe("a meeting told only as held", () => {
  it("is not what was talked about, though a gerund names the event before it", () => {
    const result = askQuestion(engine, "what did mammadov and jam kamal dahar talk about");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("duty-free access for Pakistani textiles");
  });
});
