/**
 * A temporary archive: the real seeds beside every kind of broken file, and helpers to fingerprint
 * a folder (to prove nothing in it was changed) and to clean up.
 */
import { createHash } from "node:crypto";
import {
  copyFile,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  truncate,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The project's real archive. */
export const SEEDS_DIR = resolve(import.meta.dirname, "..", "..", "seeds");
/** The article that answers the JF-17 question. */
export const JF17_SOURCE = "004_2c982bdcbaac3a2e.txt";
export const JF17_QUESTION = "When did Azerbaijan receive the JF-17?";

/** A broken file and the words its log line must contain. */
export interface BrokenFile {
  readonly file: string;
  /** Skipped entirely, or served with a note. */
  readonly outcome: "skipped" | "note";
  readonly reason: RegExp;
}

const article = (date: string | null, headline: string, body: string): string =>
  `${date === null ? "" : ` date ${date} By Test Wire\n\n`}${headline}\n\n${body}\n`;

const TOURISM = article(
  null,
  "Pakistan and Azerbaijan expand tourism links",
  "ISLAMABAD: Pakistan and Azerbaijan agreed on Tuesday to expand cooperation in tourism and culture, " +
    "the foreign office said. Officials from both countries discussed direct flights between Lahore and Baku.",
);
const CRICKET = article(
  "2025-13-45",
  "Azerbaijani students visit Pakistani universities",
  "LAHORE: A delegation of Azerbaijani students visited universities in Lahore to study scholarship " +
    "programmes, the organisers said. The visit followed an education agreement signed earlier.",
);
const CAFE = article(
  "2025-03-01",
  "Café culture week in Baku features Pakistani chefs",
  "BAKU: Pakistani chefs joined a café culture week in Baku, the organisers said. The café programme " +
    "included Pakistani cuisine and Azerbaijani tea traditions.",
);
const HALF = article(
  "2025-03-02",
  "Pakistan and Azerbaijan discuss pharmaceutical exports",
  "KARACHI: Pakistani pharmaceutical companies met Azerbaijani importers in Karachi to discuss exports, " +
    "the trade body said.\n\nThe companies agreed to meet again in Azərbaycan",
);

/** Every broken file {@link createBrokenArchive} adds, with how it must be reported. */
export const BROKEN_FILES: readonly BrokenFile[] = [
  { file: "100_empty.txt", outcome: "skipped", reason: /empty/ },
  { file: "101_binary.txt", outcome: "skipped", reason: /binary/ },
  { file: "102_latin1.txt", outcome: "note", reason: /not valid UTF-8.*Windows-1252/ },
  { file: "103_nodate.txt", outcome: "note", reason: /no date line/ },
  { file: "104_baddate.txt", outcome: "note", reason: /invalid date line "2025-13-45"/ },
  { file: "105_huge.txt", outcome: "skipped", reason: /too large \(50\.0 MB/ },
  { file: "106_copy.txt", outcome: "skipped", reason: new RegExp(`same article as ${JF17_SOURCE}`) },
  { file: "107_halfwritten.txt", outcome: "note", reason: /middle of a character/ },
  { file: "108_deleted.txt", outcome: "skipped", reason: /removed while/ },
  { file: "notes.md", outcome: "skipped", reason: /not a \.txt file/ },
];

/** Files with a note are still served: their ids. */
export const SERVED_BROKEN = BROKEN_FILES.filter((b) => b.outcome === "note").map((b) => b.file);

/** Creates a temporary folder holding a copy of seeds/ and every file of {@link BROKEN_FILES}. */
export async function createBrokenArchive(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dostluq-broken-"));
  for (const name of await readdir(SEEDS_DIR)) await copyFile(join(SEEDS_DIR, name), join(dir, name));
  await writeFile(join(dir, "100_empty.txt"), "");
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 131 + 7) % 256;
  await writeFile(join(dir, "101_binary.txt"), binary);
  await writeFile(join(dir, "102_latin1.txt"), Buffer.from(CAFE, "latin1"));
  await writeFile(join(dir, "103_nodate.txt"), TOURISM);
  await writeFile(join(dir, "104_baddate.txt"), CRICKET);
  // A sparse file: 50 MB by size, created instantly and taking no disk space.
  await writeFile(join(dir, "105_huge.txt"), "");
  await truncate(join(dir, "105_huge.txt"), 50 * 1024 * 1024);
  await copyFile(join(SEEDS_DIR, JF17_SOURCE), join(dir, "106_copy.txt"));
  // Cut inside the two-byte "ə": what a reader sees while the file is still being written.
  const half = Buffer.from(HALF, "utf8");
  await writeFile(join(dir, "107_halfwritten.txt"), half.subarray(0, half.lastIndexOf(0xc9) + 1));
  // Listed by readdir, gone when opened: a file deleted while the archive is read.
  await symlink(join(dir, "does-not-exist.txt"), join(dir, "108_deleted.txt"));
  await writeFile(join(dir, "notes.md"), "# not an article\n");
  return dir;
}

/** Every entry of a folder with its size, mtime and content hash (symlinks by their target). */
export async function fingerprintFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = { ".": String((await lstat(dir)).mtimeMs) };
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const info = await lstat(path);
    // Large files are fingerprinted by size and mtime only; reading 50 MB would slow the suite.
    const hash =
      info.isFile() && info.size < 10 * 1024 * 1024
        ? createHash("sha256")
            .update(await readFile(path))
            .digest("hex")
        : "-";
    out[name] = `${info.size}:${info.mtimeMs}:${info.mode}:${hash}`;
  }
  return out;
}

/** Removes a temporary folder. */
export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
