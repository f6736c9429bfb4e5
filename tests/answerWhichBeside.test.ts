/**
 * A which-question answered by the sentence after the one that names the event: the report names
 * the drill once, and the next sentence says which aircraft took part.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "s_drill.txt": ` date 2025-10-12 Steppe Falcon drill ends
The joint exercise "Steppe Falcon-2025" of the air forces of Azerbaijan and Pakistan has ended, the defence ministry said.
The Pakistan Air Force took part with six JF-17 fighters and about 90 personnel.
The Azerbaijani side flew MiG-29 jets over the Kurdamir ranges.
`,
  "t_trade.txt": ` date 2025-09-01 Trade talks in Islamabad
Pakistan and Azerbaijan discussed trade, energy and a new transport route in Islamabad.
`,
});

describe("which-questions whose names stand in the sentence before", () => {
  it("answers with the sentence that names the instance of what was asked", () => {
    const result = askQuestion(engine, "what planes did pakistan send to the steppe falcon drill");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/six JF-17 fighters/u);
  });

  it("still abstains when nothing of that kind is named near the event", () => {
    // "tanks" is a far kind of "transport"; "ships" is "transport" only as a verb.
    for (const question of [
      "which tanks did pakistan send to the steppe falcon drill",
      "what ships did pakistan send to the steppe falcon drill",
    ]) {
      expect(askQuestion(engine, question).status, question).toBe("no_answer");
    }
  });
});

describe("an instance named by its designation, an ordinary word between", () => {
  it("reads 'six K-8P training jets' as naming which jets", () => {
    const show = engineOf({
      "u_show.txt": ` date 2025-06-27 Air show over the Caspian
The aerobatic team of the Pakistan Air Force, "Shaheens", flew a display over Baku Boulevard on Thursday.
Six K-8P training jets of the team flew in close formation above the seafront for twenty minutes.
`,
    });
    const result = askQuestion(show, "what kind of jets did the shaheens fly over baku boulevard");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/K-8P training jets/u);
  });
});

describe("an instance named by the amount it is", () => {
  it("reads 'a monthly stipend of 250 manat' as naming which stipend", () => {
    const grants = engineOf({
      "v_grants.txt": ` date 2025-03-06 Scholarships for Pakistani students
Azerbaijan is offering forty fully funded scholarships to Pakistani students at its public universities for the 2025-26 academic year.
Under the programme, the Azerbaijani government will pay tuition, housing and a monthly stipend of 250 manat for every student.
`,
    });
    const result = askQuestion(
      grants,
      "what stipend do pakistani students get on the azerbaijan scholarships",
    );
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/stipend of 250 manat/u);
  });
});
