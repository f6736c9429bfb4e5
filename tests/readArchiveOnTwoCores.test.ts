import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArchive } from "../src/bench/generateArchive.js";
import { readArchive } from "../src/ingest/readArchive.js";
import { readArchiveOnTwoCores } from "../src/persist/readArchiveOnTwoCores.js";

describe("reading an archive on two cores", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dostluq-two-cores-"));
    // Enough files for the worker to take half (it starts at 400).
    await generateArchive(dir, 450, 0);
    // A copy whose original is read by this thread and whose duplicate is read by the worker.
    const first = (await readdir(dir)).sort()[0] ?? "";
    await copyFile(join(dir, first), join(dir, "zz-copy.txt"));
    await writeFile(join(dir, "zz-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255]));
    await writeFile(join(dir, "notes.md"), "not an article");
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives exactly what reading on one thread gives, duplicates across halves included", async () => {
    const [one, two] = await Promise.all([readArchive(dir), readArchiveOnTwoCores(dir)]);
    expect(two).toEqual(one);
    expect(one.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "zz-copy.txt",
          reason: expect.stringMatching(/^same article as syn/u),
        }),
        { file: "zz-binary.txt", reason: "binary file (contains NUL bytes)" },
        { file: "notes.md", reason: "not a .txt file" },
      ]),
    );
  }, 60_000);
});
