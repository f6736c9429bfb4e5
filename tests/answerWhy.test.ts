/**
 * Why-questions: among sentences that match about equally well, the one that gives a reason (a
 * purpose, a cause, the occasion of a greeting) answers, not the one that only tells the event.
 */
import { describe, expect, it } from "vitest";
import { findAnswerSpan } from "../src/answer/answerSpan.js";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

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
