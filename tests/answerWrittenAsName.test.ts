/**
 * A word the archive writes only as a name ("Ganja", "Super Mushshak"), typed in lower case, is a
 * name though the dictionary knows it as a common word; on an archive of our own.
 */
import { describe, expect, it } from "vitest";
import { explainQuestion } from "../src/answer/ask.js";
import { writtenAsName } from "../src/answer/writtenAsName.js";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_centre.txt": ` date 2025-10-01 Maintenance centre for Ganja
Pakistan Aeronautical Complex and an Azerbaijani company will build a maintenance centre in Ganja for the air force's trainers.
Officials said the centre at Ganja would open in 2027, and the NED University team would train its engineers.
`,
  "b_school.txt": ` date 2025-06-01 Students
Students of the Azerbaijan State Oil and Industry University will study for a year at a university in Karachi.
`,
  "c_trade.txt": ` date 2025-05-02 Trade talks
Pakistan and Azerbaijan discussed trade in Islamabad, and Azerbaijan's Minister of Energy Parviz Shahbazov met the Senate of Pakistan's chairman.
`,
  "d_defence.txt": ` date 2025-04-02 Defence talks
Pakistan and Azerbaijan discussed defence industry cooperation in Baku, including the Super Mushshak trainer.
`,
  "e_commerce.txt": ` date 2025-03-02 Commerce talks
Federal Minister for Commerce Jam Kamal Khan met Azerbaijan's Minister of Economy in Islamabad on Monday to discuss a trade agreement that both sides hope to sign soon.
The two ministers discussed cooperation in trade, energy and agriculture.
`,
});

function namesOf(question: string): string[] {
  return (explainQuestion(engine, question).explanation.analysis?.anchorGroups ?? []).map(
    (group) => group.phrase,
  );
}

describe("words written only as names", () => {
  it("reads a lower-case word the archive capitalises inside sentences as a name", () => {
    expect(writtenAsName(engine.store, engine.index, "ganja")).toBe(true);
    expect(namesOf("when will the ganja maintenance centre open")).toContain("ganja");
    // Once is enough: "the Super Mushshak trainer".
    expect(writtenAsName(engine.store, engine.index, "super")).toBe(true);
  });

  it("leaves a word the archive also writes in lower case, or only inside longer names, an ordinary word", () => {
    // "a university in Karachi"; "NED University" is a university, not someone called University.
    expect(writtenAsName(engine.store, engine.index, "university")).toBe(false);
    expect(writtenAsName(engine.store, engine.index, "centre")).toBe(false);
    // "Minister of Energy", "the Senate of Pakistan": a title's or a body's word.
    expect(writtenAsName(engine.store, engine.index, "energy")).toBe(false);
    expect(writtenAsName(engine.store, engine.index, "senate")).toBe(false);
    expect(namesOf("which university will the students attend")).not.toContain("university");
  });

  it("reads a given name between a title and a surname the dictionary does not know as a name", () => {
    // "Minister for Commerce Jam Kamal Khan": "jam" is his name, not a kind of "Commerce".
    expect(writtenAsName(engine.store, engine.index, "jam", defaultWordKnowledge())).toBe(true);
    expect(namesOf("what did jam kamal khan discuss")).toContain("jam kamal khan");
    // "Minister of Economy in Islamabad": an ordinary word before a known word stays one.
    expect(writtenAsName(engine.store, engine.index, "economy", defaultWordKnowledge())).toBe(false);
  });
});
