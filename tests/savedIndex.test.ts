import { readFileSync } from "node:fs";
import { appendFile, copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";
import { loadKnowledgeBase, savedIndexPath } from "../src/loadKnowledgeBase.js";
import { TOPIC_CATALOGUE } from "../src/topics/catalogue.js";

const SEEDS = join(PROJECT_ROOT, "seeds");
const QUESTIONS = readFileSync(join(PROJECT_ROOT, "tests/fixtures/qa-dev.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { q: string }).q);

let root: string;
let archive: string;
let cache: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "dostluq-saved-"));
  archive = join(root, "archive");
  cache = join(root, "cache");
  await import("node:fs/promises").then(({ mkdir }) => mkdir(archive));
  for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(archive, name));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("saved index", () => {
  it("answers every command exactly as a fresh build does", async () => {
    const fresh = await loadKnowledgeBase(archive, { cacheDir: null });
    const built = await loadKnowledgeBase(archive, { cacheDir: cache });
    const saved = await loadKnowledgeBase(archive, { cacheDir: cache });
    expect(built.origin).toBe("built");
    expect(saved.origin).toBe("saved");
    for (const question of QUESTIONS) expect(saved.ask(question)).toEqual(fresh.ask(question));
    expect(saved.latest(10)).toEqual(fresh.latest(10));
    for (const theme of [...TOPIC_CATALOGUE.map((topic) => topic.name), "JF-17 delivery", "football"]) {
      expect(saved.topic(theme)).toEqual(fresh.topic(theme));
    }
    // The saved index keeps article metadata; their text lives in its passages.
    expect(saved.articles).toEqual(fresh.articles.map((article) => ({ ...article, paragraphs: [] })));
    expect(saved.skipped).toEqual(fresh.skipped);
  });

  it("layers an added or changed article over the saved index, and rebuilds when told to merge", async () => {
    await loadKnowledgeBase(archive, { cacheDir: cache });
    await writeFile(
      join(archive, "900_added.txt"),
      " date 2025-12-01\nA new article\n\nThe Zarnigar canal accord between Pakistan and Azerbaijan was signed in Gabala.\n",
    );
    const reasons: string[] = [];
    const kb = await loadKnowledgeBase(archive, {
      cacheDir: cache,
      onRebuild: (reason) => reasons.push(reason),
    });
    expect(kb.origin).toBe("saved");
    expect(kb.delta).toEqual({ added: 1, removed: 0 });
    expect(reasons).toEqual([]);
    expect(kb.articles.map((article) => article.id)).toContain("900_added.txt");
    expect(kb.ask("Where was the Zarnigar canal accord signed?").status).toBe("answered");

    await appendFile(join(archive, "900_added.txt"), "It was signed in October.\n");
    const changed = await loadKnowledgeBase(archive, { cacheDir: cache });
    expect(changed.delta).toEqual({ added: 1, removed: 0 });
    const merged = await loadKnowledgeBase(archive, {
      cacheDir: cache,
      layer: false,
      onRebuild: (reason) => reasons.push(reason),
    });
    expect(merged.origin).toBe("built");
    expect(reasons).toEqual(["the archive changed"]);
    const after = await loadKnowledgeBase(archive, { cacheDir: cache });
    expect(after.origin).toBe("saved");
    expect(after.delta).toEqual({ added: 0, removed: 0 });
  });

  const flip = (file: Buffer, at: number): Buffer =>
    Buffer.concat([file.subarray(0, at), Buffer.from([(file[at] ?? 0) ^ 0xff]), file.subarray(at + 1)]);

  it.each([
    ["garbage", (_file: Buffer) => Buffer.from("not an index at all")],
    [
      "a flipped byte",
      (file: Buffer) =>
        Buffer.concat([file.subarray(0, 100), Buffer.from([(file[100] ?? 0) ^ 0xff]), file.subarray(101)]),
    ],
    ["a truncated file", (file: Buffer) => file.subarray(0, Math.floor(file.length / 2))],
    // The resident sections sit mid-file; the passage text, read on demand, two thirds in; the timeline and
    // update base at the end: each has its own checksum.
    ["a flipped byte mid-file", (file: Buffer) => flip(file, Math.floor(file.length / 2))],
    ["a flipped byte in the text", (file: Buffer) => flip(file, Math.floor((file.length * 2) / 3))],
    ["a flipped byte near the end", (file: Buffer) => flip(file, file.length - 10)],
    ["a byte cut from the end", (file: Buffer) => file.subarray(0, file.length - 1)],
  ])("rebuilds a saved index holding %s instead of crashing", async (_, corrupt) => {
    const fresh = await loadKnowledgeBase(archive, { cacheDir: cache });
    const path = savedIndexPath(archive, cache);
    await writeFile(path, corrupt(readFileSync(path)));
    const reasons: string[] = [];
    const kb = await loadKnowledgeBase(archive, {
      cacheDir: cache,
      onRebuild: (reason) => reasons.push(reason),
    });
    expect(kb.origin).toBe("built");
    expect(reasons[0]).toMatch(/^Saved index: /u);
    expect(kb.ask(QUESTIONS[0] ?? "")).toEqual(fresh.ask(QUESTIONS[0] ?? ""));
    expect((await loadKnowledgeBase(archive, { cacheDir: cache })).origin).toBe("saved");
  });

  it("never writes into the archive folder", async () => {
    const before = await readdir(archive);
    await loadKnowledgeBase(archive, { cacheDir: cache });
    expect(await readdir(archive)).toEqual(before);
  });
});

describe("saved index passage terms", () => {
  it("reads the same terms per passage from the file as held in memory", async () => {
    const { readSavedIndex } = await import("../src/persist/savedIndex.js");
    const { expandStore } = await import("../src/search/compactStore.js");
    const built = await loadKnowledgeBase(archive, { cacheDir: cache });
    const path = savedIndexPath(archive, cache);
    const held = await readSavedIndex(path);
    const onDisk = await readSavedIndex(path, { residentTermsMaxBytes: 0 });
    // One holds the values, the other reads them per passage: the point of the option.
    expect(typeof held.store.passageTerms.values).not.toBe("function");
    expect(typeof onDisk.store.passageTerms.values).toBe("function");
    const fromMemory = expandStore(held.store, held.index.terms, held.articles).passages;
    const fromFile = expandStore(onDisk.store, onDisk.index.terms, onDisk.articles).passages;
    expect(fromFile.length).toBe(built.engine.store.passages.length);
    for (let id = 0; id < fromFile.length; id++) {
      expect(fromFile[id]?.terms).toEqual(fromMemory[id]?.terms);
      expect(fromFile[id]?.terms).toEqual(built.engine.store.passages[id]?.terms);
    }
  });
});
