/**
 * The spelling table of a store updated by the article is derived from the saved store's instead
 * of built over every term again: it must be the very table a fresh build gives (the same terms in
 * the same order, so the same correction wins a tie), with the deleted articles' own terms gone and
 * the added ones' in.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArchive } from "../src/bench/generateArchive.js";
import { PROJECT_ROOT } from "../src/config.js";
import { correctSpelling, prepareSpelling, spellingBuckets } from "../src/answer/queryExpansion.js";
import {
  loadKnowledgeBase,
  updateKnowledgeBase,
  type LoadedKnowledgeBase,
} from "../src/loadKnowledgeBase.js";
import type { PassageStore } from "../src/search/passageStore.js";

const SEEDS = join(PROJECT_ROOT, "seeds");
/** Words only the added article has, and a misspelling of each. */
const ADDED_TEXT =
  " date 2025-12-01\nQuvandar reservoir opened\n\nThe Quvandar reservoir near Zarvelin was opened by engineers of Pakistan and Azerbaijan on 3 November 2025.\n";

let root: string;
let main: LoadedKnowledgeBase;
let updated: LoadedKnowledgeBase;
let deletedOwnTerm: string;

/** The same store as another object: its spelling table is built afresh from the same frequencies. */
function afresh(store: PassageStore): PassageStore {
  return { ...store };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dostluq-spelling-"));
  const archive = join(root, "archive");
  const cache = join(root, "cache");
  await mkdir(archive);
  await generateArchive(archive, 40, 10);
  for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(archive, name));
  main = await loadKnowledgeBase(archive, { cacheDir: cache });
  prepareSpelling(main.engine.store);
  // A synthetic article whose invented names no other article has: deleting it removes terms.
  const store = main.engine.store;
  const index = store.articles.findIndex((article) => article.id.startsWith("syn"));
  const own = new Set<string>();
  for (const id of store.articlePassages[index] ?? [])
    for (const term of store.passages[id]?.terms ?? [])
      if (/^[a-z]+$/u.test(term) && store.articleFrequency.get(term) === 1) own.add(term);
  deletedOwnTerm = [...own].find((term) => term.length >= 6) ?? "";
  await unlink(join(archive, store.articles[index]?.id ?? ""));
  await writeFile(join(archive, "zz_added.txt"), ADDED_TEXT);
  updated = await updateKnowledgeBase(main, archive, { cacheDir: cache });
  await updated.settled;
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the spelling table after an update", () => {
  it("is the table a fresh build over the updated frequencies gives, bucket by bucket, in order", () => {
    expect(updated.delta.added).toBe(1);
    expect(spellingBuckets(updated.engine.store)).toEqual(spellingBuckets(afresh(updated.engine.store)));
  });

  it("corrects to the added article's words and no longer to the deleted one's", () => {
    // "quvandar" is only in the added article; the deleted article's own term is in no other.
    expect(deletedOwnTerm).not.toBe("");
    const table = spellingBuckets(updated.engine.store).flat();
    expect(table).toContain("quvandar");
    expect(table).not.toContain(deletedOwnTerm);
    expect(spellingBuckets(main.engine.store).flat()).toContain(deletedOwnTerm);
    expect(correctSpelling(updated.engine.store, "quvandor")).toBe("quvandar");
  });
});
