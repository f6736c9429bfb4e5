/**
 * An office told in full before its holder's name, after a comma: "the Chief of the Naval Staff of
 * Pakistan, Admiral X" is Pakistan's navy chief (the title's "navy" in its derived form, "naval"),
 * and "Minister of State for Mines, Y" the mines minister. The words that continue the office
 * ("State for Mines") are never given as the holder's name.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_navy.txt": ` date 2025-09-03 Azerbaijani officers in Karachi
Captain Elvin Rzayev of the Azerbaijani Naval Forces arrived in Karachi on Sunday for a week of staff talks.
On Monday, he was received by the Chief of the Naval Staff of Pakistan, Admiral Rehan Qazi.
`,
  "b_mines.txt": ` date 2025-09-10 Minerals in Dashkasan
Pakistan's Minister of State for Mines, Farida Khan, visited the iron ore mines of Dashkasan in Azerbaijan on Wednesday.
She said Pakistani engineers could help reopen two closed shafts.
`,
});

describe("an office before its holder's name", () => {
  it("names the holder after the comma, its words in derived forms", () => {
    expect(askQuestion(engine, "who is pakistans navy chief").answer).toMatch(/^Admiral Rehan Qazi — /u);
  });

  it("names the holder, not the words that continue the office", () => {
    expect(askQuestion(engine, "who is pakistan's mines minister").answer).toMatch(/^Farida Khan — /u);
  });
});
