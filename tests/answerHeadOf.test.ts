/**
 * "Who heads X", "who runs X": the question names a body, not an office, so its head may be styled
 * chairman, director, president or chief, or told in the passive ("X is led by NAME"). The name
 * bound to the body's head answers; a sentence naming the body beside someone else does not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle as article } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    article("relief", [
      "Azerbaijan sent forty tonnes of tents and medicine to Pakistan after the floods.",
      "The consignment was received by the Director General of the Provincial Flood Relief Board, Major General Tariq Hameed Awan, at Lahore airport.",
    ]),
    article("club", [
      "Chess players from both countries gather every Sunday at a hotel near the port.",
      "The Azerbaijani Chess Circle in Karachi is run this season by Leyla Mammadli, a schoolteacher from Ganja.",
    ]),
    article("mill", [
      "A Pakistani textile firm, Ravi Looms, opened a spinning mill in Mingachevir on Friday.",
      "The opening was attended by the deputy governor of the region and the chief executive of Ravi Looms, Sadia Pervez.",
    ]),
    article("gas", [
      "Karavan Petroleum and Indus Gas Holdings signed a framework agreement on deliveries of liquefied gas.",
    ]),
  ]);
});

describe("who heads a body", () => {
  it("answers with the name in apposition to the body's office, whatever it is styled", () => {
    const result = askQuestion(engine, "who heads the flood relief board");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Major General Tariq Hameed Awan/u);
  });

  it("answers with the agent of a passive 'run by'", () => {
    const result = askQuestion(engine, "who runs the azerbaijani chess circle in karachi");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Leyla Mammadli/u);
  });

  it("answers with the chief executive named in apposition to the firm", () => {
    const result = askQuestion(engine, "who runs ravi looms");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Sadia Pervez/u);
  });

  it("does not take the capitalised words beside the body for its head", () => {
    // "Karavan Petroleum and Indus Gas Holdings": no office, no head.
    expect(askQuestion(engine, "who heads karavan petroleum").status).toBe("no_answer");
  });
});
