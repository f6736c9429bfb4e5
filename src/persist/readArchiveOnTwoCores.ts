/**
 * Reading a large archive on both cores: this thread parses the first half of the files while a
 * worker parses the second, then both are assembled in name order exactly as `readArchive` would.
 */
import {
  assembleArchive,
  isArticleFileName,
  listArchive,
  readArticleFiles,
  type ArchiveContents,
  type FileOutcome,
} from "../ingest/readArchive.js";
import { runInWorker } from "./runInWorker.js";

/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_FOR_WORKER = 400;

/**
 * Reads every article file of a folder, same result as `readArchive`, using a worker thread for half.
 * @param dir - the archive folder
 * @throws ArchiveError when the folder itself is missing or unreadable
 */
export async function readArchiveOnTwoCores(dir: string): Promise<ArchiveContents> {
  const names = await listArchive(dir);
  const articleNames = names.filter(isArticleFileName);
  const half =
    articleNames.length < MIN_FILES_FOR_WORKER ? articleNames.length : Math.ceil(articleNames.length / 2);
  const first = articleNames.slice(0, half);
  const second = articleNames.slice(half);
  const [mine, theirs] = await Promise.all([
    readArticleFiles(dir, first),
    second.length === 0
      ? Promise.resolve([])
      : runInWorker("./readFilesWorker.ts", { dir, names: second }, () => readArticleFiles(dir, second)),
  ]);
  const outcomes = new Map<string, FileOutcome>();
  first.forEach((name, at) => outcomes.set(name, mine[at] ?? { skipped: "not read" }));
  second.forEach((name, at) => outcomes.set(name, theirs[at] ?? { skipped: "not read" }));
  return assembleArchive(names, outcomes);
}
