/**
 * Which-questions about a work ("which other Vagif WORK will they pay to print"): what is asked is
 * the work, not a sum, though the question says "pay"; and a sentence naming a work by its title in
 * quotation marks names an instance of it, without the word "work".
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_vagif.txt": ` date 2025-09-02 Vagif in Urdu
The first Urdu edition of the poems of Molla Panah Vagif was launched in Lahore on Monday.
The edition was printed by a Lahore press and edited by Dr Amna Qureshi over two years.
The ministry would fund a second edition, of Vagif's 'Songs of the Garden', and would invite the editor to Shusha.
`,
  "b_fee.txt": ` date 2025-09-03 Museum fee
The museum in Shusha will charge a fee of 5 manats for the new hall.
`,
});

describe("which work, not which sum", () => {
  it("reads 'which work will they pay to print' as asking for the work, and 'which fee' as a sum", () => {
    const work = analysedIn(engine, "which other vagif work will the ministry pay to print");
    expect(work.answerType).toBe("which");
    expect(work.asksAmount).toBe(false);
    expect(work.asksForWork).toBe(true);
    const fee = analysedIn(engine, "which fee will the museum charge and pay");
    expect(fee.answerType).toBe("number");
    expect(fee.asksAmount).toBe(true);
  });

  it("does not take a kind of thing that is no work for one", () => {
    expect(analysedIn(engine, "which hall will the museum open").asksForWork).toBeUndefined();
  });

  it("answers with the sentence naming the work by its title", () => {
    // The sentence about the printed edition matches as many words; only the last names a work.
    const result = askQuestion(engine, "which other vagif work will the ministry pay to print");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/'Songs of the Garden'/u);
  });
});
