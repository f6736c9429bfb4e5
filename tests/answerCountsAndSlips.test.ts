/**
 * Two readings of how-many and misspelt questions:
 * - an ordinal ranks what it stands before and counts no people: "the first scheduled passenger
 *   service" is no count of passengers, "156 passengers" is (while "the fourth round" still counts rounds);
 * - a question word cut short is read as the word it begins ("wher": where), before one it is a
 *   slip away from ("when").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf({
    "flight.txt": [
      " date 2025-05-02",
      "The first Caspian Air flight from Baku landed at Multan on Thursday, opening the first scheduled passenger service between the two cities.",
      "",
      "The flight, carrying 142 passengers, was greeted with a water salute.",
      "",
      "The talks on the route were the third round of aviation consultations between the two countries.",
    ].join("\n"),
  });
});

describe("counts", () => {
  it("counts passengers with a cardinal, not the ordinal before the service", () => {
    const result = askQuestion(engine, "how many passengers were on the first caspian air flight to multan");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^142 passengers/u);
  });

  it("still counts rounds with an ordinal", () => {
    const result = askQuestion(engine, "how many rounds of aviation consultations have there been");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Third round/u);
  });
});

describe("question words cut short", () => {
  it("reads 'wher' as where and 'wich' as which", () => {
    expect(analysedIn(engine, "wher did caspian air fly").answerType).toBe("place");
    expect(analysedIn(engine, "wich airline flew to multan").answerType).toBe("which");
  });
});
