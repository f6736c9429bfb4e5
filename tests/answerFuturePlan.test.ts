/**
 * When something yet to happen will be, on a small archive of our own: a sentence dating another
 * plan beside the same names ("PIA will launch flights between Lahore and Baku from March 15")
 * does not date the one asked (a week of films in Baku, which the archive leaves undated); the
 * sentence dating the plan asked answers.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_cinema.txt": ` date 2025-10-15 Azerbaijani films in Lahore
Days of Azerbaijani Cinema were held at the Alhamra Arts Council in Lahore.
Three feature films were screened with English and Urdu subtitles.
The director of the arts council said a week of Pakistani films would be held in Baku in return.
`,
  "b_flights.txt": ` date 2025-02-03 PIA to fly to Baku
Pakistan International Airlines will launch direct flights between Lahore and Baku from March 15, the airline announced on Monday.
The airline will operate two flights a week using an Airbus A320.
`,
  "c_trade.txt": ` date 2025-05-02 Trade talks
Pakistan and Azerbaijan discussed trade and energy cooperation in Islamabad.
`,
});

describe("the date of a plan", () => {
  it("is not given by the date of another plan beside the same names", () => {
    expect(askQuestion(engine, "when will the week of pakistani films be held in baku").status).toBe(
      "no_answer",
    );
  });

  it("is given by the sentence dating the plan asked", () => {
    const result = askQuestion(engine, "when will pia start flights from lahore to baku");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/March 15/u);
  });
});
