/**
 * A question's setting ("the day AFTER THE CONSULTATIONS", "DURING HIS VISIT") places what it asks;
 * the sentence that answers often names the setting only by a reference back ("The following day,
 * ..."), while the sentence that tells the setting itself answers something else. The setting's
 * words weigh less than the words of what is asked.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "a_consultations.txt": ` date 2025-05-06 Azerbaijani delegation in Islamabad
On May 3, Pakistan's Foreign Secretary received Elnur Mammadov, Azerbaijan's Deputy Foreign Minister, for the fifth round of political consultations with Prime Minister Shehbaz Sharif's government.
These consultations covered trade, culture and tourism.
The following day, Pakistani Prime Minister Shehbaz Sharif held a meeting with Azerbaijan's Minister of Defence Industry Vugar Mustafayev.
`,
  "b_rail.txt": ` date 2025-03-10 Rail link planned
Prime Minister Shehbaz Sharif met Azerbaijan's transport minister for talks on a freight corridor through Iran.
The survey took a full working day, officials from both countries said.
`,
  "c_textile.txt": ` date 2025-04-11 Textile deal signed
Prime Minister Shehbaz Sharif met the textile minister of Azerbaijan as the two governments signed a $40 million deal.
The ceremony took a full working day, officials from both countries said.
`,
  "d_flood.txt": ` date 2025-05-12 Flood relief
Prime Minister Shehbaz Sharif met Azerbaijan's emergencies minister as tents and medicine reached Sindh.
The flight took a full working day, officials from both countries said.
`,
  "e_cricket.txt": ` date 2025-06-13 Cricket friendly
Prime Minister Shehbaz Sharif met the sports minister of Azerbaijan after a Baku club played in Lahore.
The match took a full working day, officials from both countries said.
`,
  "f_gas.txt": ` date 2025-07-14 Gas talks
Prime Minister Shehbaz Sharif met Azerbaijan's energy minister as the two sides discussed LNG cargoes.
`,
  "g_students.txt": ` date 2025-08-15 Scholarships
Prime Minister Shehbaz Sharif met the education minister of Azerbaijan as 50 scholarships were announced.
`,
  "h_port.txt": ` date 2025-10-14 Port visit
Prime Minister Shehbaz Sharif met Azerbaijan's ports minister in Gwadar.
`,
  "i_film.txt": ` date 2025-11-15 Film week
Prime Minister Shehbaz Sharif met the culture minister of Azerbaijan at a film week in Lahore.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

describe("the question's setting weighs less than what it asks", () => {
  it("answers who was met the day after the consultations with the sentence of the meeting, not of the consultations", () => {
    const result = askQuestion(
      engine,
      "which azerbaijani minister did sharif meet the day after the consultations",
    );
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("Vugar Mustafayev");
  });
});
