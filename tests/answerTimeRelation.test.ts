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
