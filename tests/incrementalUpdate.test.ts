/**
 * Updating by the article must serve what a full rebuild of the same archive serves: the same
 * ranking (BM25 over the whole archive's statistics), the same answers, the same meetings and topic
 * summaries, for new, changed and deleted files.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArchive, type SyntheticQuestion } from "../src/bench/generateArchive.js";
import { PROJECT_ROOT } from "../src/config.js";
import {
  loadKnowledgeBase,
  updateKnowledgeBase,
  type LoadedKnowledgeBase,
} from "../src/loadKnowledgeBase.js";
import { TOPIC_CATALOGUE } from "../src/topics/catalogue.js";
import { analyzeText } from "../src/text/terms.js";

const SEEDS = join(PROJECT_ROOT, "seeds");
// Named to sort after every other file: a rebuild then reads them last, as the delta does.
const ADDED = {
  "zz_added_1.txt":
    " date 2025-12-01\nZarnigar canal accord signed\n\nThe Zarnigar canal accord between Pakistan and Azerbaijan was signed in Gabala by Minister Leyla Safarov on 3 November 2025.\n\nPrime Minister Shehbaz Sharif met President Ilham Aliyev in Baku on 2 November 2025 to discuss the canal and energy trade.\n",
  "zz_added_2.txt":
    " date 2025-12-02\nDefence college opens\n\nA joint defence college of Pakistan and Azerbaijan opened in Shusha, training officers of both armies in aircraft maintenance.\n\nThe Zarnigar canal accord between Pakistan and Azerbaijan was signed in Gabala by Minister Leyla Safarov on 3 November 2025.\n",
};
const CHANGED_TEXT =
  " date 2025-11-20\nTrade fair in Lahore\n\nA trade fair in Lahore gathered exporters from Pakistan and Azerbaijan, who signed contracts for textiles and oil equipment.\n";

let root: string;
let archive: string;
let cache: string;
let questions: readonly SyntheticQuestion[];
let layered: LoadedKnowledgeBase;
let rebuilt: LoadedKnowledgeBase;
let deletedIds: string[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dostluq-delta-"));
  archive = join(root, "archive");
  cache = join(root, "cache");
  await mkdir(archive);
  questions = (await generateArchive(archive, 120, 30)).questions;
  for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(archive, name));
  const main = await loadKnowledgeBase(archive, { cacheDir: cache });
  expect(main.origin).toBe("built");
  // Two synthetic articles and a seed deleted (the seed shares syndicated passages), one changed, two added.
  const names = (await readdir(archive)).sort();
  deletedIds = [names[3] ?? "", names[40] ?? "", "004_2c982bdcbaac3a2e.txt"];
  for (const id of deletedIds) await unlink(join(archive, id));
  await writeFile(join(archive, names[10] ?? ""), CHANGED_TEXT);
  for (const [name, text] of Object.entries(ADDED)) await writeFile(join(archive, name), text);
  layered = await updateKnowledgeBase(main, archive, { cacheDir: cache });
  // Served at once for /ask; the timeline and summaries follow from a worker thread.
  await layered.settled;
  rebuilt = await loadKnowledgeBase(archive, { cacheDir: null });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Ranked candidates as (text, score), equal scores in text order: passage ids differ between the two. */
function ranking(kb: LoadedKnowledgeBase, question: string): [string, number][] {
  const terms = analyzeText(question);
  return kb.engine.index
    .search(terms, 40)
    .map(({ passageId, score }): [string, number] => [kb.engine.store.passages[passageId]?.text ?? "", score])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

describe("an archive updated by the article", () => {
  it("layers the changes over the saved index instead of rebuilding it", () => {
    expect(layered.origin).toBe("saved");
    expect(layered.delta).toEqual({ added: 3, removed: 4 });
    expect(layered.articles.map((article) => article.id)).toEqual(
      rebuilt.articles.map((article) => article.id),
    );
    for (const id of deletedIds) expect(layered.articles.map((article) => article.id)).not.toContain(id);
  });

  it("ranks every question exactly as a full rebuild does", () => {
    const asked = [
      ...questions.map((question) => question.q),
      "Where was the Zarnigar canal accord signed?",
      "trade fair Lahore textiles",
      "When did Azerbaijan receive the JF-17?",
      "defence college Shusha aircraft maintenance",
    ];
    for (const question of asked)
      expect(ranking(layered, question), question).toEqual(ranking(rebuilt, question));
  });

  it("answers as a full rebuild does, from new, changed and remaining articles", () => {
    const added = layered.ask("Where was the Zarnigar canal accord signed?");
    expect(added.status).toBe("answered");
    expect(added.answer).toContain("Gabala");
    // The repeated sentence is one passage citing both new articles.
    expect([
      added.excerpts[0]?.citation.source,
      ...(added.excerpts[0]?.alsoIn ?? []).map((c) => c.source),
    ]).toEqual(["zz_added_1.txt", "zz_added_2.txt"]);
    for (const question of [...questions.map((q) => q.q), "Who organised the trade fair in Lahore?"]) {
      expect(layered.ask(question), question).toEqual(rebuilt.ask(question));
    }
  });

  it("updates the meeting timeline and the topic summaries for the touched articles", () => {
    expect(layered.latest(1000)).toEqual(rebuilt.latest(1000));
    expect(
      layered.latest(1000).some((meeting) => meeting.sources.some((s) => s.source === "zz_added_1.txt")),
    ).toBe(true);
    for (const topic of TOPIC_CATALOGUE)
      expect(layered.topic(topic.name), topic.name).toEqual(rebuilt.topic(topic.name));
  });

  it("serves a deleted article no more", () => {
    const jf17 = layered.ask("When did Azerbaijan receive the JF-17?");
    expect(JSON.stringify(jf17)).not.toContain("004_2c982bdcbaac3a2e.txt");
  });
});
