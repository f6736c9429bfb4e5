import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateLatest, parseGoldFile, splitReport, type LatestReport } from "../src/eval/evaluateLatest.js";
import { runLatestEval } from "../src/eval/latestMain.js";
import { readArchive } from "../src/ingest/readArchive.js";
import { extractMeetings } from "../src/meetings/index.js";
import type { Meeting } from "../src/types.js";

const CORPUS = "tests/fixtures/latest";

function meeting(overrides: Partial<Meeting>): Meeting {
  return {
    date: "2025-01-02",
    precision: "day",
    kind: "meeting",
    place: "Baku",
    participants: ["Prime Minister Tariq Noon", "President Elchin Guliyev"],
    summary: "",
    evidence: [],
    sources: [{ source: "a.txt", date: "2025-01-02" }],
    ...overrides,
  };
}

const GOLD = parseGoldFile(
  JSON.stringify({
    events: [
      {
        id: "e1",
        date: "2025-01-02",
        precision: "day",
        place: "Baku",
        kind: "meeting",
        participants: ["Noon", "Guliyev"],
        sources: ["a.txt"],
      },
      {
        id: "e2",
        split: "check",
        date: "2025-01-05",
        precision: "day",
        place: null,
        kind: "call",
        participants: ["Noon", "Karimli"],
        sources: ["b.txt"],
      },
    ],
  }),
);

describe("evaluateLatest", () => {
  it("pairs entries with gold events by source and participants, and counts misses and extras", () => {
    const report = evaluateLatest(
      [
        meeting({ date: "2025-01-03" }),
        meeting({
          participants: ["Senator Ali Raza"],
          date: "2024-01-01",
          sources: [{ source: "c.txt", date: null }],
        }),
      ],
      GOLD,
    );
    expect(
      report.matches.map((m) => [m.gold.id, m.exactDate, m.dayError, m.place, m.participantOverlap]),
    ).toEqual([["e1", false, 1, true, 1]]);
    expect(report.missed.map((event) => event.id)).toEqual(["e2"]);
    expect(report.spurious).toHaveLength(1);
    expect(splitReport(report, "check")).toMatchObject({ gold: 1, entries: 0 });
  });

  it("needs the precision too for an exact date, and names a bad gold file's field", () => {
    const [match] = evaluateLatest([meeting({ precision: "reported" })], GOLD).matches;
    expect(match?.exactDate).toBe(false);
    expect(() => parseGoldFile('{"events":[{"id":"x"}]}')).toThrow(
      /^evaluateLatest: bad gold file at events\.0\./u,
    );
  });
});

describe("the /latest corpus of agency-style articles", () => {
  let report: LatestReport;

  beforeAll(async () => {
    const { articles } = await readArchive(CORPUS);
    report = evaluateLatest(
      extractMeetings(articles),
      parseGoldFile(readFileSync(`${CORPUS}/gold.json`, "utf8")),
    );
  });

  it("has at least 30 articles and a gold event for each event they tell", async () => {
    const { articles } = await readArchive(CORPUS);
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(report.gold).toBeGreaterThanOrEqual(25);
  });

  it("finds at least 90% of the events, with at least 90% of entries real", () => {
    expect(report.matches.length / report.gold).toBeGreaterThanOrEqual(0.9);
    expect(report.matches.length / report.entries).toBeGreaterThanOrEqual(0.9);
  });

  it("dates at least 95% of found events exactly, and none at day precision more than a day off", () => {
    const exact = report.matches.filter((match) => match.exactDate).length;
    expect(exact / report.matches.length).toBeGreaterThanOrEqual(0.95);
    const farOff = report.matches.filter(
      (match) => match.gold.precision === "day" && (match.dayError === null || match.dayError > 1),
    );
    expect(farOff.map((match) => match.gold.id)).toEqual([]);
  });

  it("prints the figures overall and for the dev and check halves", async () => {
    const text = await runLatestEval(CORPUS);
    expect(text).toMatch(/^all: event recall \d+\/\d+ \([\d.]+%\), precision/mu);
    expect(text).toMatch(/^dev: event recall/mu);
    expect(text).toMatch(/^check: event recall/mu);
    expect(text).toMatch(
      /exact date .*, date within one day .*, day-precision events more than one day off: 0/u,
    );
    expect(text).toMatch(/place .*, kind .*, participant overlap [\d.]+, sources complete/u);
  });
});
