import { describe, expect, it } from "vitest";
import { extractMeetings } from "../src/meetings/index.js";
import type { Article } from "../src/types.js";

function article(id: string, date: string | null, paragraphs: string[]): Article {
  return { id, date, title: "Working group", publisher: null, place: null, url: null, paragraphs };
}

describe("meetings between the two countries' delegations", () => {
  it("records a meeting the two countries hold without naming anyone", () => {
    const meetings = extractMeetings([
      article("wg.txt", "2025-06-12", [
        "Pakistan and Azerbaijan on Wednesday held the second meeting of their joint economic commission in Ganja.",
      ]),
    ]);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.participants).toEqual(["Pakistani and Azerbaijani delegations"]);
    expect(meetings[0]?.place).toBe("Ganja");
    // 2025-06-12 is a Thursday, so "on Wednesday" is the day before.
    expect(meetings[0]?.date).toBe("2025-06-11");
  });

  it("does not take a third country's meeting with one of them for a bilateral one", () => {
    const meetings = extractMeetings([
      article("tr.txt", "2025-06-12", ["Turkey and Georgia held talks on energy transit in Tbilisi."]),
    ]);
    expect(meetings).toEqual([]);
  });
});
