import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/ingest/decodeText.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { readArchive } from "../src/ingest/readArchive.js";
import type { Article } from "../src/types.js";

const SEEDS = join(import.meta.dirname, "..", "seeds");

async function parseSeed(file: string): Promise<Article> {
  const decoded = decodeText(await readFile(join(SEEDS, file)));
  if (!decoded.ok) throw new Error(`seed ${file} did not decode: ${decoded.reason}`);
  const parsed = parseArticle(file, decoded.text);
  if (!parsed.article) throw new Error(`seed ${file} did not parse: ${parsed.problems.join("; ")}`);
  return parsed.article;
}

interface SeedExpectation {
  readonly file: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly place: string | null;
}

const SEEDS_EXPECTED: readonly SeedExpectation[] = [
  {
    file: "000_77965f8e13b39c5d.txt",
    date: "2025-11-07",
    title: "Pakistan, Azerbaijan pledge stronger ties in trade, energy, and defence",
    publisher: "AA",
    place: null,
  },
  {
    file: "001_b9377e48212897fa.txt",
    date: "2025-05-28",
    title: "Pakistan, Azerbaijan vow to diversify partnership",
    publisher: "NNI",
    place: "LACHIN",
  },
  // 002 has no headline line: the title is derived from the first sentence, so only its shape is checked.
  {
    file: "002_2b8b44cccd9cfcbd.txt",
    date: "2025-05-28",
    title: null,
    publisher: "ISPR",
    place: "RAWALPINDI",
  },
  {
    file: "003_5d4d31b9a4423b05.txt",
    date: null,
    title: "Pakistan-Azerbaijan Ties: Strengthening Bonds for Development",
    publisher: null,
    place: null,
  },
  { file: "004_2c982bdcbaac3a2e.txt", date: "2025-02-23", title: null, publisher: "Azernews", place: null },
];

/** Page furniture of the seeds that must never reach an article body. */
const DEBRIS = [
  "Musk merges xAI",
  "Europe-wide army",
  "Balochistan offensive",
  "OMNEX 2026",
  "AIRLINK",
  "Decreased By",
  "RECOMMENDED",
  "Related",
  "TRT World",
  "Please enter your comment",
  "Please enter your name",
  "back to top",
  "2 min read",
  "Published 28 May",
  "SOURCE:AA",
  "Qabil Ashirov",
  "By Azernews",
  "ASIA PACIFIC",
  "PM Shehbaz arrives in Azerbaijan",
];

/** Lines that are page furniture and must never be chosen as a headline. */
const NOT_TITLES = ["ASIA PACIFIC", "2 min read", "back to top", "By Azernews", "Qabil Ashirov"];

describe("parsing the seed articles", () => {
  for (const expected of SEEDS_EXPECTED) {
    describe(expected.file, () => {
      it("reads the date, publisher and dateline place", async () => {
        const article = await parseSeed(expected.file);
        expect(article.id).toBe(expected.file);
        expect(article.date).toBe(expected.date);
        expect(article.publisher).toBe(expected.publisher);
        expect(article.place).toBe(expected.place);
      });

      it("takes a real headline as the title, never page furniture", async () => {
        const article = await parseSeed(expected.file);
        if (expected.title !== null) expect(article.title).toBe(expected.title);
        expect(article.title.length).toBeGreaterThan(10);
        expect(article.title.length).toBeLessThanOrEqual(120);
        for (const furniture of NOT_TITLES) expect(article.title).not.toContain(furniture);
      });

      it("leaves no page debris in the body", async () => {
        const body = (await parseSeed(expected.file)).paragraphs.join("\n");
        for (const debris of DEBRIS) expect(body, `"${debris}" left in the body`).not.toContain(debris);
      });
    });
  }

  it("keeps the body text of each seed, dateline removed", async () => {
    const first = await parseSeed("001_b9377e48212897fa.txt");
    expect(first.paragraphs[0]).toMatch(/^Pakistan and Azerbaijan have reaffirmed/u);
    const ispr = await parseSeed("002_2b8b44cccd9cfcbd.txt");
    expect(ispr.paragraphs[0]).toMatch(/^Field Marshal Syed Asim Munir/u);
    const aa = await parseSeed("000_77965f8e13b39c5d.txt");
    expect(aa.paragraphs.join("\n")).toContain("graciously accepted");
    expect(aa.paragraphs.at(-1)).toMatch(/fifth anniversary of its Victory Day/u);
    const azernews = await parseSeed("004_2c982bdcbaac3a2e.txt");
    expect(azernews.paragraphs[0]).toMatch(/^The year 2024 witnessed/u);
  });

  it("readArchive loads all five seeds in file-name order with nothing skipped", async () => {
    const archive = await readArchive(SEEDS);
    expect(archive.articles.map((article) => article.id)).toEqual(SEEDS_EXPECTED.map((seed) => seed.file));
    expect(archive.skipped).toEqual([]);
    // 003 has no date line: it is served, undated, with a note saying so.
    expect(archive.notes).toEqual([
      { file: "003_5d4d31b9a4423b05.txt", note: "no date line; served as undated" },
    ]);
  });
});
