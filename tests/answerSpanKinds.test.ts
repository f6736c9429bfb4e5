/**
 * What an answer span of each kind may be. A date may be a part of a year ("in the first quarter
 * of 2026", "the second half of 2027"): without it, "when is construction supposed to start" found
 * no date in "Construction is expected to begin in the first quarter of 2026". A person's name is
 * never a place's: "cadets from Saudi Arabia" had answered who reviewed a parade.
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

describe("a person's name", () => {
  it("is never a country's or a city's", () => {
    const sentence = "The course also included cadets from Saudi Arabia, Sri Lanka and Nepal.";
    expect(findAnswerSpan(sentence, { answerType: "person" }, new Set())).toBeNull();
  });
});
