/**
 * Another country pair asked in the words of one the archive reports, on a small archive of our
 * own: "what did Pakistan and TURKEY sign" is not answered by the sentence telling what Pakistan
 * and Azerbaijan signed, though Türkiye is named in the sentence after it; the sentence that says
 * it of Türkiye answers, and the archive's own pair, named in nearly every article, need not stand
 * in the sentence.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const articles = {
  "a_lng.txt": ` date 2025-03-12 Pakistan, Azerbaijan sign LNG framework
ISLAMABAD: Pakistan and Azerbaijan on Tuesday signed a framework agreement on the supply of liquefied natural gas.
The ministers also agreed that the Pakistan-Azerbaijan-Türkiye trilateral meeting should be held in Islamabad next year.
`,
  "b_flights.txt": ` date 2025-04-02 New flights
Azerbaijan Airlines will start flights between Baku and Lahore in May, the airline said, as Pakistan and Azerbaijan expand air links.
`,
  "c_students.txt": ` date 2025-05-06 Scholarships
Azerbaijan has offered fifty scholarships to students from Pakistan for the coming academic year.
`,
  "d_trade.txt": ` date 2025-06-08 Trade grows
Trade between Pakistan and Azerbaijan rose by a third in the first half of the year, customs figures show.
`,
  "e_culture.txt": ` date 2025-07-09 Culture days
Days of Azerbaijani culture opened in Lahore, organised by the embassy of Azerbaijan in Pakistan.
`,
};

describe("a country the question names", () => {
  const engine = engineOf(articles);

  it("must be named by the sentence: one about the archive's pair, Türkiye beside it, does not answer", () => {
    expect(askQuestion(engine, "what did pakistan and turkey sign a framework agreement on").status).toBe(
      "no_answer",
    );
  });

  it("is not asked of the archive's own pair, which the report may leave unnamed", () => {
    expect(
      askQuestion(engine, "what did pakistan and azerbaijan sign a framework agreement on").excerpts[0]?.text,
    ).toMatch(/liquefied natural gas/u);
  });

  it("answers from the sentence that says it of that country", () => {
    const withTurkey = engineOf({
      ...articles,
      "f_rail.txt": ` date 2025-08-10 Rail deal
Pakistan and Türkiye signed a framework agreement on rail freight in Ankara on Monday.
`,
    });
    expect(
      askQuestion(withTurkey, "what did pakistan and turkey sign a framework agreement on").excerpts[0]?.text,
    ).toMatch(/rail freight/u);
  });
});
