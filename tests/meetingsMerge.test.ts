import { describe, expect, it } from "vitest";
import { extractMeetings, latestMeetings } from "../src/meetings/index.js";
import type { Article } from "../src/types.js";

function article(id: string, date: string | null, paragraphs: string[]): Article {
  return { id, date, title: "Pakistan, Azerbaijan", publisher: null, place: null, url: null, paragraphs };
}

describe("merging meetings told by several articles", () => {
  it("merges the same meeting reported the next day and told with 'yesterday'", () => {
    const meetings = extractMeetings([
      article("x1.txt", "2025-04-10", [
        "Prime Minister Imran Qureshi held a meeting with President of Azerbaijan Tofiq Guliyev in Ganja.",
      ]),
      article("x2.txt", "2025-04-10", [
        "Yesterday, Pakistan and Azerbaijan agreed to expand trade.",
        "This was agreed during a meeting between Pakistani PM Imran Qureshi and Azerbaijan's President Tofiq Guliyev in Ganja.",
      ]),
    ]);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.date).toBe("2025-04-09");
    expect(meetings[0]?.sources.map((s) => s.source)).toEqual(["x1.txt", "x2.txt"]);
  });

  it("keeps different meetings of the same day and place apart", () => {
    const meetings = extractMeetings([
      article("y.txt", "2025-04-10", [
        "Pakistani Army chief General Kamran Haider met with Colonel General Farid Mammadli, Minister of Defence, Azerbaijan, in Ganja.",
        "Pakistani Prime Minister Imran Qureshi met Azerbaijani President Tofiq Guliyev in Ganja.",
      ]),
    ]);
    expect(meetings).toHaveLength(2);
  });

  it("keeps meetings of the same people in different places apart", () => {
    const meetings = extractMeetings([
      article("z1.txt", "2025-04-10", [
        "Pakistani Prime Minister Imran Qureshi met Azerbaijani President Tofiq Guliyev in Ganja.",
      ]),
      article("z2.txt", "2025-04-10", [
        "Pakistani Prime Minister Imran Qureshi met Azerbaijani President Tofiq Guliyev in Quetta.",
      ]),
    ]);
    expect(meetings).toHaveLength(2);
  });

  it("ignores meetings without both sides and planned visits", () => {
    const meetings = extractMeetings([
      article("n.txt", "2025-04-10", [
        "Turkish President Kemal Arslan met Iranian President Reza Tehrani in Ankara.",
        "Pakistani Prime Minister Imran Qureshi will visit Azerbaijan next month to meet President Tofiq Guliyev.",
      ]),
    ]);
    expect(meetings).toEqual([]);
  });

  it("orders newest first, a day before a month of the same start, undated last", () => {
    const meetings = extractMeetings([
      article("o.txt", "2025-04-10", [
        "In April 2025, Pakistani Foreign Minister Sana Baig visited Azerbaijan.",
        "On April 1, Pakistani Prime Minister Imran Qureshi met Azerbaijani President Tofiq Guliyev in Ganja.",
      ]),
      article("p.txt", null, [
        "Pakistani Senator Ali Raza met Azerbaijani Ambassador Elchin Aliyev in Quetta.",
      ]),
    ]);
    expect(latestMeetings(meetings, 10).map((m) => [m.date, m.precision])).toEqual([
      ["2025-04-01", "day"],
      ["2025-04-01", "month"],
      [null, "unknown"],
    ]);
    expect(latestMeetings(meetings, 1)).toHaveLength(1);
  });
});
