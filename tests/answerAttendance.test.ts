/**
 * "Who was present when they signed", "who was at the ceremony": those a report names after "in the
 * presence of" or "guests included" answer, not the signers or the host named first.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { afterAttendanceCue, asksAttendance } from "../src/answer/attendance.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../src/search/engine.js";
import { analyzeText } from "../src/text/terms.js";
import { analysedIn, plainArticle as article } from "./support/answerFixtures.js";

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = buildAnswerEngine([
    article("grain", [
      "Karavan Foods and the Indus Grain Board agreed on Monday to ship wheat from Karachi to Alat.",
      "The contract was signed by Karavan chairman Rauf Mammadli and board secretary Nadia Qureshi in the presence of Pakistan's Minister of Food Tariq Hameed Awan.",
    ]),
    article("gala", [
      "A gala dinner for the Novruz holiday was held at a hotel in Lahore on Saturday.",
      "The evening was hosted by Consul Elchin Babayev. Guests included Senator Farah Iqbal and members of the city's traders' association.",
    ]),
  ]);
});

describe("who was at an occasion", () => {
  it("answers with the one named after 'in the presence of', not the signers", () => {
    const result = askQuestion(engine, "who was present when karavan and the grain board signed");
    expect(result.status).toBe("answered");
    expect(result.answer).toContain("Tariq Hameed Awan");
    expect(result.answer).not.toMatch(/^(?:Rauf|Karavan)/u);
  });

  it("reads 'who witnessed' as being there, told as 'in the presence of' too, and names the minister with his title", () => {
    expect(analysedIn(engine, "who witnessed the karavan grain contract signing").actTerms).toContain(
      analyzeText("presence")[0],
    );
    const result = askQuestion(engine, "who witnessed the karavan grain contract signing");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^Minister of Food Tariq Hameed Awan/u);
  });

  it("reads attendance from the question's deeds, and the names after the report's cue", () => {
    expect(asksAttendance(analyzeText("present"))).toBe(true);
    expect(asksAttendance(analyzeText("sign"))).toBe(false);
    expect(afterAttendanceCue("Guests included Senator Farah Iqbal and others.")).toBe(
      "Senator Farah Iqbal and others.",
    );
    expect(afterAttendanceCue("The evening was hosted by Consul Elchin Babayev.")).toBeNull();
  });
});
