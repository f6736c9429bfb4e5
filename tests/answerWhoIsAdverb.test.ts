/**
 * "Who is X exactly" on a small archive of our own: an adverb of the asking ("exactly", "really")
 * is no word a sentence about him must have; the sentence naming him describes him.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_visit.txt": ` date 2025-02-14 Minister in Quetta
Azerbaijan's Minister of Youth and Sports Farid Gayibov visited a sports complex in Quetta on Friday.
Officials said the two countries would hold a joint youth camp in the summer.
`,
});

describe("an adverb of the asking", () => {
  it("does not keep the description from being found", () => {
    const result = askQuestion(engine, "who is farid gayibov exactly");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/Minister of Youth and Sports Farid Gayibov/u);
  });
});
