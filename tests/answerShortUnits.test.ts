/**
 * Sums and shares written short, on a small archive of our own: a question's "$2bn" is the
 * article's "$2 billion" (not a name no article mentions), "8pc" and "8%" are "8 percent"; and a
 * sum the question names to say what it asks about is not the sum it asks for.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { analyzeText } from "../src/text/terms.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_pledge.txt": ` date 2025-03-18 Aliyev pledges investment in Pakistan
BAKU: President Ilham Aliyev said on Tuesday that Azerbaijan would invest $2 billion in Pakistan over three years.
`,
  "b_projects.txt": ` date 2026-04-23 First projects unveiled
ISLAMABAD: The three projects to be financed under the $2 billion pledge are worth about $640 million, officials said on Wednesday.
`,
});

describe("a unit written short", () => {
  it("is the word it stands for", () => {
    expect(analyzeText("$2bn, $640m, 5mn, 8pc, 8% and 8 per cent")).toEqual(
      analyzeText("$2 billion, $640 million, 5 million, 8 percent, 8 percent and 8 percent"),
    );
    // A bare "m" is a sum only after a dollar sign: "an 8,051m peak" keeps its metres.
    expect(analyzeText("8051m")).toEqual(["8051m"]);
  });

  it("in a question finds the sum written out", () => {
    expect(askQuestion(engine, "when did aliyev pledge the $2bn investment").status).toBe("answered");
  });

  it("named by the question is not the sum it asks for", () => {
    expect(askQuestion(engine, "how much are the projects under the $2bn pledge worth").answer).toMatch(
      /^\$640 million/u,
    );
  });
});
