/**
 * When the articles layered over a saved index should be merged into it by a rebuild.
 */

/** Past this many changed files (or this share of the archive) a full rebuild, the merge, is due... */
export const MERGE_AFTER_FILES = 64;
/** ...a share that keeps the delta's own cost (parsing, re-merging meetings) a small part of a rebuild's. */
export const MERGE_AFTER_SHARE = 0.02;
