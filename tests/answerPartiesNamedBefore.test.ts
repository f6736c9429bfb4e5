/**
 * "The two ministers discussed ...": a report may open on what was agreed, name the ministers in
 * its second sentence and say what they discussed a few sentences on; the ministers are those the
 * nearest sentence before names as ministers, not only those of its lead.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { carriedTerms } from "../src/answer/discourse.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analyzeText } from "../src/text/terms.js";
import { engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "a_fisheries.txt": ` date 2025-03-04 Pakistan, Azerbaijan agree to set up fisheries group
Pakistan and Azerbaijan on Monday agreed to set up a joint working group on fisheries and ports.
The understanding was reached at a meeting between Maritime Minister Qaiser Sheikh and Azerbaijan's Minister of Ecology Mukhtar Babayev in Karachi.
Babayev, who arrived on a three-day visit, was accompanied by his deputy and the ambassador.
The Azerbaijani minister said his country was keen to use Karachi's harbour for Caspian caviar exports.
The two ministers discussed cooperation in trawler repair, cold storage and marine research.
Qaiser Sheikh proposed that the working group meet every six months, alternately in Baku and Karachi.
`,
  "b_rail.txt": ` date 2025-06-20 Rail link planned
Pakistan and Azerbaijan plan a freight corridor through Iran, officials said.
Engineers from both countries will survey the route next spring.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

function passageIdOf(text: string): number {
  const id = engine.store.passages.findIndex((passage) => passage.text.startsWith(text));
  if (id < 0) throw new Error(`no passage starts with ${text}`);
  return id;
}

describe("the parties named a few sentences before", () => {
  it("carries the ministers' names into 'the two ministers' from the sentence that names them as ministers", () => {
    const carried = carriedTerms(engine.store, passageIdOf("The two ministers discussed"));
    for (const term of analyzeText("Sheikh Babayev")) expect(carried.has(term)).toBe(true);
  });

  it("answers what the two named ministers discussed with the sentence that says it", () => {
    const result = askQuestion(engine, "what areas did qaiser sheikh and mukhtar babayev discuss");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("trawler repair");
  });
});
