/**
 * A verb of a deed's phase before the deed ("START flights", "BEGIN talks") is not what a yes/no
 * question asks: a sentence denying the deed ("has no plans to fly to Multan") answers "No", one
 * telling it ("will launch flights to Lahore") "Yes", whatever phase verb each uses. A phase verb
 * that is the deed itself ("did the talks start") stays.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf({
    "air.txt": [
      " date 2025-05-02",
      "Caspian Air has no plans to fly to Multan at present, a Caspian Air spokesman said when asked.",
      "",
      "The airline will launch flights to Lahore in June, the spokesman added.",
    ].join("\n"),
  });
});

describe("phase verbs in yes/no questions", () => {
  it("answers No from a sentence denying the deed", () => {
    const result = askQuestion(engine, "is caspian air going to start flights to multan");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^No — Caspian Air has no plans to fly to Multan/u);
  });

  it("answers Yes from a sentence telling the deed", () => {
    const result = askQuestion(engine, "is caspian air going to start flights to lahore");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Yes — The airline will launch flights to Lahore/u);
  });

  it("keeps a phase verb that is the deed asked", () => {
    expect(analysedIn(engine, "did the flights to lahore start").terms).toContain("start");
    expect(analysedIn(engine, "will caspian air start flights to lahore").terms).not.toContain("start");
  });
});
