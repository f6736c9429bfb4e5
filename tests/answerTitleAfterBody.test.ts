/**
 * "Who is the chairman of X" on a small archive of our own: a title run that opens with the body the
 * question names ("KSEW Chairman Rear Admiral Salman Ilyas") gives the holder; a run opening with
 * a rank the dictionary knows only as rare ("Rear Admiral") still opens the name, and another body
 * asked ("the chairman of PNSC") is not answered.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_yard.txt": ` date 2025-09-03 Azerbaijani delegation at the shipyard
The Azerbaijani delegation was received in Karachi by KSEW Chairman Rear Admiral Salman Ilyas on Tuesday.
`,
  "b_tanks.txt": ` date 2025-09-04 Tank works visited
The minister was received at the tank works by HIT Chairman Lieutenant General Arif Qadir on Wednesday.
`,
});

describe("a title after the body it belongs to", () => {
  it("names the holder when the body is the one asked", () => {
    expect(askQuestion(engine, "who is the chairman of ksew").answer ?? "").toMatch(/Salman Ilyas — /u);
  });

  it("names the holder when the question's body is no part of its title phrase", () => {
    expect(askQuestion(engine, "who is the chairman of hit").answer ?? "").toMatch(/Arif Qadir — /u);
  });

  it("does not answer for another body", () => {
    expect(askQuestion(engine, "who is the chairman of pnsc").status).toBe("no_answer");
  });
});
