/**
 * Assembling the knowledge base the commands use: the archive read from a folder (or from its
 * saved index when the archive has not changed), the answer engine over it, the meeting timeline
 * and the catalogue's topic summaries.
 */
import { stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { askQuestion, type AnswerEngine } from "./answer/ask.js";
import { countCorroboration } from "./corroboration/outlets.js";
import { prepareAnnotation } from "./corroboration/annotateAnswer.js";
import { prepareSpellingAfterUpdate } from "./answer/queryExpansion.js";
import { askInTime } from "./time/askInTime.js";
import { cachedAnswers } from "./time/answerCache.js";
import { PROJECT_ROOT } from "./config.js";
import {
  assembleArchive,
  isArticleFileName,
  readArchive,
  readArticleFiles,
  type ArchiveContents,
  type FileNote,
} from "./ingest/readArchive.js";
import type { KnowledgeBase } from "./knowledgeBase.js";
import { extractMeetings, latestMeetings } from "./meetings/index.js";
import type { PrecomputedBase } from "./persist/precompute.js";
import {
  updateTimelineAndTopicsInWorker,
  type UpdatedTimelineAndTopics,
} from "./persist/precomputeUpdateInWorker.js";
import { changedFiles, mergeNeeded } from "./persist/pendingChanges.js";
import { layerChanges, type MainSegment } from "./search/layered.js";
import { readManifest, sameManifest, type ManifestEntry } from "./persist/manifest.js";
import { codeFingerprint } from "./persist/indexFingerprint.js";
import { buildSavedIndex, withoutText } from "./persist/buildSavedIndex.js";
import { readSavedIndex, SavedIndexError, type SavedIndex } from "./persist/savedIndex.js";
import { expandStore } from "./search/compactStore.js";
import { recordServedArrays } from "./search/servedArrays.js";
import { buildAnswerEngine } from "./search/engine.js";
import { SentenceIndex, type SentenceSearch } from "./search/sentenceIndex.js";
import { topicCatalogue } from "./topics/catalogue.js";
import type { PreparedTopicCorpus } from "./topics/prepare.js";
import { suggestTopics } from "./topics/suggest.js";
import { summarizeTopic, type TopicCorpus, type TopicSearchHit } from "./topics/summarize.js";
import type { Article, Excerpt, Meeting, TopicSummary } from "./types.js";

/** A knowledge base together with what loading it noticed about individual files. */
export interface LoadedKnowledgeBase extends KnowledgeBase {
  /** Files served despite a problem (an unreadable date line, a non-UTF-8 encoding). */
  readonly notes: readonly FileNote[];
  /** The answer engine, for tools that measure or persist it. */
  readonly engine: AnswerEngine;
  /** Where it came from: a fresh build, or the saved index. */
  readonly origin: "built" | "saved";
  /** The saved index it is served from, when it is; updates by the article start from it. */
  readonly segment: SavedSegment | null;
  /** Articles layered over the saved index since it was built: added or changed, and removed. */
  readonly delta: { readonly added: number; readonly removed: number };
  /**
   * Resolves once the meeting timeline and topic summaries cover the layered articles too: they
   * are re-merged in a worker thread after an update, and served from the previous knowledge base
   * until then. Already resolved otherwise.
   */
  readonly settled: Promise<void>;
}

/** Meetings and summaries that arrive after the knowledge base is served (see `settled`). */
export interface LatePrecomputation {
  /** Serves `latest` and `topic` meanwhile. */
  readonly interim: KnowledgeBase;
  readonly arriving: Promise<UpdatedTimelineAndTopics>;
}

/** A saved index as served, with what updating it by the article needs. */
export interface SavedSegment {
  /** The file's path, size and modification time when read: a changed file is a merged, newer index. */
  readonly path: string;
  readonly stamp: string;
  readonly manifest: readonly ManifestEntry[];
  readonly main: MainSegment;
  /** The main segment's own search, served while nothing is layered over it. */
  readonly search: SentenceSearch;
  readonly contents: ArchiveContents;
  readonly precomputed: Precomputed;
  readonly base: () => PrecomputedBase;
}

/** A meeting timeline of which only the newest entries are held; the rest is read if asked for. */
export interface SavedTimeline {
  /** The newest meetings, newest first. */
  readonly head: readonly Meeting[];
  /** How many meetings the whole timeline holds. */
  readonly length: number;
  /** Reads the whole timeline, newest first. */
  readonly read: () => readonly Meeting[];
}

/** Work done ahead of time so no command pays for it on first use. */
export interface Precomputed {
  /** Every meeting, any order; or, from a saved index, the timeline's head and a reader of the rest. */
  readonly meetings?: readonly Meeting[];
  readonly timeline?: SavedTimeline;
  /** Catalogue summaries by topic name. */
  readonly topicSummaries: ReadonlyMap<string, TopicSummary>;
  /** Whether this was read from a saved index or just built. */
  readonly origin: "built" | "saved";
}

function hitsOf(excerpts: readonly Excerpt[]): TopicSearchHit[] {
  return excerpts.map((excerpt) => ({
    text: excerpt.text,
    sources: [excerpt.citation, ...excerpt.alsoIn].map(({ source, date }) => ({ source, date })),
  }));
}

/** Topic data that holds only finished catalogue summaries: free-text themes go through search. */
function summariesOnly(summaries: ReadonlyMap<string, TopicSummary>): PreparedTopicCorpus {
  return {
    sentences: [],
    index: new Map(),
    topicWeights: new Float32Array(0),
    summaries: new Map(summaries),
  };
}

/**
 * Builds a knowledge base over archive contents already read.
 * @param contents - articles, skipped files and notes from `readArchive`
 * @param engine - a prebuilt answer engine (e.g. loaded from a saved index); built when absent
 * @param precomputed - meetings and catalogue summaries; computed on first use when absent
 */
export function createKnowledgeBase(
  contents: ArchiveContents,
  engine?: AnswerEngine,
  precomputed?: Precomputed,
  segment: SavedSegment | null = null,
  delta: LoadedKnowledgeBase["delta"] = { added: 0, removed: 0 },
  late?: LatePrecomputation,
): LoadedKnowledgeBase {
  const answerEngine = engine ?? buildAnswerEngine(contents.articles);
  const meetings: readonly Meeting[] | null = precomputed?.meetings ?? null;
  let timeline: readonly Meeting[] | null = null;
  let interim: KnowledgeBase | null = late?.interim ?? null;
  let byId: Map<string, number> | null = null;
  let saved: SavedTimeline | null = precomputed?.timeline ?? null;
  let topicCorpus: TopicCorpus = {
    articles: contents.articles,
    // A theme outside the catalogue is searched like a question, so it abstains the same way.
    search: (query) => {
      const result = askQuestion(answerEngine, query);
      return result.status === "answered" ? hitsOf(result.excerpts) : [];
    },
    ...(precomputed ? { prepared: summariesOnly(precomputed.topicSummaries) } : {}),
  };
  return {
    articles: contents.articles,
    skipped: contents.skipped,
    notes: contents.notes,
    engine: answerEngine,
    origin: precomputed?.origin ?? "built",
    segment,
    delta,
    settled: late
      ? late.arriving
          .then((update) => {
            saved = {
              head: update.timelineHead,
              length: update.timelineLength,
              read: () => JSON.parse(update.timelineJson) as Meeting[],
            };
            timeline = null;
            topicCorpus = { ...topicCorpus, prepared: summariesOnly(new Map(update.topicSummaries)) };
            interim = null;
          })
          // A failed re-merge leaves the previous knowledge base's timeline and summaries in service.
          .catch(() => undefined)
      : Promise.resolve(),
    ask: cachedAnswers((question, options) => askInTime(answerEngine, question, options)),
    corroborate: (sources) => {
      // Built once: /latest must not walk the whole archive on every call.
      const ids = (byId ??= new Map(
        answerEngine.store.articles.map((article, index) => [article.id, index]),
      ));
      return countCorroboration(
        sources.map((source) => {
          const index = ids.get(source) ?? -1;
          return {
            id: source,
            publisher: answerEngine.store.articles[index]?.publisher ?? null,
            passages: answerEngine.store.articlePassages[index] ?? [],
          };
        }),
      );
    },
    latest: (limit) => {
      if (interim !== null) return interim.latest(limit);
      const count = Math.max(0, Math.floor(limit));
      if (timeline === null && saved !== null) {
        if (count <= saved.head.length || saved.head.length >= saved.length)
          return saved.head.slice(0, count);
        timeline = saved.read();
      }
      // Ordered once: the timeline does not change, and re-sorting it per call cost 30 ms at 50,000 articles.
      timeline ??= latestMeetings(meetings ?? extractMeetings(contents.articles), Number.POSITIVE_INFINITY);
      return timeline.slice(0, count);
    },
    topic: (name) => (interim !== null ? interim.topic(name) : summarizeTopic(name, topicCorpus)),
    topicCatalogue,
    suggestTopics,
  };
}

/** Where saved indexes go by default: `.cache/` in the project root, never the archive folder. */
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, ".cache");

