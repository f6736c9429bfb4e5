import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lemmaOf, useLemmaTable, winkLemmaOf } from "../src/lexicon/lemma.js";
import { computeLemmaExceptions, loadLemmaTable } from "../src/lexicon/lemmaTable.js";

const cacheDir = mkdtempSync(join(tmpdir(), "dostluq-lemmas-"));
// Sorted as WordNet's list is: the table looks words up by binary search.
const WORDS = ["aircraft", "ceilings", "fighter aircraft", "glasses", "jet", "talks", "went"].sort();

afterAll(() => {
  useLemmaTable(null);
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("lemma table", () => {
  it("holds wink's lemma of each plain word that is not the word itself", () => {
    const exceptions = computeLemmaExceptions(WORDS);
    for (const [word, lemma] of exceptions) expect(lemma).toBe(winkLemmaOf(word));
    // "talks" and "went" are read as inflected forms; "jet" is its own lemma; phrases are skipped.
    expect(new Map(exceptions).get("talks")).toBe("talk");
    expect(new Map(exceptions).get("went")).toBe("go");
    expect(exceptions.map(([word]) => word)).not.toContain("jet");
    expect(exceptions.map(([word]) => word)).not.toContain("fighter aircraft");
  });

  it("is saved once and read back, giving what wink gives and nothing for other words", () => {
    const first = loadLemmaTable(WORDS, "test", cacheDir);
    const files = readdirSync(cacheDir).filter((name) => name.startsWith("lemmas-"));
    expect(files).toHaveLength(1);
    const misses: string[] = [];
    const second = loadLemmaTable(WORDS, "test", cacheDir, (reason) => misses.push(reason));
    expect(misses).toEqual([]);
    for (const table of [first, second]) {
      for (const word of ["jet", "talks", "went", "aircraft"])
        expect(table.lemmaOf(word)).toBe(winkLemmaOf(word));
      expect(table.lemmaOf("planes")).toBeNull();
      expect(table.lemmaOf("fighter aircraft")).toBeNull();
    }
  });

  it("answers lemmaOf for its words once in use, and leaves parts of speech to wink", () => {
    useLemmaTable({ lemmaOf: (word) => (word === "talks" ? "tabled" : null) });
    expect(lemmaOf("talks")).toBe("tabled");
    expect(lemmaOf("talks", "verb")).toBe("talk");
    expect(lemmaOf("planes")).toBe("plane");
    useLemmaTable(null);
    expect(lemmaOf("talks")).toBe("talk");
  });

  it("keeps working in memory when the cache folder cannot be written", () => {
    const blocked = join(cacheDir, "file");
    const misses: string[] = [];
    writeFileSync(blocked, "not a folder");
    const table = loadLemmaTable(WORDS, "other", join(blocked, "sub"), (reason) => misses.push(reason));
    expect(table.lemmaOf("talks")).toBe("talk");
    expect(misses.some((reason) => reason.includes("not written"))).toBe(true);
    expect(existsSync(join(blocked, "sub"))).toBe(false);
  });
});
