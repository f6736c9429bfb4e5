/**
 * Abstention: a question the archive does not cover gets `no_answer` and no excerpts, never the
 * nearest sentence that happens to share a word. Runs on the real seeds, whose pages carry an
 * Explore block of unrelated headlines, a share ticker and bylines, and on the fixture archive.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readArchive } from "../src/ingest/readArchive.js";
import { createKnowledgeBase, type LoadedKnowledgeBase } from "../src/loadKnowledgeBase.js";

let seeds: LoadedKnowledgeBase;
let fixtures: LoadedKnowledgeBase;

beforeAll(async () => {
  // Built fresh from the files, never from a saved index in .cache.
  seeds = createKnowledgeBase(await readArchive(join(import.meta.dirname, "..", "seeds")));
  fixtures = createKnowledgeBase(await readArchive(join(import.meta.dirname, "fixtures", "archive")));
});

function expectNoAnswer(kb: LoadedKnowledgeBase, question: string): void {
  const { reason, scope, ...result } = kb.ask(question);
  expect(result).toEqual({ question, status: "no_answer", answer: "", excerpts: [] });
  // A scoped question also carries its scope, read from its own words ("in July 2024").
  if (scope) expect(question).toContain(scope.phrase ?? "");
  // The reader is told why, in one sentence.
  expect(reason).toMatch(/^[A-Z].*\.$/u);
}

describe("abstaining on the seeds", () => {
  it.each([
    // The topic word is nowhere in the archive; only the country names match.
    "What is the population of Azerbaijan?",
    "Did Pakistan beat Azerbaijan at cricket?",
    "What is the share price of SOCAR?",
    // People the archive never mentions.
    "What did Imran Khan say about Azerbaijan?",
    "What did Narendra Modi say in Baku?",
  ])("content words absent: %s", (question) => {
    expectNoAnswer(seeds, question);
  });

  it.each([
    "What about Pakistan and Azerbaijan?",
    "Pakistan Azerbaijan relations",
    "Pakistan and Azerbaijan?",
  ])("only corpus-wide words: %s", (question) => {
    // Every article is about Pakistan and Azerbaijan, so these words cannot single out a passage.
    expectNoAnswer(seeds, question);
  });

  it.each([
    "Why did Musk merge xAI into SpaceX?",
    "Who warned that a Europe-wide army could be extremely dangerous?",
    "What is the militant death toll in Balochistan?",
    "When does OMNEX 2026 kick off?",
    "What does TRT World say about Independence Day?",
    "What is the share price of AIRLINK?",
    "Who is Qabil Ashirov?",
  ])("debris-only fact: %s", (question) => {
    // These facts stand only in page furniture (the Explore block, a Related link, the ticker, a byline).
    expectNoAnswer(seeds, question);
  });
});

describe("abstaining on the fixture archive", () => {
  it.each([
    "What heatwave gripped southern Europe?",
    "Did Storm Ciaran batter the coast of France?",
    "Why is smog returning to Lahore?",
    "What is the share price on the PSX?",
  ])("debris-only fact: %s", (question) => {
    // Explore and Related headlines and the ticker line of the fixture pages.
    expectNoAnswer(fixtures, question);
  });

  it("abstains on a month and year that no article is dated with", () => {
    expectNoAnswer(fixtures, "What memorandum was signed in July 2024?");
  });
});

describe("invalid questions", () => {
  it.each([
    ["", "The question is empty."],
    ["   ", "The question is empty."],
    ["\t\n", "The question is empty."],
    ["x", "The question is too short: write at least 3 characters."],
    [" ab ", "The question is too short: write at least 3 characters."],
    ["???", "The question has no words in it."],
    ["a".repeat(301), "The question is too long (301 characters): keep it under 301."],
  ])("%j -> %s", (question, error) => {
    expect(seeds.ask(question)).toEqual({ question, status: "invalid", answer: "", excerpts: [], error });
  });

  it("accepts a question of exactly 300 characters", () => {
    const question = "What did Shehbaz Sharif call the Karabakh victory?".padEnd(300, "?");
    expect(question).toHaveLength(300);
    expect(seeds.ask(question).status).not.toBe("invalid");
  });

  it("counts length after trimming surrounding whitespace", () => {
    expect(seeds.ask(`   ${"a".repeat(300)}   `).status).not.toBe("invalid");
  });
});
