/**
 * "Who met the deputy foreign minister": the question names someone by a title, and the holder of
 * that title is the one met, never the answer to who met them.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "d_consult.txt": ` date 2025-01-25 Political consultations in Islamabad
On January 23-24, Foreign Secretary Amna Qureshi received Teymur Rahimli, Azerbaijan's Deputy Foreign Minister, for political consultations.
The consultations covered trade, energy and education.
`,
});

const unnamedHost = engineOf({
  "e_consult.txt": ` date 2025-01-25 Political consultations in Islamabad
On January 23-24, the Pakistani Foreign Secretary received Teymur Rahimli, Azerbaijan's Deputy Foreign Minister, for political consultations.
The consultations covered trade, energy and education.
`,
});

describe("a who-question naming someone by a title", () => {
  it("does not name the one met when the one who met is named only by office", () => {
    const result = askQuestion(unnamedHost, "who met the deputy foreign minister of azerbaijan in january");
    expect(result.status).toBe("answered");
    expect(result.answer).not.toMatch(/^Teymur Rahimli/u);
    expect(result.excerpts[0]?.text).toMatch(/Pakistani Foreign Secretary received/u);
  });

  it("does not answer with the holder of the title the question gives", () => {
    const result = askQuestion(engine, "who met the deputy foreign minister of azerbaijan in january");
    expect(result.status).toBe("answered");
    expect(result.answer).not.toMatch(/^Teymur Rahimli/u);
    expect(result.answer).toMatch(/Amna Qureshi/u);
  });

  it("still answers with the one met when the question names the one who met", () => {
    const result = askQuestion(engine, "who did the foreign secretary receive in january");
    expect(result.answer).toMatch(/^Teymur Rahimli/u);
  });
});
