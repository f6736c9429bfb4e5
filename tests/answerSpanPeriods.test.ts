/**
 * A date may be a part of a year: "in the first quarter of 2026", "by the second half of 2027".
 * Without it, "when is construction supposed to start" found no date in "Construction is expected
 * to begin in the first quarter of 2026".
 */
import { describe, expect, it } from "vitest";
import { findAnswerSpan } from "../src/answer/answerSpan.js";

describe("parts of a year", () => {
  it.each([
    ["Construction is expected to begin in the first quarter of 2026.", "the first quarter of 2026"],
    ["The plant will open in the second half of 2027.", "the second half of 2027"],
    ["Work will be finished by the end of 2025.", "by the end of 2025"],
  ])("are dates: %s", (sentence, date) => {
    expect(findAnswerSpan(sentence, { answerType: "date", asksFuture: true }, new Set())?.toLowerCase()).toBe(
      date,
    );
  });

  it("are not a count of quarters", () => {
    expect(
      findAnswerSpan(
        "Sales rose in the first quarter.",
        { answerType: "date", asksFuture: false },
        new Set(),
      ),
    ).toBeNull();
  });
});
