/**
 * "How many X" on a small archive of our own: a count answers only when it counts X (or X in other
 * words), a list answers when it lists X or when X only names a kind of thing ("how many areas"),
 * a list of place names counts countries, a span of days counts days, and "one of the" is no count.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { countOf, listIn, listsPlaces, moneyPhrase, peopleWhoDid } from "../src/answer/answerSpan.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { analyzeText } from "../src/text/terms.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "a_summit.txt": ` date 2025-03-11 Leaders gather in Tashkent
A summit of Pakistan, Azerbaijan and Uzbekistan opened in Tashkent on Monday.
Prime Minister Kamran Lodhi said the meeting was one of the most useful of the year.
`,
  "b_training.txt": ` date 2025-05-02 Pilots train in Risalpur
Azerbaijani pilots began the fourth round of flight training at Risalpur.
The course covers navigation, formation flying and night landings.
`,
  "c_visit.txt": ` date 2025-07-14 Envoy's visit
Deputy Minister Leyla Aliyeva was in Lahore on July 14-16 for talks on textiles.
The sides agreed to cooperate in farming, tourism and software.
The organisers handed out 300 brochures to the delegation.
`,
  "e_team.txt": ` date 2025-10-08 Engineers leave for Fuzuli
A team of 35 Pakistani engineers left for Fuzuli on Wednesday to repair irrigation canals.
The team also took 12 pumps and two excavators with it.
`,
  "d_tourism.txt": ` date 2025-09-30 Tourism grows
The number of Pakistani visitors to Baku rose to 9,000 in 2024, the tourism board said.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

describe("how many of a kind of person", () => {
  it("answers a count of soldiers with the count of servicemen the report gives", () => {
    const drill = engineOf({
      "f_drill.txt": ` date 2025-06-12 Mountain drill
The joint mountain exercise Eagle Peak-2025 began near Sheki on Monday with 30 helicopters and about 240 servicemen taking part.
`,
    });
    const result = askQuestion(drill, "how many soldiers took part in eagle peak");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/240 servicemen/u);
  });
});

describe("what a count counts", () => {
  const tourism = engineOf({
    "g_visit.txt": ` date 2025-08-04 Minister in Lahore
Azerbaijani Economy Minister Farid Rzayev arrived in Lahore on a three-day visit to Pakistan on Monday.
`,
    "h_tourism.txt": ` date 2025-08-20 Tourists from Pakistan
Azerbaijan has become a favourite destination, with the number of Pakistani visitors rising to 52,000 last year, the tourism board said.
`,
  });

  it("does not count visits by a visit's days, nor read a country's adjective as what is counted", () => {
    const result = askQuestion(tourism, "how many pakistani tourists visit azerbaijan");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/52,000/u);
    expect(analysedIn(tourism, "how many pakistani tourists visit azerbaijan").counted).toEqual(
      new Set(analyzeText("tourists")),
    );
  });

  it("still counts days by a day-long span", () => {
    expect(askQuestion(tourism, "how many days is rzayev in pakistan").answer).toMatch(/three-day/iu);
  });
});

describe("countOf", () => {
  it("takes a count only of what was asked", () => {
    const sentence = "Azerbaijani pilots began the fourth round of flight training at Risalpur.";
    expect(countOf(sentence, new Set(analyzeText("rounds")))).toBe("fourth round");
    expect(countOf(sentence, new Set(analyzeText("jets")))).toBeNull();
    expect(countOf(sentence, null)).not.toBeNull();
  });

  it("counts the noun after a designation, and after an ordinal", () => {
    const sentence =
      "The first four JF-17C Block III multirole fighter jets have arrived at Kurdamir air base.";
    // The designation stays whole in the count shown: not "first four JF-".
    expect(countOf(sentence, new Set(analyzeText("jets")))).toBe("first four JF-17C");
    expect(countOf(sentence, new Set(analyzeText("tanks")))).toBeNull();
  });

  it("reads a ten and a unit written with a hyphen as one number, and finds the count asked among two", () => {
    const sentence = "Thirty-six Azerbaijani cadets and 14 instructors finished the course in Risalpur.";
    expect(countOf(sentence, new Set(analyzeText("cadets")))).toBe("Thirty-six Azerbaijani cadets");
    expect(countOf(sentence, new Set(analyzeText("instructors")))).toBe("14 instructors");
  });

  it("reads a sum written with its currency's country: '3.4 million US dollars'", () => {
    expect(moneyPhrase("The clinic cost 3.4 million US dollars, the agency said.")).toBe(
      "3.4 million US dollars",
    );
    expect(moneyPhrase("The clinic opened with 40 beds.")).toBeNull();
  });

  it("ends a count on what it counts, not on the words after it", () => {
    const sentence = "Eleven pilots of the Azerbaijani Air Force graduated on Monday.";
    expect(countOf(sentence, new Set(analyzeText("pilots")))).toBe("Eleven pilots");
  });

  it("does not count people by an ordinal", () => {
    const people = (word: string): boolean => /^(?:doctors?|children|mission)$/u.test(word);
    const sentence = "This was the second such mission by the doctors abroad, after a visit to Tajikistan.";
    expect(countOf(sentence, new Set(analyzeText("children")), undefined, people)).toBeNull();
    expect(
      countOf("The first four doctors arrived.", new Set(analyzeText("children")), undefined, people),
    ).toBe("first four doctors");
  });

  it("does not read 'one of the' as a count", () => {
    expect(countOf("The meeting was one of the most useful of the year.", null)).toBeNull();
  });

  it("counts days in a span of days", () => {
    expect(countOf("She was in Lahore on July 14-16 for talks.", new Set(analyzeText("days")))).toBe("14-16");
  });
});

describe("listsPlaces", () => {
  it("knows a list of places from a list of things", () => {
    expect(listsPlaces("Pakistan, Azerbaijan and Uzbekistan")).toBe(true);
    expect(listsPlaces("navigation, formation flying and night landings")).toBe(false);
  });
});

describe("how many questions", () => {
  it("answers how many countries with the list of their names", () => {
    const result = askQuestion(engine, "how many countries met at the tashkent summit");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Pakistan, Azerbaijan and Uzbekistan —/u);
  });

  it("answers a count of a kind of thing with any list", () => {
    const result = askQuestion(engine, "how many areas did the sides agree to cooperate in");
    expect(result.answer).toMatch(/^Farming, tourism and software —/u);
  });

  it("answers how many days with the span of days", () => {
    const result = askQuestion(engine, "how many days was aliyeva in lahore");
    expect(result.answer).toMatch(/^14-16 —/u);
  });

  it("answers how long with a span of days, not asking the sentence to say 'long'", () => {
    expect(askQuestion(engine, "how long was aliyeva in lahore").answer).toMatch(/^14-16 —/u);
  });

  it("abstains when the only count counts something else", () => {
    expect(askQuestion(engine, "how many jets did the azerbaijani pilots fly at risalpur").status).toBe(
      "no_answer",
    );
  });

  it("takes a bare number for what its sentence says it is the number of", () => {
    expect(askQuestion(engine, "how many pakistani visitors went to baku in 2024").answer).toMatch(/^9,000/u);
  });

  it("reads a count of days as no sum of money, though the question says spend", () => {
    const question = analysedIn(engine, "how many days did aliyeva spend in lahore");
    expect(question.asksAmount).toBe(false);
    expect([...question.counted]).toEqual(analyzeText("days").slice(0, 1));
  });

  it("matches British -isation spellings to American ones", () => {
    expect(analyzeText("organisations")).toEqual(analyzeText("organizations"));
  });
});

describe("how many, counted in other words", () => {
  it("answers from the sentence that counts a kind of what was asked", () => {
    const jets = engineOf({
      "j.txt": ` date 2025-09-25 Jets arrive
The first four JF-17C Block III multirole fighter jets built in Pakistan have arrived at Kurdamir air base in Azerbaijan, the ministry said.
`,
      "t.txt": ` date 2025-09-01 Trade talks
Pakistan and Azerbaijan said bilateral trade was far below its potential.
`,
    });
    const result = askQuestion(jets, "how many planes from pakistan have landed in azerbaijan");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/four/u);
  });
});

describe("how many were done the deed asked", () => {
  it("answers from the count of the deed the question names, not from another count of the same people", () => {
    const course = engineOf({
      "k_course.txt": ` date 2025-04-11 Uzbek pilots finish K-8 course
Nine pilots of the Uzbek Air Force graduated on Friday from the K-8 operational conversion course at PAF Base Risalpur, the Pakistan Air Force said.
The pilots completed five months of training on the K-8, including aerobatics and night flying.
It was the second such course for Uzbek pilots in Pakistan. A PAF spokesman said 25 Uzbek pilots had now been trained on the type.
`,
    });
    const question = "how many uzbek pilots have been trained on the k-8 in pakistan";
    expect(analysedIn(course, question).actTerms).toEqual(analyzeText("trained"));
    expect(askQuestion(course, question).answer).toMatch(/^25 Uzbek pilots/u);
  });
});

describe("how many people", () => {
  it("is answered by a count of a kind of person, by the dictionary's broader terms", () => {
    const question = analysedIn(engine, "how many people went to fuzuli");
    expect(question.countsAsPeople?.("engineers")).toBe(true);
    expect(question.countsAsPeople?.("pumps")).toBe(false);
    const counted = new Set(question.counted);
    expect(
      countOf(
        "A team of 35 Pakistani engineers left for Fuzuli.",
        counted,
        undefined,
        question.countsAsPeople,
      ),
    ).toMatch(/^35/u);
    expect(
      countOf("The team took 12 pumps with it.", counted, undefined, question.countsAsPeople),
    ).toBeNull();
    const result = askQuestion(engine, "how many people did pakistan send to fuzuli");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^35 Pakistani engineers/u);
  });

  it("is asked only by a question counting people", () => {
    expect(analysedIn(engine, "how many pumps went to fuzuli").countsAsPeople).toBeUndefined();
  });
});

describe("which X, for several X", () => {
  it("is answered by a list whose head names them, not by any list", () => {
    const goods = engineOf({
      "e_pta.txt": ` date 2025-02-02 Trade pact
Under the pact, Pakistani rice, mangoes, bandages and football goods will enter Azerbaijan at lower duties.
The ministers met in Baku, Ganja and Sheki over three days.
`,
    });
    expect(analysedIn(goods, "which pakistani products get lower duties").asksSeveral).toBe(true);
    expect(askQuestion(goods, "which pakistani products get lower duties").excerpts[0]?.text).toMatch(
      /^Under the pact/u,
    );
  });
});

describe("a list that its clause's subject is", () => {
  const sentence =
    "The chief goods Uzbekistan bought from Pakistan last year were cotton, dried apricots, carpets and raw silk, the agency said.";

  it("is named by the subject, the verb saying what it is left out of its items", () => {
    const list = listIn(sentence);
    expect(list?.items).toBe("cotton, dried apricots, carpets and raw silk");
    expect(list?.head).toMatch(/\bgoods\b/u);
  });

  it("answers 'what goods' before a sentence naming goods of another kind", () => {
    const trade = engineOf({
      "w_trade.txt": ` date 2025-02-14 Trade with Uzbekistan
${sentence}
`,
      "x_aid.txt": ` date 2025-02-20 Aid for Uzbekistan
Uzbekistan will buy relief goods, including tents, blankets and food packs, from Pakistan for the flood victims, the minister said.
`,
    });
    expect(askQuestion(trade, "what goods does uzbekistan buy from pakistan").excerpts[0]?.text).toBe(
      sentence,
    );
  });
});

describe("how much something meant", () => {
  it("asks how significant it was, which a size or rank answers", () => {
    const deal = engineOf({
      "y_deal.txt": ` date 2025-08-12 K-8 deal signed
Azerbaijan signed a contract with Pakistan for ten K-8 trainer jets on Monday.
It was the largest defence deal between Azerbaijan and Pakistan, officials said.
`,
    });
    const question = "how much did the k-8 deal mean for azerbaijan";
    expect(analysedIn(deal, question).asksSize).toBe(true);
    expect(askQuestion(deal, question).answer).toMatch(/^The largest defence deal/u);
  });
});

describe("how many people did the deed", () => {
  const welcome = engineOf({
    "z_welcome.txt": ` date 2025-01-20 Bayramov in Islamabad
During his stay in Pakistan, Foreign Minister Jeyhun Bayramov had a series of meetings with senior Pakistani officials.
President Asif Ali Zardari and Foreign Minister Ishaq Dar warmly welcomed Minister Bayramov.
`,
  });

  it("is answered by the named people the sentence says did it together", () => {
    const result = askQuestion(welcome, "how many pakistani leaders welcomed bayramov");
    expect(result.answer).toMatch(/^Two: President Asif Ali Zardari and Foreign Minister Ishaq Dar —/u);
  });

  it("does not count named people doing another deed", () => {
    const question = analysedIn(welcome, "how many pakistani leaders welcomed bayramov");
    expect(
      peopleWhoDid("President Asif Ali Zardari and Foreign Minister Ishaq Dar met the press.", question),
    ).toBeNull();
  });
});