/** Options of {@link loadKnowledgeBase}. */
export interface LoadOptions {
  /** Folder of saved indexes; `null` builds in memory and saves nothing. Default {@link DEFAULT_CACHE_DIR}. */
  readonly cacheDir?: string | null;
  /** Told why a saved index was not used (stale, corrupt), for the log. */
  readonly onRebuild?: (reason: string) => void;
  /**
   * Whether a saved index a few files behind the archive is served with those files layered over
   * it (default true) rather than rebuilt; `build-index` turns it off to merge them in.
   */
  readonly layer?: boolean;
}

/**
 * Whether the changes layered over a saved index are many enough to merge them in by rebuilding it.
 * @param kb - the served knowledge base
 */
export function mergeIsDue(kb: LoadedKnowledgeBase): boolean {
  return mergeNeeded(kb.delta.added + kb.delta.removed, kb.segment?.manifest.length ?? 0);
}

/**
 * Articles in file-name order, from the layered store's order (the saved ones, then the added
 * ones, each already in name order): one merge, not a sort of the whole archive.
 */
function byName(articles: readonly Article[], added: number): Article[] {
  const saved = articles.slice(0, articles.length - added);
  const fresh = articles.slice(articles.length - added);
  const merged: Article[] = [];
  let i = 0;
  let j = 0;
  while (i < saved.length || j < fresh.length) {
    const a = saved[i];
    const b = fresh[j];
    if (b === undefined || (a !== undefined && a.id < b.id)) {
      if (a) merged.push(a);
      i += 1;
    } else {
      merged.push(b);
      j += 1;
    }
  }
  return merged;
}

