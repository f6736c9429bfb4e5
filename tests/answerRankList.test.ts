/**
 * "Which areas", "what products": the kind asked for is one a report names by its members, never
 * by the kind ("cooperation in trade, energy and ports"), so a list of things answers, as it does
 * "how many areas".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import { plainArticle as article } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    article("summit", [
      "Prime Minister Nawaz Qadri met President Elnur Rasulov in Shusha, where the two leaders agreed to deepen cooperation in trade, railways, tourism and defence.",
      "Qadri praised Rasulov for the rebuilding of the Karabakh region, while Rasulov thanked Pakistan for its support.",
    ]),
    article("tariffs", [
      "Pakistan and Azerbaijan on Monday signed a trade agreement under which each side will cut customs duties on 30 tariff lines of the other.",
      "Under the agreement, Azerbaijan will reduce duties on Pakistani rice, mangoes, towels and cricket bats, while Pakistan will cut tariffs on Azerbaijani hazelnuts and urea.",
    ]),
    article("quake", [
      "Pakistan on Tuesday dispatched two C-130 aircraft carrying relief goods to Azerbaijan after an earthquake struck the Gabala region.",
      "The disaster authority said the planes carried 20 tonnes of supplies, including winter tents, blankets and water filters.",
    ]),
    article("route", [
      "Caspian Star Airlines will launch direct scheduled flights on the Baku-Multan route from April 2, the company said.",
      "Flights will be operated twice a week with Embraer E190 aircraft configured with two cabins.",
    ]),
    article("theatre", [
      "Days of Azerbaijani Theatre were held at the Arts Council in Multan, organised by the embassy.",
      'Two plays were performed with Urdu surtitles: "The Stone Bridge" and "Spring in Lankaran".',
      "The event also featured an exhibition of photographs of classic Azerbaijani plays.",
    ]),
    article("weather", ["Heavy rain is expected in the northern districts of Punjab this week."]),
  ]);
});

describe("a kind named by its members", () => {
  it("which areas: the list of areas answers, not a sentence naming a region", () => {
    const result = askQuestion(engine, "what areas did qadri and rasulov agree to deepen ties in");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/trade, railways, tourism and defence/u);
  });

  it("what products: the list of goods answers, not the count of tariff lines", () => {
    const result = askQuestion(
      engine,
      "what products will azerbaijan cut duties on under the trade agreement",
    );
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/rice, mangoes, towels and cricket bats/u);
  });
});

describe("which things", () => {
  it("is answered by the sentence naming them, not by one calling them by the kind asked", () => {
    const result = askQuestion(engine, "what goods did the c-130s carry to azerbaijan");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/winter tents, blankets and water filters/u);
  });
});

describe("an instance of the kind asked", () => {
  it("is not a word sharing the term of one of its kinds ('Airlines', 'airliner')", () => {
    const result = askQuestion(engine, "which aircraft will caspian star use on the multan route");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/Embraer E190 aircraft/u);
  });
});

describe("an instance named by the question's own word", () => {
  it("is no instance: 'classic Azerbaijani plays' does not say which plays the Azerbaijani theatre days showed", () => {
    const result = askQuestion(engine, "what plays were performed at the azerbaijani theatre days");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/The Stone Bridge/u);
  });
});
