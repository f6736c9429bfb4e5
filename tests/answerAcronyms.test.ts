/**
 * Acronyms the archive spells out but never abbreviates, on a small archive of our own: "the JEC"
 * is read as the "Joint Economic Commission" an article names, and an acronym no name of the
 * archive spells stays unknown.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { spelledOutName } from "../src/answer/acronyms.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analyzeText } from "../src/text/terms.js";
import { engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "a_jec.txt": ` date 2025-06-11 Commission meets
The ninth session of the Intergovernmental Joint Economic Commission opened in Lahore on Tuesday.
The two sides signed seven memoranda of understanding on dairy farming, textiles and river ports.
`,
  "c_drill.txt": ` date 2025-09-30 Drill ends
The joint exercise of the two air forces ended near Ganja on Friday after ten days of flying.
Crews flew more than sixty sorties by day and by night.
The Pakistan Air Force took part with six trainers and about ninety personnel.
`,
  "b_staff.txt": ` date 2025-02-21 General calls on chairman
Colonel General Karim Valiyev called on Chairman Joint Chiefs of Staff Committee General Sahir Mirza in Rawalpindi.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

describe("acronyms", () => {
  it("finds the name whose initials an acronym spells, in the sentences the other words find", () => {
    expect(spelledOutName(engine.store, engine.index, "jec", analyzeText("session lahore"))).toBe(
      "Joint Economic Commission",
    );
    expect(spelledOutName(engine.store, engine.index, "ncoc", analyzeText("session lahore"))).toBeNull();
  });

  it("finds a name inside a longer capitalised run", () => {
    expect(spelledOutName(engine.store, engine.index, "cjcsc", analyzeText("valiyev rawalpindi"))).toBe(
      "Chairman Joint Chiefs of Staff Committee",
    );
  });

  it("reads the best articles whole when no retrieved sentence spells it out", () => {
    expect(spelledOutName(engine.store, engine.index, "paf", analyzeText("exercise ganja"))).toBe(
      "Pakistan Air Force",
    );
  });

  it("answers a question asked with the acronym", () => {
    const result = askQuestion(engine, "what were the mous signed at the jec about");
    expect(result.status).toBe("answered");
    expect(result.question).toBe("what were the mous signed at the jec about");
    expect(result.excerpts[0]?.text).toMatch(/dairy farming/u);
  });

  it("still abstains on an acronym no name of the archive spells", () => {
    expect(askQuestion(engine, "what did the ncoc decide in lahore").status).toBe("no_answer");
  });
});
