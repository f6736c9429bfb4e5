/**
 * The archive's header lines, the never-overwrite writer, and how links are written for Discord.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatArchiveHeader, readArchiveHeader } from "../src/ingest/archiveHeader.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { addressKey } from "../src/ingest/web/findDuplicate.js";
import { archiveFileName, writeNewArchiveFile } from "../src/ingest/web/writeArchiveFile.js";
import { markdownSafeUrl, textFragmentUrl } from "../src/discord/links.js";
import { renderEmbeds } from "../src/discord/renderEmbeds.js";
import { makeReply } from "../src/reply.js";
import type { Citation } from "../src/types.js";

const BODY =
  "The two ministers met in Baku on Monday and agreed to expand cooperation in trade and energy over the next five years.";

describe("readArchiveHeader", () => {
  it("reads date, url, title and publisher lines, in any order, and keeps the body", () => {
    const text = ` url https://news.example/a\n date 2025-05-28\n title A headline\n publisher Example News\n\n${BODY}\n`;
    const read = readArchiveHeader(text.split("\n"));
    expect(read.header).toEqual({
      date: "2025-05-28",
      url: "https://news.example/a",
      title: "A headline",
      publisher: "Example News",
    });
    expect(read.lines.filter((line) => line !== "")).toEqual([BODY]);
    expect(read.problems).toEqual([]);
  });

  it("keeps the original format: a date line with the page's first text on it", () => {
    const read = readArchiveHeader([" date 2025-11-07 ASIA PACIFIC", "2 min read", BODY]);
    expect(read.header).toEqual({ date: "2025-11-07", url: null, title: null, publisher: null });
    expect(read.lines).toEqual(["ASIA PACIFIC", "2 min read", BODY]);
  });

  it("takes only exact header lines: a page's own 'Title:' or a bare 'url' word is page text", () => {
    for (const first of [
      "Title: Pakistan and Azerbaijan",
      "title A headline",
      "  title two spaces",
      " Title upper case",
    ]) {
      const read = readArchiveHeader([first, BODY]);
      expect(read.header.title, first).toBeNull();
      expect(read.lines, first).toEqual([first, BODY]);
    }
    // Header lines stop at the first line that is not one.
    expect(readArchiveHeader([BODY, " title Late"]).header.title).toBeNull();
  });

  it("notes an invalid url or date and serves the article without them", () => {
    const read = readArchiveHeader([" date 2025-02-30", " url javascript:alert(1)", BODY]);
    expect(read.header.date).toBeNull();
    expect(read.header.url).toBeNull();
    expect(read.problems).toEqual([
      'invalid date line "2025-02-30", treated as undated',
      'invalid url line "javascript:alert(1)", served without a link',
    ]);
  });

  it("round-trips through formatArchiveHeader, and parseArticle uses the header over page guesses", () => {
    const header = {
      date: "2025-03-01",
      url: "https://news.example/b",
      title: "Pakistan, Azerbaijan sign a rail freight memorandum",
      publisher: "Example Wire",
    };
    const text = `${formatArchiveHeader(header)}\nBy AA\n\n${BODY}\n`;
    expect(readArchiveHeader(text.split("\n")).header).toEqual(header);
    expect(parseArticle("b.txt", text).article).toMatchObject({ ...header, paragraphs: [BODY] });
    expect(formatArchiveHeader({ date: null, url: null, title: "Only\na title", publisher: " " })).toBe(
      " title Only a title\n",
    );
  });
});

describe("writing archive files", () => {
  it("names a file by date, site, headline and address digest", () => {
    expect(
      archiveFileName("2025-05-28", "https://www.example.pk/news/1", "Pakistan, Azerbaijan vow — to grow!"),
    ).toMatch(/^2025-05-28_example-pk_pakistan-azerbaijan-vow-to-grow_[0-9a-f]{6}\.txt$/u);
    expect(archiveFileName(null, "https://a.example/x", "Bakı və İslamabad")).toMatch(
      /^undated_a-example_baki-ve-islamabad_[0-9a-f]{6}\.txt$/u,
    );
  });

  it("never overwrites: a name that exists is refused and the file is left as it was", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dostluq-write-"));
    try {
      await writeFile(join(dir, "a.txt"), "original");
      expect(await writeNewArchiveFile(dir, "a.txt", "replacement")).toEqual({
        ok: false,
        reason: "a file named a.txt is already in the archive; nothing was overwritten",
      });
      expect(await readFile(join(dir, "a.txt"), "utf8")).toBe("original");
      expect(await writeNewArchiveFile(dir, "b.txt", "new")).toEqual({ ok: true, path: join(dir, "b.txt") });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("treats addresses of one page alike: scheme, www., trailing slash, fragment, tracking parameters", () => {
    const key = addressKey("https://news.example/a/b?id=7");
    for (const same of [
      "http://www.news.example/a/b/?id=7",
      "https://news.example/a/b?utm_source=x&id=7#comments",
      "https://NEWS.example/a/b?fbclid=abc&id=7",
    ])
      expect(addressKey(same), same).toBe(key);
    expect(addressKey("https://news.example/a/b?id=8")).not.toBe(key);
    expect(addressKey("not an address")).toBeNull();
  });
});

describe("links for Discord", () => {
  it("opens a short quote whole and a long one by its first and last five words", () => {
    expect(textFragmentUrl("https://news.example/a#top", "Trade grew, officials said.")).toBe(
      "https://news.example/a#:~:text=Trade%20grew%2C%20officials%20said.",
    );
    expect(
      textFragmentUrl(
        "https://news.example/a",
        "The Pakistan-Azerbaijan commission (its 9th session) met in Baku & agreed on a plan for trade.",
      ),
    ).toBe(
      "https://news.example/a#:~:text=The%20Pakistan%2DAzerbaijan%20commission%20%28its%209th,on%20a%20plan%20for%20trade.",
    );
    expect(textFragmentUrl("javascript:alert(1)", "x")).toBeNull();
    expect(markdownSafeUrl("https://news.example/a (b)/[c]")).toBe(
      "https://news.example/a%20%28b%29/%5Bc%5D",
    );
  });

  it("links the source title in an embed: at the quote, else the page, else no link rather than a cut one", () => {
    const citation: Citation = {
      source: "a.txt",
      title: "Trade grows",
      publisher: "Example Wire",
      date: "2025-01-02",
      url: "https://news.example/trade",
    };
    const excerpt = { heading: null, text: BODY, citation, alsoIn: [] };
    const [embed] = renderEmbeds(makeReply({ title: "Answer", excerpts: [excerpt] }));
    expect(embed?.fields?.[0]?.value).toContain(
      "— Example Wire, [Trade grows](https://news.example/trade#:~:text=The%20two%20ministers%20met%20in,over%20the%20next%20five%20years.), 2025-01-02 (a.txt)",
    );
    const longer = { ...citation, title: "Trade ".repeat(70).trim() };
    const [page] = renderEmbeds(makeReply({ title: "Answer", excerpts: [{ ...excerpt, citation: longer }] }));
    expect(page?.fields?.[0]?.value).toContain("](https://news.example/trade), 2025-01-02 (a.txt)");
    const long = { ...citation, title: "Trade ".repeat(90).trim() };
    const [cut] = renderEmbeds(makeReply({ title: "Answer", excerpts: [{ ...excerpt, citation: long }] }));
    const value = cut?.fields?.[0]?.value ?? "";
    expect(value).not.toContain("](");
    expect(value).toContain('— Example Wire, "Trade Trade');
  });
});
