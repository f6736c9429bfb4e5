/**
 * What a sentence is about, on a small archive of our own: an opening setting ("After the talks,
 * ...") refers back to an event and is not what the sentence reports; a specific verb of a
 * who-question ("who LED") names the deed whose doer answers it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { qualifyingVerbTerms } from "../src/answer/questionAnalysis.js";
import { analyzeText } from "../src/text/terms.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "a_summit.txt": ` date 2025-03-11 Leaders meet in Sheki
President Orhan Valiyev held talks with Prime Minister Kamran Siddiqi in Sheki on Tuesday.
The two leaders discussed rail freight, wheat exports and a joint satellite programme.
After the talks, the two sides signed four memoranda on tourism and banking.
`,
  "b_delegation.txt": ` date 2024-06-02 Lawmakers tour the valley
A delegation from Pakistan led by Senator Rubina Qaimkhani arrived on Saturday.
Senator Qaimkhani said the Pakistani parliamentary delegation to Quba admired its orchards.
`,
  "c_other.txt": ` date 2024-09-14 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

describe("an opening setting", () => {
  it("does not make the sentence after the talks a report of what was talked about", () => {
    const result = askQuestion(engine, "what did valiyev and siddiqi talk about in sheki");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^The two leaders discussed/u);
  });

  it("still matches a setting the question gives itself", () => {
    const result = askQuestion(engine, "what did they sign after the talks in sheki");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^After the talks/u);
  });
});

describe("what else was discussed", () => {
  it("is a content question answered by the sentence telling what they also discussed", () => {
    const talks = engineOf({
      "w1.txt": ` date 2025-05-14 Prime ministers meet in Sheki
Prime Minister Orhan Valiyev held talks with Prime Minister Kamran Siddiqi in Sheki, where the two sides unveiled a plaque for a new silk museum.
At the talks in the guest house, the two prime ministers also discussed a ferry across the Caspian and a trade house in Multan.
`,
      "w2.txt": ` date 2025-05-16 Markets
Traders in Lankaran expect the tea harvest to be larger than last year.
`,
    });
    const question = "what else did the two prime ministers discuss in sheki";
    expect(analysedIn(talks, question).answerType).toBe("content");
    const result = askQuestion(talks, question);
    expect(result.excerpts[0]?.text).toMatch(/also discussed a ferry/u);
  });
});

describe("a participle that qualifies a noun", () => {
  it("is not the act asked when the question's own verb comes later", () => {
    expect(qualifyingVerbTerms("what areas do the documents signed in sheki cover")).toEqual(
      new Set(analyzeText("signed")),
    );
    expect(qualifyingVerbTerms("what did the ministers sign in sheki").size).toBe(0);
    expect(qualifyingVerbTerms("what was signed in sheki").size).toBe(0);
    // So a sentence that lists what the documents cover holds the answer without telling the signing.
    expect(analysedIn(engine, "what areas do the documents signed in sheki cover").actTerms).not.toContain(
      analyzeText("signed")[0],
    );
    expect(analysedIn(engine, "what did they sign in sheki").actTerms).toContain(analyzeText("signed")[0]);
  });

  it("leaves the kind asked ('which SECTORS') to the list that names its instances", () => {
    const signed = engineOf({
      "k1.txt": ` date 2025-03-04 Talks in Sheki
President Orhan Valiyev held talks with Prime Minister Kamran Siddiqi in Sheki, after which the two sides signed six memoranda on tourism, banking, fisheries and railways.
The prime minister arrived in Sheki on Monday evening on a two-day visit.
`,
      "k2.txt": ` date 2025-03-06 Markets
Traders in Lankaran expect the tea harvest to be larger than last year.
`,
    });
    expect(analysedIn(signed, "which sectors do the memoranda signed in sheki cover").focus).toContain(
      analyzeText("sectors")[0],
    );
    const result = askQuestion(signed, "which sectors do the memoranda signed in sheki cover");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/tourism, banking, fisheries and railways/u);
  });

  it("is not the act asked in 'what was X signed in Y about'", () => {
    expect(qualifyingVerbTerms("what were the documents signed in sheki about")).toEqual(
      new Set(analyzeText("signed")),
    );
    expect(qualifyingVerbTerms("what were the documents signed for").size).toBe(0);
  });
});

describe("a city named as its government", () => {
  it("does not place anyone there", () => {
    const cities = engineOf({
      "e1.txt": ` date 2024-05-01 Minister in Lahore
Minister Orhan Valiyev spent two days in Lahore to open a silk factory.
`,
      "e2.txt": ` date 2024-05-09 Flood relief
Lahore thanked Minister Orhan Valiyev for his support during the flood.
`,
      "e3.txt": ` date 2024-05-12 Harvest
Farmers in Ganja began the grape harvest early this year, helped by a warm and dry spring.
`,
    });
    const result = askQuestion(cities, "why was valiyev in lahore");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/spent two days in Lahore/u);
  });
});

describe("a person named by description", () => {
  it("is the person the sentence before names, quoted after it", () => {
    const feature = engineOf({
      "f1.txt": ` date 2024-11-02 A student abroad
Sana Mirza had never travelled abroad before last autumn.
The 19-year-old from Multan is studying medicine at a university in Ganja.
`,
      "f2.txt": ` date 2024-11-05 Harvest
Farmers near Lankaran began picking tea early this year, helped by a warm spring.
`,
    });
    const result = askQuestion(feature, "who is the multan student studying in ganja");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Sana Mirza — The 19-year-old/u);
    expect(result.excerpts[1]?.text).toMatch(/^Sana Mirza had never/u);
  });
});

describe("a yes/no question about a definite group", () => {
  it("is answered by the sentence stating the claim, its count given rather than claimed", () => {
    const summit = engineOf({
      "g1.txt": ` date 2025-07-04 Summit in Ganja
The ministers of Georgia, Türkiye and Azerbaijan on Friday met in Ganja for their trilateral talks.
Rail freight, customs and a new power line were on the agenda.
The three ministers signed the Ganja Declaration, the statement said.
`,
      "g2.txt": ` date 2025-07-09 Markets
Traders in Lankaran expect a larger tea harvest than last year, helped by a warm spring.
`,
    });
    expect(analysedIn(summit, "did the three ministers meet in ganja").modifiers).toEqual(["3"]);
    const result = askQuestion(summit, "did the three ministers meet in ganja");
    expect(result.answer).toMatch(/^Yes — The ministers of Georgia/u);
  });
});

describe("the deed of a who-question", () => {
  it("takes a specific verb as the deed", () => {
    expect(analysedIn(engine, "who led the pakistani delegation to quba").actTerms).toEqual(["lead"]);
    expect(analysedIn(engine, "who went to quba").actTerms).toEqual([]);
  });

  it("answers with the person where the deed is told", () => {
    const result = askQuestion(engine, "who led the pakistani parliamentary delegation to quba");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/led by Senator Rubina Qaimkhani/u);
  });
});
