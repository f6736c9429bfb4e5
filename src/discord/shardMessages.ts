/**
 * Messages between the shard manager and its shards (over discord.js's process channel).
 */

/** Tells a shard that the archive changed: it reloads the saved index and the changed files. */
export interface ArchiveChangedMessage {
  readonly type: "dostluq:archive-changed";
}

/** The message every shard receives after the archive changed. */
export const ARCHIVE_CHANGED: ArchiveChangedMessage = { type: "dostluq:archive-changed" };

/**
 * Whether a message from the manager says the archive changed (discord.js sends its own messages on
 * the same channel).
 * @param message - anything received on the process channel
 */
export function isArchiveChanged(message: unknown): message is ArchiveChangedMessage {
  return (
    typeof message === "object" &&
    message !== null &&
    (message as { type?: unknown }).type === ARCHIVE_CHANGED.type
  );
}
