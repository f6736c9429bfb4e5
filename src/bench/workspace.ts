/**
 * Where the bench keeps a generated archive and its built saved index between runs, so the serve
 * phase can be measured again without regenerating and rebuilding (minutes at 50,000 articles).
 * A kept build is reused only while the generator (its seed, size and code) and the build code's
 * fingerprint are unchanged and the archive is exactly as it was built; otherwise it is built anew.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { savedIndexPath } from "../loadKnowledgeBase.js";
import { codeFingerprint } from "../persist/indexFingerprint.js";
import { readManifest, sameManifest } from "../persist/manifest.js";
import { readSavedManifest } from "../persist/savedIndex.js";
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
  /** Identifies the generator and the build code the kept build must match. */
  readonly key: string;
}

/** What is recorded after a build: what it was built from, and the build's own figures. */
interface BuildRecord {
  readonly key: string;
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
  hash.update("\0").update(codeFingerprint(srcDir));
  const root = join(benchDir, String(articles));
  return {
    root,
    dir: join(root, "archive"),
    cacheDir: join(root, "cache"),
    questionsFile: join(root, "questions.json"),
    setAside: join(root, "set-aside"),
    key: hash.digest("hex"),
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

/**
 * The recorded build figures when the kept build can be served as it is, else `null`.
 * @param workspace - the kept build
 */
export async function reusableBuild(workspace: BenchWorkspace): Promise<Record<string, number> | null> {
  let record: BuildRecord;
  try {
    record = JSON.parse(await readFile(join(workspace.root, RECORD), "utf8")) as BuildRecord;
  } catch {
    return null;
  }
  if (record.key !== workspace.key) return null;
  const [saved, now] = await Promise.all([
    readSavedManifest(savedIndexPath(workspace.dir, workspace.cacheDir)),
    readManifest(workspace.dir),
  ]);
  return saved !== null && now !== null && sameManifest(saved, now) ? record.built : null;
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
  const record: BuildRecord = { key: workspace.key, built };
  await writeFile(join(workspace.root, RECORD), JSON.stringify(record));
}
