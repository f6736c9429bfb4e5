/**
 * A city a yes/no question names, on a small archive of our own: "did PIA launch flights between
 * ISLAMABAD and Baku" is not stated by a sentence about PIA's new flights that names no city,
 * Islamabad standing only in another sentence of the report (about another airline's route); the
 * sentence naming the cities asked states it.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_pia.txt": ` date 2026-02-02 PIA to fly Lahore-Baku
LAHORE: Pakistan International Airlines will launch direct flights between Lahore and Baku from March 15, the airline announced on Monday.
Bookings for the new PIA flights open on February 10 through the airline's website.
Separately, Azerbaijan Airlines denied reports that it was suspending its Baku-Islamabad service.
`,
  "b_trade.txt": ` date 2025-05-02 Trade talks
Pakistan and Azerbaijan discussed trade and energy cooperation at talks in Karachi.
`,
  "c_culture.txt": ` date 2025-06-12 Culture days
Days of Azerbaijani culture opened in Multan, organised by the embassy.
`,
});

describe("a city a yes/no question names", () => {
  it("must stand in the sentence that states it", () => {
    expect(askQuestion(engine, "did pia launch flights between islamabad and baku").status).toBe("no_answer");
  });

  it("is stated by the sentence naming it", () => {
    const result = askQuestion(engine, "did pia launch flights between lahore and baku");
    expect(result.answer).toMatch(/^Yes/u);
    expect(result.excerpts[0]?.text).toMatch(/between Lahore and Baku/u);
  });
});
