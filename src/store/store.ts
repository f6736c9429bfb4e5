/**
 * The bot's store: one SQLite file (better-sqlite3) holding answers given on Discord, votes on
 * them, follow-up threads and alert subscriptions. This is the only module that speaks SQL; the
 * rest of the code calls the named functions below.
 *
 * Opening never throws: an unwritable folder, a corrupt file or a locked database gives an
 * unavailable store with the reason, and the bot keeps answering without the features that need it.
 * Every write runs in an immediate transaction, and a promise it returns resolves only once the
 * write is committed. Votes, reasons, threads and subscriptions are synced to disk before that
 * (synchronous=FULL), so an acknowledged vote survives a power cut; the record of an answer is not
 * (NORMAL: it survives a crash of the bot), so a burst of questions never waits on the disk.
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { foldText } from "../text/fold.js";
import type { ReplyExcerpt } from "../reply.js";
import { MIGRATIONS } from "./migrations.js";
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS } from "./retention.js";

/** The database's file name inside DATA_DIR. */
export const STORE_FILE = "dostluq.db";
const DAY_MS = 24 * 60 * 60 * 1000;
// SQLite waits this long for another process's lock before SQLITE_BUSY. The wait blocks the event
// loop (better-sqlite3 is synchronous), so it is short; longer waits are retried asynchronously.
const BUSY_TIMEOUT_MS = 50;
// A write retried for longer than this is reported as unavailable: an interaction must be
// acknowledged within 3 s, and a button click should get its answer well before that.
const WRITE_BUDGET_MS = 1500;
// Pause between retries of a busy write: short enough to catch a lock released at once.
const RETRY_PAUSE_MS = 25;
// Stored excerpts and reasons are bounded so a store cannot be filled by one user.
const MAX_REASON_CHARS = 300;
const MAX_QUESTION_CHARS = 500;

/** A store fault, with a message fit to show users ("the store is busy ..."). */
export class StoreError extends Error {
  override readonly name = "StoreError";
  /** The SQLite or file-system code, when there was one. */
  readonly code: string | null;

  constructor(message: string, code: string | null = null) {
    super(message);
    this.code = code;
  }
}

/** What an answer given on Discord leaves in the store. */
export interface AnswerRecord {
  /** The question as the archive was asked it (after any follow-up context was added). */
  readonly question: string;
  readonly answered: boolean;
  /** Files of the excerpts shown. */
  readonly sources: readonly string[];
  /** Excerpts kept back for "More sources". */
  readonly moreExcerpts: readonly ReplyExcerpt[];
  /** The follow-up thread the question was asked in, or `null`. */
  readonly threadId: string | null;
}

/** An alert subscription. */
export interface Subscription {
  readonly guildId: string;
  readonly channelId: string;
  readonly kind: "meetings" | "topic";
  /** The topic's name for `topic`, "" for `meetings`. */
  readonly topic: string;
  /** A role to ping with each alert, or `null` for silent posts. */
  readonly roleId: string | null;
}

/** One line of the unanswered-questions report. */
export interface UnansweredQuestion {
  /** The question as first asked (other spellings of it count towards `count`). */
  readonly question: string;
  readonly count: number;
  readonly lastAskedAt: number;
}

/** One line of the disliked-answers report. */
export interface DislikedAnswer {
  readonly question: string;
  readonly downVotes: number;
  readonly upVotes: number;
  /** The sources the answer quoted. */
  readonly sources: readonly string[];
  /** Up to three reasons given with a 👎, newest first. */
  readonly reasons: readonly string[];
}

/** Options of {@link openStore}. */
export interface StoreOptions {
  /** The folder of the database file (created if missing). */
  readonly dir: string;
  /** Default {@link DEFAULT_RETENTION_DAYS}. */
  readonly retentionDays?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
}

/** The outcome of opening the store. */
export type StoreStatus =
  | { readonly available: true; readonly store: Store; readonly path: string }
  | { readonly available: false; readonly reason: string; readonly path: string };

const codeOf = (error: unknown): string | null =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : null;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isBusy = (error: unknown): boolean => {
  const code = codeOf(error);
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED" || code?.startsWith("SQLITE_BUSY_") === true;
};

/** A user-facing explanation of a SQLite or file-system error. */
function explain(error: unknown, path: string): StoreError {
  const code = codeOf(error);
  if (error instanceof StoreError) return error;
  if (isBusy(error)) {
    return new StoreError(`the store is busy (another process is writing to ${path}); try again`, code);
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT" || code?.startsWith("SQLITE_CORRUPT") === true) {
    return new StoreError(
      `the store file ${path} is corrupt (${messageOf(error)}); move it aside to start a new one`,
      code,
    );
  }
  if (code === "SQLITE_READONLY" || code === "SQLITE_CANTOPEN" || code === "EACCES" || code === "EROFS") {
    return new StoreError(`the store ${path} cannot be written (${messageOf(error)})`, code);
  }
  if (code === "SQLITE_FULL") return new StoreError(`the disk holding ${path} is full`, code);
  return new StoreError(`the store ${path} failed (${messageOf(error)})`, code);
}

