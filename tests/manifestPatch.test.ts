import { mkdir, mkdtemp, rm, unlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { patchManifest, readManifest, type ManifestEntry } from "../src/persist/manifest.js";
import { changedFiles } from "../src/persist/pendingChanges.js";
import { watchArchive, type ArchiveWatcher } from "../src/watch/watchArchive.js";

let dir: string;
let watcher: ArchiveWatcher | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dostluq-manifest-"));
  for (const name of ["b.txt", "d.txt", "f.txt"]) await writeFile(join(dir, name), `article ${name}\n`);
});

afterEach(async () => {
  watcher?.close();
  watcher = null;
  await rm(dir, { recursive: true, force: true });
});

describe("patchManifest", () => {
  it("matches a full read after files are added, changed and deleted, in name order", async () => {
    const before = await readManifest(dir);
    if (before === null) throw new Error("test: folder unreadable");
    await writeFile(join(dir, "a.txt"), "first by name\n");
    await writeFile(join(dir, "e.txt"), "between two\n");
    await writeFile(join(dir, "d.txt"), "changed, and longer than it was\n");
    await utimes(join(dir, "d.txt"), new Date(2030, 0, 1), new Date(2030, 0, 1));
    await unlink(join(dir, "f.txt"));
    const patched = patchManifest(dir, before, ["a.txt", "e.txt", "d.txt", "f.txt", "f.txt"]);
    expect(patched).toEqual(await readManifest(dir));
    expect(patched.map(([name]) => name)).toEqual(["a.txt", "b.txt", "d.txt", "e.txt"]);
  });

  it("leaves entries it is not told about, and skips hidden files as a full read does", async () => {
    const before = (await readManifest(dir)) ?? [];
    await writeFile(join(dir, ".hidden"), "not an article\n");
    await writeFile(join(dir, "b.txt"), "changed but not named\n");
    expect(patchManifest(dir, before, [".hidden"])).toEqual(before);
  });

  it("lists a named folder as a full read does", async () => {
    const before = (await readManifest(dir)) ?? [];
    await mkdir(join(dir, "c"));
    expect(patchManifest(dir, before, ["c"])).toEqual(await readManifest(dir));
  });
});

describe("archive watcher manifests", () => {
  it("hands each update the folder's manifest as a full read would see it", async () => {
    const seen: (readonly ManifestEntry[])[] = [];
    watcher = await watchArchive({
      dir,
      rebuild: (manifest) => {
        seen.push(manifest);
        return Promise.resolve(seen.length);
      },
      onKnowledgeBase: () => undefined,
      debounceMs: 50,
      rescanMs: 0,
    });
    await writeFile(join(dir, "c.txt"), "new\n");
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 5000, interval: 20 });
    await watcher.idle();
    expect(seen[0]).toEqual(await readManifest(dir));
    await unlink(join(dir, "b.txt"));
    await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 5000, interval: 20 });
    await watcher.idle();
    expect(seen[1]).toEqual(await readManifest(dir));
  });
});

describe("changedFiles", () => {
  it("finds added, changed and removed files in name order, and the same out of order", () => {
    const saved: ManifestEntry[] = [
      ["a.txt", 10, 1],
      ["b.txt", 20, 2],
      ["c.txt", 30, 3],
      ["e.txt", 50, 5],
    ];
    const now: ManifestEntry[] = [
      ["b.txt", 20, 2],
      ["c.txt", 31, 3],
      ["d.txt", 40, 4],
      ["e.txt", 50, 6],
      ["f.txt", 60, 6],
    ];
    const expected = { added: ["c.txt", "d.txt", "e.txt", "f.txt"], removed: ["a.txt", "c.txt", "e.txt"] };
    expect(changedFiles(saved, now)).toEqual(expected);
    const shuffled = changedFiles([...saved].reverse(), [...now].reverse());
    expect([...shuffled.added].sort()).toEqual(expected.added);
    expect([...shuffled.removed].sort()).toEqual(expected.removed);
    expect(changedFiles(now, now)).toEqual({ added: [], removed: [] });
  });
});
