/**
 * Where the bench keeps a generated archive and its built saved index between runs, so the serve
 * phase can be measured again without regenerating and rebuilding (minutes at 50,000 articles).
 * The archive is reused while the generator (its seed, size and code) is unchanged and the archive
 * is as generated; its saved index too while the build code's fingerprint and the file's version
 * are unchanged. Otherwise each is made anew.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { savedIndexPath } from "../loadKnowledgeBase.js";
import { codeFingerprint } from "../persist/indexFingerprint.js";
import { readManifest, sameManifest } from "../persist/manifest.js";
import { readSavedOrigin, SAVED_INDEX_VERSION } from "../persist/savedIndex.js";
import { ARCHIVE_SEED } from "./generateArchive.js";

/** One archive size's kept build. */
export interface BenchWorkspace {
  readonly root: string;
  /** The archive folder, always the same path (its saved index is named by it). */
  readonly dir: string;
  readonly cacheDir: string;
  readonly questionsFile: string;
  /** Where the serve phase moves the article it deletes, so it can be put back unchanged. */
  readonly setAside: string;
  /** Identifies what generated the archive: seed, size, generator code, seeds and dev questions. */
  readonly generatorKey: string;
  /** Identifies what built the saved index: the build code's fingerprint and the file's version. */
  readonly buildKey: string;
}

/** What is recorded after a build: what it was built from, and the build's own figures. */
interface BuildRecord {
  readonly generatorKey: string;
  /** A digest of the archive's manifest as generated, so a changed archive is generated again. */
  readonly archiveDigest: string;
  readonly buildKey: string;
  readonly built: Record<string, number>;
}

const RECORD = "build.json";

/**
 * The workspace of one archive size under `benchDir`.
 * @param benchDir - the folder of kept builds (under `.cache/`)
 * @param articles - the archive size
 * @param inputs - what else the generated archive and questions depend on (question count, seed files)
 * @param srcDir - the project's `src` folder
 */
export function benchWorkspace(
  benchDir: string,
  articles: number,
  inputs: readonly string[],
  srcDir: string,
): BenchWorkspace {
  const hash = createHash("sha1").update(`${ARCHIVE_SEED}\0${articles}\0`);
  const generator = readdirSync(join(srcDir, "bench"))
    .filter((name) => name.endsWith(".ts") && !["main.ts", "child.ts", "workspace.ts"].includes(name))
    .sort();
  for (const name of generator) hash.update(name).update(readFileSync(join(srcDir, "bench", name)));
  for (const input of inputs) hash.update("\0").update(input);
  const root = join(benchDir, String(articles));
  return {
    root,
    dir: join(root, "archive"),
    cacheDir: join(root, "cache"),
    questionsFile: join(root, "questions.json"),
    setAside: join(root, "set-aside"),
    generatorKey: hash.digest("hex"),
    buildKey: `${SAVED_INDEX_VERSION}:${codeFingerprint(srcDir)}`,
  };
}

/**
 * Undoes what a serve phase changed in the archive: the added article removed, the deleted one
 * moved back (a rename keeps its size and modification time, so the manifest is as built).
 * @param workspace - the kept build
 * @param added - names of files the serve phase adds
 */
export async function restoreArchive(workspace: BenchWorkspace, added: readonly string[]): Promise<void> {
  for (const name of added) await unlink(join(workspace.dir, name)).catch(() => undefined);
  const aside = await readdir(workspace.setAside).catch(() => [] as string[]);
  for (const name of aside) await rename(join(workspace.setAside, name), join(workspace.dir, name));
  await mkdir(workspace.setAside, { recursive: true });
}

async function archiveDigest(dir: string): Promise<string | null> {
  const manifest = await readManifest(dir);
  return manifest === null ? null : createHash("sha1").update(JSON.stringify(manifest)).digest("hex");
}

async function readRecord(workspace: BenchWorkspace): Promise<BuildRecord | null> {
  try {
    return JSON.parse(await readFile(join(workspace.root, RECORD), "utf8")) as BuildRecord;
  } catch {
    return null;
  }
}

/** What a run may reuse of the kept build. */
export interface Reusable {
  /** The archive (and questions) as generated before, unchanged. */
  readonly archive: boolean;
  /** The saved index's build figures, when the saved index can be served as it is. */
  readonly built: Record<string, number> | null;
}

/**
 * What of the kept build can be reused: the archive while the generator is unchanged and the
 * archive is as generated; the saved index too while the build code is unchanged and the index
 * was built from this very archive.
 * @param workspace - the kept build
 */
export async function reusable(workspace: BenchWorkspace): Promise<Reusable> {
  const record = await readRecord(workspace);
  if (record === null || record.generatorKey !== workspace.generatorKey)
    return { archive: false, built: null };
  if (record.archiveDigest !== (await archiveDigest(workspace.dir))) return { archive: false, built: null };
  if (record.buildKey !== workspace.buildKey) return { archive: true, built: null };
  const [saved, now] = await Promise.all([
    readSavedOrigin(savedIndexPath(workspace.dir, workspace.cacheDir)),
    readManifest(workspace.dir),
  ]);
  // The file itself must be the one recorded: anything loading the archive with other code rewrites it.
  const same =
    saved !== null &&
    now !== null &&
    `${SAVED_INDEX_VERSION}:${saved.codeFingerprint}` === workspace.buildKey &&
    sameManifest(saved.manifest, now);
  return { archive: true, built: same ? record.built : null };
}

/**
 * Empties the workspace before a fresh generation and build.
 * @param workspace - the kept build
 */
export async function clearWorkspace(workspace: BenchWorkspace): Promise<void> {
  await rm(workspace.root, { recursive: true, force: true });
  await mkdir(workspace.setAside, { recursive: true });
}

/**
 * Records a finished build, so the next run may reuse it.
 * @param workspace - the kept build
 * @param built - the build's figures
 */
export async function recordBuild(workspace: BenchWorkspace, built: Record<string, number>): Promise<void> {
  const record: BuildRecord = {
    generatorKey: workspace.generatorKey,
    archiveDigest: (await archiveDigest(workspace.dir)) ?? "",
    buildKey: workspace.buildKey,
    built,
  };
  await writeFile(join(workspace.root, RECORD), JSON.stringify(record));
}
