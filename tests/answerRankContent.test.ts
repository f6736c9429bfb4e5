/**
 * Questions answered with the wrong sentence of the right report: the sentence naming everyone
 * asked about wins over the one that tells what was asked ("X held talks with Y" over "The two
 * sides discussed ...").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle as article } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    article("chamber", [
      "A five-member delegation of the Sialkot Chamber of Commerce, led by its president Imran Qadir, held talks with the Governor of the Ganja Region, Farid Aliyev, in Ganja on Monday.",
      "The two sides discussed cheaper freight by road, joint trade fairs and a bonded warehouse for Pakistani sports goods.",
      "The governor accepted an invitation to visit Sialkot in the autumn.",
    ]),
    article("fair", [
      "Deputy Minister of Textiles Rauf Kazimov on Friday visited the stand of Pakistan at the Caspian Textile Fair in Baku.",
      "The Pakistani delegation at the fair is headed by the Secretary of the Textile Division, Sadia Malik.",
      "Rauf Kazimov and Sadia Malik then held a meeting on the margins of the fair.",
      "At the meeting, the sides discussed joint dyeing plants, cotton seed research and the training of Azerbaijani designers in Faisalabad.",
    ]),
    article("commerce", [
      "The understanding was reached at a meeting between Minister for Maritime Affairs Junaid Rafiq and Azerbaijan's Minister of Transport Orkhan Safarli in Karachi.",
      "Safarli, who arrived in Karachi on a three-day visit, was accompanied by his deputy and the ambassador.",
      "The visiting minister said his country wanted to use Karachi's container terminals for its cargo to East Africa.",
      "The two ministers discussed ferry links, port tariffs, shipbuilding and the training of merchant sailors.",
    ]),
    article("weather", ["Heavy rain is expected in the northern districts of Punjab this week."]),
  ]);
});

describe("what was discussed", () => {
  it("is told by the sentence after the talks, not by the sentence saying they were held", () => {
    const result = askQuestion(engine, "what did imran qadir and farid aliyev discuss");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^The two sides discussed cheaper freight/u);
  });
});

describe("what topics came up", () => {
  it("asks what was discussed: the report of the discussion answers, not the sentence naming the two", () => {
    const result = askQuestion(engine, "what topics did kazimov and sadia malik cover at the fair");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^At the meeting, the sides discussed joint dyeing plants/u);
  });
});

describe("what two ministers talked about", () => {
  it("is found in the sentence that refers to them a few sentences after the one naming them", () => {
    const result = askQuestion(engine, "what did junaid rafiq and safarli go over");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^The two ministers discussed ferry links/u);
  });
});
