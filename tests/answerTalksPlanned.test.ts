/**
 * "What did they talk about" asks what was said: a sentence telling talks only as yet to come
 * ("delegation level talks will be organized soon") has told nothing of it, though it has the word
 * asked; the report of the discussion answers. So, asked of the past, a deed only hoped for ("the
 * embassy hoped to hold Days of Azerbaijani Cinema in Karachi") is not where the days were held.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_meeting.txt": ` date 2025-04-02 Leaders meet in Tashkent
Prime Minister Shehbaz Sharif met President Ilham Aliyev in Tashkent on Tuesday on the sidelines of a regional summit.
In the discussion, the leaders reviewed cooperation in energy, railways and pharmaceuticals.
To this end, delegation level talks will be organized very soon.
`,
  "b_other.txt": ` date 2025-04-05 Cargo flights
A cargo airline will start weekly flights between Sialkot and Baku in May, its owner said.
The flights will carry surgical instruments and sports goods.
`,
});

describe("talks yet to come", () => {
  it("do not tell what was talked about", () => {
    const result = askQuestion(engine, "what did sharif and aliyev talk about");
    expect(result.excerpts[0]?.text).toMatch(/^In the discussion, the leaders reviewed/u);
  });
});

const festival = engineOf({
  "c_films.txt": ` date 2025-11-08 Film days in Baku
The Days of Pakistani Cinema opened on Friday at the Rashid Behbudov Hall with a screening of a Pakistani drama.
Pakistan's chargé d'affaires in Baku said the embassy hoped to hold Days of Azerbaijani Cinema in Karachi next year.
The festival runs for five days.
`,
  "d_other.txt": ` date 2025-11-10 Cargo flights
A cargo airline will start weekly flights between Sialkot and Baku in May, its owner said.
`,
});

describe("a deed told only as hoped for", () => {
  it("is not where it was held, asked of the past", () => {
    const result = askQuestion(festival, "where were the days of pakistani cinema held in baku");
    expect(result.answer).toMatch(/^(?:At )?the Rashid Behbudov Hall|^Rashid Behbudov Hall/u);
  });
});
