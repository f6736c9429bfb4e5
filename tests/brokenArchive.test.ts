/**
 * Broken archive files (empty, binary, invalid UTF-8, missing or malformed date, 50 MB, duplicate,
 * half-written, deleted while read, not .txt) beside the real seeds: each is skipped or noted with
 * one log line naming the file and the reason, every good article is still served, and nothing in
 * the archive folder is ever modified.
 */
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText } from "../src/ingest/decodeText.js";
import { readArchive } from "../src/ingest/readArchive.js";
import {
  BROKEN_FILES,
  createBrokenArchive,
  fingerprintFolder,
  JF17_QUESTION,
  JF17_SOURCE,
  removeFolder,
  SEEDS_DIR,
  SERVED_BROKEN,
} from "./support/brokenArchive.js";
import { logLines, runProcess, startProcess } from "./support/spawnEntry.js";

let dir: string;
let seedNames: string[];

beforeAll(async () => {
  dir = await createBrokenArchive();
  seedNames = (await readArchive(SEEDS_DIR)).articles.map((a) => a.id);
});

afterAll(async () => {
  await removeFolder(dir);
});

describe("reading a broken archive", () => {
  it("skips or notes each broken file once, with its reason, and serves every good article", async () => {
    const contents = await readArchive(dir);
    for (const broken of BROKEN_FILES) {
      const reports =
        broken.outcome === "skipped"
          ? contents.skipped.filter((s) => s.file === broken.file).map((s) => s.reason)
          : contents.notes.filter((n) => n.file === broken.file).map((n) => n.note);
      expect(reports, broken.file).toHaveLength(1);
      expect(reports[0], broken.file).toMatch(broken.reason);
    }
    const served = contents.articles.map((a) => a.id);
    expect(served).toEqual([...seedNames, ...SERVED_BROKEN].sort());
    expect(contents.articles.find((a) => a.id === "102_latin1.txt")?.title).toContain("Café");
    expect(contents.articles.find((a) => a.id === "104_baddate.txt")?.date).toBeNull();
  });

  it("reads a file cut inside a character as UTF-8, not as Windows-1252", () => {
    const bytes = Buffer.from("Azərbaycan və Pakistan", "utf8");
    const cut = decodeText(bytes.subarray(0, bytes.lastIndexOf(0xc9) + 1));
    expect(cut).toMatchObject({ ok: true, text: "Azərbaycan v" });
    const latin1 = decodeText(Buffer.from("Café culture", "latin1"));
    expect(latin1).toMatchObject({ ok: true, text: "Café culture", note: expect.stringMatching(/1252/) });
  });
});

describe("the real entry point on a broken archive", () => {
  it("logs each skipped file and each note once at start-up, answers, and changes nothing", async () => {
    const before = await fingerprintFolder(dir);
    const result = await runProcess(
      "src/main.ts",
      [],
      { SEEDS_DIR: dir },
      `/ask ${JF17_QUESTION}\n/sources\n`,
    );
    expect(result.code, result.stderr).toBe(0);
    const logs = logLines(result.stderr);
    for (const broken of BROKEN_FILES) {
      const lines = logs.filter((line) => line["file"] === broken.file);
      expect(lines, `${broken.file}: ${result.stderr}`).toHaveLength(1);
      expect(String(lines[0]?.["msg"])).toContain(broken.file);
      expect(String(lines[0]?.["msg"])).toMatch(broken.reason);
    }
    expect(result.stdout).toContain("September 2024");
    expect(result.stdout).toContain(JF17_SOURCE);
    for (const name of [...seedNames, ...SERVED_BROKEN]) expect(result.stdout).toContain(name);
    expect(await fingerprintFolder(dir)).toEqual(before);
  });

  it("keeps answering when files are deleted or half-written while it runs", async () => {
    const live = await createBrokenArchive();
    try {
      const bot = startProcess("src/main.ts", [], { SEEDS_DIR: live });
      bot.child.stdin.write(`/ask ${JF17_QUESTION}\n`);
      await bot.waitForOutput(/September 2024/);
      await rm(join(live, "103_nodate.txt"));
      await rm(join(live, JF17_SOURCE));
      const half = Buffer.from(" date 2025-04-01 By Test Wire\n\nPakistan and Azərbaycan", "utf8");
      await writeFile(join(live, "109_new.txt"), half.subarray(0, half.length - 2));
      await writeFile(join(live, "110_binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255]));
      // The folder watcher rebuilds once the folder is quiet and logs what the reload found.
      await bot.waitForOutput(/archive reloaded/, 20_000);
      bot.child.stdin.end(`/sources\n/ask ${JF17_QUESTION}\n/latest 3\n`);
      const result = await bot.exited;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.match(/== Sources ==/g)).toHaveLength(1);
      expect(result.stdout).not.toMatch(/internal error/);
      const logs = logLines(result.stderr);
      expect(logs.filter((l) => l["level"] === 60)).toEqual([]);
      // Files that went bad while running are logged once, at the reload; older ones not again.
      expect(logs.filter((l) => l["file"] === "110_binary.txt").map((l) => l["reason"])).toEqual([
        "binary file (contains NUL bytes)",
      ]);
      expect(logs.filter((l) => l["file"] === "109_new.txt")).toHaveLength(1);
      expect(logs.filter((l) => l["file"] === "100_empty.txt")).toHaveLength(1);
      expect(result.stdout).not.toContain("103_nodate.txt");
    } finally {
      await removeFolder(live);
    }
  });

  it("never modifies or deletes anything in seeds/ over a full run of every command", async () => {
    const before = await fingerprintFolder(SEEDS_DIR);
    const input = [
      `/ask ${JF17_QUESTION}`,
      "/ask @everyone ```x``` <script>",
      "/latest 10",
      "/topic defence",
      "/topic __proto__",
      "/sources",
      "/help",
    ].join("\n");
    const console = await runProcess("src/main.ts", [], {}, `${input}\n`);
    expect(console.code, console.stderr).toBe(0);
    const cli = await runProcess(
      "src/cli/main.ts",
      ["ask", "--json", "--seeds", SEEDS_DIR],
      {},
      `${JF17_QUESTION}\n`,
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(await fingerprintFolder(SEEDS_DIR)).toEqual(before);
  });
});
