/**
 * Adding articles by address, against a local stand-in for news sites on 127.0.0.1 (the trusted
 * command-line path: no address guard). Each page gives the expected archive file or the expected
 * refusal, and the temporary archive holds nothing else afterwards. Never touches seeds/.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";
import { readArchiveHeader } from "../src/ingest/archiveHeader.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { addArticleFromHtml, addArticleFromUrl, type AddOutcome } from "../src/ingest/web/addArticle.js";
import { PAGES, startNewsSite, type NewsSite } from "./support/newsSite.js";

/** A spawned CLI loads tsx first; generous for a loaded CI machine. */
const SPAWN_TIMEOUT_MS = 60_000;
/** Short, so the never-answering server costs the suite one second. */
const TEST_FETCH_TIMEOUT_MS = 1000;

let site: NewsSite;
let root: string;
let archive: string;
const written: string[] = [];

beforeAll(async () => {
  site = await startNewsSite();
  root = await mkdtemp(join(tmpdir(), "dostluq-add-"));
  archive = join(root, "archive");
  await (await import("node:fs/promises")).mkdir(archive);
});

afterAll(async () => {
  await site?.close();
  await rm(root, { recursive: true, force: true });
});

async function add(path: string): Promise<AddOutcome> {
  return addArticleFromUrl(`${site.origin}${path}`, { dir: archive, timeoutMs: TEST_FETCH_TIMEOUT_MS });
}

/** Asserts an article was written and returns the new file's text. */
async function expectAdded(outcome: AddOutcome, name: RegExp): Promise<string> {
  if (!outcome.ok) throw new Error(`expected the page to be added, got: ${outcome.reason}`);
  expect(outcome.file).toMatch(name);
  written.push(outcome.file);
  return readFile(join(archive, outcome.file), "utf8");
}

function expectRefused(outcome: AddOutcome, reason: RegExp): void {
  expect(outcome.ok, JSON.stringify(outcome)).toBe(false);
  if (!outcome.ok) expect(outcome.reason).toMatch(reason);
}

/** Page furniture of the stand-in's pages: none of it may reach a file. */
const DEBRIS = [
  "Search",
  "Sport",
  "Opinion",
  "Brent",
  "KSE-100",
  "Facebook",
  "WhatsApp",
  "Related news",
  "Central bank keeps the refinancing rate",
  "cookies",
  "Accept all",
  "We value your privacy",
  "Advertisement",
  "All rights reserved",
  "Privacy policy",
  "Trending",
  "Ganja hosts a festival",
  "Baku metro opens",
  "You may also like",
  "comments",
  "My cousin studied in Baku",
  "Welcome to our Pakistani brothers",
  "Write a comment",
];

function expectNoDebris(text: string): void {
  for (const debris of DEBRIS) expect(text, `"${debris}" reached the file`).not.toContain(debris);
}

