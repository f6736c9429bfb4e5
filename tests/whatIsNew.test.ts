import { describe, expect, it } from "vitest";
import { whatIsNew } from "../src/alerts/whatIsNew.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import type { Meeting } from "../src/types.js";
import { fakeKb } from "./support/fakeKnowledgeBase.js";

const meeting = (summary: string, source: string): Meeting => ({
  date: "2026-03-02",
  precision: "day",
  kind: "meeting",
  place: "Baku",
  participants: [],
  summary,
  evidence: [],
  sources: [{ source, date: "2026-03-02" }],
});

/** A knowledge base serving `files`, whose timeline and trade summary are given. */
function kb(files: string[], meetings: Meeting[], tradeSources: string[]): KnowledgeBase {
  const base = fakeKb();
  return {
    ...base,
    articles: files.map((id) => ({ id, date: null, title: id, publisher: null, place: null, url: null })),
    latest: (limit) => meetings.slice(0, limit),
    topic: (name) => ({
      topic: name,
      status: "answered",
      points: tradeSources.map((source) => ({
        text: `Trade point from ${source}`,
        sources: [{ source, date: null }],
      })),
    }),
  };
}

describe("what a rebuilt archive adds", () => {
  const old = meeting("Ministers met in Baku.", "a.txt");

  it("finds meetings and topic points that rest on an added article", () => {
    const before = kb(["a.txt"], [old], ["a.txt"]);
    const added = meeting("Foreign ministers signed a rail memorandum.", "b.txt");
    const after = kb(["a.txt", "b.txt"], [added, old], ["a.txt", "b.txt"]);
    const news = whatIsNew(before, after, ["trade"]);
    expect(news.meetings).toEqual([added]);
    expect(news.topics.get("trade")?.map((p) => p.text)).toEqual(["Trade point from b.txt"]);
  });

  it("finds nothing when a file is only removed or rewritten, so a rebuild never re-announces", () => {
    const both = kb(["a.txt", "b.txt"], [old], ["a.txt", "b.txt"]);
    expect(whatIsNew(both, kb(["a.txt"], [old], ["a.txt"]), ["trade"])).toEqual({
      meetings: [],
      topics: new Map(),
    });
    expect(whatIsNew(both, both, ["trade"]).meetings).toEqual([]);
  });

  it("does not count a known meeting as new when a second article reports it", () => {
    const before = kb(["a.txt"], [old], []);
    const reported = { ...old, sources: [...old.sources, { source: "c.txt", date: null }] };
    expect(whatIsNew(before, kb(["a.txt", "c.txt"], [reported], []), []).meetings).toEqual([]);
  });
});
