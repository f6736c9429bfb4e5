/**
 * "Who is Pakistan's minister of X" on a small archive of our own: a holder the archive styles as
 * another country's in a title set before his name by a comma ("Azerbaijan's Minister of Digital
 * Industry, Orkhan Safarli") does not hold the asked country's office, and his own country's is
 * still answered.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_meeting.txt": ` date 2025-01-24 Meeting in Islamabad
The prime minister of Pakistan held a meeting with Azerbaijan's Minister of Digital Industry, Orkhan Safarli, in Islamabad.
`,
  "b_tour.txt": ` date 2025-01-25 Tour of Lahore
Minister of Digital Industry Orkhan Safarli toured the technology park in Lahore.
`,
});

describe("a title in apposition before the name", () => {
  it("styles him as another country's: Pakistan's office is not his", () => {
    expect(askQuestion(engine, "who is pakistans minister of digital industry").status).toBe("no_answer");
  });

  it("still lets his own country's office be answered", () => {
    expect(askQuestion(engine, "who is azerbaijans minister of digital industry").answer ?? "").toMatch(
      /Orkhan Safarli/u,
    );
  });
});
