/**
 * "When did the drill BEGIN" asks one end of it: the sentence telling that it concluded, though it
 * has every name and the most words of the question, dates the other end. WordNet names "end" as
 * the opposite of "begin", and "conclude" as a kind of ending.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { oppositeDeedTerms, tellsOppositeDeed } from "../src/answer/oppositeDeeds.js";
import { analyzeText } from "../src/text/terms.js";
import { engineOf } from "./support/answerFixtures.js";

const words = defaultWordKnowledge();

describe("opposite deeds", () => {
  it("are a verb's antonyms, their synonyms and their narrower verbs, never the verb itself", () => {
    const opposites = oppositeDeedTerms("begin", words);
    const term = (word: string): string => analyzeText(word)[0] ?? word;
    for (const word of ["end", "finish", "terminate", "conclude"]) expect(opposites).toContain(term(word));
    expect(opposites).not.toContain(term("begin"));
    expect(opposites).not.toContain(term("start"));
  });

  it("are nothing for a verb WordNet gives no opposite, or for a sale's other side", () => {
    expect(oppositeDeedTerms("sign", words).size).toBe(0);
    expect(oppositeDeedTerms("buy", words)).not.toContain("sell");
  });

  it("are told by a sentence with the opposite and without the verb asked", () => {
    const begin = [{ lemma: "begin", term: "begin", pos: "verb" }];
    expect(tellsOppositeDeed(begin, analyzeText("The drill concluded at Mardakan on Friday."), words)).toBe(
      true,
    );
    expect(
      tellsOppositeDeed(begin, analyzeText("The drill began on Monday and ended on Friday."), words),
    ).toBe(false);
    // A noun asked ("the end of the drill") has no deed to oppose.
    expect(
      tellsOppositeDeed([{ lemma: "end", term: "end", pos: "noun" }], analyzeText("It began."), words),
    ).toBe(false);
  });
});

const engine = engineOf({
  "a_drill.txt": ` date 2024-10-12 Naval drill ends
A seven-day exercise between the Pakistan Navy and the Azerbaijan Navy, named Khazar Wave-2024, concluded at Mardakan on Friday, October 11.
The first manoeuvres began on Saturday, October 5, in rough seas.
Ships of both navies practised search and rescue.
`,
  "b_other.txt": ` date 2024-10-14 Cargo flights
A cargo airline will start weekly flights between Sialkot and Baku in May, its owner said.
`,
});

describe("when a deed began", () => {
  it("is dated by the sentence telling the beginning, not the one telling the end", () => {
    // The sentence telling the end has more of the question's words ("naval exercise") than the
    // one telling the start, beyond the share a sentence dating the deed may score below it.
    const result = askQuestion(engine, "when did the khazar wave 2024 naval exercise begin");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^The first manoeuvres began/u);
  });

  it("and when it ended, by the sentence telling the end", () => {
    const result = askQuestion(engine, "when did khazar wave 2024 end");
    expect(result.excerpts[0]?.text).toMatch(/concluded at Mardakan/u);
  });
});