/** Lets the event loop run what fell due (timers, a question) before the next step of an update. */
function turnOfEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Serves a saved index with the archive's changes since it was built layered over it: the changed
 * files alone are read, and their passages searched beside the saved ones.
 * @param segment - the saved index
 * @param dir - the archive folder
 * @param manifest - the archive as it is now
 */
async function layerOver(
  segment: SavedSegment,
  dir: string,
  manifest: readonly ManifestEntry[],
  interim: KnowledgeBase | null,
): Promise<LoadedKnowledgeBase> {
  const { added, removed } = changedFiles(segment.manifest, manifest);
  if (added.length === 0 && removed.length === 0) {
    return servedSegment(segment);
  }
  const articleNames = added.filter(isArticleFileName);
  // Between the steps below, questions that fell due are answered: run back to back on the
  // serving thread, the steps would delay them by their sum (tens of ms at 50,000 articles).
  await turnOfEventLoop();
  const outcomes = await readArticleFiles(dir, articleNames);
  const fresh = assembleArchive(
    added,
    new Map(articleNames.map((name, at) => [name, outcomes[at] ?? { skipped: "not read" }])),
  );
  await turnOfEventLoop();
  const gone = new Set(removed);
  const touched = new Set([...removed, ...added]);
  const engine = layerChanges(segment.main, { removed: gone, added: fresh.articles });
  await turnOfEventLoop();
  // What the first questions would otherwise build on the new store, each step its own turn.
  prepareSpellingAfterUpdate(engine.store, segment.main.store);
  await turnOfEventLoop();
  prepareAnnotation(engine.store);
  await turnOfEventLoop();
  const served = byName(engine.store.articles, fresh.articles.length);
  const arriving = updateTimelineAndTopicsInWorker({
    savedPath: segment.path,
    removed: [...gone],
    added: fresh.articles,
  });
  const contents: ArchiveContents = {
    // The saved articles are held without their text already: only the new ones are copied (a
    // copy of each of 50,000 articles was a young generation's worth of garbage per update).
    articles: served.map((article) => (article.paragraphs.length === 0 ? article : withoutText(article))),
    skipped: [...segment.contents.skipped.filter(({ file }) => !touched.has(file)), ...fresh.skipped].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    ),
    notes: [...segment.contents.notes.filter(({ file }) => !touched.has(file)), ...fresh.notes],
  };
  return createKnowledgeBase(
    contents,
    engine,
    { ...segment.precomputed, origin: "saved" },
    segment,
    { added: fresh.articles.length, removed: gone.size },
    { interim: interim ?? servedSegment(segment), arriving },
  );
}

