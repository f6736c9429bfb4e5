/**
 * The answer layer's stages on a small archive of our own: lemmas and WordNet relations (an exact
 * match beats a related word), answer types, yes/no answers, and the abstention rule that tells
 * unknown names from unknown ordinary words.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { explainQuestion } from "../src/answer/ask.js";
import { detectAnswerType, stripLeadingFiller } from "../src/answer/answerType.js";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { expandQuery } from "../src/answer/queryExpansion.js";
import type { AnalysedQuestion } from "../src/answer/questionAnalysis.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";
import { foldText } from "../src/text/fold.js";
import { analyzeText } from "../src/text/terms.js";

const PAGES: Record<string, string> = {
  "a_jets.txt": ` date 2024-10-02 Air force takes delivery
Azerbaijan received twelve Pakistani-made JF-17 fighter aircraft in late September 2024, the defence ministry said.
The aircraft will be based near Ganja.
`,
  "b_talks.txt": ` date 2025-03-04 Ministers meet in Islamabad
Foreign Minister Jeyhun Bayramov met Pakistani officials in Islamabad on Monday.
The two sides discussed energy transit and a new air route between Baku and Lahore.
Bayramov sold no one on the idea of a gas pipeline, an official said.
`,
  "c_purchase.txt": ` date 2025-06-10 Ganja buys buses
The city of Ganja bought forty electric buses from a Chinese firm, its mayor said.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

function analysed(question: string): AnalysedQuestion {
  return analysedIn(engine, question);
}

describe("words: lemmas and WordNet", () => {
  it("indexes a word and its inflections as one term (sold/sell, got/get, talks/talked)", () => {
    expect(analyzeText("sold")).toEqual(analyzeText("sell"));
    expect(analyzeText("got")).toEqual(analyzeText("get"));
    expect(analyzeText("talks")).toEqual(analyzeText("talked"));
    expect(analyzeText("went")).toEqual(analyzeText("go"));
  });

  it("finds a paraphrase through WordNet: planes -> aircraft", () => {
    const question = analysed("what planes did azerbaijan get");
    const expanded = expandQuery(question, engine.store, defaultWordKnowledge());
    const [plane] = analyzeText("planes");
    const alternatives = expanded.alternatives.get(plane ?? "") ?? [];
    const aircraft = alternatives.find((alternative) => alternative.term === analyzeText("aircraft")[0]);
    expect(["synonym", "hypernym", "hyponym"]).toContain(aircraft?.via);
    // Related credit stays below an exact match's 1, and falls with distance.
    expect(aircraft?.credit).toBeGreaterThan(0);
    expect(aircraft?.credit).toBeLessThan(1);
  });

  it("reads a compound noun by its head, but not a verb phrase by its last word", () => {
    // WordNet's "talk turkey" is a kind of talking, as "converse" is; it says nothing of Turkey.
    const turkey = engineOf({
      "t.txt": ` date 2025-01-01 Leaders in Ankara\nThe leaders of Azerbaijan and Turkey met in Ankara.\n`,
    });
    const question = analysedIn(turkey, "what did the leaders converse about");
    const expanded = expandQuery(question, turkey.store, defaultWordKnowledge());
    const terms = [...expanded.alternatives.values()].flat().map((alternative) => alternative.term);
    expect(terms).not.toContain(analyzeText("turkey")[0]);
  });

  it("answers a paraphrased question from the sentence that says it another way", () => {
    const { result } = explainQuestion(engine, "what planes did azerbaijan get from pakistan");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.citation.source).toBe("a_jets.txt");
  });

  it("ranks the sentence with the question's own word above one with a related word", () => {
    // "bought" is the question's verb in c; a (received) is only related to it.
    const { result } = explainQuestion(engine, "what did ganja buy");
    expect(result.excerpts[0]?.citation.source).toBe("c_purchase.txt");
  });
});

describe("what the question asks", () => {
  it.each([
    ["when did the jets arrive", "date"],
    ["what year was the pta signed", "date"],
    ["where did bayramov meet officials", "place"],
    ["who did bayramov meet", "person"],
    ["who is jeyhun bayramov", "description"],
    // A part played on an occasion, described: who played it, not who someone is.
    ["who was the reviewing officer at the passing out parade", "person"],
    ["who was the top scorer in the women's match", "person"],
    ["who is azerbaijan's defence minister", "titleHolder"],
    ["what is the name of the pakistani foreign secretary", "titleHolder"],
    ["who is the guy running socar", "titleHolder"],
    ["who runs socar", "titleHolder"],
    ["who chaired the joint economic commission", "titleHolder"],
    // One occasion's doer, not an office's holder.
    ["who chaired the joint economic commission meeting in islamabad", "person"],
    ["who were the two leaders at the lachin meeting", "person"],
    ["who was at the ceremony in gabala", "person"],
    ["who was there when they signed the memorandum", "person"],
    ["who was present at the signing", "person"],
    ["back in may 2025, when the ministers spoke, what did they discuss", "content"],
    ["after the summit in shusha, where will the next one be held", "place"],
    ["how many aircraft did azerbaijan receive", "number"],
    ["by how much did trade grow", "number"],
    ["jf17 deal azerbaijan how much", "number"],
    ["why was sharif in baku", "reason"],
    ["what was the purpose of the visit", "reason"],
    // "The point of" a trip is its purpose; "the point" alone may be a statement's.
    ["what was the point of shehbaz's trip to baku", "reason"],
    ["whats the point of the honorary consulate", "reason"],
    ["has azerbaijan received jf-17 jets", "yesno"],
    ["is it true that ganja bought buses", "yesno"],
    ["what did the two sides discuss", "content"],
    ["which city got the buses", "place"],
    ["which firm sold the buses", "which"],
    ["can you tell me when the jets arrived", "date"],
    ["wich aircraft did they get", "which"],
    // Kinds of talking by the dictionary, which the detector's own verbs do not list.
    ["what did the ministers confer about", "content"],
    ["what did the two sides negotiate", "content"],
    ["what did the two leaders chat about", "content"],
    ["what did the ministers buy", "other"],
  ])("%s -> %s", (question, type) => {
    if (question.startsWith("wich") || question.startsWith("what did the")) {
      expect(analysed(question).answerType).toBe(type);
    } else {
      expect(detectAnswerType(foldText(question))).toBe(type);
    }
  });
});

describe("yes/no answers", () => {
  it('says "Yes" with the sentence that states it', () => {
    const { result } = explainQuestion(engine, "has azerbaijan received jf-17 jets");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Yes — /u);
    expect(result.excerpts[0]?.citation.source).toBe("a_jets.txt");
  });

  it('says "No" with a sentence that reports the talks ended without it, or failed to reach it', () => {
    const talks = engineOf({
      "t1.txt": ` date 2025-08-20 Shipping talks
Two days of talks between the port authorities of Pakistan and Azerbaijan on a ferry agreement ended on Thursday without an agreement, officials said.
`,
      "t2.txt": ` date 2025-08-22 Rail talks
Railway officials of Pakistan and Azerbaijan failed to reach a deal on freight tariffs at their meeting in Quetta.
`,
      "t3.txt": ` date 2025-08-25 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
    });
    const ferry = explainQuestion(
      talks,
      "did the ferry talks between pakistan and azerbaijan end in an agreement",
    ).result;
    expect(ferry.answer).toMatch(/^No — Two days of talks/u);
    const rail = explainQuestion(talks, "did the railway officials reach a deal on freight tariffs").result;
    expect(rail.answer).toMatch(/^No — Railway officials/u);
  });

  it("reads a stated sum as the money asked about", () => {
    const aid = engineOf({
      "m1.txt": ` date 2025-08-30 Flood relief
President Orhan Valiyev expressed condolences over the loss of lives caused by floods in Sindh, Pakistan.
The prime minister thanked Valiyev for the announcement of $3 million in humanitarian assistance for people affected by the floods.
`,
      "m2.txt": ` date 2025-08-31 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
    });
    const result = explainQuestion(aid, "did valiyev give pakistan money after the floods").result;
    expect(result.answer).toMatch(
      /^Yes — The prime minister thanked Valiyev for the announcement of \$3 million/u,
    );
  });

  it('says "No" to an earlier occasion with the sentence telling the first one', () => {
    const show = engineOf({
      "f1.txt": ` date 2025-06-27 Air show over Sheki
The aerobatic team of the Pakistan Air Force, the Falcons, performed over Sheki on Thursday.
It was the first time that the Falcons performed in Azerbaijan.
`,
      "f2.txt": ` date 2025-06-28 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
    });
    const result = explainQuestion(show, "have the falcons performed in azerbaijan before").result;
    expect(result.answer).toMatch(/^No — It was the first time/u);
    // Without "before", the show itself answers.
    expect(explainQuestion(show, "did the falcons perform in azerbaijan").result.answer).toMatch(/^Yes — /u);
  });

  it("does not say yes when a word of the claim is nowhere in the sentence", () => {
    // The archive has the jets but no pipeline deal.
    const { result } = explainQuestion(engine, "did azerbaijan and pakistan sign a pipeline deal");
    expect(result.status).toBe("no_answer");
  });
});

describe("abstention: unknown names against unknown ordinary words", () => {
  it("abstains on a name or designation the archive never uses, and says which", () => {
    for (const question of ["did azerbaijan receive f-16 jets", "what did narendra modi say in baku"]) {
      const { result } = explainQuestion(engine, question);
      expect(result.status, question).toBe("no_answer");
      expect(result.reason, question).toMatch(/^No article mentions /u);
    }
  });

  it("reads a country's name as a name, though the dictionary also knows it as a word", () => {
    // "china" is porcelain too; as a name the archive never uses, it is a reason to abstain.
    const { result } = explainQuestion(engine, "how did china react to the jets");
    expect(result.status).toBe("no_answer");
    expect(result.reason).toMatch(/^No article mentions "china"/u);
  });

  it("does not read a word in everyday use as a slip for another ('gold' is not 'good')", () => {
    const trade = engineOf({
      "g.txt": ` date 2025-06-01 Trade pact\nPakistan will cut duties on good quality rice and leather goods under the pact.\n`,
    });
    const question = analysedIn(trade, "gold rate per tola in pakistan");
    const expanded = expandQuery(question, trade.store, defaultWordKnowledge());
    expect(expanded.alternatives.get("gold")?.map((alternative) => alternative.term) ?? []).not.toContain(
      "good",
    );
  });

  it("still answers when an ordinary word of the question is not in the archive", () => {
    // "warplanes" is in no article; the question is answered through what it means.
    const { result } = explainQuestion(engine, "when did azerbaijan receive the warplanes");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/September 2024/u);
  });

  it("reads a word one slip from an ordinary word the archive uses as that word, not as a name", () => {
    const refinery = engineOf({
      "r.txt": ` date 2025-05-05 Refinery plan
SOCAR President Rovshan Najaf said the Hub refinery would be built with Pakistani partners.
`,
    });
    const question = analysedIn(refinery, "who is the socar presidnet who talked about the hub refinary");
    expect(question.anchorGroups.map((group) => group.phrase).join(" ")).not.toMatch(/presidnet|refinary/u);
    expect(question.generalWords.map((word) => word.lemma)).toEqual(
      expect.arrayContaining(["president", "refinery"]),
    );
  });

  it("does not read a count in words as a name because a year holds its digit", () => {
    const question = analysed("when the two ministers met in 2025 what did they discuss");
    expect(question.anchorGroups.map((group) => group.phrase)).not.toContain("2");
  });

  it("reads a misspelt plural as the ordinary word, not as a name, and a slip for a question word", () => {
    const question = analysed("wen did azerbaijan receive the aircrafts");
    expect(question.answerType).toBe("date");
    expect(question.terms).not.toContain("wen");
    // Two letters swapped in a plural: the dictionary lists "fighter", not "fighters".
    const swapped = analysed("when did azerbaijan get the fihgters");
    expect(swapped.anchorGroups.map((group) => group.phrase)).not.toContain("fihgters");
    expect(swapped.generalWords.map((word) => word.lemma)).toContain("fighter");
  });

  it("reads the titles before a person's name as the name's, not as what is asked", () => {
    const titled = analysed("who did colonel general bayramov meet in islamabad");
    for (const term of analyzeText("colonel general")) expect(titled.terms).not.toContain(term);
    expect(titled.terms).toContain(analyzeText("meet")[0]);
    // An office is what is asked, with its rank: "the deputy FM" is no name with a title.
    expect(analysed("who was the azerbaijani deputy fm in islamabad").terms).toContain(
      analyzeText("deputy")[0],
    );
  });

  it("reads a misspelt name as the name it nearly is", () => {
    const { result } = explainQuestion(engine, "who did jeyhoon bayramov meet");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.citation.source).toBe("b_talks.txt");
  });
});

describe("misspelt irregular forms", () => {
  it("reads two swapped letters of an irregular plural as the word ('childern': children)", () => {
    const clinic = engineOf({
      "c1.txt": ` date 2025-10-02 Surgeons in Ganja
A team of Pakistani surgeons has operated on 31 children in Ganja during a week-long mission.
`,
      "c2.txt": ` date 2025-10-03 Markets
Traders in Lankaran expect the tea harvest to be larger than last year.
`,
    });
    const child = analysedIn(clinic, "how many childern did the surgeons operate on").generalWords.find(
      (word) => word.word === "childern",
    );
    expect(child).toMatchObject({ lemma: "child", corrected: true });
    const { result } = explainQuestion(clinic, "how many childern did the surgeons operate on");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^31 children/u);
  });
});

describe("a scene set before the question", () => {
  it("is cut away, but a question that opens as one keeps all its clauses", () => {
    expect(stripLeadingFiller("back in may 2025, when the ministers spoke, what did they discuss")).toBe(
      "what did they discuss",
    );
    // Not "when he met aliyev", a clause of the question.
    expect(stripLeadingFiller("what did sharif sign in baku, when he met aliyev")).toBe(
      "what did sharif sign in baku, when he met aliyev",
    );
  });
});

describe("converse verbs", () => {
  it("finds a transfer told from the other side ('give': 'received', 'sell': 'bought')", () => {
    const deals = engineOf({
      "v1.txt": ` date 2025-02-11 Trainers delivered
In January 2025, Azerbaijan received six trainer aircraft built in Pakistan.
`,
      "v2.txt": ` date 2025-02-14 Rice deal
Azerbaijani importers bought 20,000 tonnes of basmati rice from Pakistani mills this winter.
`,
      "v3.txt": ` date 2025-02-16 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
    });
    const question = analysedIn(deals, "did pakistani mills sell basmati rice to azerbaijan");
    const sell = expandQuery(question, deals.store, defaultWordKnowledge()).alternatives.get(
      analyzeText("sell")[0] ?? "",
    );
    expect(sell?.find((alternative) => alternative.via === "converse")?.term).toBe(analyzeText("bought")[0]);
    const given = explainQuestion(deals, "did pakistan give azerbaijan trainer aircraft").result;
    expect(given.answer).toMatch(/^Yes — In January 2025, Azerbaijan received/u);
    const sold = explainQuestion(deals, "did pakistani mills sell basmati rice to azerbaijan").result;
    expect(sold.answer).toMatch(/^Yes — Azerbaijani importers bought/u);
    // A sale is told by its buyer's receiving the goods too.
    const delivered = explainQuestion(deals, "did pakistan sell trainer aircraft to azerbaijan").result;
    expect(delivered.answer).toMatch(/^Yes — In January 2025, Azerbaijan received/u);
  });
});
