/**
 * "Who is X's defence minister" on a small archive of our own: a title run whose office goes on in
 * ordinary words before the name ("Minister of Defence INDUSTRY Rauf Guliyev") holds another
 * office; a rank before the name ("Colonel General") does not make it one, and the words telling
 * whose office it is ("... of the Republic of Azerbaijan Aydin Karimov") name the owner.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

describe("an office that goes on before the name", () => {
  const engine = engineOf({
    "a_industry.txt": ` date 2025-04-14 Visit to Wah
Azerbaijan's Minister of Defence Industry Rauf Guliyev on Tuesday visited the ordnance factories in Wah.
`,
  });

  it("is another office: the defence minister is not named", () => {
    const result = askQuestion(engine, "who is azerbaijans defence minister");
    expect(result.answer ?? "").not.toMatch(/^Industry/u);
  });
});

describe("a rank or an owner before the name", () => {
  const engine = engineOf({
    "b_ceremony.txt": ` date 2025-05-02 Ceremony in Ganja
The ceremony in Ganja was attended by Defence Minister Colonel General Elshan Mammadli and officials of the air force.
`,
    "c_call.txt": ` date 2025-05-03 Telephone call
Pakistan's foreign minister held a telephone conversation with Minister of Foreign Affairs of the Republic of Azerbaijan Aydin Karimov on Monday.
`,
  });

  it("leaves the title the one asked: the rank opens the name", () => {
    expect(askQuestion(engine, "who is azerbaijans defence minister").answer ?? "").toMatch(
      /^Colonel General Elshan Mammadli — /u,
    );
  });

  it("tells whose office it is: the name follows the owner", () => {
    expect(askQuestion(engine, "who is azerbaijans minister of foreign affairs").answer ?? "").toMatch(
      /^Aydin Karimov — /u,
    );
  });
});
