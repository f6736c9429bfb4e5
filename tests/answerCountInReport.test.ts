/**
 * "How many turbines will the Gharo wind farm have": the report names the farm in its lead and
 * counts the turbines paragraphs later, of "the project". A sentence counting the very thing asked,
 * as the question words it, answers within the report that names what it belongs to; a count of
 * it in another report, which never names the farm, does not.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_solar.txt": ` date 2025-06-02 Azerbaijani firm to build solar park
KARACHI: An Azerbaijani company will invest $90 million to build a 60-megawatt solar park at Korvan in Sindh, under an agreement signed on Monday.

The agreement was signed by the company's chief executive and the provincial energy secretary.

The project will use 110,000 panels and is expected to start operations in 2027.
`,
  "b_other.txt": ` date 2025-06-05 Rooftop scheme
A rooftop scheme in Lahore has installed 4,000 panels on public schools, the city said.
`,
  "c_wind.txt": ` date 2025-07-01 Wind corridor
Officials of Pakistan and Azerbaijan discussed a wind farm at Tesmi in Sindh on Tuesday.
The officials said more studies were needed.
`,
});

describe("a count of the thing asked, in the report naming what it belongs to", () => {
  it("answers though the sentence names it only as 'the project'", () => {
    const result = askQuestion(engine, "how many panels will the korvan solar park have");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/110,000 panels/u);
  });

  it("does not answer from another report's count", () => {
    const result = askQuestion(engine, "how many panels will the tesmi wind farm have");
    expect(result.status).toBe("no_answer");
  });
});
