/**
 * An article added by address answers with a linked citation, end to end: `npm run add` writes the
 * file, the running watcher rebuilds and hands over the new knowledge base, and `cli ask --json`
 * shows the excerpt with its `url`. On a temporary copy of the fixture archive, never seeds/.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { rebuildInChild } from "../src/watch/rebuildInChild.js";
import { watchArchive, type ArchiveWatcher } from "../src/watch/watchArchive.js";
import { PAGES, startNewsSite, type NewsSite } from "./support/newsSite.js";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "archive");
/** Two spawned CLIs and a rebuild in a child process: generous for a loaded CI machine. */
const TIMEOUT_MS = 120_000;
const QUESTION = "Where will Pakistan and Azerbaijan build a joint pharmaceutical plant?";
const CANONICAL = "https://meridian-wire.example/economy/pharma-plant-sumgait/1234";

let site: NewsSite;
let root: string;
let archive: string;
let cache: string;
let watcher: ArchiveWatcher | null = null;

beforeAll(async () => {
  site = await startNewsSite();
  root = await mkdtemp(join(tmpdir(), "dostluq-add-e2e-"));
  archive = join(root, "archive");
  cache = join(root, "cache");
  await mkdir(archive);
  for (const name of await readdir(FIXTURES)) await copyFile(join(FIXTURES, name), join(archive, name));
});

afterAll(async () => {
  watcher?.close();
  await site?.close();
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runScript(script: string, args: readonly string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    INIT_CWD: PROJECT_ROOT,
    LOG_LEVEL: "silent",
    SEEDS_DIR: archive,
  };
  delete env["DISCORD_TOKEN"];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: PROJECT_ROOT,
      env,
      timeout: TIMEOUT_MS,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("add -> watcher -> ask", () => {
  it(
    "answers from the added page with its address, in the running bot and in cli ask --json",
    async () => {
      let served: KnowledgeBase = await loadKnowledgeBase(archive, { cacheDir: cache });
      const errors: unknown[] = [];
      watcher = await watchArchive({
        dir: archive,
        rebuild: () => rebuildInChild(archive, cache),
        onKnowledgeBase: (next) => {
          served = next;
        },
        onError: (error) => errors.push(error),
        debounceMs: 200,
        rescanMs: 2000,
      });
      expect(served.ask(QUESTION).status).toBe("no_answer");

      const add = await runScript("src/cli/addMain.ts", [`${site.origin}${PAGES.wire}`]);
      expect(add.code, add.stderr).toBe(0);
      expect(add.stdout).toMatch(/^added 2025-09-14_meridian-wire-example_/u);

      const answered = await waitFor(() => {
        const result = served.ask(QUESTION);
        return result.status === "answered" ? result : undefined;
      }, TIMEOUT_MS / 2);
      expect(errors).toEqual([]);
      expect(answered.excerpts[0]?.citation).toMatchObject({
        title: "Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait",
        publisher: "Meridian News Agency",
        date: "2025-09-14",
        url: CANONICAL,
      });

      const ask = await runScript("src/cli/main.ts", ["ask", "--json", QUESTION]);
      expect(ask.code, ask.stderr).toBe(0);
      const line = JSON.parse(ask.stdout) as {
        status: string;
        answer: string;
        excerpts: Record<string, unknown>[];
      };
      expect(line.status).toBe("answered");
      expect(line.answer).toMatch(/Sumgait/u);
      expect(line.excerpts[0]).toMatchObject({
        source: expect.stringMatching(/^2025-09-14_meridian-wire-example_.*\.txt$/u) as unknown,
        title: "Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait",
        publisher: "Meridian News Agency",
        date: "2025-09-14",
        url: CANONICAL,
      });
      // Articles saved by hand keep working, with no address.
      const other = await runScript("src/cli/main.ts", ["ask", "--json", "Who opened the Indus delta fund?"]);
      const otherLine = JSON.parse(other.stdout) as { excerpts: Record<string, unknown>[] };
      for (const excerpt of otherLine.excerpts)
        if (excerpt["url"] !== CANONICAL) expect(excerpt["url"]).toBeNull();
    },
    TIMEOUT_MS * 2,
  );
});
