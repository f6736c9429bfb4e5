import { copyFile, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { rebuildInChild } from "../src/watch/rebuildInChild.js";
import { watchArchive, type ArchiveWatcher } from "../src/watch/watchArchive.js";

const SEEDS = join(PROJECT_ROOT, "seeds");
const ADDED = "900_added.txt";
const QUESTION = "Where was the Zarnigar canal accord signed?";
// Each rebuild starts a child process (tsx start-up included): allow for a loaded CI machine.
const REBUILD_TIMEOUT_MS = 60_000;

let root: string;
let archive: string;
let cache: string;
let watcher: ArchiveWatcher | null = null;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "dostluq-watch-"));
  archive = join(root, "archive");
  cache = join(root, "cache");
  await mkdir(archive);
  for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(archive, name));
});

afterEach(async () => {
  watcher?.close();
  watcher = null;
  await rm(root, { recursive: true, force: true });
});

describe("archive watcher", () => {
  it(
    "serves an article added while running, and forgets it once deleted, without a restart",
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
        // Short, to keep the test quick; the 1 s default is for files copied in over a network.
        debounceMs: 200,
        rescanMs: 2000,
      });
      expect(served.ask(QUESTION).status).toBe("no_answer");

      await writeFile(
        join(archive, ADDED),
        " date 2025-12-01\nA new article\n\nThe Zarnigar canal accord between Pakistan and Azerbaijan was signed in Gabala.\n",
      );
      // The old knowledge base answers until the new one is handed over.
      expect(served.ask(QUESTION).status).toBe("no_answer");
      await vi.waitFor(() => expect(served.ask(QUESTION).status).toBe("answered"), {
        timeout: REBUILD_TIMEOUT_MS,
        interval: 100,
      });
      expect(served.ask(QUESTION).answer).toContain("Gabala");

      await unlink(join(archive, ADDED));
      await vi.waitFor(() => expect(served.articles.map((article) => article.id)).not.toContain(ADDED), {
        timeout: REBUILD_TIMEOUT_MS,
        interval: 100,
      });
      expect(served.ask(QUESTION).status).toBe("no_answer");
      expect(errors).toEqual([]);
    },
    3 * REBUILD_TIMEOUT_MS,
  );
});
