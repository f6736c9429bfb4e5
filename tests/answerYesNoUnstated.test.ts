/**
 * "Did Azerbaijan order the trainers": a report that passes a claim on ("websites had CLAIMED that
 * Azerbaijan ordered 18 of the aircraft") does not stand by it, so the claim is no Yes; nor is a
 * plan ("both sides agreed to hold the fifth round in Lahore") a Yes to "did it take place".
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

const planned = engineOf({
  "c_round.txt": ` date 2025-05-20 Political consultations held in Islamabad
The fourth round of political consultations between Pakistan and Azerbaijan was held in Islamabad on Monday.
Both sides agreed to hold the fifth round of political consultations in Lahore in 2026.
`,
  "d_other.txt": ` date 2025-05-22 Cargo flights
A cargo airline will start weekly flights between Sialkot and Baku in May, its owner said.
`,
});

describe("an event only planned", () => {
  it("is no Yes to whether it took place", () => {
    const result = askQuestion(
      planned,
      "did the fifth round of political consultations take place in lahore",
    );
    expect(result.answer).not.toMatch(/^Yes/u);
  });

  it("while the plan itself, asked, is stated", () => {
    const result = askQuestion(planned, "did both sides agree to hold the fifth round in lahore");
    expect(result.answer).toMatch(/^Yes\b/u);
  });
});
