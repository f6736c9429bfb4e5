import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText } from "../src/ingest/decodeText.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { ArchiveError, readArchive } from "../src/ingest/readArchive.js";
import type { Article } from "../src/types.js";

function articleOf(text: string, id = "page.txt"): Article {
  const parsed = parseArticle(id, text);
  if (!parsed.article) throw new Error(`no article: ${parsed.problems.join("; ")}`);
  return parsed.article;
}

const LEAD =
  "A delegation from the Azerbaijani energy ministry toured the liquefied gas terminal at Karachi port on Tuesday.";
const SECOND =
  "The visitors discussed storage capacity and shipping schedules with the port authority for three hours.";
const CLOSING = "Officials said a second visit to the Gwadar terminal is planned before the end of the year.";

/** A news page with every kind of furniture around a three-paragraph story (not a copy of any seed). */
const CLUTTERED_PAGE = [
  " date 2024-03-12 BUSINESS",
  "Azerbaijani energy delegation tours Karachi gas terminal",
  "By Staff Reporter",
  "Published March 12, 2024 10:30am",
  "Updated: 12 Mar 2024 14:05",
  "KSE-100 65,432.10 ▲ 512.30",
  LEAD,
  SECOND,
  "Read more",
  "Central bank holds interest rates steady for third month",
  "Floods displace thousands in northern Italy valley",
  "Rescue teams worked through the night as the river burst its banks near the town, officials said on Monday.",
  CLOSING,
  "Trending",
  "Celebrity chef opens restaurant at the new lunar base",
  "More from Business",
  "Wheat prices climb as harvest forecasts fall short",
  "Leave a Reply",
  "Your email address will not be published. Required fields are marked *",
  "© 2024 The Daily Example. All rights reserved.",
].join("\n");

describe("debris removal by page structure", () => {
  const article = articleOf(CLUTTERED_PAGE);
  const body = article.paragraphs.join("\n");

  it("keeps the story paragraphs in order, including prose that follows a link block", () => {
    // The closing paragraph follows a linked headline's teaser, not a headline: a teaser ends its
    // headline's entry, so the next prose line is the story resuming, not another teaser.
    expect(article.paragraphs).toEqual([LEAD, SECOND, CLOSING]);
  });

  it("drops the headlines of Read more / Trending / More from blocks", () => {
    for (const headline of ["Floods displace", "Central bank holds", "Celebrity chef", "Wheat prices"]) {
      expect(body).not.toContain(headline);
    }
  });

  it("drops a teaser paragraph standing under a linked headline in a block, though it is prose", () => {
    expect(body).not.toContain("Rescue teams worked through the night");
  });

  it("drops the comment form, ticker, timestamps, byline and footer", () => {
    for (const debris of [
      "Leave a Reply",
      "Your email address will not be published",
      "KSE-100",
      "▲",
      "10:30am",
      "Updated:",
      "Staff Reporter",
      "All rights reserved",
    ]) {
      expect(body).not.toContain(debris);
    }
  });

  it("takes the headline, not the section label or byline, as the title", () => {
    expect(article.title).toBe("Azerbaijani energy delegation tours Karachi gas terminal");
    expect(article.date).toBe("2024-03-12");
  });
});

describe("datelines", () => {
  it('reads "BAKU, May 27 (APP):" as the place and the publisher, and strips it from the paragraph', () => {
    const article = articleOf(
      ["Gas talks move ahead in Baku", `BAKU, May 27 (APP): ${LEAD}`, SECOND].join("\n"),
    );
    expect(article.place).toBe("BAKU");
    expect(article.publisher).toBe("APP");
    expect(article.paragraphs[0]).toBe(LEAD);
  });

  it("prefers the dateline's agency to a staff byline, which names no publisher", () => {
    const withDateline = articleOf(
      ["Gas talks move ahead in Baku", "By Staff Reporter", `BAKU, May 27 (APP): ${LEAD}`].join("\n"),
    );
    expect(withDateline.publisher).toBe("APP");
    expect(
      articleOf(["Gas talks move ahead in Baku", "By Staff Reporter", LEAD].join("\n")).publisher,
    ).toBeNull();
    expect(articleOf(["Gas talks move ahead in Baku", "By Dawn News", LEAD].join("\n")).publisher).toBe(
      "Dawn News",
    );
  });

  it('reads a dateline on a line of its own ("Ganja, May 27, AZERTAC") as the place and date', () => {
    const article = articleOf(
      ["Gas talks move ahead in Ganja", "Ganja, May 27, AZERTAC", LEAD, SECOND].join("\n"),
    );
    expect(article.place).toBe("Ganja");
    expect(article.datelineDate).toBe("May 27");
    expect(article.paragraphs.some((paragraph) => paragraph.includes("AZERTAC"))).toBe(false);
  });

  it("does not read a dateline off a later paragraph", () => {
    const article = articleOf([LEAD, `GANJA: ${SECOND}`].join("\n"));
    expect(article.place).toBeNull();
    expect(article.paragraphs[1]).toBe(`GANJA: ${SECOND}`);
  });
});

