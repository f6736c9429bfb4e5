/**
 * Building a saved index from an archive folder: read and analyse every file, compute the meetings
 * and topic summaries on the second core meanwhile, and write the result beside the others. What
 * this module (and what it imports) does decides a saved index's contents, so its code is part of
 * the index's fingerprint (`indexFingerprint.ts`).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArchiveContents } from "../ingest/readArchive.js";
import { latestMeetings } from "../meetings/index.js";
import { compactStore } from "../search/compactStore.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../search/engine.js";
import { clearSentenceCache } from "../text/sentences.js";
import { clearAnalysisCache } from "../text/terms.js";
import type { Article, Meeting, TopicSummary } from "../types.js";
import type { ManifestEntry } from "./manifest.js";
import type { PrecomputedBase } from "./precompute.js";
import { precomputeInWorker } from "./precomputeInWorker.js";
import { readArchiveOnTwoCores } from "./readArchiveOnTwoCores.js";
import { encodeSavedIndex } from "./savedIndex.js";

/** What a build produced, for serving it straight away. */
export interface BuiltIndex {
  readonly contents: ArchiveContents;
  readonly engine: BuiltAnswerEngine;
  readonly meetings: readonly Meeting[];
  readonly topicSummaries: readonly (readonly [string, TopicSummary])[];
  readonly base: PrecomputedBase;
}

/** An article's metadata, its paragraphs left to the passages. */
export function withoutText(article: Article): Article {
  return { ...article, paragraphs: [] };
}

/**
 * Reads and analyses the archive and writes its saved index to `path` (aside, then renamed, so a
 * reader never sees half a file).
 * @param dir - the archive folder
 * @param path - the saved index file to write
 * @param manifest - the archive's manifest, read before the files
 * @param fingerprint - the build code's fingerprint, recorded in the file
 */
export async function buildSavedIndex(
  dir: string,
  path: string,
  manifest: readonly ManifestEntry[],
  fingerprint: string,
): Promise<BuiltIndex> {
  const contents = await readArchiveOnTwoCores(dir);
  // Meetings and topic summaries need only the articles: they run on the second core meanwhile.
  const precomputing = precomputeInWorker(contents.articles);
  const engine = buildAnswerEngine(contents.articles);
  const { meetings, topicSummaries, meetingDrafts, topicCandidates } = await precomputing;
  const file = encodeSavedIndex({
    codeFingerprint: fingerprint,
    manifest,
    // The text is in the passages; saving it twice would double the file and the start-up parse.
    articles: contents.articles.map(withoutText),
    skipped: contents.skipped,
    notes: contents.notes,
    timeline: latestMeetings(meetings, Number.POSITIVE_INFINITY),
    topicSummaries,
    index: engine.index.data,
    store: compactStore(engine.store, engine.index.data.terms),
    base: { meetingDrafts, topicCandidates },
  });
  await mkdir(join(path, ".."), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, file);
  await rename(temporary, path);
  // The text caches served the build's passes; a running bot does not need them.
  clearSentenceCache();
  clearAnalysisCache();
  return { contents, engine, meetings, topicSummaries, base: { meetingDrafts, topicCandidates } };
}
