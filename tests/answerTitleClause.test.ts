/**
 * A title told in a relative clause after the name ("Rauf oglu Karimov, who was the chief guest")
 * binds to that name, and an Azerbaijani patronymic ("oglu", "qizi") stands inside the name.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle as article } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    article("carpets", [
      "An exhibition of Shusha carpets opened at the Lahore Museum on Friday.",
      "Azerbaijan's Consul in Karachi, Elmar Vagif oglu Karimov, who was the chief guest, said the carpets had been woven before 1900.",
      "The curator of the museum, Dr Samina Ashraf, said the show would run until May.",
    ]),
  ]);
});

describe("a title after the name", () => {
  it("binds a relative clause's title to the name before it, patronymic and all", () => {
    const result = askQuestion(engine, "who was chief guest at the carpet exhibition in lahore");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Elmar Vagif oglu Karimov/u);
  });
});
