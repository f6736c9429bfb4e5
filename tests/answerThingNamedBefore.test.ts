/**
 * "When will the repair centre be ready": a report names the centre in full, tells who signed for
 * it, then says "THE CENTRE is expected to open by the end of 2026". That sentence speaks of the
 * thing asked about by its common noun; the words of the sentence that named it count for it. The
 * date a report gives of its own saying ("the ministry SAID ON MONDAY") is past, and never tells
 * when something is yet to happen.
 */
import { describe, expect, it } from "vitest";
import { askQuestion, explainQuestion } from "../src/answer/ask.js";
import { findAnswerSpan } from "../src/answer/answerSpan.js";
import { opensWithAskedThing } from "../src/answer/discourse.js";
import { engineOf } from "./support/answerFixtures.js";
import { analyzeText } from "../src/text/terms.js";

const engine = engineOf({
  "a_centre.txt": ` date 2025-03-04 Repair centre for Sheki
Pakistan and Azerbaijan will build a repair centre for trainer aircraft in Sheki, the ministry said on Monday.
The agreement was signed in Baku by the two deputy ministers of defence industry.
The centre is expected to be ready by the end of 2026.
`,
});

const said = "Pakistan and Azerbaijan will build a repair centre in Sheki, the ministry said on Monday.";

describe("the thing named before, and the date of saying", () => {
  it("does not date what is to come by the day the report was given", () => {
    expect(findAnswerSpan(said, { answerType: "date", asksFuture: true }, new Set())).toBeNull();
    expect(findAnswerSpan(said, { answerType: "date", asksFuture: false }, new Set())).toBe("on Monday");
  });

  it("reads an opening definite common noun as the thing asked, not a name", () => {
    const asked = new Set(analyzeText("sheki repair centre coas"));
    expect(opensWithAskedThing("The centre is expected to open by 2026.", asked)).toBe(true);
    expect(opensWithAskedThing("The COAS appreciated the ties.", asked)).toBe(false);
    expect(opensWithAskedThing("It is expected to open by 2026.", asked)).toBe(false);
    // An event just told is the one the sentence right before names, not one farther back.
    const meeting = new Set(analyzeText("trilateral meeting"));
    expect(opensWithAskedThing("The meeting concluded with a joint statement.", meeting)).toBe(false);
  });

  it("finds the names of the sentence that named the thing two sentences before", () => {
    const [best] = explainQuestion(engine, "when will the sheki repair centre be ready").explanation.ranked;
    expect(best?.text).toMatch(/^The centre is expected/u);
    expect(best?.anchorsInSentence).toBe(true);
  });

  it("answers when the thing will be ready from the sentence that mentions it by its kind", () => {
    const result = askQuestion(engine, "when will the sheki repair centre be ready");
    expect(result.answer).toMatch(/end of 2026/u);
  });
});
