/**
 * "What will the exercise include" asks for what the exercise holds: the report's list headed by
 * it ("The two-week exercise will include ...") answers, though the sentence naming the exercise
 * in full has more of the question's words.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_drill.txt": ` date 2025-02-14 Drill moved to May
The joint special forces exercise Steppe Lynx-2025 between the Pakistan Army and the Azerbaijani Armed Forces, which was to be held in March near Gabala, has been moved to May.
Officials said the dates clashed with Ramadan.
The two-week exercise will include counter-terrorism drills, hostage rescue and mountain warfare.
`,
  "b_other.txt": ` date 2025-02-20 Cargo flights
A cargo airline will start weekly flights between Sialkot and Baku in May, its owner said.
`,
});

describe("what a thing will include", () => {
  it("is the list the report heads with it", () => {
    const result = askQuestion(engine, "what will the steppe lynx exercise include");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^The two-week exercise will include/u);
  });
});
