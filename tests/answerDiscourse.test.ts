/**
 * The answer layer reading a report as a reader does, on a small archive of our own: a later
 * sentence that refers back ("The meeting ...", "the two leaders ...") answers for the people the
 * first one names; "what did they talk about" takes the report whatever its verb; phrasal verbs,
 * slips of one key, counts, lists, sizes, sums of money and dates of what is yet to come.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { detectAnswerType } from "../src/answer/answerType.js";
import {
  carriedTerms,
  kindsAsked,
  mentionsAskedKind,
  namesRepeatedByNoun,
  refersBack,
  sentencesReferredTo,
} from "../src/answer/discourse.js";
import type { AnalysedQuestion } from "../src/answer/questionAnalysis.js";
import { findAnswerSpan, listPhrase } from "../src/answer/answerSpan.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";
import { analyzeText } from "../src/text/terms.js";

const PAGES: Record<string, string> = {
  "a_port.txt": ` date 2025-04-09 Ministers meet in Gwadar
Planning Minister Ahsan Qureshi met Azerbaijani Economy Minister Mikayil Jabbarov in Gwadar on Tuesday.

The meeting focused on port logistics, rail freight and customs software.

Deputy Governor Rashid Baloch also attended the meeting, held at the port authority.
`,
  "b_rail.txt": ` date 2025-06-20 Rail link planned
Pakistan and Azerbaijan plan a freight corridor through Iran, officials said.
Engineers from both countries will survey the route next spring.
Officials discussed the route with Iran in May.
`,
  "c_deal.txt": ` date 2025-08-01 Textile deal signed
The two governments signed a textile agreement worth $40 million in Karachi.
It covers cotton, yarn and dyed fabric.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

function analysed(question: string): AnalysedQuestion {
  return analysedIn(engine, question);
}

function passageIdOf(text: string): number {
  const id = engine.store.passages.findIndex((passage) => passage.text.startsWith(text));
  if (id < 0) throw new Error(`no passage starts with ${text}`);
  return id;
}

describe("discourse: sentences that refer back", () => {
  it("reads a definite mention of the event or the parties as a reference back", () => {
    expect(refersBack("The meeting focused on port logistics.")).toBe(true);
    expect(refersBack("During the meeting, the two leaders discussed trade.")).toBe(true);
    expect(refersBack("Deputy Governor Rashid Baloch also attended the meeting.")).toBe(true);
    expect(refersBack("In July, the two countries signed a deal.")).toBe(true);
    expect(refersBack("Pakistan and Azerbaijan plan a freight corridor.")).toBe(false);
  });

  it("carries the names of the sentence before into one that refers back, and none otherwise", () => {
    const carried = carriedTerms(engine.store, passageIdOf("The meeting focused"));
    for (const term of analyzeText("Qureshi Jabbarov Gwadar")) expect(carried.has(term)).toBe(true);
    expect(carriedTerms(engine.store, passageIdOf("Pakistan and Azerbaijan plan")).size).toBe(0);
  });

  it("answers what two named people talked about with the sentence after the one naming them", () => {
    const result = askQuestion(engine, "what did qureshi and jabbarov talk about");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("port logistics");
  });

  it("finds the sentence one that refers back stands on, and none for one that does not", () => {
    expect(sentencesReferredTo(engine.store, passageIdOf("The meeting focused"))).toEqual([
      passageIdOf("Planning Minister Ahsan Qureshi met"),
    ]);
    expect(sentencesReferredTo(engine.store, passageIdOf("Pakistan and Azerbaijan plan"))).toEqual([]);
  });

  it("reads 'the two leaders' as the parties the story opened with, two sentences back", () => {
    const summit = engineOf({
      "d_summit.txt": ` date 2025-10-03 Leaders meet in Sheki
President Ilham Aliyev received Prime Minister Shehbaz Sharif at the Sheki palace on Thursday.
Interior Minister Mohsin Naqvi and Information Minister Attaullah Tarar accompanied the Prime Minister.
The two leaders discussed silk tourism, water management and a direct cargo flight.
`,
    });
    const id = summit.store.passages.findIndex((passage) =>
      passage.text.startsWith("The two leaders discussed"),
    );
    const carried = carriedTerms(summit.store, id);
    for (const term of analyzeText("Aliyev Sharif Sheki")) expect(carried.has(term)).toBe(true);
    const result = askQuestion(summit, "what did aliyev and sharif talk about in sheki");
    expect(result.excerpts[0]?.text).toContain("silk tourism");
  });

  it("answers who went with someone from a sentence that names the meeting just told", () => {
    const result = askQuestion(engine, "who went with qureshi to the gwadar meeting");
    expect(result.status).toBe("answered");
    expect(result.answer).toContain("Rashid Baloch");
  });

  it("reads a definite mention of a kind the question asks about as the thing named just before", () => {
    const asked = kindsAsked(new Set(analyzeText("who signed the fisheries memorandum")));
    expect(mentionsAskedKind("The document was signed in Quetta by two ministers.", asked)).toBe(true);
    expect(mentionsAskedKind("Both ministers signed the agreement.", asked)).toBe(true);
    // Another kind ("the meeting") or no definite mention ("a document") is not that thing.
    expect(mentionsAskedKind("The meeting was held in Quetta.", asked)).toBe(false);
    expect(mentionsAskedKind("A document was signed in Quetta.", asked)).toBe(false);
    expect(
      mentionsAskedKind("The document was signed.", kindsAsked(new Set(analyzeText("who attended")))),
    ).toBe(false);
  });

  it("answers who signed a document from the sentence naming the signers of 'the document'", () => {
    const signing = engineOf({
      "e_fish.txt": ` date 2025-03-12 Fisheries memorandum signed
The Marine Fisheries Department of the Republic of Azerbaijan and the Fisheries Board of Pakistan have signed a fisheries memorandum of understanding on sturgeon farming, officials said.
The document was signed in Karachi by Deputy Minister Orkhan Valiyev and Board Chairman Tariq Mahmood Soomro.
Under the memorandum, trainees from both sides will visit hatcheries.
`,
    });
    const result = askQuestion(signing, "who signed the fisheries memorandum for pakistan");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("Tariq Mahmood Soomro");
    expect(result.answer).not.toContain("Marine Fisheries Department");
  });

  it("reads a definite common noun as the name it qualified a few sentences before", () => {
    const trainers = engineOf({
      "f_trainers.txt": ` date 2025-05-02 Trainers delivered
The first six KX-9 Falcon basic trainer jets built in Risalpur have arrived at Ganja airfield, officials said.
A ceremony was held at the airfield on Thursday.
The ministry denied that the jets carried any weapons systems.
Forty cadets will train on them.
`,
      "g_fair.txt": ` date 2025-06-02 Weapons fair opens
A weapons systems fair opened in Karachi with exhibitors from twelve countries.
`,
    });
    const idOf = (text: string): number =>
      trainers.store.passages.findIndex((passage) => passage.text.startsWith(text));
    const repeated = namesRepeatedByNoun(trainers.store, idOf("The ministry denied"));
    for (const term of analyzeText("KX-9 Falcon")) expect(repeated.has(term)).toBe(true);
    // "the airfield" is Ganja's, not the jets'; a sentence with no definite noun repeats nothing.
    const airfield = namesRepeatedByNoun(trainers.store, idOf("A ceremony was held"));
    expect(airfield.has(analyzeText("Ganja")[0] ?? "")).toBe(true);
    expect(airfield.has(analyzeText("Falcon")[0] ?? "")).toBe(false);
    expect(namesRepeatedByNoun(trainers.store, idOf("Forty cadets")).size).toBe(0);
    // The denial names the KX-9 only as "the jets"; the sentence naming it says nothing of weapons.
    const result = askQuestion(trainers, "did the kx-9 carry weapons");
    expect(result.answer).toMatch(/^No\b/u);
    expect(result.excerpts[0]?.text).toContain("denied that the jets");
  });

  it("reads the noun that opens a sentence ('The second aircraft') as the name it qualified", () => {
    const flights = engineOf({
      "h_aid.txt": ` date 2025-08-20 Aid flights
The tents were loaded onto two An-124 cargo aircraft at the airport in Baku on Tuesday.
The first aircraft landed in Karachi early on Wednesday.
The second aircraft will fly to Sukkur on Thursday.
`,
      "i_other.txt": ` date 2025-08-22 Shipping line
A shipping line will link Gwadar with the port of Alat from October.
`,
    });
    const second = flights.store.passages.findIndex((passage) =>
      passage.text.startsWith("The second aircraft"),
    );
    for (const term of analyzeText("An-124"))
      expect(namesRepeatedByNoun(flights.store, second).has(term)).toBe(true);
  });

  it("still needs a specific act to be found: a report of talks does not say what was signed", () => {
    expect(askQuestion(engine, "what did qureshi and jabbarov sign").status).toBe("no_answer");
  });
});

describe("what the question asks", () => {
  it("reads a reporting verb anywhere in a what-did question, and 'what came out of', as the content asked", () => {
    expect(detectAnswerType("what did they talk about in gwadar")).toBe("content");
    expect(detectAnswerType("what came out of the gwadar meeting")).toBe("content");
    expect(detectAnswerType("what did the ministers agree on tuesday")).toBe("content");
  });

  it("reads a verb and its particle as WordNet's phrasal verb", () => {
    const words = analysed("what did the ministers go over in gwadar").generalWords;
    expect(words.find((word) => word.word === "go")?.lemma).toBe("go over");
  });

  it("reads a rare dictionary word one key from a common word the archive uses as a slip", () => {
    // "discus" is a word (a disc), but a rare one, and "discuss", one key away, is what the archive uses.
    const words = analysed("what did officials discus about the route").generalWords;
    expect(words.find((word) => word.word === "discus")).toMatchObject({ lemma: "discuss", corrected: true });
  });

  it("counts what 'how many KINDS OF x' asks about, not the kinds", () => {
    expect(analysed("how many kinds of fabric does the deal cover").focus).toContain(
      analyzeText("fabric")[0],
    );
  });

  it("reads money questions, size questions and questions about what is yet to come", () => {
    expect(analysed("what is the value of the textile agreement")).toMatchObject({
      answerType: "number",
      asksAmount: true,
    });
    expect(analysed("how big was the textile deal").asksSize).toBe(true);
    expect(analysed("when will the engineers survey the route").asksFuture).toBe(true);
    expect(analysed("when did the ministers meet").asksFuture).toBe(false);
    // A "planning conference" was held; "planning to" tells what is yet to come.
    expect(analysed("when was the caspian eagle planning conference in baku").asksFuture).toBe(false);
    expect(analysed("when is pakistan planning to open the consulate").asksFuture).toBe(true);
    expect(analysed("what are they planning for the anniversary").asksFuture).toBe(true);
  });
});

describe("answer spans that are what they claim", () => {
  it("finds lists of three or more, bare or introduced", () => {
    expect(listPhrase("It covers cotton, yarn and dyed fabric.")).toContain("cotton, yarn and dyed fabric");
    expect(listPhrase("They agreed on political, economic, defence, and cultural ties.")).toContain(
      "economic, defence, and cultural",
    );
    expect(listPhrase("They met in Baku and Ganja.")).toBeNull();
  });

  it("does not count 'the two countries' as a count", () => {
    const question = { answerType: "number" as const };
    expect(findAnswerSpan("The two countries signed it.", question, new Set())).toBeNull();
    expect(findAnswerSpan("They signed the fourth protocol.", question, new Set())).toBe("fourth protocol");
  });

  it("answers a money question with a sum, and abstains without one", () => {
    const worth = askQuestion(engine, "how much is the textile agreement worth");
    expect(worth.status).toBe("answered");
    expect(worth.answer).toContain("$40 million");
    expect(askQuestion(engine, "how much will the rail corridor cost").status).toBe("no_answer");
  });

  it("dates what is yet to come only from a sentence about the future", () => {
    const survey = askQuestion(engine, "when will engineers survey the freight route");
    expect(survey.status).toBe("answered");
    expect(survey.answer.toLowerCase()).toContain("next spring");
    // The meeting is past: its date does not say when Jabbarov will next come.
    expect(askQuestion(engine, "when will jabbarov visit gwadar again").status).toBe("no_answer");
  });
});

describe("the event the story opened with", () => {
  const summit = (): ReturnType<typeof engineOf> =>
    engineOf({
      "s.txt": ` date 2025-07-04 Summit in Shusha
A trilateral summit of Azerbaijan, Turkiye and Pakistan was held in Shusha on Friday.
The leaders discussed regional connectivity and energy security.
The next summit is expected to be held in Islamabad.
`,
    });

  it("reads 'the next summit' as the trilateral summit of the lead, for a yes/no question", () => {
    const result = askQuestion(summit(), "is the next trilateral summit going to be in islamabad");
    expect(result.answer).toMatch(/^Yes — The next summit is expected to be held in Islamabad/u);
  });

  it("answers 'what time' only with a time of day", () => {
    const result = askQuestion(summit(), "what time was the trilateral summit in shusha held");
    expect(result.status).toBe("no_answer");
    expect(result.reason).toMatch(/time of day/u);
  });
});

describe("a deadline agreed", () => {
  it("dates what was agreed to be done by a date, and only that", () => {
    const study = engineOf({
      "f.txt": ` date 2025-04-28 Ministers meet online
Energy Minister Awais Leghari and Energy Minister Parviz Shahbazov held a video meeting on Monday.
The two ministers agreed to finalise the feasibility study by June.
`,
    });
    expect(askQuestion(study, "when will the feasibility study be finished").answer).toMatch(/^June —/u);
    expect(askQuestion(study, "when will leghari and shahbazov meet again").status).toBe("no_answer");
  });
});

describe("a sentence that tells only that a meeting took place", () => {
  it("does not answer what was talked about: the sentence after it does", () => {
    const expo = engineOf({
      "x.txt": ` date 2024-09-26 Ministers meet at expo
Defence Production Minister Raza Harraj and Defence Industry Minister Vugar Mustafayev held talks on the sidelines of the ADEX exhibition on Wednesday.
The two ministers discussed joint production of armoured vehicles and ammunition.
`,
    });
    const result = askQuestion(expo, "what did harraj and mustafayev talk about at adex");
    expect(result.excerpts[0]?.text).toMatch(/^The two ministers discussed joint production/u);
  });
});

describe("a surname alone", () => {
  it("stands for the full name the article gives elsewhere", () => {
    const engine = engineOf({
      "en1.txt": ` date 2025-03-24 Pakistan Day in Baku
The Embassy of Pakistan held a reception in Baku on Sunday to mark Pakistan Day.
The reception was hosted by Pakistan's Ambassador to Azerbaijan Tariq Mehmood Kasuri and his wife.
Guests included ministers, diplomats and members of the Pakistani community.
Kasuri, a career diplomat who took up his post in Baku in May 2024, previously served in Ankara.
`,
      "en2.txt": ` date 2025-03-26 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
    });
    const result = askQuestion(engine, "when did tariq mehmood kasuri take up his post in baku");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^May 2024 — Kasuri, a career diplomat/u);
  });
});
