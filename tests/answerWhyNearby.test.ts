/**
 * Why-questions whose report tells the event in one sentence and why in the one beside it: the
 * sentence stating the reason answers, and the event's sentence is quoted after it.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { headlineNounsOf, purposeInReport, reasonNearby } from "../src/answer/spanNearby.js";
import { engineOf } from "./support/answerFixtures.js";
import { analyzeText } from "../src/text/terms.js";

const engine = engineOf({
  "a_band.txt": ` date 2025-04-02 Navy band plays in Ganja
The band of the Pakistan Navy performed in Ganja on the occasion of the city's founding day, the embassy said.
Twelve musicians of the band marched through the old square of Ganja for an hour, playing folk tunes.
The mayor of Ganja received the conductor later in the day.
`,
  "b_sheki.txt": ` date 2025-03-20 Rauf in Sheki
Minister Imran Rauf met Governor Leyla Aliyeva in Sheki on Tuesday.
Rauf conveyed greetings to Aliyeva and the people of Sheki on the Novruz holiday.
`,
  "d_survey.txt": ` date 2025-05-14 Surveyors for Aghjabadi
ISLAMABAD: A team of 12 Pakistani surveyors will map farmland in the Aghjabadi district next month, officials said.
The surveyors will work for three months with the state land agency and its engineers.
`,
  "e_vets.txt": ` date 2025-07-01 Pakistani vets in Gabala
A team of Pakistani army vets treated forty horses in Gabala during a week-long mission.
The twelve-member team came from the Remount Veterinary Corps in Sargodha.
The oldest patient was a twenty-year-old stallion from Sheki.
The team was led by Colonel Dr Asma Khan.
She said the mission was meant to train local vets in equine surgery.
`,
  "f_review.txt": ` date 2025-02-01 A year of ties
In March, Pakistani doctors treated children in Sheki.
In May, Minister Rauf announced he would visit Sheki.
The main goal of his visit is to open a trade office.
`,
  "c_quarry.txt": ` date 2025-01-10 Quarry opens near Quetta
A marble quarry opened near Quetta on Monday.
The site was chosen because of its rail link to Karachi.
`,
});

function passageOf(text: RegExp): number {
  const passage = engine.store.passages.find((candidate) => text.test(candidate.text));
  if (passage === undefined) throw new Error(`no passage matches ${text}`);
  return passage.id;
}

describe("a reason stated beside the event", () => {
  it("answers 'why' with the lead's occasion when the best match only tells the march", () => {
    // The march sentence matches every word of the question; only the lead says why they played.
    const result = askQuestion(engine, "why did twelve musicians march through the old square");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/on the occasion of the city's founding day/u);
    expect(result.excerpts[1]?.text).toMatch(/Twelve musicians/u);
  });

  it("does not take a greeting's occasion for the reason of the meeting beside it", () => {
    const meeting = passageOf(/^Minister Imran Rauf met/u);
    expect(reasonNearby(engine.store, meeting, new Set(["rauf", "sheki"]))).toBeNull();
  });

  it("takes the reason of a sentence that refers back to the event, though it repeats no name", () => {
    const opening = passageOf(/^A marble quarry opened/u);
    expect(reasonNearby(engine.store, opening, new Set(["marbl"]))?.span).toMatch(
      /^because of its rail link/u,
    );
  });
});

describe("a place given by the sentence referred back to", () => {
  it("answers 'where' from the sentence 'the surveyors' refers to, quoted after the one it answers", () => {
    // "The surveyors will work ..." matches the question best but names no place.
    const result = askQuestion(engine, "where will the pakistani surveyors work with the land agency");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Aghjabadi — .*in the Aghjabadi district/u);
    expect(result.excerpts[0]?.text).toMatch(/^The surveyors will work/u);
    expect(result.excerpts[1]?.text).toMatch(/in the Aghjabadi district/u);
  });
});

describe("a purpose the report states of its event", () => {
  it("answers from 'the mission was meant to', four sentences after the lead that tells the mission", () => {
    const result = askQuestion(engine, "why did the pakistani army vets go to gabala");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^To train local vets in equine surgery/u);
  });

  it("does not take the purpose of another event of a review ('the main goal of his visit')", () => {
    const treated = passageOf(/^In March, Pakistani doctors/u);
    expect(purposeInReport(engine.store, treated, new Set(analyzeText("doctors children Sheki")))).toBeNull();
    const mission = passageOf(/^A team of Pakistani army vets/u);
    expect(purposeInReport(engine.store, mission, new Set(analyzeText("mission")))?.span).toBe(
      "to train local vets in equine surgery",
    );
  });
});

describe("a purpose stated of the event by the name its headline gives it", () => {
  const drill = engineOf({
    "g_zarb.txt": ` date 2025-05-18 Rangers wrap up Zarb-2025 drill in Chitral
Rangers of Pakistan and Uzbekistan on Saturday completed a ten-day joint exercise, Zarb-2025, in the Chitral valley.
The exercise opened on 3 May at a range near Drosh.
A total of 120 rangers took part, the army said.
According to the army, the aim of the drill was to practise mountain rescue and to build trust between the two forces.
`,
  });
  const lead = drill.store.passages.findIndex((passage) => /^Rangers of Pakistan/u.test(passage.text));

  it("reads the noun the headline puts after the event's name as a name of the event", () => {
    const nouns = headlineNounsOf(drill.store, lead, new Set(analyzeText("Zarb")));
    expect([...nouns]).toEqual(analyzeText("drill"));
    expect(headlineNounsOf(drill.store, lead, new Set(analyzeText("Chitral"))).size).toBe(0);
    // The lead's own words do not name "the drill"; the headline's noun does.
    const leadTerms = new Set(drill.store.passages[lead]?.terms ?? []);
    expect(purposeInReport(drill.store, lead, leadTerms)).toBeNull();
    expect(purposeInReport(drill.store, lead, new Set([...leadTerms, ...nouns]))?.span).toMatch(
      /^to practise mountain rescue/u,
    );
  });

  it("answers what the exercise was for", () => {
    const result = askQuestion(drill, "what was the purpose of the zarb 2025 exercise");
    expect(result.answer).toMatch(/^To practise mountain rescue/u);
  });
});

describe("a reason stated of the sale beside the event", () => {
  it("reads 'the sale' as the deal the report tells, so its stated aim answers", () => {
    const sale = engineOf({
      "h_trainers.txt": ` date 2025-08-12 Azerbaijan orders K-8 trainers
Azerbaijan has signed a contract with Pakistan for ten K-8 trainer jets, the defence ministry said on Monday.
The jets will be assembled at Kamra over two years.
Officials in Islamabad said the sale was aimed at "renewing the training fleet of a friendly air force".
Azerbaijan becomes the fourth foreign user of the K-8.
`,
    });
    const result = askQuestion(sale, "why does azerbaijan want the k-8");
    expect(result.answer).toMatch(/renewing the training fleet/u);
  });
});
