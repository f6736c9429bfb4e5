/**
 * A count of a deed, on a small archive of our own: "how many people were INJURED in the quake" is
 * not answered by "killing at least 11 people" from a report that tells of no one injured; the
 * deed the report does tell is answered, and so are a count of what was said and a duration,
 * which ask no deed of the report.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { reportTellsDeed } from "../src/answer/countDeed.js";
import type { ExpandedQuery } from "../src/answer/queryExpansion.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_quake.txt": ` date 2026-02-10 Pakistan sends aid after Shamakhi quake
ISLAMABAD: Pakistan on Tuesday dispatched two aircraft carrying relief goods to Azerbaijan, a day after a strong earthquake struck the Shamakhi region.
The quake hit on 9 February, killing at least 11 people and damaging more than 2,000 houses.
A rescue team stayed in Shamakhi for six days.
`,
  "c_pilots.txt": ` date 2026-03-30 Pilots graduate
Eleven Azerbaijani pilots graduated on Monday from the JF-17 course, which lasted 6 months.
A PAF spokesman said 37 Azerbaijani pilots had now been trained on the type in 5 courses, 4 of them at Mianwali.
`,
  "d_drill.txt": ` date 2025-05-12 Special forces begin joint drill
BAKU: The joint exercise Iron Shield of the special forces of Azerbaijan and Pakistan has started near Ganja.
About 300 servicemen are taking part in Iron Shield, including 120 commandos from Pakistan.
`,
  "b_trade.txt": ` date 2025-05-02 Trade talks
Pakistan and Azerbaijan discussed trade and energy cooperation in Islamabad.
`,
});

describe("a count of a deed", () => {
  it("is not answered by a count of another deed, in a report that tells no one did the one asked", () => {
    expect(askQuestion(engine, "how many people were injured in the shamakhi quake").status).toBe(
      "no_answer",
    );
  });

  it("is not told by a verb of many senses, one of which is the deed (taking part: take, to kill)", () => {
    expect(askQuestion(engine, "how many servicemen were killed in iron shield").status).toBe("no_answer");
    expect(askQuestion(engine, "how many servicemen are taking part in iron shield").answer).toMatch(
      /^300 servicemen/u,
    );
  });

  it("is told by a deed that causes it, in the sentence giving the count (killing: to cause to die)", () => {
    expect(askQuestion(engine, "how many people died in the shamakhi quake").answer).toMatch(/^11 people/u);
  });

  it("is not told by a relation through another part of speech (the verb die is no 5, a face of a die)", () => {
    const sentence = engine.store.passages.findIndex((passage) =>
      passage.text.includes("37 Azerbaijani pilots"),
    );
    const via = (otherPos: boolean): ExpandedQuery => ({
      alternatives: new Map([
        [
          "die",
          [{ term: "5", credit: 0.51, via: "hyponym", ...(otherPos ? { otherPos: true as const } : {}) }],
        ],
      ]),
      unknownPhrases: [],
    });
    expect(reportTellsDeed(engine.store, sentence, ["die"], via(true))).toBe(false);
    expect(reportTellsDeed(engine.store, sentence, ["die"], via(false))).toBe(true);
  });

  it("is answered when the report tells the deed", () => {
    expect(askQuestion(engine, "how many people were killed in the shamakhi quake").answer).toMatch(
      /^11 people/u,
    );
  });

  it("asks no deed of a duration", () => {
    expect(askQuestion(engine, "how many days did the rescue team spend in shamakhi").answer).toMatch(
      /six days/iu,
    );
  });
});
