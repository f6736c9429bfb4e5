/**
 * Loading of the archive folder. Reads only: the bot never modifies or deletes anything in it.
 * Every file that is not served is reported with the reason, and one bad file never stops the rest.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../logger.js";
import type { Article, SkippedFile } from "../types.js";
import { decodeText } from "./decodeText.js";
import { parseArticle } from "./parseArticle.js";

/** Files read ahead of the one being parsed: enough to hide disk latency, few enough to bound memory. */
const READ_AHEAD = 16;

/** News articles are kilobytes; anything past this is a dump or a mistake, not an article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Which files of the folder are articles: plain-text files, not hidden or editor temporaries. */
export function isArticleFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".txt") && !name.startsWith(".") && !name.startsWith("~");
}

/** A note about a file that was loaded but not perfectly (e.g. an unreadable date line). */
export interface FileNote {
  readonly file: string;
  readonly note: string;
}

/** The outcome of reading the archive folder. */
export interface ArchiveContents {
  /** Articles in file-name order. */
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedFile[];
  readonly notes: readonly FileNote[];
}

/** The archive folder itself could not be read. */
export class ArchiveError extends Error {
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(`Archive folder "${dir}" cannot be read: ${reason}`);
    this.name = "ArchiveError";
  }
}

function bodyFingerprint(article: Article): string {
  return createHash("sha1").update(article.paragraphs.join("\n")).digest("hex");
}

/** One file read: its article and notes, or why it was skipped. */
export type FileOutcome = { article: Article; notes: string[] } | { skipped: string };

async function readOneFile(path: string, name: string): Promise<FileOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { skipped: "not a regular file" };
    if (info.size > MAX_ARTICLE_BYTES) {
      return {
        skipped: `too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`,
      };
    }
    const decoded = decodeText(await readFile(path));
    if (!decoded.ok) return { skipped: decoded.reason };
    const parsed = parseArticle(name, decoded.text);
    if (!parsed.article) return { skipped: parsed.problems.join("; ") };
    const undated =
      parsed.article.date === null && !parsed.problems.some((problem) => problem.includes("date"))
        ? ["no date line; served as undated"]
        : [];
    return {
      article: parsed.article,
      notes: [...(decoded.note ? [decoded.note] : []), ...parsed.problems, ...undated],
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { skipped: "removed while the archive was being read" };
    return { skipped: `unreadable (${code ?? (error as Error).message})` };
  }
}

/**
 * The sorted entries of an archive folder.
 * @param dir - the archive folder
 * @throws ArchiveError when the folder itself is missing or unreadable
 */
export async function listArchive(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArchiveError(dir, code === "ENOENT" ? "no such folder" : (code ?? String(error)));
  }
}

/**
 * Reads and parses the given article files of a folder, each to an article or a reason it was skipped.
 * Files are read a window ahead, so the disk works while earlier files are parsed.
 * @param dir - the archive folder
 * @param names - article file names, in the order wanted
 */
export async function readArticleFiles(dir: string, names: readonly string[]): Promise<FileOutcome[]> {
  const reads: Promise<FileOutcome>[] = [];
  const outcomes: FileOutcome[] = [];
  for (let at = 0; at < names.length; at++) {
    while (reads.length < Math.min(names.length, at + READ_AHEAD)) {
      const name = names[reads.length] ?? "";
      reads.push(readOneFile(join(dir, name), name));
    }
    outcomes.push(await (reads[at] ?? Promise.resolve({ skipped: "not read" })));
  }
  return outcomes;
}

/**
 * Puts read files together in name order: skips non-article names and second copies of an
 * article ("same article as" names the first copy), and gathers the notes.
 * @param names - every entry of the folder, sorted
 * @param outcomes - the outcome of each article file, by name
 */
export function assembleArchive(
  names: readonly string[],
  outcomes: ReadonlyMap<string, FileOutcome>,
): ArchiveContents {
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const notes: FileNote[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    if (!isArticleFileName(name)) {
      if (!name.startsWith(".")) skipped.push({ file: name, reason: "not a .txt file" });
      continue;
    }
    const outcome = outcomes.get(name) ?? { skipped: "not read" };
    if ("skipped" in outcome) {
      skipped.push({ file: name, reason: outcome.skipped });
      continue;
    }
    const fingerprint = bodyFingerprint(outcome.article);
    const original = seen.get(fingerprint);
    if (original !== undefined) {
      skipped.push({ file: name, reason: `same article as ${original}` });
      continue;
    }
    seen.set(fingerprint, name);
    articles.push(outcome.article);
    for (const note of outcome.notes) notes.push({ file: name, note });
  }
  return { articles, skipped, notes };
}

/**
 * Reads every article file of a folder. Files that cannot be served are listed in `skipped`.
 * @param dir - the archive folder
 * @throws ArchiveError when the folder itself is missing or unreadable
 */
export async function readArchive(dir: string): Promise<ArchiveContents> {
  const names = await listArchive(dir);
  const articleNames = names.filter(isArticleFileName);
  const outcomes = await readArticleFiles(dir, articleNames);
  return assembleArchive(
    names,
    new Map(articleNames.map((name, at) => [name, outcomes[at] ?? { skipped: "not read" }])),
  );
}

/**
 * Logs what loading noticed, one line per file: a warning for each file not served and for each
 * note on a served file, each naming the file and the reason.
 *
 * @param contents - the skipped files and notes of a load (a knowledge base has both)
 */
export function logArchiveProblems(
  contents: Pick<ArchiveContents, "skipped" | "notes">,
  logger: Pick<Logger, "warn">,
): void {
  for (const { file, reason } of contents.skipped)
    logger.warn({ file, reason }, `skipped ${file}: ${reason}`);
  for (const { file, note } of contents.notes) logger.warn({ file, note }, `note on ${file}: ${note}`);
}

/** What a load reports about files; a knowledge base has `skipped`, a loaded one `notes` too. */
export type ArchiveProblems = Pick<ArchiveContents, "skipped"> & Partial<Pick<ArchiveContents, "notes">>;

/**
 * Logs the problems of a reloaded archive that the previous load did not report, so while the bot
 * runs each skipped file and each note is still logged once (a file half-written when the archive
 * is reloaded is logged then, not again at every later reload).
 *
 * @param previous - what was already logged
 * @param next - the reloaded archive
 */
export function logNewArchiveProblems(
  previous: ArchiveProblems,
  next: ArchiveProblems,
  logger: Pick<Logger, "warn">,
): void {
  const seen = new Set([
    ...previous.skipped.map((s) => `skipped\u0000${s.file}\u0000${s.reason}`),
    ...(previous.notes ?? []).map((n) => `note\u0000${n.file}\u0000${n.note}`),
  ]);
  logArchiveProblems(
    {
      skipped: next.skipped.filter((s) => !seen.has(`skipped\u0000${s.file}\u0000${s.reason}`)),
      notes: (next.notes ?? []).filter((n) => !seen.has(`note\u0000${n.file}\u0000${n.note}`)),
    },
    logger,
  );
}
