/**
 * "What did they sign" on a small archive of our own: the sentence naming what was signed answers,
 * not the one after it telling only where the document it names was signed.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { holdsAnswerKind } from "../src/answer/evidenceScoring.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_cotton.txt": ` date 2025-05-06 Pakistan, Azerbaijan sign cotton MoU
LAHORE: Food Minister Rana Tanveer and Azerbaijan's Minister of Agriculture Majnun Mammadov on Tuesday signed a memorandum of understanding on joint research into heat-tolerant cotton.
The MoU was signed at a ceremony at the Ministry of Agriculture in Lahore, officials said.
`,
});

describe("what was signed", () => {
  it("is not told by a sentence saying only where or by whom the document named before was signed", () => {
    const question = analysedIn(engine, "what did the ministers sign on cotton in lahore");
    const focus = new Set<string>();
    expect(
      holdsAnswerKind(
        "The MoU was signed at a ceremony at the Ministry of Agriculture in Lahore.",
        question,
        focus,
      ),
    ).toBe(false);
    expect(holdsAnswerKind("The agreement was signed by the two ministers.", question, focus)).toBe(false);
    expect(
      holdsAnswerKind(
        "The two ministers signed a memorandum of understanding on cotton research.",
        question,
        focus,
      ),
    ).toBe(true);
    expect(holdsAnswerKind("The agreement was signed to boost research into cotton.", question, focus)).toBe(
      true,
    );
  });

  it("is told by the sentence naming the document, not by the one saying where it was signed", () => {
    const result = askQuestion(engine, "what did the ministers sign on cotton in lahore");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/signed a memorandum of understanding on joint research/u);
  });

  it("still lets the sentence of the signing tell where it was signed", () => {
    const result = askQuestion(engine, "where was the cotton mou signed");
    expect(result.excerpts.map((excerpt) => excerpt.text).join(" ")).toMatch(/Ministry of Agriculture/u);
  });
});
