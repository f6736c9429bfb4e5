/**
 * The optional header lines at the top of an archive file: ` date YYYY-MM-DD` (the original
 * format), ` url <address>`, ` title <headline>` and ` publisher <name>`, one per line, each
 * starting with one space. Files without them read exactly as before.
 */
import type { IsoDate } from "../types.js";

/** What the header lines of a file say; each field `null` when its line is absent. */
export interface ArchiveHeader {
  readonly date: IsoDate | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
}

/** The header of a file, the lines after it, and notes about header lines that could not be used. */
export interface ReadHeader {
  readonly header: ArchiveHeader;
  /** The file's lines with the header removed (a date line's trailing page text is kept). */
  readonly lines: string[];
  readonly problems: string[];
}

/** The original date line: any leading space, `date`, the value, then possibly the page's first text. */
const DATE_LINE = /^\s*date\s+(\S+)\s*(.*)$/iu;
/**
 * The newer header lines. Exactly one leading space and a lower-case key, as the writer puts them:
 * so strict that a page's own first line ("Title: ...", "URL copied") is never taken for one.
 */
const FIELD_LINE = /^ (url|title|publisher) (\S.*?)\s*$/u;

/**
 * Checks that `value` is a real calendar date written `YYYY-MM-DD`.
 * @param value - candidate date text
 */
export function isIsoDate(value: string): value is IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether `value` is an absolute http or https address.
 * @param value - candidate address
 */
export function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

/**
 * Reads the header lines at the top of a file. The header is the run of header lines starting at
 * the first non-blank line; a date line followed by page text on the same line ends it, as in the
 * original format, and that text stays as the first body line.
 *
 * @param rawLines - the file's lines, line endings removed
 */
export function readArchiveHeader(rawLines: readonly string[]): ReadHeader {
  const lines = [...rawLines];
  const problems: string[] = [];
  const fields: { date: IsoDate | null; url: string | null; title: string | null; publisher: string | null } =
    { date: null, url: null, title: null, publisher: null };
  let at = lines.findIndex((line) => line.trim() !== "");
  if (at === -1) return { header: fields, lines, problems };
  const start = at;
  let sawDate = false;
  for (; at < lines.length; at++) {
    const line = lines[at] ?? "";
    const dateMatch = sawDate ? null : DATE_LINE.exec(line);
    if (dateMatch) {
      sawDate = true;
      const value = dateMatch[1] ?? "";
      if (isIsoDate(value)) fields.date = value;
      else problems.push(`invalid date line "${value}", treated as undated`);
      const rest = dateMatch[2] ?? "";
      if (rest !== "") {
        lines[at] = rest;
        break;
      }
      continue;
    }
    const field = FIELD_LINE.exec(line);
    if (!field) break;
    const [, key = "", value = ""] = field;
    if (key === "url") {
      if (isWebAddress(value)) fields.url = value;
      else problems.push(`invalid url line "${value}", served without a link`);
    } else if (key === "title") fields.title = value;
    else fields.publisher = value;
  }
  lines.splice(start, at - start);
  return { header: fields, lines, problems };
}

/**
 * Writes header lines in the format {@link readArchiveHeader} reads, omitting absent fields.
 * Values are flattened to one line.
 *
 * @param header - the fields to write
 * @returns the header lines, each ending in a newline
 */
export function formatArchiveHeader(header: ArchiveHeader): string {
  const flat = (value: string): string => value.replace(/\s+/gu, " ").trim();
  const out: string[] = [];
  if (header.date !== null) out.push(` date ${header.date}`);
  if (header.url !== null) out.push(` url ${flat(header.url)}`);
  if (header.title !== null && flat(header.title) !== "") out.push(` title ${flat(header.title)}`);
  if (header.publisher !== null && flat(header.publisher) !== "")
    out.push(` publisher ${flat(header.publisher)}`);
  return out.map((line) => `${line}\n`).join("");
}
