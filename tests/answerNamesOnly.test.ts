/**
 * Questions that ask what was said between two parties: a sentence that only names the parties
 * (in passing, or in a comparison) reports nothing they said.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_deal.txt": ` date 2025-02-10 Azerbaijan signs aircraft deal
Azerbaijan's air force took delivery of Pakistani trainer aircraft in February.
The deal puts its air force ahead of neighbours such as Iran and Armenia.
`,
  "b_talks.txt": ` date 2025-03-04 Ministers meet in Islamabad
Pakistan and Azerbaijan discussed energy transit and a new air route at talks in Islamabad.
`,
  "d_transit.txt": ` date 2025-05-30 Transit accord
Foreign Minister Ishaq Dar and Foreign Minister Jeyhun Bayramov met in Islamabad and agreed to fast-track a transit trade accord.
`,
  "e_ghq.txt": ` date 2025-02-21 General calls on CJCSC
Chief of the General Staff of Azerbaijan Armed Forces Colonel General Karim Valiyev called on Chairman Joint Chiefs of Staff Committee General Sahir Mirza at the Joint Staff Headquarters on Thursday.
During the meeting, matters of mutual interest, including defence collaboration and training exchanges, were discussed.
`,
  "f_baku.txt": ` date 2025-06-10 Ministers sign visa deal
BAKU - Foreign Minister Sadia Malikzada held talks with Azerbaijan's Foreign Minister Elmar Hasanli in Baku on Monday, the Foreign Office said.
Malikzada arrived in Baku on a two-day official visit.
The two foreign ministers were joined by their deputies.
They discussed trade, energy, transit and the situation in the region.
`,
  "c_visit.txt": ` date 2025-04-14 Minister's visit
Foreign Minister Jeyhun Bayramov arrived in Islamabad on Monday for a two-day visit.
Pakistan reaffirmed its support for Azerbaijan on the Karabakh issue.
The visit took place ahead of the trilateral summit of Pakistan, Azerbaijan and Turkiye in Baku.
`,
});

describe("what two parties discussed", () => {
  it("answers from the sentence that reports their talks", () => {
    const result = askQuestion(engine, "what did pakistan and azerbaijan discuss");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/energy transit/u);
  });

  it("abstains when one party is only named in passing and no talk is reported", () => {
    expect(askQuestion(engine, "what did iran and pakistan discuss").status).toBe("no_answer");
  });

  it("answers what was done from the sentence that tells that act, with the visitor named just before", () => {
    const result = askQuestion(engine, "what did pakistan reaffirm during bayramovs visit");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/reaffirmed its support/u);
  });

  it("abstains on what was agreed when the sentence about the meeting tells no agreement", () => {
    const result = askQuestion(engine, "what did turkiye and azerbaijan agree at the trilateral summit");
    expect(result.status).toBe("no_answer");
  });
});

describe("what a meeting settled", () => {
  it("is told by any verb of outcome: 'what did they decide' is answered by 'they agreed to'", () => {
    const result = askQuestion(engine, "what did dar and bayramov decide about the transit trade accord");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/agreed to fast-track/u);
  });
});

describe("a visit is no report", () => {
  it("answers what was discussed from the report, not from 'X called on Y'", () => {
    const result = askQuestion(engine, "what did the cjcsc and valiyev talk about");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/training exchanges, were discussed/u);
  });
});

describe("a report a few sentences into the story", () => {
  it("answers what two people talked about, though only the lead names them", () => {
    const result = askQuestion(engine, "what did malikzada and hasanli talk about");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^They discussed trade, energy, transit/u);
  });
});
