/**
 * Where-questions: a sentence that says where something is in so many words ("located in Gulberg")
 * answers before one about the same thing that names a place in passing.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_office.txt": ` date 2025-06-12 Azerbaijani trade office opens in Lahore
Azerbaijan on Thursday opened a trade office in Lahore, its second in Pakistan.
The Azerbaijani trade office will help exporters with permits, while samples will be cleared at the customs house in Lahore.
The trade office, located in Gulberg, was opened by the Azerbaijani trade minister.
`,
  "b_other.txt": ` date 2025-06-01 Carpets in Baku
A carpet fair opened in Baku with stalls from Lahore and Karachi.
`,
});

describe("a place stated as where something is", () => {
  it("answers 'where in Lahore is the trade office' with 'located in Gulberg'", () => {
    const result = askQuestion(engine, "where in lahore is the azerbaijani trade office");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/located in Gulberg/u);
  });
});
