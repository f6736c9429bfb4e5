/**
 * "When was the meeting SUPPOSED TO happen", "when is the plant EXPECTED TO open": the words of
 * expectation say how the time is asked (when it was to be), which a report tells by "would take
 * place on" or a plan's date; they are not a deed the sentence must name.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";
import { analyzeText } from "../src/text/terms.js";

const engine = engineOf({
  "a_commission.txt": ` date 2025-05-02 Joint commission in Ganja
The delegation arrived a week before the joint commission session of the two countries that would take place on 12 June in Ganja.
Officials from both sides reviewed trade figures at a separate working meeting.
`,
});

describe("words of expectation in a date question", () => {
  it("leaves 'supposed' out of the terms a sentence must hold, but keeps it elsewhere", () => {
    const [supposed] = analyzeText("supposed");
    expect(
      analysedIn(engine, "when was the joint commission session supposed to happen").terms,
    ).not.toContain(supposed);
    expect(analysedIn(engine, "why was the session supposed to be moved").terms).toContain(supposed);
  });

  it("answers when the session was supposed to happen from the sentence saying when it would", () => {
    const result = askQuestion(engine, "when was the joint commission session supposed to happen");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/12 June/u);
  });
});