/**
 * The saved index file of an archive folder: one per folder, named by its absolute path.
 * @param dir - the archive folder
 * @param cacheDir - the folder of saved indexes
 */
export function savedIndexPath(dir: string, cacheDir: string): string {
  const key = createHash("sha1").update(resolve(dir)).digest("hex").slice(0, 16);
  return join(cacheDir, `index-${key}.bin`);
}

/**
 * Reads and analyses the archive, and saves the result for the next start.
 * @param dir - the archive folder
 * @param cacheDir - where to save the index
 * @param manifest - the archive's manifest, read before the files
 */
export async function buildAndSave(
  dir: string,
  cacheDir: string,
  manifest: readonly ManifestEntry[],
): Promise<LoadedKnowledgeBase> {
  const path = savedIndexPath(dir, cacheDir);
  const built = await buildSavedIndex(dir, path, manifest, codeFingerprint(join(PROJECT_ROOT, "src")));
  const { contents, engine, base } = built;
  const precomputed: Precomputed = {
    meetings: built.meetings,
    topicSummaries: new Map(built.topicSummaries),
    origin: "built",
  };
  const segment: SavedSegment = {
    path,
    stamp: (await stampOf(path)) ?? "",
    manifest,
    main: { store: engine.store, index: engine.index.data, termIds: engine.index.termIds },
    search: engine.index,
    contents,
    precomputed,
    base: () => base,
  };
  return servedSegment(segment);
}

function segmentOf(saved: SavedIndex, path: string, stamp: string): SavedSegment {
  const index = new SentenceIndex(saved.index);
  const store = expandStore(saved.store, saved.index.terms, saved.articles);
  recordServedArrays(store, { arrays: saved.store, dictionary: saved.index.terms, termIds: index.termIds });
  if (store.passages.length !== index.size) throw new SavedIndexError("passage count mismatch");
  return {
    path,
    stamp,
    manifest: saved.manifest,
    main: { store, index: saved.index, termIds: index.termIds },
    search: index,
    contents: { articles: saved.articles, skipped: saved.skipped, notes: saved.notes },
    precomputed: {
      timeline: { head: saved.timelineHead, length: saved.timelineLength, read: saved.timeline },
      topicSummaries: new Map(saved.topicSummaries),
      origin: "saved",
    },
    base: saved.base,
  };
}

function servedSegment(segment: SavedSegment): LoadedKnowledgeBase {
  return createKnowledgeBase(
    segment.contents,
    { store: segment.main.store, index: segment.search },
    segment.precomputed,
    segment,
  );
}

