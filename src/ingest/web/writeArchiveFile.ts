/**
 * Names and writes a new archive file. A file is created, never replaced: it is opened with the
 * `wx` flag, which fails when the name exists, so no article already in the archive can be lost.
 */
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { foldText } from "../../text/fold.js";
import type { IsoDate } from "../../types.js";

/** Long enough to recognise the headline in a listing, short enough for every file system. */
const MAX_TITLE_SLUG = 48;

function slug(text: string, max: number): string {
  const words = foldText(text)
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/**
 * The file name of a new article: date (or `undated`), site, headline, and a short digest of its
 * address so two pages with the same headline on the same day get different names.
 *
 * @example archiveFileName("2025-05-28", "https://www.example.pk/news/1", "Pakistan, Azerbaijan vow")
 *   // "2025-05-28_example-pk_pakistan-azerbaijan-vow_3f2a9c.txt"
 */
export function archiveFileName(date: IsoDate | null, url: string, title: string): string {
  const host = URL.canParse(url) ? new URL(url).hostname.replace(/^www\./u, "") : "page";
  const digest = createHash("sha1").update(url).digest("hex").slice(0, 6);
  const parts = [date ?? "undated", slug(host, MAX_TITLE_SLUG), slug(title, MAX_TITLE_SLUG), digest];
  return `${parts.filter((part) => part !== "").join("_")}.txt`;
}

/** The outcome of writing: the path written, or the name that already existed. */
export type WriteOutcome =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/**
 * Creates `name` in `dir` with `text`; refuses when the name exists.
 * @param dir - the archive folder
 * @param name - the new file's name
 * @param text - its content
 * @throws only for an unwritable folder (permissions, a full disk): that is the operator's to fix
 */
export async function writeNewArchiveFile(dir: string, name: string, text: string): Promise<WriteOutcome> {
  const path = join(dir, name);
  try {
    await writeFile(path, text, { encoding: "utf8", flag: "wx" });
    return { ok: true, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      return { ok: false, reason: `a file named ${name} is already in the archive; nothing was overwritten` };
    throw error;
  }
}
