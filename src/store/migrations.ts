/**
 * The store's schema, as an ordered list of SQL scripts. Script `i` takes the database from
 * `PRAGMA user_version = i` to `i + 1`; a script, once released, is never edited (add a new one).
 */

/** Every migration, oldest first. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
  );
  -- One row per answer the bot gave on Discord: what was asked, whether the archive answered, what
  -- it quoted, and the excerpts kept back for "More sources".
  CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    asked_at INTEGER NOT NULL,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
    sources TEXT NOT NULL,
    more_excerpts TEXT NOT NULL,
    thread_id TEXT
  );
  CREATE INDEX answers_by_time ON answers (asked_at);
  CREATE INDEX answers_by_thread ON answers (thread_id, id);
  -- One vote per (hashed) user per answer; a new vote replaces the old one.
  CREATE TABLE votes (
    answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    user_hash TEXT NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    reason TEXT,
    voted_at INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_hash)
  );
  CREATE INDEX votes_by_time ON votes (voted_at);
  -- Follow-up threads opened on an answer.
  CREATE TABLE threads (
    thread_id TEXT PRIMARY KEY,
    answer_id INTEGER NOT NULL UNIQUE REFERENCES answers (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
  );
  -- Alert subscriptions: kept until /unsubscribe, not subject to retention.
  CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('meetings', 'topic')),
    topic TEXT NOT NULL DEFAULT '',
    role_id TEXT,
    created_at INTEGER NOT NULL,
    UNIQUE (channel_id, kind, topic)
  );
  `,
];