/**
 * A store fault as shown on Discord: file paths of the host are left out (operators see them in the start-up log and npm run gaps).
 * @param reason - a {@link StoreStatus} reason or {@link StoreError} message
 */
export function publicReason(reason: string): string {
  return reason.replace(/(?:[A-Za-z]:)?[\\/][^\s()'",]+/g, "(path hidden)");
}

/** A question reduced to its words, so "When was the PTA signed?" and "when was the pta signed" count together. */
export function questionKey(question: string): string {
  return foldText(question)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The open store. Create with {@link openStore}; {@link Store.close} when done. Reads are
 * synchronous; writes return a promise that resolves once committed, or rejects with a
 * {@link StoreError} (busy past the write budget, disk full, file gone read-only).
 */
export class Store {
  private readonly salt: Buffer;
  private readonly statements;
  private closed = false;

  /** @internal use {@link openStore}. */
  constructor(
    private readonly db: Database.Database,
    readonly path: string,
    readonly retentionDays: number,
    private readonly now: () => number,
  ) {
    this.statements = {
      insertAnswer: db.prepare<[number, string, string, number, string, string, string | null]>(
        `INSERT INTO answers (asked_at, question, question_key, answered, sources, more_excerpts, thread_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      answerById: db.prepare<[number], { question: string; more_excerpts: string; thread_id: string | null }>(
        "SELECT question, more_excerpts, thread_id FROM answers WHERE id = ?",
      ),
      upsertVote: db.prepare<[number, string, number, number]>(
        `INSERT INTO votes (answer_id, user_hash, vote, reason, voted_at) VALUES (?, ?, ?, NULL, ?)
         ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, reason = NULL,
           voted_at = excluded.voted_at`,
      ),
      setReason: db.prepare<[string, number, string]>(
        "UPDATE votes SET reason = ? WHERE answer_id = ? AND user_hash = ? AND vote = -1",
      ),
      voteOf: db.prepare<[number, string], { vote: number; reason: string | null }>(
        "SELECT vote, reason FROM votes WHERE answer_id = ? AND user_hash = ?",
      ),
      countVotes: db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM votes"),
      insertThread: db.prepare<[string, number, number]>(
        "INSERT OR IGNORE INTO threads (thread_id, answer_id, created_at) VALUES (?, ?, ?)",
      ),
      threadOfAnswer: db.prepare<[number], { thread_id: string }>(
        "SELECT thread_id FROM threads WHERE answer_id = ?",
      ),
      threadRoot: db.prepare<[string], { question: string }>(
        "SELECT a.question FROM threads t JOIN answers a ON a.id = t.answer_id WHERE t.thread_id = ?",
      ),
      threadFollowUps: db.prepare<[string], { question: string }>(
        "SELECT question FROM answers WHERE thread_id = ? ORDER BY id",
      ),
      insertSubscription: db.prepare<[string, string, string, string, string | null, number]>(
        `INSERT INTO subscriptions (guild_id, channel_id, kind, topic, role_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (channel_id, kind, topic) DO UPDATE SET role_id = excluded.role_id`,
      ),
      deleteSubscription: db.prepare<[string, string, string]>(
        "DELETE FROM subscriptions WHERE channel_id = ? AND kind = ? AND topic = ?",
      ),
      allSubscriptions: db.prepare<
        [],
        { guild_id: string; channel_id: string; kind: string; topic: string; role_id: string | null }
      >("SELECT guild_id, channel_id, kind, topic, role_id FROM subscriptions ORDER BY id"),
      unanswered: db.prepare<[number, number], { question: string; n: number; last: number }>(
        `SELECT (SELECT question FROM answers b WHERE b.question_key = a.question_key AND b.answered = 0
                 ORDER BY b.id LIMIT 1) AS question,
                COUNT(*) AS n, MAX(asked_at) AS last
         FROM answers a WHERE answered = 0 AND asked_at >= ?
         GROUP BY question_key ORDER BY n DESC, last DESC LIMIT ?`,
      ),
      disliked: db.prepare<
        [number, number],
        { question: string; down: number; up: number; sources: string; reasons: string | null }
      >(
        `SELECT MIN(a.question) AS question,
                SUM(v.vote = -1) AS down, SUM(v.vote = 1) AS up,
                MAX(a.sources) AS sources,
                GROUP_CONCAT(v.reason, char(31)) AS reasons
         FROM votes v JOIN answers a ON a.id = v.answer_id
         WHERE v.voted_at >= ?
         GROUP BY a.question_key HAVING down > 0
         ORDER BY down DESC, up ASC LIMIT ?`,
      ),
      pruneAnswers: db.prepare<[number]>("DELETE FROM answers WHERE asked_at < ?"),
    };
    this.salt = this.loadSalt();
  }

  private loadSalt(): Buffer {
    const select = this.db.prepare<[], { value: Buffer }>("SELECT value FROM meta WHERE key = 'user_salt'");
    const existing = select.get();
    if (existing !== undefined) return existing.value;
    const salt = randomBytes(32);
    this.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('user_salt', ?)").run(salt);
    // Another process may have inserted its salt first: use whichever is stored.
    return select.get()?.value ?? salt;
  }

  /** A user id as stored: a keyed hash with this store's own random salt, never the id itself. */
  hashUser(userId: string): string {
    return createHmac("sha256", this.salt).update(userId).digest("hex").slice(0, 32);
  }

  /**
   * Runs `fn` in an immediate transaction, retrying (asynchronously) while another process holds
   * the lock. `durable` writes are synced to disk before the promise resolves.
   */
  private async write<T>(fn: () => T, durable = true): Promise<T> {
    if (this.closed) throw new StoreError(`the store ${this.path} is closed`);
    const transaction = this.db.transaction(fn);
    const deadline = Date.now() + WRITE_BUDGET_MS;
    for (;;) {
      try {
        if (!durable) return transaction.immediate();
        this.db.pragma("synchronous = FULL");
        try {
          return transaction.immediate();
        } finally {
          this.db.pragma("synchronous = NORMAL");
        }
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw explain(error, this.path);
      }
      await sleep(RETRY_PAUSE_MS);
    }
  }

  private read<T>(fn: () => T): T {
    if (this.closed) throw new StoreError(`the store ${this.path} is closed`);
    try {
      return fn();
    } catch (error) {
      throw explain(error, this.path);
    }
  }

  /** Records an answer given on Discord; returns its id (for buttons). */
  async recordAnswer(answer: AnswerRecord): Promise<number> {
    return this.write(() => {
      const result = this.statements.insertAnswer.run(
        this.now(),
        answer.question.slice(0, MAX_QUESTION_CHARS),
        questionKey(answer.question),
        answer.answered ? 1 : 0,
        JSON.stringify(answer.sources),
        JSON.stringify(answer.moreExcerpts),
        answer.threadId,
      );
      return Number(result.lastInsertRowid);
    }, false);
  }

  /** The question and kept-back excerpts of an answer, or `null` (unknown or past retention). */
  answer(
    answerId: number,
  ): { question: string; moreExcerpts: readonly ReplyExcerpt[]; threadId: string | null } | null {
    const row = this.read(() => this.statements.answerById.get(answerId));
    if (row === undefined) return null;
    return {
      question: row.question,
      moreExcerpts: JSON.parse(row.more_excerpts) as ReplyExcerpt[],
      threadId: row.thread_id,
    };
  }

  /**
   * Records `userId`'s vote on an answer, replacing an earlier one (and its reason).
   * @returns `false` when the answer is unknown (deleted after the retention period).
   */
  async recordVote(answerId: number, userId: string, vote: 1 | -1): Promise<boolean> {
    const user = this.hashUser(userId);
    return this.write(() => {
      if (this.statements.answerById.get(answerId) === undefined) return false;
      this.statements.upsertVote.run(answerId, user, vote, this.now());
      return true;
    });
  }

  /**
   * Adds a reason to `userId`'s 👎 on an answer.
   * @returns `false` when there is no 👎 from that user on it.
   */
  async recordVoteReason(answerId: number, userId: string, reason: string): Promise<boolean> {
    const user = this.hashUser(userId);
    const text = reason.replace(/\s+/g, " ").trim().slice(0, MAX_REASON_CHARS);
    return this.write(() => this.statements.setReason.run(text, answerId, user).changes > 0);
  }

  /** `userId`'s vote on an answer, or `null`. */
  voteOf(answerId: number, userId: string): { vote: 1 | -1; reason: string | null } | null {
    const row = this.read(() => this.statements.voteOf.get(answerId, this.hashUser(userId)));
    return row === undefined ? null : { vote: row.vote === 1 ? 1 : -1, reason: row.reason };
  }

  /** How many votes are stored (for tests and the gaps report). */
  voteCount(): number {
    return this.read(() => this.statements.countVotes.get()?.n ?? 0);
  }

  /** Remembers the follow-up thread opened on an answer (one per answer; a second is ignored). */
  async recordThread(threadId: string, answerId: number): Promise<void> {
    await this.write(() => this.statements.insertThread.run(threadId, answerId, this.now()));
  }

  /** The follow-up thread of an answer, or `null`. */
  threadOf(answerId: number): string | null {
    return this.read(() => this.statements.threadOfAnswer.get(answerId)?.thread_id ?? null);
  }

  /**
   * The questions asked so far in a follow-up thread, oldest first, starting with the answer the
   * thread was opened on; empty for a channel that is not a follow-up thread.
   */
  threadQuestions(threadId: string): readonly string[] {
    return this.read(() => {
      const root = this.statements.threadRoot.get(threadId);
      if (root === undefined) return [];
      return [root.question, ...this.statements.threadFollowUps.all(threadId).map((row) => row.question)];
    });
  }

  /** Adds (or updates the role of) a subscription. */
  async addSubscription(subscription: Subscription): Promise<void> {
    await this.write(() =>
      this.statements.insertSubscription.run(
        subscription.guildId,
        subscription.channelId,
        subscription.kind,
        subscription.topic,
        subscription.roleId,
        this.now(),
      ),
    );
  }

  /** Removes a subscription; `false` when there was none. */
  async removeSubscription(channelId: string, kind: Subscription["kind"], topic: string): Promise<boolean> {
    return this.write(() => this.statements.deleteSubscription.run(channelId, kind, topic).changes > 0);
  }

  /** Every subscription, oldest first. */
  subscriptions(): readonly Subscription[] {
    return this.read(() =>
      this.statements.allSubscriptions.all().map((row) => ({
        guildId: row.guild_id,
        channelId: row.channel_id,
        kind: row.kind === "topic" ? "topic" : "meetings",
        topic: row.topic,
        roleId: row.role_id,
      })),
    );
  }

  /** The questions asked most often since `sinceMs` that the archive did not answer. */
  unansweredQuestions(sinceMs: number, limit: number): readonly UnansweredQuestion[] {
    return this.read(() =>
      this.statements.unanswered
        .all(sinceMs, limit)
        .map((row) => ({ question: row.question, count: row.n, lastAskedAt: row.last })),
    );
  }

  /** The answers with the most 👎 since `sinceMs`, by question. */
  mostDislikedAnswers(sinceMs: number, limit: number): readonly DislikedAnswer[] {
    return this.read(() =>
      this.statements.disliked.all(sinceMs, limit).map((row) => ({
        question: row.question,
        downVotes: row.down,
        upVotes: row.up,
        sources: JSON.parse(row.sources) as string[],
        reasons: (row.reasons ?? "")
          .split("\u001f")
          .filter((reason) => reason !== "")
          .reverse()
          .slice(0, 3),
      })),
    );
  }

  /** Deletes answers (with their votes and threads) older than the retention period; returns how many. */
  async prune(): Promise<number> {
    const cutoff = this.now() - this.retentionDays * DAY_MS;
    return this.write(() => this.statements.pruneAnswers.run(cutoff).changes, false);
  }

  /** Closes the database (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  const version = (): number => Number(db.pragma("user_version", { simple: true }));
  if (version() > MIGRATIONS.length) {
    throw new StoreError(
      `store schema version ${version()} is newer than this code knows (${MIGRATIONS.length}); update the bot`,
    );
  }
  // Immediate: two processes starting together must not both run the same migration.
  db.transaction(() => {
    for (let v = version(); v < MIGRATIONS.length; v += 1) {
      db.exec(MIGRATIONS[v] ?? "");
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}

/**
 * Opens (creating if needed) the store in `options.dir`, runs pending migrations and prunes
 * answers past retention. Never throws.
 */
export function openStore(options: StoreOptions): StoreStatus {
  const path = join(options.dir, STORE_FILE);
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
    return {
      available: false,
      path,
      reason: `store: retention of ${retentionDays} days is not 1-${MAX_RETENTION_DAYS}`,
    };
  }
  try {
    mkdirSync(options.dir, { recursive: true });
  } catch (error) {
    return {
      available: false,
      path,
      reason: `the data folder ${options.dir} cannot be created (${messageOf(error)})`,
    };
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    db.pragma("journal_mode = WAL");
    // NORMAL by default (WAL: a commit survives a crash of the process); votes switch to FULL.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    const check = String(db.pragma("quick_check", { simple: true }));
    if (check !== "ok") throw Object.assign(new Error(check), { code: "SQLITE_CORRUPT" });
    migrate(db);
    const store = new Store(db, path, retentionDays, options.now ?? Date.now);
    return { available: true, store, path };
  } catch (error) {
    try {
      db?.close();
    } catch {
      // Closing a database that failed to open has nothing left to release.
    }
    return { available: false, path, reason: explain(error, path).message };
  }
}
