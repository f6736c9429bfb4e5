import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../src/store/migrations.js";
import { openStore, STORE_FILE, type Store } from "../src/store/store.js";

let dir: string;
const opened: Store[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dostluq-store-"));
});

afterEach(async () => {
  for (const store of opened.splice(0)) store.close();
  await rm(dir, { recursive: true, force: true });
});

function open(options: { now?: () => number; retentionDays?: number } = {}): Store {
  const status = openStore({ dir, ...options });
  if (!status.available) throw new Error(status.reason);
  opened.push(status.store);
  return status.store;
}

const answer = (question: string, answered = false) => ({
  question,
  answered,
  sources: answered ? ["004.txt"] : [],
  moreExcerpts: [],
  threadId: null,
});

describe("store", () => {
  it("migrates a new file to the latest schema in WAL mode", () => {
    open();
    const db = new Database(join(dir, STORE_FILE), { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("keeps one vote per user per answer, changeable, and stores user ids only hashed", async () => {
    const store = open();
    const id = await store.recordAnswer(answer("When was the PTA signed?", true));
    expect(await store.recordVote(id, "1100000000000000001", 1)).toBe(true);
    expect(await store.recordVote(id, "1100000000000000001", -1)).toBe(true);
    expect(await store.recordVoteReason(id, "1100000000000000001", "  wrong   date ")).toBe(true);
    expect(store.voteOf(id, "1100000000000000001")).toEqual({ vote: -1, reason: "wrong date" });
    expect(store.voteCount()).toBe(1);
    expect(await store.recordVote(9999, "1100000000000000001", 1)).toBe(false);
    store.close();
    const raw = new Database(join(dir, STORE_FILE), { readonly: true });
    const dump = JSON.stringify(raw.prepare("SELECT * FROM votes").all());
    raw.close();
    expect(dump).not.toContain("1100000000000000001");
  });

  it("hashes the same user differently in two stores (a salt of its own)", async () => {
    const a = open();
    const other = await mkdtemp(join(tmpdir(), "dostluq-store-"));
    const status = openStore({ dir: other });
    if (!status.available) throw new Error(status.reason);
    expect(status.store.hashUser("42")).not.toBe(a.hashUser("42"));
    expect(a.hashUser("42")).toBe(a.hashUser("42"));
    status.store.close();
    await rm(other, { recursive: true, force: true });
  });

  it("reports the most-asked unanswered questions and the most disliked answers", async () => {
    const store = open();
    for (const q of [
      "Who won the 2030 cup?",
      "who won the 2030 cup",
      "Who won the 2030 Cup?!",
      "What is X?",
    ]) {
      await store.recordAnswer(answer(q));
    }
    await store.recordAnswer(answer("When was the PTA signed?", true));
    const liked = await store.recordAnswer(answer("When did Azerbaijan receive the JF-17?", true));
    const disliked = await store.recordAnswer(answer("Where was the canal accord signed?", true));
    await store.recordVote(liked, "u1", 1);
    await store.recordVote(disliked, "u1", -1);
    await store.recordVote(disliked, "u2", -1);
    await store.recordVoteReason(disliked, "u2", "quotes the wrong article");
    const gaps = store.unansweredQuestions(0, 10);
    expect(gaps.map((g) => [g.question, g.count])).toEqual([
      ["Who won the 2030 cup?", 3],
      ["What is X?", 1],
    ]);
    expect(store.mostDislikedAnswers(0, 10)).toEqual([
      {
        question: "Where was the canal accord signed?",
        downVotes: 2,
        upVotes: 0,
        sources: ["004.txt"],
        reasons: ["quotes the wrong article"],
      },
    ]);
  });

  it("forgets answers and their votes after the retention period, keeping subscriptions", async () => {
    let now = Date.UTC(2026, 0, 1);
    const store = open({ now: () => now, retentionDays: 90 });
    const old = await store.recordAnswer(answer("old question"));
    await store.recordVote(old, "u1", -1);
    await store.addSubscription({ guildId: "g", channelId: "c", kind: "meetings", topic: "", roleId: null });
    now += 91 * 24 * 60 * 60 * 1000;
    const recent = await store.recordAnswer(answer("recent question"));
    expect(await store.prune()).toBe(1);
    expect(store.answer(old)).toBeNull();
    expect(store.answer(recent)).not.toBeNull();
    expect(store.voteCount()).toBe(0);
    expect(store.subscriptions()).toHaveLength(1);
  });

  it("keeps a follow-up thread's questions in order, starting with the answer it was opened on", async () => {
    const store = open();
    const root = await store.recordAnswer(answer("When was the PTA signed?", true));
    await store.recordThread("t1", root);
    await store.recordAnswer({ ...answer("Where was the PTA signed?"), threadId: "t1" });
    expect(store.threadQuestions("t1")).toEqual(["When was the PTA signed?", "Where was the PTA signed?"]);
    expect(store.threadOf(root)).toBe("t1");
    expect(store.threadQuestions("elsewhere")).toEqual([]);
  });

  it("adds, updates and removes subscriptions", async () => {
    const store = open();
    const sub = { guildId: "g", channelId: "c", kind: "topic", topic: "trade", roleId: null } as const;
    await store.addSubscription(sub);
    await store.addSubscription({ ...sub, roleId: "r" });
    expect(store.subscriptions()).toEqual([{ ...sub, roleId: "r" }]);
    expect(await store.removeSubscription("c", "topic", "trade")).toBe(true);
    expect(await store.removeSubscription("c", "topic", "trade")).toBe(false);
  });
});

describe("store faults", () => {
  it("an unwritable DATA_DIR: unavailable, naming the folder", async () => {
    const file = join(dir, "not-a-folder");
    await writeFile(file, "x");
    const status = openStore({ dir: join(file, "data") });
    expect(status.available).toBe(false);
    if (!status.available)
      expect(status.reason).toMatch(/data folder .*not-a-folder\/data cannot be created/);
  });

  it("a corrupt database file: unavailable, the file left as it was", async () => {
    const garbage = "this is not a database ".repeat(300);
    await writeFile(join(dir, STORE_FILE), garbage);
    const status = openStore({ dir });
    expect(status.available).toBe(false);
    if (!status.available)
      expect(status.reason).toMatch(/store file .*dostluq\.db is corrupt.*move it aside/);
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(join(dir, STORE_FILE), "utf8")).toBe(garbage);
  });

  it("a schema newer than the code: unavailable, never downgraded", () => {
    open().close();
    const db = new Database(join(dir, STORE_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const status = openStore({ dir });
    expect(status.available).toBe(false);
    if (!status.available) expect(status.reason).toMatch(/newer than this code knows/);
  });

  it("a write lock held by another connection: the vote waits for it, then commits", async () => {
    const store = open();
    const id = await store.recordAnswer(answer("q", true));
    const other = new Database(join(dir, STORE_FILE));
    other.exec("BEGIN IMMEDIATE");
    const vote = store.recordVote(id, "u1", 1);
    // The lock is released while the store is retrying asynchronously.
    await new Promise<void>((resolve) => setImmediate(resolve));
    other.exec("COMMIT");
    other.close();
    expect(await vote).toBe(true);
    expect(store.voteOf(id, "u1")).toEqual({ vote: 1, reason: null });
  });

  it("a write lock held past the write budget: the vote is refused as busy, not reported as recorded", async () => {
    const store = open();
    const id = await store.recordAnswer(answer("q", true));
    const other = new Database(join(dir, STORE_FILE));
    other.exec("BEGIN IMMEDIATE");
    try {
      await expect(store.recordVote(id, "u1", 1)).rejects.toThrow(/the store is busy \(another process/);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(store.voteOf(id, "u1")).toBeNull();
  });
});
