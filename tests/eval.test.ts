import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatReport, parseEvalFile, type EvalItem } from "../src/eval/evaluate.js";
import { readArchive } from "../src/ingest/readArchive.js";
import { createKnowledgeBase } from "../src/loadKnowledgeBase.js";
import type { AskResult, Citation, Excerpt } from "../src/types.js";

const ROOT = join(import.meta.dirname, "..");

describe("the dev question set over the seeds (regression guard)", () => {
  it("answers at least 23 of 25 answerable questions at top-1 and abstains on all 5 others", async () => {
    // Built fresh from the files, never from a saved index in .cache.
    const kb = createKnowledgeBase(await readArchive(join(ROOT, "seeds")));
    const items = parseEvalFile(await readFile(join(ROOT, "tests", "fixtures", "qa-dev.jsonl"), "utf8"));
    const report = evaluate(items, (question) => kb.ask(question));
    expect(report.answerable).toBe(25);
    expect(report.abstainable).toBe(5);
    // formatReport lists every miss, so a failure says which questions regressed.
    expect(report.top1, formatReport(report)).toBeGreaterThanOrEqual(23);
    expect(report.abstained, formatReport(report)).toBe(5);
    expect(report.top3).toBeGreaterThanOrEqual(report.top1);
  });
});

function citation(source: string): Citation {
  return { source, title: `Title of ${source}`, publisher: null, date: null, url: null };
}

function excerpt(text: string, source: string, alsoIn: readonly string[] = []): Excerpt {
  return { text, citation: citation(source), alsoIn: alsoIn.map(citation) };
}

function answeredWith(answer: string, excerpts: readonly Excerpt[]): (question: string) => AskResult {
  return (question) => ({ question, status: "answered", answer, excerpts });
}

function item(overrides: Partial<EvalItem> = {}): EvalItem {
  return {
    id: "t1",
    q: "When was the pact signed?",
    any: ["July 2024"],
    sources: ["a.txt"],
    abstain: false,
    category: "test",
    ...overrides,
  };
}

function scoreOne(entry: EvalItem, ask: (question: string) => AskResult): { top1: boolean; top3: boolean } {
  const [outcome] = evaluate([entry], ask).outcomes;
  if (!outcome) throw new Error("no outcome");
  return { top1: outcome.top1, top3: outcome.top3 };
}

