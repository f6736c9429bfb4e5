/**
 * "Besides cutting tariffs, what did the ministers agree": what the asker already knows is no
 * part of what is asked, and the answer is what the report ALSO tells, often of "the two
 * ministers", the pair it named a few sentences before; on an archive of our own.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { questionBeyondKnown } from "../src/answer/answerType.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_pta.txt": ` date 2025-10-14 Pakistan, Azerbaijan sign trade deal
ISLAMABAD: Pakistan and Azerbaijan on Tuesday signed a trade agreement under which each side will cut customs duties on 170 tariff lines.
Commerce Minister Tariq Qasimov and Economy Minister Farid Valiyev signed the agreement at a ceremony held at the Ministry of Commerce.
Under the agreement, Pakistani rice and mangoes will face lower duties in Azerbaijan.
Bilateral trade stood at $148 million last year, according to official figures.
Qasimov said the text was finalised after five rounds of negotiations held since 2023.
Valiyev said the agreement would give businesses a predictable framework, and announced a visit of Azerbaijani companies to Lahore.
The two ministers also agreed to set up a joint working group on halal certification and the exchange of customs data.
The agreement will come into force on January 1, 2026.
`,
  "b_other.txt": ` date 2025-09-01 Cricket camp in Baku
BAKU: Pakistani coaches will train Azerbaijani cricket players at a camp in Baku next month, the federation said.
`,
});

describe("questions beyond what the asker knows", () => {
  it("reads the question after what the asker says they know", () => {
    expect(questionBeyondKnown("besides cutting tariffs what did qasimov and valiyev agree")).toBe(
      "what did qasimov and valiyev agree",
    );
    expect(questionBeyondKnown("apart from the tariffs, what did they agree")).toBe("what did they agree");
    expect(questionBeyondKnown("what did they agree besides tariffs")).toBeNull();
    const analysed = analysedIn(engine, "besides cutting tariffs what did qasimov and valiyev agree");
    expect(analysed.answerType).toBe("content");
    expect(analysed.asksMore).toBe(true);
    expect(analysed.terms).not.toContain("tariff");
  });

  it("finds the pair a sentence calls 'the two ministers' where the report named them", () => {
    const result = askQuestion(engine, "besides cutting tariffs what did qasimov and valiyev agree");
    expect(result.excerpts[0]?.text).toContain("joint working group on halal certification");
  });
});
