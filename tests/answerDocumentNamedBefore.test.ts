/**
 * "What did X and Y sign": the sentence naming the signers often calls the document only by its
 * kind ("signed the agreement at a ceremony"), the report's lead having named it ("signed a Caspian
 * Ports Agreement"). The answer gives the name and quotes that sentence too; a document the report
 * never names stays unnamed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { engineOf } from "./support/answerFixtures.js";

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf({
    "ports.txt": [
      " date 2025-06-03",
      "Pakistan and Azerbaijan on Monday signed a Caspian Ports Agreement under which each side will open two terminals to the other's ships.",
      "",
      "Maritime Minister Sadia Khan and Azerbaijan's Transport Minister Rashad Nabiyev signed the agreement at a ceremony in Karachi.",
    ].join("\n"),
    "rail.txt": [
      " date 2025-07-09",
      "Railway officials of both countries met in Lahore to review freight links.",
      "",
      "Railways Secretary Omar Malik and Azerbaijan Railways chief Javid Gurbanov signed the protocol after the talks.",
    ].join("\n"),
  });
});

describe("a document called by its kind", () => {
  it("is named from the sentence before, which is quoted too", () => {
    const result = askQuestion(engine, "what did sadia khan and nabiyev sign");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Caspian Ports Agreement — Maritime Minister Sadia Khan/u);
    expect(result.excerpts.map((excerpt) => excerpt.text)).toContain(
      "Pakistan and Azerbaijan on Monday signed a Caspian Ports Agreement under which each side will open two terminals to the other's ships.",
    );
  });

  it("is named only for the deed asked of it", () => {
    const result = askQuestion(engine, "what did sadia khan and nabiyev agree");
    expect(result.answer).not.toMatch(/^Caspian Ports Agreement/u);
  });

  it("stays unnamed when the report never names it", () => {
    const result = askQuestion(engine, "what did omar malik and gurbanov sign");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Railways Secretary Omar Malik/u);
  });
});