describe("evaluate: scoring rules", () => {
  it("counts a gold string in the first excerpt from a gold source as top-1", () => {
    expect(scoreOne(item(), answeredWith("", [excerpt("Signed in July 2024.", "a.txt")]))).toEqual({
      top1: true,
      top3: true,
    });
  });

  it("misses when the gold string is in the answer but the excerpt cites a wrong source", () => {
    const ask = answeredWith("July 2024 — Signed in July 2024.", [excerpt("Signed in July 2024.", "b.txt")]);
    expect(scoreOne(item(), ask)).toEqual({ top1: false, top3: false });
  });

  it("misses when the excerpt cites a gold source but holds no gold string", () => {
    expect(scoreOne(item(), answeredWith("", [excerpt("Signed last year.", "a.txt")]))).toEqual({
      top1: false,
      top3: false,
    });
  });

  it("lets the first excerpt lean on the direct answer for the gold string", () => {
    const ask = answeredWith("July 2024 — signed last year", [excerpt("Signed last year.", "a.txt")]);
    expect(scoreOne(item(), ask)).toEqual({ top1: true, top3: true });
  });

  it("does not let a later excerpt lean on the direct answer", () => {
    const ask = answeredWith("July 2024", [
      excerpt("Unrelated.", "b.txt"),
      excerpt("Signed last year.", "a.txt"),
    ]);
    expect(scoreOne(item(), ask)).toEqual({ top1: false, top3: false });
  });

  it("accepts a gold source named in alsoIn", () => {
    const ask = answeredWith("", [excerpt("Signed in July 2024.", "b.txt", ["c.txt", "a.txt"])]);
    expect(scoreOne(item(), ask)).toEqual({ top1: true, top3: true });
  });

  it("counts a hit at the second or third excerpt as top-3 only, and not at the fourth", () => {
    const wrong = excerpt("Unrelated.", "b.txt");
    const right = excerpt("Signed in July 2024.", "a.txt");
    expect(scoreOne(item(), answeredWith("", [wrong, wrong, right]))).toEqual({ top1: false, top3: true });
    expect(scoreOne(item(), answeredWith("", [wrong, wrong, wrong, right]))).toEqual({
      top1: false,
      top3: false,
    });
  });

  it("accepts any one of several gold strings, matched case-sensitively", () => {
    const entry = item({ any: ["Baku", "Presidential Palace"] });
    expect(scoreOne(entry, answeredWith("", [excerpt("At the Presidential Palace.", "a.txt")])).top1).toBe(
      true,
    );
    expect(scoreOne(entry, answeredWith("", [excerpt("In BAKU.", "a.txt")])).top1).toBe(false);
  });

  it("gives no credit to an answered status on an abstain item, and counts no_answer as abstained", () => {
    const abstainItem = item({ id: "t2", q: "What is the population?", any: [], sources: [], abstain: true });
    const noAnswer = (question: string): AskResult => ({
      question,
      status: "no_answer",
      answer: "",
      excerpts: [],
    });
    const answered = answeredWith("x", [excerpt("x", "a.txt")]);
    expect(evaluate([abstainItem], noAnswer)).toMatchObject({ abstainable: 1, abstained: 1, answerable: 0 });
    const wrong = evaluate([abstainItem], answered);
    expect(wrong).toMatchObject({ abstainable: 1, abstained: 0, top1: 0 });
    expect(wrong.outcomes[0]).toMatchObject({ top1: false, top3: false });
  });

  it("counts no_answer on an answerable item as a false abstention, but not an invalid status", () => {
    const noAnswer = (question: string): AskResult => ({
      question,
      status: "no_answer",
      answer: "",
      excerpts: [],
    });
    const invalid = (question: string): AskResult => ({
      question,
      status: "invalid",
      answer: "",
      excerpts: [],
      error: "The question is empty.",
    });
    expect(evaluate([item()], noAnswer)).toMatchObject({ answerable: 1, top1: 0, falseAbstentions: 1 });
    expect(evaluate([item()], invalid)).toMatchObject({ answerable: 1, top1: 0, falseAbstentions: 0 });
  });

  it("passes each question text to ask, in order", () => {
    const asked: string[] = [];
    evaluate([item({ q: "first?" }), item({ q: "second?" })], (question) => {
      asked.push(question);
      return { question, status: "no_answer", answer: "", excerpts: [] };
    });
    expect(asked).toEqual(["first?", "second?"]);
  });
});

describe("formatReport", () => {
  it("prints the figures and each miss with what was expected and what came back", () => {
    const items = [item(), item({ id: "t2", q: "Anything else?", any: ["nothing"], sources: ["z.txt"] })];
    const report = evaluate(items, answeredWith("", [excerpt("Signed in July 2024.", "a.txt")]));
    const text = formatReport(report);
    expect(text).toContain("answerable top-1 accuracy: 1/2 (50.0%)");
    expect(text).toContain("abstention accuracy:       0/0 (n/a)");
    expect(text).toContain("misses (1):");
    expect(text).toContain("  t2 Anything else?");
    expect(text).toContain("     expected: nothing from z.txt");
    expect(text).toContain('     got:      answered from a.txt: "Signed in July 2024."');
  });
});

describe("parseEvalFile", () => {
  it("reads one item per non-blank line with defaults", () => {
    expect(parseEvalFile('\n{"id":"a","q":"Who?"}\n\n{"id":"b","q":"Why?","abstain":true}\n')).toEqual([
      { id: "a", q: "Who?", any: [], sources: [], abstain: false, category: "uncategorised" },
      { id: "b", q: "Why?", any: [], sources: [], abstain: true, category: "uncategorised" },
    ]);
  });

  it("names the line of an item that does not fit the schema", () => {
    expect(() => parseEvalFile('{"id":"a","q":"Who?"}\n{"id":"b"}\n')).toThrow(
      "eval file line 2: Invalid input: expected string, received undefined",
    );
  });
});
