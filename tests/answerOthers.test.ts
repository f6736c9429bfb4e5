/**
 * "Who else was there": someone besides the people a report names first, whom it adds with
 * "also present", "also attended" or "joined by", often in the sentence after the event is told.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_prize.txt": ` date 2025-06-02 Scholarships for Pakistani students
Azerbaijan's ambassador Rauf Guliyev handed out the scholarships at a ceremony at Quaid-i-Azam University on Monday.
Vice Chancellor Dr Niaz Ahmed Akhtar was also present.
The scholarships cover master's programmes at Baku State University.
`,
});

describe("who else", () => {
  it("answers with the person the report adds, not the one it names first", () => {
    const result = askQuestion(engine, "who else was at the scholarship ceremony");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/was also present/u);
    expect(result.answer).toMatch(/Niaz Ahmed Akhtar/u);
  });

  it("still answers a plain who-question with the person named first", () => {
    const result = askQuestion(engine, "who handed out the scholarships at the ceremony");
    expect(result.answer).toMatch(/Rauf Guliyev/u);
  });
});

describe("who went with someone", () => {
  const visit = engineOf({
    "b_visit.txt": ` date 2025-02-11 Azerbaijani general in Rawalpindi
Lieutenant General Ramil Aliyev, commander of Azerbaijan's land forces, is on an official visit to Pakistan.
On the first day of the visit, Lieutenant General Aliyev was received at the General Headquarters in Rawalpindi.
Lieutenant General Aliyev also met the Chairman of the Joint Chiefs of Staff Committee, General Nadeem Raza.
He then toured the National Defence University in Islamabad.
The Azerbaijani delegation in Pakistan includes the head of military training, Major General Tofig Karimov.
`,
  });

  it("answers with the party the report lists, not with whom the one named also met", () => {
    const result = askQuestion(visit, "who went with lieutenant general aliyev to pakistan");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/delegation in Pakistan includes/u);
    expect(result.answer).toMatch(/Tofig Karimov/u);
  });
});

describe("who was at an occasion", () => {
  const arrival = engineOf({
    "c_arrival.txt": ` date 2025-09-25 Jets arrive
The first four JF-17 jets built in Pakistan have arrived at Kurdamir air base, the Ministry of Defence of Azerbaijan reported on Thursday.
A welcoming ceremony at the base was attended by Defence Minister Zakir Hasanov and the air force commander.
`,
    "d_trade.txt": ` date 2025-05-02 Trade talks
Pakistan and Azerbaijan discussed trade and energy cooperation in Islamabad.
`,
  });

  it("asks who attended, not who did what the question's when-clause tells", () => {
    // "when the jets arrived" dates the ceremony; the answer is who was at it.
    const result = askQuestion(arrival, "who was at the ceremony when the jf17s arrived in azerbaijan");
    expect(result.excerpts[0]?.text).toMatch(/was attended by/u);
    expect(result.answer).toMatch(/Zakir Hasanov/u);
  });
});