describe("npm run add's core, page by page", () => {
  it("agency wire page: headline, publisher and date from JSON-LD (a broken JSON-LD block beside it), canonical address", async () => {
    const text = await expectAdded(
      await add(PAGES.wire),
      /^2025-09-14_meridian-wire-example_pakistan-azerbaijan-to-build-joint_[0-9a-f]{6}\.txt$/u,
    );
    expect(text.split("\n").slice(0, 5)).toEqual([
      " date 2025-09-14",
      " url https://meridian-wire.example/economy/pharma-plant-sumgait/1234",
      " title Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait",
      " publisher Meridian News Agency",
      "",
    ]);
    expect(text).toContain(
      "BAKU: Pakistan and Azerbaijan agreed on Sunday to build a joint pharmaceutical plant",
    );
    expect(text).toContain("The next session of the commission is scheduled to take place in Lahore");
    expectNoDebris(text);
    const { article } = parseArticle("wire.txt", text);
    expect(article).toMatchObject({
      date: "2025-09-14",
      title: "Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait",
      publisher: "Meridian News Agency",
      place: "BAKU",
      url: "https://meridian-wire.example/economy/pharma-plant-sumgait/1234",
    });
    expect(article?.paragraphs).toHaveLength(5);
  });

  it("newspaper page: og: tags and article:published_time; the cookie banner and market strip stay out", async () => {
    const text = await expectAdded(
      await add(PAGES.newspaper),
      /^2025-10-02_ledger-example-pk_textile-exports-to-azerbaijan-double-in-a-year_[0-9a-f]{6}\.txt$/u,
    );
    const { header } = readArchiveHeader(text.split("\n"));
    expect(header).toEqual({
      date: "2025-10-02",
      url: "https://ledger.example.pk/business/2025/10/02/textile-exports-azerbaijan",
      title: "Textile exports to Azerbaijan double in a year",
      publisher: "The Karachi Ledger",
    });
    expect(text).toContain("Exporters shipped home textiles, denim and knitwear worth 61 million dollars");
    expectNoDebris(text);
  });

  it("page between related-headline blocks and comments: the story's own <time>, not theirs; none of them in the file", async () => {
    const text = await expectAdded(
      await add(PAGES.related),
      /^2025-08-21_127-0-0-1_scholarships-for-300-pakistani-students-in-baku_[0-9a-f]{6}\.txt$/u,
    );
    // No canonical link: the address it was served from is kept.
    expect(text).toContain(` url ${site.origin}${PAGES.related}\n`);
    expect(text).toContain(" publisher Caspian Daily\n");
    expectNoDebris(text);
    const { article } = parseArticle("related.txt", text);
    expect(article?.date).toBe("2025-08-21");
    expect(article?.paragraphs.join(" ")).not.toMatch(/Rashad Aliyev|21 August 2025/u);
    expect(article?.paragraphs[0]).toMatch(/^The Azerbaijani government will fund 300 scholarships/u);
  });

  it("page with no date anywhere: written undated (no date line), never a guessed date", async () => {
    const text = await expectAdded(
      await add(PAGES.undated),
      /^undated_127-0-0-1_what-the-lachin-visits-tell-us_[0-9a-f]{6}\.txt$/u,
    );
    expect(
      text.startsWith(` url ${site.origin}${PAGES.undated}\n title What the Lachin visits tell us\n`),
    ).toBe(true);
    expect(text).not.toMatch(/^ date /mu);
    expect(parseArticle("undated.txt", text).article?.date).toBeNull();
  });

  it("redirect: followed, and the file keeps the address the page was served from", async () => {
    const text = await expectAdded(
      await add(PAGES.redirect),
      /^2025-11-20_127-0-0-1_caspian-ferry-link-to-carry-pakistani-cargo_[0-9a-f]{6}\.txt$/u,
    );
    expect(text).toContain(` url ${site.origin}${PAGES.moved}\n`);
    // The <h1>, not the <title> with the site's name after a bar.
    expect(text).toContain(" title Caspian ferry link to carry Pakistani cargo from 2026\n");
  });

  it("refuses a page already in the archive, by address (also as reached through a redirect) and by text", async () => {
    expectRefused(await add(PAGES.wire), /^this address is already in the archive as 2025-09-14_meridian/u);
    expectRefused(
      await add(PAGES.moved),
      /^this address is already in the archive as 2025-11-20_127-0-0-1_caspian/u,
    );
    // The agency story republished by another site, with its own headline and chrome.
    expectRefused(
      await add(PAGES.syndicated),
      /^the same text is already in the archive as 2025-09-14_meridian/u,
    );
    // The canonical address with tracking parameters and a fragment is the same page.
    const again = await addArticleFromHtml(
      "<html><body><article><p>Anything</p></article></body></html>",
      "https://www.meridian-wire.example/economy/pharma-plant-sumgait/1234/?utm_source=x#top",
      archive,
    );
    expectRefused(again, /^this address is already in the archive/u);
  });

  it("refuses a page of headlines with no article text", async () => {
    expectRefused(await add(PAGES.headlines), /^no article text found on the page/u);
  });

  it("refuses an HTTP error, a PDF, a page over the size cap and a server that never answers", async () => {
    expectRefused(await add(PAGES.missing), /^HTTP 404 Not Found$/u);
    expectRefused(await add(PAGES.pdf), /^not an HTML page \(application\/pdf\)$/u);
    expectRefused(await add(PAGES.huge), /^the page is too large \(over 5\.0 MB\)$/u);
    expectRefused(
      await add(PAGES.hugeDeclared),
      /^the page is too large \(5\.5 MB; the limit is 5\.0 MB\)$/u,
    );
    const started = Date.now();
    const silent = await addArticleFromUrl(`${site.silentOrigin}/story`, {
      dir: archive,
      timeoutMs: TEST_FETCH_TIMEOUT_MS,
    });
    expectRefused(silent, /^no answer within 1 s$/u);
    expect(Date.now() - started).toBeLessThan(TEST_FETCH_TIMEOUT_MS * 5);
  });

  it("refuses what is not a web address without fetching anything", async () => {
    const dir = { dir: archive };
    expectRefused(await addArticleFromUrl("file:///etc/passwd", dir), /^not an http or https address$/u);
    expectRefused(await addArticleFromUrl("ftp://example.com/a", dir), /^not an http or https address$/u);
    expectRefused(await addArticleFromUrl("news about Baku", dir), /^not an http or https address$/u);
  });

  it("leaves the archive holding exactly the added files", async () => {
    expect((await readdir(archive)).sort()).toEqual([...written].sort());
    expect(written).toHaveLength(5);
  });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runAdd(args: readonly string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: PROJECT_ROOT, LOG_LEVEL: "silent" };
  delete env["DISCORD_TOKEN"];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/addMain.ts", ...args], {
      cwd: PROJECT_ROOT,
      env,
      timeout: SPAWN_TIMEOUT_MS,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

describe("npm run add on the command line", () => {
  it(
    "adds several addresses in one call, one line each, and exits 1 with one clear line for each refusal",
    async () => {
      const dir = join(root, "cli");
      await (await import("node:fs/promises")).mkdir(dir);
      const run = await runAdd([
        "--seeds",
        dir,
        `${site.origin}${PAGES.newspaper}`,
        `${site.origin}${PAGES.missing}`,
        `${site.origin}${PAGES.pdf}`,
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /^added 2025-10-02_ledger-example-pk_textile-exports-to-azerbaijan-double-in-a-year_[0-9a-f]{6}\.txt: "Textile exports to Azerbaijan double in a year", The Karachi Ledger, 2025-10-02, https:\/\/ledger\.example\.pk\/business\/2025\/10\/02\/textile-exports-azerbaijan \(\d+ words\)\n$/u,
      );
      expect(run.stderr.split("\n").filter((line) => line !== "")).toEqual([
        `dostluq add: refused ${site.origin}${PAGES.missing}: HTTP 404 Not Found`,
        `dostluq add: refused ${site.origin}${PAGES.pdf}: not an HTML page (application/pdf)`,
      ]);
      expect(await readdir(dir)).toHaveLength(1);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    "adds a saved page with --file and --url, then refuses the same page again (exit 1), never overwriting",
    async () => {
      const dir = join(root, "cli-file");
      await (await import("node:fs/promises")).mkdir(dir);
      const page = join(root, "saved.html");
      const html = await (await fetch(`${site.origin}${PAGES.undated}`)).text();
      await writeFile(page, html);
      const address = "https://indus-review.example/opinion/lachin-visits";
      const first = await runAdd(["--seeds", dir, "--file", page, "--url", address]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(
        /^added undated_indus-review-example_what-the-lachin-visits-tell-us_[0-9a-f]{6}\.txt: /u,
      );
      const [name = ""] = await readdir(dir);
      const before = await readFile(join(dir, name), "utf8");
      const second = await runAdd(["--seeds", dir, "--file", page, "--url", address]);
      expect(second.code).toBe(1);
      expect(second.stdout).toBe("");
      expect(second.stderr).toBe(
        `dostluq add: refused ${address}: this address is already in the archive as ${name}\n`,
      );
      expect(await readdir(dir)).toEqual([name]);
      expect(await readFile(join(dir, name), "utf8")).toBe(before);
    },
    SPAWN_TIMEOUT_MS * 2,
  );
});
