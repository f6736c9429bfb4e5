/**
 * Reading counts out of a sentence: a sum's trailing words may take the next count ("$150 million
 * over FIVE years, including four wells"), which is then a count of its own; and "how long do they
 * have to pay" asks a duration, not a sum; "a 30-MEMBER team" counts people, on a small archive of
 * our own.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { countOf } from "../src/answer/answerSpan.js";
import { analyzeText } from "../src/text/terms.js";
import { engineOf } from "./support/answerFixtures.js";

const YEARS = new Set(analyzeText("year years"));
const WELLS = new Set(analyzeText("well wells"));

describe("a count after a sum", () => {
  const sentence =
    "The partners plan to invest $90 million over three years, including the drilling of two wells.";

  it("is a count of its own", () => {
    expect(countOf(sentence, YEARS)).toBe("three years");
    expect(countOf(sentence, WELLS)).toBe("two wells");
  });

  it("leaves one count whole: an ordinal before it, a range", () => {
    expect(countOf("The first four fighter jets arrived.", new Set(analyzeText("jets")))).toMatch(
      /^first four/u,
    );
    expect(countOf("Cadets rose from twelve to twenty-five a year.", null)).toMatch(/^twelve/u);
  });
});

const engine = engineOf({
  "a_lng.txt": ` date 2024-11-13 SOCAR to supply LNG to Pakistan
BAKU: SOCAR and Pakistan LNG signed a framework agreement on Wednesday for the supply of liquefied natural gas.
"Azerbaijan offered us flexible terms, including payment within 45 days of delivery," the minister said of the LNG deal.
The partners will invest $90 million over three years in a storage terminal.
`,
  "b_quake.txt": ` date 2026-02-11 Relief flown to Azerbaijan
ISLAMABAD: Pakistan on Tuesday sent relief goods to Azerbaijan after an earthquake in the Shamakhi region.
A 30-member urban search and rescue team of Rescue 1122 also flew with the consignment.
`,
});

describe("how long to pay", () => {
  it("is a duration, not a sum", () => {
    expect(askQuestion(engine, "how long does pakistan have to pay for the lng").answer).toMatch(/^45 days/u);
  });
});

describe("a count made an adjective", () => {
  it("counts the people its noun names ('a 30-member team')", () => {
    expect(askQuestion(engine, "how many rescuers flew to azerbaijan with the relief goods").answer).toMatch(
      /^30\b/u,
    );
  });
});

describe("a figure of money", () => {
  it("counts no thing it qualifies ('a $120 million cement plant')", () => {
    const sentence =
      "Indus Cement will build a $120 million cement plant near Ganja, with 40 kilns and a rail siding.";
    expect(countOf(sentence, new Set(["cement"]))).toBeNull();
    expect(countOf(sentence, new Set(["kiln"]))).toBe("40 kilns");
  });
});
