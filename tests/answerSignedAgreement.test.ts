/**
 * "What did they agree" is told by a document signed: a memorandum of understanding, an accord or
 * a protocol signed is an agreement made, though the sentence never says "agreed".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    plainArticle("ports", [
      "The Karachi Port Trust and the Port of Baku on Monday signed a memorandum of understanding to exchange pilots and harbour masters for training.",
      "The port chiefs said the two harbours would next study a shared booking system for container ships.",
      "Karachi Port Trust chairman Imran Qadri and Port of Baku director Elnur Aliyev attended the ceremony in Karachi.",
    ]),
    plainArticle("wheat", [
      "Pakistan and Azerbaijan held talks on wheat exports in Lahore on Friday.",
      "No agreement was signed, and the officials said the talks on prices would continue next month.",
    ]),
  ]);
});

describe("an agreement told by a document signed", () => {
  it("answers what they agreed with the memorandum signed", () => {
    const result = askQuestion(engine, "what did the two port chiefs agree on in karachi");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("exchange pilots and harbour masters");
  });

  it("is no agreement when the signing is denied", () => {
    const result = askQuestion(engine, "what did pakistan and azerbaijan agree on wheat exports in lahore");
    expect(result.excerpts[0]?.text ?? "").not.toContain("No agreement was signed");
  });
});
