/**
 * "Why did he go to Baku": the report of the visit states "the main purpose of the visit was to
 * ..." a few sentences after the lead that names him; it answers before a bare "to VERB" of
 * another report, and a dictionary relation ties the question's going to the report's visit. A
 * purpose of "his" visit found that way may be another man's, and is left alone. On an archive of
 * our own.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { purposeInReport } from "../src/answer/spanNearby.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_visit.txt": ` date 2025-03-18 PM in Baku for council session
BAKU: Prime Minister Imran Rauf on Tuesday held talks with President Elnur Valiyev in Baku, after which the two sides signed nine memoranda.
The prime minister arrived in the Azerbaijani capital on Monday evening on a two-day official visit.
He was received at the airport by the deputy prime minister.
The main purpose of the visit was to co-chair the first session of the strategic cooperation council.
`,
  "b_reception.txt": ` date 2025-03-25 Reception in Baku
BAKU: In his speech, the ambassador recalled the visit of Prime Minister Imran Rauf to Baku the week before.
He said Prime Minister Imran Rauf and the president were working to double their trade within three years, and that cargo flights to Baku would start soon.
`,
  "c_review.txt": ` date 2025-02-01 A year of ties
In May, Prime Minister Imran Rauf said he would visit Sheki.
Officials in Sheki welcomed the news.
The main goal of his visit is to open a trade office.
`,
});

/** The dictionary's nearest relations of "visit", as WordNet gives them. */
const visitRelations = (noun: string): readonly string[] =>
  noun === "visit" ? ["travel", "trip", "tour"] : [];

describe("the purpose a report states of a visit", () => {
  it("answers why someone went where the report of the visit says what it was for", () => {
    const result = askQuestion(engine, "why did imran rauf go to baku in march 2025");
    expect(result.answer).toMatch(/^To co-chair the first session/u);
  });

  it("ties the question's going to the visit by a relation, for the visit, not for his visit", () => {
    const lead = engine.store.passages.findIndex((passage) =>
      passage.text.includes("held talks with President"),
    );
    expect(purposeInReport(engine.store, lead, new Set(["travel"]), visitRelations, 3)?.span).toMatch(
      /^to co-chair/u,
    );
    const review = engine.store.passages.findIndex((passage) => passage.text.startsWith("In May"));
    expect(purposeInReport(engine.store, review, new Set(["travel"]), visitRelations, 3)).toBeNull();
  });
});