describe("the leading date line", () => {
  it("treats an impossible date as undated and notes the problem", () => {
    const parsed = parseArticle("bad.txt", ` date 2025-13-45\n${LEAD}\n`);
    expect(parsed.article?.date).toBeNull();
    expect(parsed.problems).toEqual(['invalid date line "2025-13-45", treated as undated']);
  });

  it("gives null without a problem when there is no date line", () => {
    const parsed = parseArticle("none.txt", `${LEAD}\n${SECOND}\n`);
    expect(parsed.article?.date).toBeNull();
    expect(parsed.problems).toEqual([]);
  });

  it("accepts 29 February in a leap year and rejects it otherwise", () => {
    expect(parseArticle("leap.txt", ` date 2024-02-29\n${LEAD}\n`).article?.date).toBe("2024-02-29");
    const notLeap = parseArticle("noleap.txt", ` date 2023-02-29\n${LEAD}\n`);
    expect(notLeap.article?.date).toBeNull();
    expect(notLeap.problems).toEqual(['invalid date line "2023-02-29", treated as undated']);
  });

  it("keeps the text after the date on the first line as a candidate body line", () => {
    const article = articleOf(` date 2024-06-01 ${LEAD}\n${SECOND}\n`);
    expect(article.date).toBe("2024-06-01");
    expect(article.paragraphs).toEqual([LEAD, SECOND]);
  });

  it("reports a page of only furniture and headlines as no article", () => {
    const parsed = parseArticle(
      "empty.txt",
      " date 2024-01-01\nExplore\nSome headline for you here\nback to top\n",
    );
    expect(parsed.article).toBeNull();
    expect(parsed.problems).toEqual(["no article text found (only page furniture or headlines)"]);
  });
});

describe("decodeText", () => {
  it("refuses binary content with a NUL byte", () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      reason: "binary file (contains NUL bytes)",
    });
  });

  it("refuses content that is mostly control bytes", () => {
    expect(decodeText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42]))).toEqual({
      ok: false,
      reason: "binary file (mostly control bytes)",
    });
  });

  it("refuses empty and whitespace-only files", () => {
    expect(decodeText(new Uint8Array([]))).toEqual({ ok: false, reason: "empty file" });
    expect(decodeText(new TextEncoder().encode(" \n\t \n"))).toEqual({ ok: false, reason: "empty file" });
  });

  it("reads UTF-8 and drops a byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Bakı")]))).toEqual({
      ok: true,
      text: "Bakı",
      note: null,
    });
  });

  it("reads bytes that are not UTF-8 as Windows-1252, with a note", () => {
    // "Bakú café" in Windows-1252: 0xFA is ú, 0xE9 is é; neither is valid UTF-8 on its own.
    const bytes = new Uint8Array([0x42, 0x61, 0x6b, 0xfa, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: "Bakú café",
      note: "not valid UTF-8; read as Windows-1252",
    });
  });
});

describe("readArchive on a folder", () => {
  let dir = "";
  const STORY = ` date 2024-04-02\nGwadar and Baku sign port pact\n${LEAD}\n${SECOND}\n`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dostluq-archive-"));
    await writeFile(join(dir, "a_story.txt"), STORY);
    await writeFile(join(dir, "b_copy.txt"), STORY.replace(" date 2024-04-02", " date 2024-04-03"));
    await writeFile(join(dir, "c_other.txt"), `GANJA: ${CLOSING}\n${SECOND.replace("three", "four")}\n`);
    await writeFile(join(dir, "d_empty.txt"), "");
    await writeFile(join(dir, "e_binary.txt"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    await writeFile(join(dir, "f_bad_date.txt"), ` date 2024-02-30\n${CLOSING}\n`);
    await writeFile(join(dir, "g_furniture.txt"), "Explore\nSome headline for you here\n");
    await writeFile(join(dir, "notes.md"), `${LEAD}\n`);
    await writeFile(join(dir, ".hidden.txt"), `${LEAD}\n`);
    await mkdir(join(dir, "sub.txt"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the good files in file-name order", async () => {
    const archive = await readArchive(dir);
    expect(archive.articles.map((article) => article.id)).toEqual([
      "a_story.txt",
      "c_other.txt",
      "f_bad_date.txt",
    ]);
    expect(archive.articles[0]?.date).toBe("2024-04-02");
    expect(archive.articles[1]?.place).toBe("GANJA");
  });

  it("skips every other file with its reason, hidden files silently", async () => {
    const archive = await readArchive(dir);
    expect(archive.skipped).toEqual([
      { file: "b_copy.txt", reason: "same article as a_story.txt" },
      { file: "d_empty.txt", reason: "empty file" },
      { file: "e_binary.txt", reason: "binary file (contains NUL bytes)" },
      { file: "g_furniture.txt", reason: "no article text found (only page furniture or headlines)" },
      { file: "notes.md", reason: "not a .txt file" },
      { file: "sub.txt", reason: "not a regular file" },
    ]);
  });

  it("notes a loaded file whose date line is invalid or missing", async () => {
    const archive = await readArchive(dir);
    expect(archive.notes).toEqual([
      { file: "c_other.txt", note: "no date line; served as undated" },
      { file: "f_bad_date.txt", note: 'invalid date line "2024-02-30", treated as undated' },
    ]);
  });

  it("throws ArchiveError naming the folder when it does not exist", async () => {
    const missing = join(dir, "no-such-folder");
    const error: unknown = await readArchive(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).message).toBe(
      `Archive folder "${missing}" cannot be read: no such folder`,
    );
    expect((error as ArchiveError).dir).toBe(missing);
  });
});
