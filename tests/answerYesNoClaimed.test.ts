/**
 * "Did Azerbaijan order the trainers": a report that passes a claim on ("websites had CLAIMED that
 * Azerbaijan ordered 18 of the aircraft") does not stand by it, so the claim is no Yes.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { answerYesNo } from "../src/answer/yesNo.js";
import type { Judgement } from "../src/answer/evidenceScoring.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_denial.txt": ` date 2025-05-06 Ministry denies trainer deal
Several regional websites had claimed last week that Azerbaijan ordered 18 Kestrel trainer aircraft from Pakistan.
The ministry denied it on Tuesday.
`,
  "b_order.txt": ` date 2025-05-08 Cargo planes ordered
Azerbaijan ordered two Falcon cargo aircraft from Pakistan on Monday, the ministry said.
`,
});

describe("a claim passed on", () => {
  it("is no Yes", () => {
    const result = askQuestion(engine, "did azerbaijan order kestrel trainer aircraft from pakistan");
    expect(result.answer).not.toMatch(/^Yes/u);
  });

  it("while a report standing by the deed still says Yes", () => {
    const result = askQuestion(engine, "did azerbaijan order falcon cargo aircraft from pakistan");
    expect(result.answer).toMatch(/^Yes\b/u);
  });

  it("reads the words of doubt, not a report's ordinary attribution", () => {
    const stating = {
      hasTopic: false,
      someAnchorInSentence: true,
      timeStated: true,
      citiesInSentence: true,
    } as unknown as Judgement;
    expect(answerYesNo(stating, "Unconfirmed reports said Azerbaijan ordered 18 aircraft.")).toBe("unknown");
    expect(answerYesNo(stating, "Azerbaijan ordered 18 aircraft, the ministry said.")).toBe("yes");
  });
});
