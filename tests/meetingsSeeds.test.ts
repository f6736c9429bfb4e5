import { beforeAll, describe, expect, it } from "vitest";
import { readArchive } from "../src/ingest/readArchive.js";
import { extractMeetings, latestMeetings } from "../src/meetings/index.js";
import type { Meeting } from "../src/types.js";

let timeline: Meeting[] = [];

beforeAll(async () => {
  const { articles } = await readArchive("seeds");
  timeline = latestMeetings(extractMeetings(articles), 100);
});

function citing(id: string): Meeting[] {
  return timeline.filter((meeting) => meeting.sources.some((source) => source.source.startsWith(id)));
}

describe("the bundled archive's timeline", () => {
  it("opens with the Baku meeting of 2025-11-07", () => {
    // "on Friday" in an article of Friday 2025-11-07 is that very day, the newest in the archive.
    expect(timeline[0]).toMatchObject({ date: "2025-11-07", precision: "day", place: "Baku" });
    expect(timeline[0]?.sources.map((s) => s.source)).toEqual(["000_77965f8e13b39c5d.txt"]);
  });

  it("tells the Lachin leaders' meeting once, dated the day before the reports, citing both", () => {
    const lachin = timeline.filter(
      (meeting) =>
        meeting.place?.startsWith("Lachin") && meeting.participants.some((p) => p.endsWith("Aliyev")),
    );
    expect(lachin).toHaveLength(1);
    expect(lachin[0]?.date).toBe("2025-05-27");
    expect(lachin[0]?.sources.map((s) => s.source)).toEqual([
      "001_b9377e48212897fa.txt",
      "002_2b8b44cccd9cfcbd.txt",
    ]);
  });

  it("keeps the army chief's Lachin meeting apart from the leaders'", () => {
    const armyChief = citing("002").filter(
      (meeting) => !meeting.participants.some((p) => p.endsWith("Aliyev")),
    );
    expect(armyChief).toHaveLength(1);
  });

  it("dates the January 2025 meetings of 004 to their days", () => {
    const january = citing("004").map((meeting) => [
      meeting.date,
      meeting.endDate ?? null,
      meeting.precision,
    ]);
    expect(january).toEqual([
      ["2025-01-25", null, "day"],
      ["2025-01-23", "2025-01-24", "day"],
      ["2025-01-18", null, "day"],
    ]);
  });

  it("leaves the Bayramov visit of the undated 003 undated, after every dated meeting", () => {
    const visit = citing("003");
    expect(visit).toHaveLength(1);
    expect(visit[0]).toMatchObject({ date: null, precision: "unknown" });
    expect(timeline.at(-1)).toBe(visit[0]);
  });
});
