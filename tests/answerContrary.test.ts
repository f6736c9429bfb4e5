/**
 * Yes/no questions answered "No" by a sentence telling the opposite of what was asked, by
 * WordNet's antonyms ("refuse": accept), and opposites no longer counted as paraphrases.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "c_invite.txt": ` date 2025-11-07 Leaders meet in Baku
Prime Minister Qadir met President Valiyev in Baku on Friday.
Qadir extended an invitation to Valiyev to visit Pakistan, which the president graciously accepted.
`,
});

describe("opposites in the dictionary", () => {
  it("knows refuse and accept as opposites, and does not relate them as paraphrases", () => {
    const words = defaultWordKnowledge();
    expect(words.antonyms?.("refuse")).toContain("accept");
    expect(words.related("refuse").map((relation) => relation.lemma)).not.toContain("accept");
  });
});

describe("yes/no questions told the opposite", () => {
  it("answers No when the sentence tells the opposite deed", () => {
    const result = askQuestion(engine, "did valiyev refuse the invitation to pakistan");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^No\b/u);
  });

  it("still answers Yes when the sentence tells the deed asked", () => {
    expect(askQuestion(engine, "did valiyev accept the invitation to pakistan").answer).toMatch(/^Yes\b/u);
  });
});
