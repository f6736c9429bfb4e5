/** How long the store keeps what users leave in it (read by config, the store and the README). */

/** Answers and votes older than this many days are deleted. */
export const DEFAULT_RETENTION_DAYS = 90;
/** A longer retention would make the store an archive of users' questions, which it must not be. */
export const MAX_RETENTION_DAYS = 365;
