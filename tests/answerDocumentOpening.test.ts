/**
 * "Which minister was there when the LNG framework was signed": a report tells of the signing in its
 * lead, then of what the document holds, then "THE AGREEMENT was signed by X and Y, in the presence
 * of Minister Z". A report signs one document and calls it "the agreement" all along: the lead's
 * words count for the sentence that opens on it, a few sentences on, as for a thing asked about.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { opensWithDocument } from "../src/answer/discourse.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "a_lng.txt": ` date 2024-11-13 SOCAR to supply LNG to Pakistan
The State Oil Company of Azerbaijan (SOCAR) and Pakistan LNG Limited signed a framework agreement on Wednesday for the supply of liquefied natural gas to Pakistan, on the sidelines of COP29 in Baku.
Under the document, SOCAR Trading will deliver up to twelve cargoes a year to the terminal at Port Qasim.
Pakistan's delegation at COP29 was led by Prime Minister Shehbaz Sharif, who met President Ilham Aliyev.
The agreement was signed by SOCAR Vice-President Vusal Alakbarov and managing director Masood Nabi, in the presence of Pakistan's Federal Minister for Petroleum Musadik Malik.
`,
  "b_rail.txt": ` date 2025-06-20 Rail link planned
Pakistan and Azerbaijan plan a freight corridor through Iran, officials said.
Engineers from both countries will survey the route next spring.
`,
  "c_cotton.txt": ` date 2025-08-01 Cotton seed trials
Pakistani cotton seed will be sown in two Azerbaijani districts next season, the ministry said.
`,
  "d_visa.txt": ` date 2025-02-10 Visa deal
Interior Minister Mohsin Naqvi and his Azerbaijani counterpart signed a visa waiver for officials in Baku.
`,
  "e_culture.txt": ` date 2025-03-12 Culture week
Culture Minister Aurangzeb Khan signed a programme of exchanges with the Azerbaijani embassy.
`,
  "f_ports.txt": ` date 2025-04-14 Ports
Maritime Minister Qaiser Sheikh said a shipping memorandum would be signed with Baku next month.
`,
};

let engine: BuiltAnswerEngine;

beforeAll(() => {
  engine = engineOf(PAGES);
});

describe("the document the report told of", () => {
  it("reads an opening definite mention of a document, not of a meeting, as the one told before", () => {
    expect(opensWithDocument("The agreement was signed by the two ministers.")).toBe(true);
    expect(opensWithDocument("The protocol was signed at the first meeting.")).toBe(true);
    expect(opensWithDocument("The meeting concluded with a joint statement.")).toBe(false);
    expect(opensWithDocument("Under the agreement, duties will fall.")).toBe(false);
  });

  it("answers who was present at the signing with the sentence of the signing, a few sentences on", () => {
    const result = askQuestion(
      engine,
      "which pakistani minister was there when the lng framework was signed at cop29",
    );
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toContain("Musadik Malik");
  });
});