async function stampOf(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return null;
  }
}

/** A saved index file as opened, or why it could not be. */
type OpenedSaved = { readonly saved: SavedIndex; readonly stamp: string } | string;

async function openSaved(path: string): Promise<OpenedSaved> {
  const stamp = await stampOf(path);
  if (stamp === null) return "no saved index";
  try {
    return { saved: await readSavedIndex(path), stamp };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function loadSaved(
  dir: string,
  cacheDir: string,
  manifest: readonly ManifestEntry[],
  layer: boolean,
  opened: OpenedSaved,
): Promise<LoadedKnowledgeBase | string> {
  if (typeof opened === "string") return opened;
  const { saved, stamp } = opened;
  const path = savedIndexPath(dir, cacheDir);
  try {
    if (saved.codeFingerprint !== codeFingerprint(join(PROJECT_ROOT, "src"))) return "built by other code";
    if (sameManifest(saved.manifest, manifest)) return servedSegment(segmentOf(saved, path, stamp));
    const { added, removed } = changedFiles(saved.manifest, manifest);
    if (!layer || mergeNeeded(added.length + removed.length, saved.manifest.length))
      return "the archive changed";
    // A knowledge base loaded whole has its timeline and summaries complete (alerts compare them).
    const layered = await layerOver(segmentOf(saved, path, stamp), dir, manifest, null);
    await layered.settled;
    return layered;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The knowledge base of the archive as it is now, updated from the one being served: the changed
 * files are layered over the same saved index (a newer saved index, merged meanwhile by another
 * process, is loaded instead), so one added article costs reading that article, not a rebuild.
 * @param current - the knowledge base being served
 * @param dir - the archive folder
 * @param options - where saved indexes live
 * @param seen - the archive's manifest as the caller has just seen it (the watcher's); read when absent
 */
export async function updateKnowledgeBase(
  current: LoadedKnowledgeBase,
  dir: string,
  options: LoadOptions = {},
  seen?: readonly ManifestEntry[],
): Promise<LoadedKnowledgeBase> {
  const segment = current.segment;
  if (segment !== null) {
    const manifest = seen ?? (await readManifest(dir));
    if (manifest !== null && (await stampOf(segment.path)) === segment.stamp) {
      return layerOver(segment, dir, manifest, current);
    }
  }
  return loadKnowledgeBase(dir, options);
}

/**
 * Loads the knowledge base of an archive folder: from its saved index when the folder's files and
 * the code are unchanged, else by reading the archive and saving a new index. A stale or corrupt
 * saved index is rebuilt, never an error. The archive folder is only read.
 * @param dir - the archive folder
 * @param options - where saved indexes live
 * @throws ArchiveError when the folder itself cannot be read
 */
export async function loadKnowledgeBase(
  dir: string,
  options: LoadOptions = {},
): Promise<LoadedKnowledgeBase> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  if (cacheDir === null) return createKnowledgeBase(await readArchive(dir));
  // Side by side: the saved index's file reads run in the thread pool while the folder is stat'ed
  // (each about a third of a second at 50,000 articles).
  const opening = openSaved(savedIndexPath(dir, cacheDir));
  const manifest = await readManifest(dir);
  if (manifest === null) return createKnowledgeBase(await readArchive(dir));
  const saved = await loadSaved(dir, cacheDir, manifest, options.layer ?? true, await opening);
  if (typeof saved !== "string") return saved;
  options.onRebuild?.(saved);
  try {
    return await buildAndSave(dir, cacheDir, manifest);
  } catch (error) {
    if (error instanceof Error && error.name === "ArchiveError") throw error;
    // A read-only or full cache folder must not stop the bot: serve the archive unsaved.
    options.onRebuild?.(
      `could not save the index: ${error instanceof Error ? error.message : String(error)}`,
    );
    return createKnowledgeBase(await readArchive(dir));
  }
}
