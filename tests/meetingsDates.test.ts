import { describe, expect, it } from "vitest";
import { resolveSentenceDate } from "../src/meetings/dates.js";
import { extractMeetings } from "../src/meetings/index.js";
import type { Article } from "../src/types.js";

function article(id: string, date: string | null, paragraphs: string[]): Article {
  return { id, date, title: "Pakistan, Azerbaijan", publisher: null, place: null, url: null, paragraphs };
}

describe("resolveSentenceDate", () => {
  it("resolves a weekday to the most recent such day on or before the article date", () => {
    // 2025-11-07 is a Friday: "on Friday" is that very day, not a week earlier.
    expect(
      resolveSentenceDate("The minister on Friday met the envoy.", {
        articleDate: "2025-11-07",
        previousEnd: null,
      }),
    ).toEqual({ date: "2025-11-07", precision: "day" });
    // 2025-11-10 is a Monday: the Friday before it.
    expect(
      resolveSentenceDate("They met on Friday.", { articleDate: "2025-11-10", previousEnd: null }),
    ).toEqual({
      date: "2025-11-07",
      precision: "day",
    });
  });

  it("resolves yesterday against the article date", () => {
    expect(
      resolveSentenceDate("Yesterday, the two sides met.", { articleDate: "2025-05-28", previousEnd: null }),
    ).toEqual({ date: "2025-05-27", precision: "day" });
  });

  it("gives a month-day without year the year that puts it nearest the article's date", () => {
    const context = { articleDate: "2025-02-23", previousEnd: null };
    expect(resolveSentenceDate("Thus, on January 18, the minister visited.", context)).toEqual({
      date: "2025-01-18",
      precision: "day",
    });
    // Six days after the article, not a year before it (HeidelTime's rule; a wire may run ahead).
    expect(resolveSentenceDate("On March 1, the minister visited.", context)).toEqual({
      date: "2025-03-01",
      precision: "day",
    });
    // Across New Year: the December just gone, the January just begun.
    const newYear = { articleDate: "2025-01-03", previousEnd: null };
    expect(resolveSentenceDate("On December 29, they met.", newYear)?.date).toBe("2024-12-29");
    expect(resolveSentenceDate("On January 2, they met.", newYear)?.date).toBe("2025-01-02");
    // The case of issue 11: "May 31" on a page of 2024-05-30 is the next day, not 2023.
    expect(
      resolveSentenceDate("On May 31, they met.", { articleDate: "2024-05-30", previousEnd: null })?.date,
    ).toBe("2024-05-31");
  });

  it("reads a span of days with its last day", () => {
    expect(
      resolveSentenceDate("On January 23-24, talks were held.", {
        articleDate: "2025-02-23",
        previousEnd: null,
      }),
    ).toEqual({ date: "2025-01-23", precision: "day", endDate: "2025-01-24" });
  });

  it("places the following day after the previous meeting's last day", () => {
    expect(
      resolveSentenceDate("The following day, they met.", {
        articleDate: "2025-02-23",
        previousEnd: "2025-01-24",
      }),
    ).toEqual({ date: "2025-01-25", precision: "day" });
  });

  it("keeps month and year precision without inventing a day", () => {
    const context = { articleDate: "2025-11-07", previousEnd: null };
    expect(resolveSentenceDate("In late September 2024, the aircraft arrived.", context)).toEqual({
      date: "2024-09-01",
      precision: "month",
    });
    expect(resolveSentenceDate("He signed a deal earlier this year.", context)).toEqual({
      date: "2025-01-01",
      precision: "year",
    });
  });

  it("cannot resolve relative dates without an article date, but reads absolute ones", () => {
    const context = { articleDate: null, previousEnd: null };
    expect(resolveSentenceDate("They met yesterday.", context)).toEqual({ date: null, precision: "unknown" });
    expect(resolveSentenceDate("They met on January 18.", context)).toEqual({
      date: null,
      precision: "unknown",
    });
    expect(resolveSentenceDate("They met on 5 March 2024.", context)).toEqual({
      date: "2024-03-05",
      precision: "day",
    });
  });

  it("finds no date where the sentence has none", () => {
    expect(
      resolveSentenceDate("The two leaders met.", { articleDate: "2025-01-01", previousEnd: null }),
    ).toBeNull();
  });
});

describe("dates in extracted meetings", () => {
  it("chains a span and the following day within one article", () => {
    const meetings = extractMeetings([
      article("a.txt", "2025-02-23", [
        "On January 23-24, the Pakistani Foreign Secretary received Leyla Karimova, Azerbaijan's Deputy Foreign Minister.",
        "The following day, Pakistani Prime Minister Imran Qureshi held a meeting with Azerbaijan's Minister of Economy, Rauf Jafarov.",
      ]),
    ]);
    expect(meetings.map((m) => [m.date, m.endDate ?? null, m.precision])).toEqual([
      ["2025-01-23", "2025-01-24", "day"],
      ["2025-01-25", null, "day"],
    ]);
  });

  it("leaves meetings of an undated article undated unless the text gives an absolute date", () => {
    const meetings = extractMeetings([
      article("u.txt", null, [
        "Pakistani Prime Minister Imran Qureshi met Azerbaijani President Tofiq Guliyev on Friday in Ganja.",
        "On 5 March 2024, Pakistani Foreign Minister Sana Baig met Azerbaijani Foreign Minister Rauf Jafarov in Quetta.",
      ]),
    ]);
    expect(meetings.map((m) => [m.date, m.precision])).toEqual([
      [null, "unknown"],
      ["2024-03-05", "day"],
    ]);
  });

  it("dates a lede meeting without a date expression by the article's date", () => {
    const [meeting] = extractMeetings([
      article("r.txt", "2025-06-02", [
        "Pakistani Foreign Minister Sana Baig met Azerbaijani Foreign Minister Rauf Jafarov in Baku.",
      ]),
    ]);
    expect(meeting?.date).toBe("2025-06-02");
  });
});
