import { describe, expect, it } from "vitest";
import { WARM_UP_QUESTIONS, warmUpAsking } from "../src/answer/warmUpQuestions.js";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

describe("start-up warm-up questions", () => {
  it("asks every question once, in order, within its budget", () => {
    const asked: string[] = [];
    warmUpAsking(
      (question) => asked.push(question),
      1_000,
      () => 0,
    );
    expect(asked).toEqual(WARM_UP_QUESTIONS);
  });

  it("stops once the budget is spent, having asked the first question at least", () => {
    const asked: string[] = [];
    let clock = 0;
    // Each question takes 100 ms on this clock: a 250 ms budget is spent after the third.
    const took = warmUpAsking(
      (question) => {
        asked.push(question);
        clock += 100;
      },
      250,
      () => clock,
    );
    expect(asked).toEqual(WARM_UP_QUESTIONS.slice(0, 3));
    expect(took).toBe(300);
    asked.length = 0;
    warmUpAsking(
      (question) => asked.push(question),
      0,
      () => (clock += 1),
    );
    expect(asked).toEqual(WARM_UP_QUESTIONS.slice(0, 1));
  });

  it("leaves later answers as they were", () => {
    const pages = {
      "a_visit.txt": ` date 2025-03-04 Ministers meet in Islamabad
The foreign ministers of Pakistan and Azerbaijan held talks in Islamabad on 3 March 2025.
They agreed to expand cooperation in energy and trade.
`,
    };
    const question = "Where did the foreign ministers hold talks?";
    const cold = askQuestion(engineOf(pages), question);
    expect(cold.status).toBe("answered");
    const engine = engineOf(pages);
    warmUpAsking((asked) => askQuestion(engine, asked), Infinity);
    expect(askQuestion(engine, question)).toEqual(cold);
  });
});
