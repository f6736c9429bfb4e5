/**
 * Assembling the knowledge base the commands use: the archive read from a folder (or from its
 * saved index when the archive has not changed), the answer engine over it, the meeting timeline
 * and the catalogue's topic summaries.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { clearSentenceCache } from "./text/sentences.js";
import { clearAnalysisCache } from "./text/terms.js";
import { askQuestion, type AnswerEngine } from "./answer/ask.js";
import { countCorroboration } from "./corroboration/outlets.js";
import { askInTime } from "./time/askInTime.js";
import { PROJECT_ROOT } from "./config.js";
import { readArchive, type ArchiveContents, type FileNote } from "./ingest/readArchive.js";
import type { KnowledgeBase } from "./knowledgeBase.js";
import { extractMeetings, latestMeetings } from "./meetings/index.js";
import { codeFingerprint, readManifest, sameManifest, type ManifestEntry } from "./persist/manifest.js";
import { decodeSavedIndex, encodeSavedIndex, SavedIndexError } from "./persist/savedIndex.js";
import { compactStore, expandStore } from "./search/compactStore.js";
import { buildAnswerEngine } from "./search/engine.js";
import { SentenceIndex } from "./search/sentenceIndex.js";
import { topicCatalogue } from "./topics/catalogue.js";
import type { PreparedTopicCorpus } from "./topics/prepare.js";
import { precomputeInWorker } from "./persist/precomputeInWorker.js";
import { readArchiveOnTwoCores } from "./persist/readArchiveOnTwoCores.js";
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
}

/** How answers are given, from the configuration. */
export interface AnswerSettings {
  /** Answers whose newest evidence is older than this many days say so (default 180). */
  readonly staleAfterDays?: number;
}

/** Work done ahead of time so no command pays for it on first use. */
export interface Precomputed {
  readonly meetings: readonly Meeting[];
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
 * @param settings - how answers are given (the staleness limit)
 */
export function createKnowledgeBase(
  contents: ArchiveContents,
  engine?: AnswerEngine,
  precomputed?: Precomputed,
  settings: AnswerSettings = {},
): LoadedKnowledgeBase {
  const answerEngine = engine ?? buildAnswerEngine(contents.articles);
  const meetings: readonly Meeting[] | null = precomputed?.meetings ?? null;
  let timeline: readonly Meeting[] | null = null;
  let byId: Map<string, number> | null = null;
  const topicCorpus: TopicCorpus = {
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
    ask: (question, options = {}) =>
      askInTime(answerEngine, question, {
        ...options,
        ...(settings.staleAfterDays === undefined ? {} : { staleAfterDays: settings.staleAfterDays }),
      }),
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
      // Ordered once: the timeline does not change, and re-sorting it per call cost 30 ms at 50,000 articles.
      timeline ??= latestMeetings(meetings ?? extractMeetings(contents.articles), Number.POSITIVE_INFINITY);
      return timeline.slice(0, Math.max(0, Math.floor(limit)));
    },
    topic: (name) => summarizeTopic(name, topicCorpus),
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
  /** How answers are given (the staleness limit from the configuration). */
  readonly answers?: AnswerSettings;
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

/** An article's metadata, its paragraphs left to the passages. */
function withoutText(article: Article): Article {
  return { ...article, paragraphs: [] };
}

/**
 * Reads and analyses the archive, and saves the result for the next start.
 * @param dir - the archive folder
 * @param cacheDir - where to save the index
 * @param manifest - the archive's manifest, read before the files
 * @param settings - how answers are given
 */
export async function buildAndSave(
  dir: string,
  cacheDir: string,
  manifest: readonly ManifestEntry[],
  settings: AnswerSettings = {},
): Promise<LoadedKnowledgeBase> {
  const contents = await readArchiveOnTwoCores(dir);
  // Meetings and topic summaries need only the articles: they run on the second core meanwhile.
  const precomputing = precomputeInWorker(contents.articles);
  const engine = buildAnswerEngine(contents.articles);
  const { meetings, topicSummaries } = await precomputing;
  const precomputed: Precomputed = { meetings, topicSummaries: new Map(topicSummaries), origin: "built" };
  const file = encodeSavedIndex({
    codeFingerprint: codeFingerprint(join(PROJECT_ROOT, "src")),
    manifest,
    // The text is in the passages; saving it twice would double the file and the start-up parse.
    articles: contents.articles.map(withoutText),
    skipped: contents.skipped,
    notes: contents.notes,
    meetings,
    topicSummaries,
    index: engine.index.data,
    store: compactStore(engine.store, engine.index.data.terms),
  });
  const path = savedIndexPath(dir, cacheDir);
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed, so a reader never sees half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, file);
  await rename(temporary, path);
  // The text caches served the build's passes; a running bot does not need them.
  clearSentenceCache();
  clearAnalysisCache();
  return createKnowledgeBase(contents, engine, precomputed, settings);
}

/**
 * Serves a saved index file.
 * @param file - the file's bytes
 * @param settings - how answers are given
 * @throws SavedIndexError when it is corrupt
 */
export function knowledgeBaseFromSaved(file: Buffer, settings: AnswerSettings = {}): LoadedKnowledgeBase {
  const saved = decodeSavedIndex(file);
  const index = new SentenceIndex(saved.index);
  const store = expandStore(saved.store, saved.index.terms, saved.articles);
  if (store.passages.length !== index.size) throw new SavedIndexError("passage count mismatch");
  return createKnowledgeBase(
    { articles: saved.articles, skipped: saved.skipped, notes: saved.notes },
    { store, index },
    { meetings: saved.meetings, topicSummaries: new Map(saved.topicSummaries), origin: "saved" },
    settings,
  );
}

async function loadSaved(
  dir: string,
  cacheDir: string,
  manifest: readonly ManifestEntry[],
  settings: AnswerSettings,
): Promise<LoadedKnowledgeBase | string> {
  let file: Buffer;
  try {
    file = await readFile(savedIndexPath(dir, cacheDir));
  } catch {
    return "no saved index";
  }
  try {
    const saved = decodeSavedIndex(file);
    if (saved.codeFingerprint !== codeFingerprint(join(PROJECT_ROOT, "src"))) return "built by other code";
    if (!sameManifest(saved.manifest, manifest)) return "the archive changed";
    return knowledgeBaseFromSaved(file, settings);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
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
  const settings = options.answers ?? {};
  const unsaved = async (): Promise<LoadedKnowledgeBase> =>
    createKnowledgeBase(await readArchive(dir), undefined, undefined, settings);
  if (cacheDir === null) return unsaved();
  const manifest = await readManifest(dir);
  if (manifest === null) return unsaved();
  const saved = await loadSaved(dir, cacheDir, manifest, settings);
  if (typeof saved !== "string") return saved;
  options.onRebuild?.(saved);
  try {
    return await buildAndSave(dir, cacheDir, manifest, settings);
  } catch (error) {
    if (error instanceof Error && error.name === "ArchiveError") throw error;
    // A read-only or full cache folder must not stop the bot: serve the archive unsaved.
    options.onRebuild?.(
      `could not save the index: ${error instanceof Error ? error.message : String(error)}`,
    );
    return unsaved();
  }
}
