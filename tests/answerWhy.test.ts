/**
 * Why-questions: among sentences that match about equally well, the one that gives a reason (a
 * purpose, a cause, the occasion of a greeting) answers, not the one that only tells the event.
 */
import { describe, expect, it } from "vitest";
import { findAnswerSpan } from "../src/answer/answerSpan.js";
import { askQuestion } from "../src/answer/ask.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";
import { analyzeText } from "../src/text/terms.js";

const engine = engineOf({
  "a_call.txt": ` date 2025-03-12 Leaders speak by phone
On March 12, President Ilham Aliyev had a phone conversation with Prime Minister Shehbaz Sharif.
`,
  "b_call.txt": ` date 2025-03-12 PM telephones Aliyev
Prime Minister Shehbaz Sharif on Wednesday telephoned President Ilham Aliyev and extended greetings on the festival of Novruz.
`,
});

describe("why", () => {
  it("answers with the sentence that gives the occasion, not the one that only tells of the call", () => {
    const result = askQuestion(engine, "why did shehbaz phone aliyev in march");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/festival of Novruz/u);
  });
});

describe("what was asked of someone is not a purpose", () => {
  const reason = { answerType: "reason" } as const;

  it("reads 'an invitation to X to visit' and 'urged them to' as what was asked, and 'came to open' as why", () => {
    expect(
      findAnswerSpan(
        "Qureshi extended an invitation to President Aliyev to visit Multan.",
        reason,
        new Set(),
      ),
    ).toBeNull();
    expect(
      findAnswerSpan("The envoy urged Pakistani firms to invest in Ganja.", reason, new Set()),
    ).toBeNull();
    expect(findAnswerSpan("The minister came to Lahore to open the trade fair.", reason, new Set())).toBe(
      "to open the trade fair",
    );
  });
});

describe("what something helps the one helped do is its purpose", () => {
  const reason = { answerType: "reason" } as const;

  it("reads 'help the traders reach' as why, and not 'helped the traders' alone", () => {
    expect(
      findAnswerSpan(
        "The mayor said the ferry would help local traders reach Aktau faster.",
        reason,
        new Set(),
      ),
    ).toBe("help local traders reach Aktau faster");
    expect(findAnswerSpan("The ministry helped the farmers of Ganja.", reason, new Set())).toBeNull();
    expect(findAnswerSpan("The fund helped the farmers in building sheds.", reason, new Set())).toBeNull();
  });
});

describe("why someone wants something", () => {
  const engine = engineOf({
    "a_ships.txt": ` date 2025-03-03 Pakistan orders Azerbaijani patrol boats
Pakistan has ordered six Dalga-class patrol boats from the Baku shipyard, the navy said.
The Dalga boats will be used to patrol the coast off Gwadar against smuggling.
`,
  });
  const [want] = analyzeText("want");

  it("asks the reason for what is wanted: 'want' and 'need' are no words the answer must have", () => {
    for (const question of ["why does pakistan want the dalga boats", "why does pakistan need dalga boats"]) {
      const analysed = analysedIn(engine, question);
      expect(analysed.terms).not.toContain(analyzeText(question.split(" ")[3] ?? "")[0]);
      expect(analysed.generalWords.map((word) => word.lemma)).not.toContain(question.split(" ")[3]);
    }
    // Asked of the wanting itself, the verb is what the question is about.
    expect(analysedIn(engine, "what did pakistan want from baku").terms).toContain(want);
  });

  it("answers with the purpose the boats serve", () => {
    expect(askQuestion(engine, "why does pakistan want the dalga boats").answer).toMatch(
      /^To patrol the coast/u,
    );
  });
});

describe("what someone came for", () => {
  const reason = { answerType: "reason" } as const;

  it("reads 'came to Shusha for the opening' as why, not 'for two days' or 'for the first time'", () => {
    expect(
      findAnswerSpan(
        "The delegation came to Shusha for the opening of the carpet museum.",
        reason,
        new Set(),
      ),
    ).toBe("for the opening of the carpet museum");
    expect(findAnswerSpan("The minister arrived in Gabala on Friday for talks.", reason, new Set())).toBe(
      "for talks",
    );
    expect(findAnswerSpan("The minister went to Gabala for two days.", reason, new Set())).toBeNull();
    expect(findAnswerSpan("The team travelled to Sheki for the first time.", reason, new Set())).toBeNull();
    expect(
      findAnswerSpan("The minister signed a contract for the supply of gas.", reason, new Set()),
    ).toBeNull();
  });
});

describe("where a purpose ends", () => {
  it("ends before the next deed joined by 'and'", () => {
    const question = analysedIn(engine, "why was sharif in sheki");
    const span = findAnswerSpan(
      "Sharif thanked Valiyev for inviting him to attend the Silk Festival and congratulated the organisers.",
      question,
      new Set(question.terms),
    );
    expect(span).toBe("to attend the Silk Festival");
  });
});
