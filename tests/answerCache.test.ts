/**
 * Answers remembered per knowledge base: the same question with the same options on the same day
 * is answered once; another day, other options or a full cache ask again.
 */
import { describe, expect, it } from "vitest";
import { cachedAnswers } from "../src/time/answerCache.js";
import type { AskResult } from "../src/types.js";

function counting(): { ask: (question: string) => AskResult; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    ask: (question) => {
      calls.push(question);
      return { question, status: "no_answer", answer: "", excerpts: [] };
    },
  };
}

describe("cached answers", () => {
  it("answers a repeated question from the cache, the same object", () => {
    const { ask, calls } = counting();
    const cached = cachedAnswers(ask, 10, () => "2026-12-01");
    const first = cached("when was the pta signed");
    expect(cached("when was the pta signed")).toBe(first);
    expect(calls).toEqual(["when was the pta signed"]);
  });

  it("asks again on another day or with other options", () => {
    const { ask, calls } = counting();
    let day = "2026-12-01";
    const cached = cachedAnswers(ask, 10, () => day);
    cached("q");
    cached("q", { since: "2025" });
    day = "2026-12-02";
    cached("q");
    expect(calls).toEqual(["q", "q", "q"]);
  });

  it("forgets the least recently used answer when full", () => {
    const { ask, calls } = counting();
    const cached = cachedAnswers(ask, 2, () => "2026-12-01");
    cached("a");
    cached("b");
    cached("a");
    cached("c");
    cached("a");
    cached("b");
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });
});
