import { describe, expect, it } from "vitest";
import { resolveFollowUp } from "../src/conversation/followUp.js";

describe("follow-up questions", () => {
  it.each([
    // "it" is the thing written with "the", not the country that received it.
    [["When did Azerbaijan receive the JF-17?"], "Who built it?", "Who built the JF-17?"],
    [
      ["What does the Preferential Trade Agreement cover?"],
      "and when was it signed?",
      "and when was the Preferential Trade Agreement signed?",
    ],
    // Typed in lower case: the "the ..." phrase, without the question's final verb.
    [
      ["what does the preferential trade agreement cover?"],
      "and when was it signed?",
      "and when was the preferential trade agreement signed?",
    ],
    [["When did Azerbaijan receive the JF-17?"], "what about its range", "what about the JF-17's range"],
    // "they" are the people, not the place; the date is carried over too.
    [
      ["Who did Asim Munir meet in Lachin in January 2025?"],
      "What did they discuss?",
      "What did Asim Munir discuss in January 2025?",
    ],
    // A bare question word reuses the previous question.
    [["When was the PTA signed?"], "and where?", "Where was the PTA signed?"],
    // The latest earlier question with a subject wins.
    [["When was the PTA signed?", "Who built the JF-17?"], "when did it arrive", "when did the JF-17 arrive"],
  ])("after %j, %s reads as %s", (earlier, question, expected) => {
    const result = resolveFollowUp(earlier, question);
    expect(result.question).toBe(expected);
    expect(result.context).toMatch(/^Follow-up read as/);
  });

  it("leaves a question with names of its own, or without earlier questions, as it is", () => {
    expect(resolveFollowUp(["Who did Asim Munir meet?"], "When did Shehbaz Sharif visit Baku?")).toEqual({
      question: "When did Shehbaz Sharif visit Baku?",
      context: null,
    });
    expect(resolveFollowUp([], "Who built it?")).toEqual({ question: "Who built it?", context: null });
  });

  it("says where the context came from in one line", () => {
    const { context } = resolveFollowUp(["When did Azerbaijan receive the JF-17?"], "Who built it?");
    expect(context).toBe(
      'Follow-up read as "Who built the JF-17?": JF-17 taken from "When did Azerbaijan receive the JF-17?".',
    );
    expect(context).not.toContain("\n");
  });
});
