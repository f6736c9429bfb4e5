/**
 * Adjectives that place the thing asked about in time ("his UPCOMING trip", "the RECENT talks")
 * say when it is, which a sentence tells by its tense or date: they are not nouns or adjectives
 * the answering sentence must name, as "costly" in "his costly trip" is.
 */
import { describe, expect, it } from "vitest";
import { askQuestion, explainQuestion } from "../src/answer/ask.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";
import { analyzeText } from "../src/text/terms.js";

const engine = engineOf({
  "a_trip.txt": ` date 2025-02-03 Minister to tour Sheki
Trade Minister Imran Rauf will travel to Sheki next week, his office said.
The main aim of his trip is to open a carpet export office in the city.
The office said the trip shows the growing ties between the two countries.
`,
  "b_fair.txt": ` date 2025-01-03 Ganja fair
A carpet fair opened in Ganja on Monday with stalls from Lahore.
`,
});

function nounsMissingOfBest(question: string): number | undefined {
  return explainQuestion(engine, question).explanation.ranked[0]?.nounsMissing;
}

describe("adjectives of time relation", () => {
  it("reads 'upcoming' and 'forthcoming' as qualifying the trip, not as words to find", () => {
    const [upcoming] = analyzeText("upcoming");
    expect(analysedIn(engine, "what is the purpose of rauf's upcoming sheki trip").modifiers).toContain(
      upcoming,
    );
    expect(nounsMissingOfBest("what is the purpose of rauf's upcoming sheki trip")).toBe(0);
    expect(nounsMissingOfBest("why is rauf making his forthcoming trip to sheki")).toBe(0);
  });

  it("still misses an adjective that says what kind of trip it was", () => {
    expect(nounsMissingOfBest("what is the purpose of rauf's costly sheki trip")).toBe(1);
  });

  it("answers the purpose from the sentence that gives it", () => {
    const result = askQuestion(engine, "what is the purpose of rauf's upcoming sheki trip");
    expect(result.excerpts[0]?.text).toMatch(/main aim of his trip/u);
  });
});

describe("next year, last year", () => {
  function drill(year: string): ReturnType<typeof engineOf> {
    return engineOf({
      "a_drill.txt": ` date 2025-09-21 Drill ends
Soldiers of Pakistan and Azerbaijan on Sunday completed a joint exercise, Dostluq-2025, in Nakhchivan.
The exercise began on 8 September near the town of Ordubad.
Speaking on the occasion, the general praised both contingents. He said the next edition of the exercise would be held in Pakistan in ${year}.
`,
      "b_other.txt": ` date 2025-06-01 Carpets in Baku
A carpet fair opened in Baku with stalls from Lahore and Karachi.
`,
    });
  }

  it("is the year after the report's, which the sentence states in figures", () => {
    const question = "will the dostluq exercise be held in pakistan next year";
    expect(askQuestion(drill("2026"), question).answer).toMatch(/^Yes — He said the next edition/u);
    // 2030 is not the year after a 2025 report.
    expect(askQuestion(drill("2030"), question).answer).not.toMatch(/^Yes/u);
  });
});
