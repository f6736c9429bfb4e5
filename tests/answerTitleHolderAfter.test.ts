/**
 * "Who is X's ambassador" on a small archive of our own: the name bound to a title that a posting
 * follows is the first person told after it, whether a comma stands before the name ("Ambassador to
 * Azerbaijan, Sadia Rauf Mirza") or another person follows it ("... Kamal Rustamli and Mayor Ali
 * Hassan Gilani").
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_credentials.txt": ` date 2024-03-05 New envoy in Baku
Pakistan's newly appointed Ambassador to Azerbaijan, Sadia Rauf Mirza, on Tuesday presented her credentials to the President of Azerbaijan at a ceremony in Baku.
`,
  "b_library.txt": ` date 2024-04-09 Azerbaijani reading room in Multan
The reading room was opened by Azerbaijan's Ambassador to Pakistan Kamal Rustamli and Mayor Ali Hassan Gilani on Monday.
`,
});

describe("the holder of a title followed by a posting", () => {
  it("is the name after the posting's comma", () => {
    expect(askQuestion(engine, "who is pakistans ambassador to azerbaijan").answer ?? "").toMatch(
      /^Sadia Rauf Mirza — /u,
    );
  });

  it("is the first person named after it, not the one joined by 'and'", () => {
    expect(askQuestion(engine, "who is azerbaijans ambassador to pakistan").answer ?? "").toMatch(
      /^Kamal Rustamli — /u,
    );
  });
});
