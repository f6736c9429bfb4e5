/**
 * Who and where, on a small archive of our own: a capitalised run ending in an ordinary noun names
 * an institution, not the person asked for; a sentence set in a city is set in its country.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, explainQuestion } from "../src/answer/ask.js";
import { findAnswerSpan } from "../src/answer/answerSpan.js";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { expandQuery } from "../src/answer/queryExpansion.js";
import { officeHolderTerms } from "../src/answer/discourse.js";
import { countryAsked } from "../src/answer/officeCountry.js";
import { analyzeText } from "../src/text/terms.js";
import { instanceTermsOf, kindTermsOf } from "../src/text/domainInstances.js";
import { placeWithin } from "../src/meetings/regions.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "a_handover.txt": ` date 2025-10-06 Trainers handed over
The Pakistan Naval Academy on Monday handed over two patrol boats bought by Azerbaijan at a ceremony in Karachi.
Rear Admiral Tariq Jamali handed over the boats to the Azerbaijani Coast Guard commander, Captain Elvin Rzayev.
`,
  "b_visit.txt": ` date 2025-11-12 Minister in Lahore
Azerbaijani Culture Minister Adil Karimli opened a carpet exhibition in Lahore on Tuesday.
`,
  "c_trip.txt": ` date 2025-12-02 Envoy in Multan
Ambassador Khazar Farhadov visited Multan on Friday to open a honorary consulate.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

describe("a person named with the body the question names", () => {
  it("is the rest of the name after it", () => {
    const question = analysedIn(engine, "who else was at the ncb ceremony");
    expect(question.terms).not.toContain("els");
    expect(
      findAnswerSpan("NCB Chairman Dr Sana Malik was also present.", question, new Set(question.terms)),
    ).toBe("Chairman Dr Sana Malik");
  });
});

describe("the holder of another office", () => {
  it("is no holder of the office asked", () => {
    const sentence = "Azerbaijan's Minister of Defence Industry Vugar Mustafayev visited Taxila on Tuesday.";
    const agriculture = analysedIn(engine, "who is azerbaijans minister of agriculture");
    expect(findAnswerSpan(sentence, agriculture, new Set(agriculture.terms))).toBeNull();
    const industry = analysedIn(engine, "who is azerbaijans minister of defence industry");
    expect(findAnswerSpan(sentence, industry, new Set(industry.terms))).toBe("Vugar Mustafayev");
  });
});

describe("the holder of an office named second of two", () => {
  it("is found after the 'and' that joins two titled names", () => {
    const question = analysedIn(engine, "who is azerbaijans energy minister");
    expect(
      findAnswerSpan(
        "Federal Minister for Energy Awais Leghari and Azerbaijan's Minister of Energy Parviz Shahbazov met on Monday.",
        question,
        new Set(question.terms),
      ),
    ).toBe("Parviz Shahbazov");
  });
});

describe("a reason", () => {
  it("is what something helps do, and what one is thanked for; not what an agreement is for, nor a price's close", () => {
    const question = analysedIn(engine, "why did the refinery buy azeri crude");
    const span = (sentence: string): string | null =>
      findAnswerSpan(sentence, question, new Set(question.terms));
    expect(span("The refinery said the deal would help diversify its crude sources.")).toMatch(
      /^help diversify/u,
    );
    expect(span("Aliyev thanked Pakistan for the support it gave.")).toMatch(/^for the support/u);
    expect(span("The refinery signed an agreement with SOCAR for the supply of crude.")).toBeNull();
    expect(span("The refinery's share price rose 4.2 percent to close at Rs31.60.")).toBeNull();
  });
});

describe("why a greeting was sent", () => {
  it("is the occasion it names", () => {
    const question = analysedIn(engine, "why did sharif send felicitations to aliyev");
    expect(
      findAnswerSpan(
        "Sharif conveyed warm felicitations to Aliyev on the Independence Day of Azerbaijan.",
        question,
        new Set(question.terms),
      ),
    ).toBe("on the Independence Day of Azerbaijan");
  });
});

describe("where someone went", () => {
  it("is the place of the trip, whatever the sentence calls it", () => {
    const trips = engineOf({
      "t1.txt": ` date 2025-04-02 Envoy's mission
Envoy Rashad Guliyev's mission to Multan ended on Friday after talks on textiles and farm exports.
`,
      "t2.txt": ` date 2025-04-09 Envoy on farming
Envoy Rashad Guliyev said the grape harvest would be larger than last year, helped by a warm spring.
`,
      "t3.txt": ` date 2025-04-11 Markets
Traders expect prices of dried fruit to fall after the harvest.
`,
    });
    expect(analysedIn(trips, "where did guliyev travel to").asksDestination).toBe(true);
    expect(analysedIn(trips, "where did guliyev sign the deal").asksDestination).toBeUndefined();
    const result = askQuestion(trips, "where did guliyev travel to");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Multan/u);
  });
});

describe("who handed it over", () => {
  it("takes no institution for a person", () => {
    const question = analysedIn(engine, "who handed over the boats");
    const terms = new Set(question.terms);
    expect(
      findAnswerSpan("The Pakistan Naval Academy on Monday handed over two boats.", question, terms),
    ).toBeNull();
    expect(findAnswerSpan("Rear Admiral Tariq Jamali handed over the boats.", question, terms)).toMatch(
      /Tariq Jamali/u,
    );
  });

  it("answers with the person, not the institution", () => {
    const result = askQuestion(engine, "who handed over the patrol boats to the azerbaijani commander");
    expect(result.status).toBe("answered");
    expect(result.answer).not.toMatch(/^Pakistan Naval Academy/u);
    expect(result.answer).toMatch(/Tariq Jamali/u);
  });
});

describe("a city stands for its country", () => {
  it("answers a yes/no question about a country from a sentence naming its city", () => {
    const result = askQuestion(engine, "was karimli in pakistan in november");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Yes — .*Lahore/u);
  });
});

describe("a general verb reaches its specific kinds", () => {
  it("reads the verb after 'did' and a lower-case name as a verb, not a noun", () => {
    const travel = analysedIn(engine, "did farhadov travel to multan").generalWords.find(
      (word) => word.word === "travel",
    );
    expect(travel?.pos).toBe("verb");
  });

  it("expands the verb through its verb senses first: travel reaches visit", () => {
    const question = analysedIn(engine, "did farhadov travel to multan");
    const expanded = expandQuery(question, engine.store, defaultWordKnowledge());
    const alternatives = expanded.alternatives.get(analyzeText("travel")[0] ?? "") ?? [];
    expect(alternatives.map((alternative) => alternative.term)).toContain(analyzeText("visit")[0]);
  });
});

describe("a name in nearly every article of a small archive", () => {
  const pages: Record<string, string> = {};
  for (const [index, city] of ["Quetta", "Sukkur", "Gilgit", "Hunza", "Skardu"].entries()) {
    pages[`p${index}.txt`] = ` date 2025-0${index + 1}-10 Tour ${city}
Prime Minister Shehbaz Sharif praised the people of the north on a tour with the media.
`;
  }
  pages["p0.txt"] = ` date 2025-03-10 Sharif tours Quetta
Prime Minister Shehbaz Sharif opened a water plant in Quetta on Monday.
Sharif's government praised the people of Balochistan's hiking clubs for their media work.
`;

  it("is still searched: 'did sharif go to quetta in march' finds the sentence placing him there", () => {
    const small = engineOf(pages);
    const result = askQuestion(small, "did sharif go to quetta in march");
    expect(result.answer).toMatch(/^Yes — Prime Minister Shehbaz Sharif opened a water plant in Quetta/u);
  });
});

describe("purposes", () => {
  it("does not read what a verb of will takes as a purpose: 'agreed to deepen'", () => {
    const question = analysedIn(engine, "why did they meet");
    expect(
      findAnswerSpan("The two leaders agreed to deepen cooperation in trade.", question, new Set()),
    ).toBeNull();
    expect(findAnswerSpan("He flew to Baku to attend the parade.", question, new Set())).toMatch(
      /^to attend/u,
    );
  });
});

describe("who did it", () => {
  it("takes a name beside another deed for no doer of the deed asked about", () => {
    const deeds = engineOf({
      "d_pact.txt": ` date 2025-01-27 Pact signed
Mr Kamran Lodhi praised the new shipping pact at a dinner in Baku.
Later in the week the shipping pact was signed by Commerce Minister Tariq Bhatti, officials said.
`,
    });
    const { explanation } = explainQuestion(deeds, "who signed the shipping pact");
    const praise = explanation?.ranked.find((judgement) => judgement.text.startsWith("Mr Kamran Lodhi"));
    const signing = explanation?.ranked.find((judgement) => judgement.text.startsWith("Later in the week"));
    expect(praise?.holdsKind).toBe(false);
    expect(signing?.holdsKind).toBe(true);
  });
});

describe("which city", () => {
  it("is answered by a city the gazetteer knows, though the sentence never says 'city'", () => {
    const houses = engineOf({
      "e_house.txt": ` date 2025-10-08 Trade house
Azerbaijan will open a trade house in Lahore next year, its economy minister said.
`,
      "f_house.txt": ` date 2025-10-09 Council meets
The Pakistan-Azerbaijan Council discussed trade houses and a new business forum.
`,
    });
    const result = askQuestion(houses, "which pakistani city will get the azerbaijani trade house");
    expect(result.excerpts[0]?.text).toMatch(/in Lahore/u);
  });
});

describe("who went with someone", () => {
  it("reads 'went along with' as WordNet's 'go with' (accompany)", () => {
    const went = analysedIn(engine, "who went along with karimli to lahore").generalWords.find(
      (word) => word.word === "went",
    );
    expect(went?.lemma).toBe("go with");
  });

  it("takes an office as the person when the sentence's subject is named by it", () => {
    const question = analysedIn(engine, "who went with karimli to lahore");
    expect(
      findAnswerSpan(
        "The culture secretary is accompanying Minister Adil Karimli on his visit.",
        question,
        new Set(),
      ),
    ).toBe("the culture secretary");
  });
});

describe("who reported it", () => {
  it("answers with the source the report is attributed to", () => {
    const question = analysedIn(engine, "who reported on the karimli visit");
    expect(question.asksSource).toBe(true);
    expect(
      findAnswerSpan(
        "According to the Ministry of Culture, Karimli met artists during the visit.",
        question,
        new Set(question.terms),
      ),
    ).toBe("Ministry of Culture");
    expect(findAnswerSpan("Karimli met artists, the Culture Ministry said.", question, new Set())).toBe(
      "Culture Ministry",
    );
  });
});

describe("a city named second of a pair of places", () => {
  it("is a place where something happens ('between Lahore and Baku')", () => {
    const flights = engineOf({
      "p.txt": ` date 2026-02-02 PIA to fly to Baku
Pakistan International Airlines (PIA) will launch direct flights between Lahore and Baku from March 15, the carrier announced.
The airline will operate two flights a week, on Tuesdays and Saturdays.
`,
    });
    const result = askQuestion(flights, "Is PIA starting flights to Baku?");
    expect(result.answer).toMatch(/^Yes/u);
    expect(result.excerpts[0]?.text).toMatch(/^Pakistan International Airlines/u);
  });
});

describe("an ambassador", () => {
  const envoys = engineOf({
    "e1.txt": ` date 2025-05-02 Trade fair in Lahore
Azerbaijan's Ambassador to Pakistan Khazar Farhadov opened the trade fair in Lahore on Friday.
`,
    "e2.txt": ` date 2025-06-12 Envoy in Baku
Pakistan's Ambassador to Azerbaijan Qasim Mohiuddin met officials of the economy ministry in Baku.
`,
  });

  it("is named after the country he is posted to, and serves the one that owns the title", () => {
    expect(askQuestion(envoys, "who is azerbaijan's ambassador in pakistan").answer).toMatch(
      /^Khazar Farhadov/u,
    );
    expect(askQuestion(envoys, "who is pakistan's ambassador to azerbaijan").answer).toMatch(
      /^Qasim Mohiuddin/u,
    );
  });
});

describe("a person named by office", () => {
  it("is the holder the article names after that title", () => {
    const visit = engineOf({
      "v.txt": ` date 2025-04-22 Talks in Gabala
Prime Minister Muhammad Shehbaz Sharif held talks with President Ilham Aliyev in Gabala on Tuesday.
The two sides signed six agreements on energy and transport.
Aliyev accepted the Prime Minister's invitation to pay a state visit to Islamabad later in the year.
Pakistan and Azerbaijan will hold their next round of talks in Baku.
`,
    });
    const id = visit.store.passages.findIndex((passage) => passage.text.startsWith("Aliyev accepted"));
    expect(officeHolderTerms(visit.store, id)).toEqual(
      expect.arrayContaining([...analyzeText("Shehbaz Sharif")]),
    );
    const result = askQuestion(visit, "did aliyev accept shehbaz's invitation to visit pakistan");
    expect(result.answer).toMatch(/^Yes — Aliyev accepted the Prime Minister's invitation/u);
  });
});

describe("whose office", () => {
  it("does not take another country's minister for the asked country's", () => {
    const ministers = engineOf({
      "m1.txt": ` date 2025-03-01 Talks in Pakistan
During his stay in Pakistan, Foreign Minister Elmar Hasanli held talks with officials.
`,
      "m2.txt": ` date 2025-03-02 Minister returns
Azerbaijani Foreign Minister Elmar Hasanli returned to Baku on Sunday.
`,
      "m3.txt": ` date 2025-03-03 Minister speaks
Foreign Minister Sadia Khan welcomed Minister Hasanli to Pakistan.
`,
    });
    expect(askQuestion(ministers, "who is pakistan's foreign minister").answer).toMatch(/^Sadia Khan/u);
    expect(askQuestion(ministers, "who is azerbaijan's foreign minister").answer).toMatch(/^Elmar Hasanli/u);
    // The adjective binds the office as the possessive does.
    expect(askQuestion(ministers, "who is the pakistani foreign minister").answer).toMatch(/^Sadia Khan/u);
  });

  it("binds the office to no country when the question names two", () => {
    expect(countryAsked(analyzeText("pakistani foreign minister"))).toBe("pakistan");
    expect(countryAsked(analyzeText("azerbaijani foreign minister pakistan"))).toBeNull();
    const visits = engineOf({
      "d1.txt": ` date 2025-01-24 Consultations in Islamabad
The Pakistani Foreign Secretary received Rauf Karimov, Azerbaijan's Deputy Foreign Minister, in Islamabad on Friday.
`,
      "d2.txt": ` date 2025-02-10 Envoy meets
Ambassador Nadir Qasimov met business leaders in Lahore.
`,
    });
    // The Azerbaijani deputy minister who came to Pakistan: not to be checked against Pakistan's offices.
    expect(
      askQuestion(visits, "who was the azerbaijani deputy foreign minister that came to pakistan").answer,
    ).toMatch(/^Rauf Karimov/u);
  });
});

describe("who did the deed asked", () => {
  it("answers 'who witnessed' with the witnesses, not the signers the same report names", () => {
    const signing = engineOf({
      "d_port.txt": ` date 2025-09-09 Port deal signed
Karachi Port Trust and Baku Sea Port on Tuesday signed a terminal management agreement.
The agreement was signed by Port Trust chairman Naveed Akhtar Shah and Baku Sea Port director Taleh Ismayilov.
Maritime Minister Junaid Anwar and Azerbaijani Transport Minister Rashad Nabiyev witnessed the signing ceremony.
`,
    });
    const question = analysedIn(signing, "who witnessed the karachi port trust signing");
    // Witnessing is being there: any word of attendance tells it ("in the presence of").
    expect(question.actTerms).toEqual(expect.arrayContaining([...analyzeText("witnessed presence")]));
    const result = askQuestion(signing, "who witnessed the karachi port trust signing");
    expect(result.excerpts[0]?.text).toContain("witnessed the signing ceremony");
    // Who signed it is still the signers.
    expect(askQuestion(signing, "who signed the karachi port trust agreement").excerpts[0]?.text).toContain(
      "signed by Port Trust chairman",
    );
  });
});

describe("a parliament the press names in its own language", () => {
  it("is a parliament: 'who is the speaker of X's parliament' finds the Speaker of the Milli Majlis", () => {
    expect(instanceTermsOf("parliament")).toEqual(expect.arrayContaining([...analyzeText("milli majlis")]));
    expect(kindTermsOf(analyzeText("majlis")[0] ?? "")).toEqual(["parliament"]);
    const engine = engineOf({
      "sp1.txt": ` date 2025-04-02 Speaker in Lahore
The Speaker of Azerbaijan's Milli Majlis, Leyla Guliyeva, visited Lahore on Tuesday at the invitation of the Punjab Assembly.
`,
      "sp2.txt": ` date 2025-04-03 Two parliaments
The Pakistani speaker said the two parliaments would exchange staff for training.
`,
      "sp3.txt": ` date 2025-04-05 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
    });
    const result = askQuestion(engine, "who is the speaker of azerbaijan's parliament");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Leyla Guliyeva/u);
  });
});

describe("a title written in lower case before the name it qualifies", () => {
  it("binds the name after the comma, the title's 'of the' and country inside it", () => {
    const engine = engineOf({
      "nv1.txt": ` date 2025-05-12 Naval cadets graduate
Twenty cadets graduated on Monday from the naval academy in Karachi.
The commander of the Azerbaijani Naval Forces, Rear Admiral Subhan Bakirov, also attended.
`,
      "nv2.txt": ` date 2025-05-14 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
    });
    const result = askQuestion(engine, "who is the commander of the azerbaijani naval forces");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Rear Admiral Subhan Bakirov —/u);
  });
});

describe("places named by their kind, and the bot's own name", () => {
  const drill = engineOf({
    "dr1.txt": ` date 2025-09-21 Drill ends
Soldiers of Pakistan and Azerbaijan on Sunday completed Dostluq-2025, a joint exercise of their special forces.
Dostluq, which means "friendship" in Azerbaijani, is the first exercise of its kind.
The exercise was held at a training range near the town of Ordubad.
`,
    "dr2.txt": ` date 2025-09-22 Markets
Traders in Ganja expect the grape harvest to be larger than last year.
`,
  });

  it("finds 'near the town of Ordubad' and not 'in Azerbaijani', a language", () => {
    const result = askQuestion(drill, "where was the dostluq exercise held");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Ordubad — /u);
  });

  it("reads 'Dostluq' as the bot addressed only at the question's start or end", () => {
    expect(analysedIn(drill, "where was the dostluq exercise held").terms).toContain("dostluq");
    expect(analysedIn(drill, "dostluq, where was the exercise held").terms).not.toContain("dostluq");
    expect(analysedIn(drill, "where was the exercise held, Dostluq?").terms).not.toContain("dostluq");
  });
});

describe("a town of a region the gazetteer lacks", () => {
  it("is in its region: a delegation 'to Karabakh' is the one that visited Aghdam and Shusha", () => {
    expect(placeWithin("AGHDAM")).toEqual({ region: "Karabakh", country: "Azerbaijan" });
    expect(placeWithin("Ganja")).toEqual({ region: null, country: "Azerbaijan" });
    expect(placeWithin("constructor")).toBeNull();
    const engine = engineOf({
      "kr1.txt": ` date 2025-11-10 Senators tour liberated towns
A delegation of the Senate of Pakistan led by Senator Rubina Qaimkhani visited Aghdam and Shusha on Saturday.
Senator Qaimkhani said Pakistan had always supported the territorial integrity of Azerbaijan.
`,
      "kr3.txt": ` date 2025-10-02 Mine clearance
Engineers cleared mines from farmland in Karabakh over the summer.
`,
      "kr2.txt": ` date 2025-11-12 Markets
Traders in Lankaran expect the tea harvest to be larger than last year.
`,
    });
    const result = askQuestion(engine, "who led the pakistani senate delegation to karabakh");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Senator Rubina Qaimkhani — A delegation of the Senate/u);
  });
});

describe("who chairs a body", () => {
  it("asks for its chairman, whom a report names 'led by its chairman X'", () => {
    const engine = engineOf({
      "a_group.txt": ` date 2025-06-10 Lawmakers in Baku
BAKU: A delegation of the Pakistan-Azerbaijan Parliamentary Friendship Group, led by its chairman MNA Arshad Warraich, held talks with the Speaker of the Milli Majlis in Baku on Tuesday.
The delegation includes Senator Farzana Baloch and MNA Usman Gondal.
`,
      "b_trade.txt": ` date 2025-05-02 Trade talks
Pakistan and Azerbaijan discussed trade and energy cooperation in Islamabad.
`,
    });
    const result = askQuestion(engine, "who chairs the pakistan azerbaijan parliamentary friendship group");
    expect(result.answer).toMatch(/^MNA Arshad Warraich — /u);
  });
});

describe("a place the question names by another spelling", () => {
  it("is not the answer: 'at GHQ' asked, 'at the General Headquarters' is no news", () => {
    const asked = new Set(analyzeText("where did valiyev lay a wreath at ghq"));
    const sentence =
      "Colonel General Karim Valiyev called on the army chief at the General Headquarters on Monday.";
    expect(findAnswerSpan(sentence, { answerType: "place" }, asked)).toBeNull();
    expect(findAnswerSpan("He laid a wreath at the Yadgar-e-Shuhada.", { answerType: "place" }, asked)).toBe(
      "Yadgar-e-Shuhada",
    );
  });
});

describe("a name where something happened", () => {
  it("is a place, not the person asked for", () => {
    const asked = new Set(analyzeText("who received the speaker"));
    const span = findAnswerSpan(
      "She was received at the Nur Khan Airbase by Federal Minister Azam Nazeer Tarar.",
      { answerType: "person" },
      asked,
    );
    expect(span).toMatch(/Azam Nazeer Tarar$/u);
  });
});
