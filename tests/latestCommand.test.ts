import { describe, expect, it } from "vitest";
import { runLatestCommand } from "../src/cli/latestCommand.js";
import { extractMeetings, latestMeetings } from "../src/meetings/index.js";
import type { Article } from "../src/types.js";

const ARTICLES: Article[] = [
  {
    id: "a.txt",
    date: "2025-02-23",
    title: "Pakistan, Azerbaijan",
    publisher: null,
    place: null,
    url: null,
    paragraphs: [
      "In September 2024, Pakistani Foreign Minister Sana Baig visited Azerbaijan and agreed to expand trade.",
      "On January 18, Pakistani Prime Minister Imran Qureshi met Azerbaijani President Tofiq Guliyev in Ganja.",
    ],
  },
];

describe("runLatestCommand", () => {
  it("prints exactly one JSON object with the documented shape", () => {
    const parsed: unknown = JSON.parse(
      runLatestCommand({ json: true, meetings: latestMeetings(extractMeetings(ARTICLES), 5) }),
    );
    expect(parsed).toEqual({
      meetings: [
        {
          date: "2025-01-18",
          precision: "day",
          place: "Ganja",
          kind: "meeting",
          participants: ["Prime Minister Imran Qureshi", "President Tofiq Guliyev"],
          summary:
            "On January 18, Pakistani Prime Minister Imran Qureshi met Azerbaijani President Tofiq Guliyev in Ganja.",
          sources: [{ source: "a.txt", date: "2025-02-23" }],
        },
        {
          date: "2024-09-01",
          precision: "month",
          place: "Azerbaijan",
          kind: "visit",
          participants: ["Foreign Minister Sana Baig"],
          summary:
            "In September 2024, Pakistani Foreign Minister Sana Baig visited Azerbaijan and agreed to expand trade.",
          sources: [{ source: "a.txt", date: "2025-02-23" }],
        },
      ],
    });
  });

  it("honours the limit and prints a readable timeline", () => {
    const text = runLatestCommand({ json: false, meetings: latestMeetings(extractMeetings(ARTICLES), 1) });
    expect(text).toContain("2025-01-18 · Ganja");
    expect(text).not.toContain("September 2024");
    expect(runLatestCommand({ json: false, meetings: [] })).toMatch(/^No meetings/u);
  });
});
