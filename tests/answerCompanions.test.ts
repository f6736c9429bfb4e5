/**
 * "Who went with the deputy governor": the report names him by office where it tells the signing,
 * and says who accompanied him sentences later, by his name. That sentence answers, with the party
 * it lists; a sentence telling who accompanied someone else does not. When the best match is a later
 * deed of the one asked about ("The chief justice also met ..."), the party told before it answers,
 * and a sentence that is itself "X was accompanied by Y" answers with Y, not X.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { tellsAnother } from "../src/answer/companions.js";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { analyseQuestion } from "../src/answer/questionAnalysis.js";
import { engineOf } from "./support/answerFixtures.js";

const story = (companion: string): string => ` date 2025-02-10 Central banks sign payments MoU
BAKU: The central banks of Pakistan and Azerbaijan signed a memorandum of understanding on instant payments in Baku on Monday.
The MoU was signed by SBP Deputy Governor Dr. Imran Qazi and CBA Deputy Governor Orkhan Aliyev at the central bank's headquarters.
A pilot phase will begin in July.
Transfers will be capped at $5,000 in the pilot.
Remittances from Azerbaijan reached $27 million last year.
The two banks will also train staff together.
${companion}
`;

describe("who went with someone named by office", () => {
  it("is the party the report says accompanied him, by name, sentences on", () => {
    const engine = engineOf({
      "a_mou.txt": story(
        "Dr. Imran Qazi was accompanied by Ambassador Nadia Rauf and Executive Director Salman Butt.",
      ),
    });
    const result = askQuestion(engine, "who went with the sbp deputy governor to baku for the payments mou");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Ambassador Nadia Rauf and Executive Director Salman Butt\b/u);
    expect(result.excerpts[0]?.text).toMatch(/^Dr\. Imran Qazi was accompanied by/u);
  });

  it("is not the party of another official", () => {
    const engine = engineOf({
      "a_mou.txt": story("The ambassador was accompanied by two counsellors of the embassy."),
    });
    const result = askQuestion(engine, "who went with the sbp deputy governor to baku for the payments mou");
    expect(result.excerpts[0]?.text ?? "").not.toMatch(/counsellors/u);
  });
});

describe("a sentence adding someone", () => {
  it("adds to those the question names, not another deed of the one named", () => {
    const question = analyseQuestion("who else attended with valiyev", defaultWordKnowledge());
    if ("error" in question) throw new Error(question.error);
    expect(tellsAnother("Munir also attended the ceremony.", question)).toBe(true);
    expect(tellsAnother("Colonel General Valiyev also met the chairman.", question)).toBe(false);
    expect(tellsAnother("Colonel General Valiyev was accompanied by two colonels.", question)).toBe(true);
  });

  it("is another deed of the one the question names by title", () => {
    const question = analyseQuestion("who was with the chief justice in baku", defaultWordKnowledge());
    if ("error" in question) throw new Error(question.error);
    expect(tellsAnother("The chief justice also met the minister of justice.", question)).toBe(false);
  });
});

describe("a party told before the best match", () => {
  it("answers with the party, not the one they went with", () => {
    const engine = engineOf({
      "b_court.txt": ` date 2025-11-03 Chief justice visits Baku
BAKU: Chief Justice of Pakistan Tariq Mehmood met the Chairman of the Supreme Court of Azerbaijan in Baku on Monday.
The two discussed training for judges and the exchange of court records.
Chief Justice Mehmood was accompanied by Justice Amina Qureshi and the Registrar of the Supreme Court, Faisal Lodhi.
The chief justice also met Azerbaijan's Minister of Justice and visited an electronic court centre in Baku.
`,
    });
    const result = askQuestion(engine, "who was with the chief justice on the baku trip");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(
      /^Justice Amina Qureshi and the Registrar of the Supreme Court, Faisal Lodhi\b/u,
    );
  });
});
