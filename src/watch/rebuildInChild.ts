/**
 * Rebuilding off the hot path: the saved index is built by `build-index` in a child process (the
 * second core), then loaded here, which is a matter of reading one file. Answers keep being served
 * from the old knowledge base until the new one is handed over.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../config.js";
import { loadKnowledgeBase, type LoadedKnowledgeBase } from "../loadKnowledgeBase.js";

const run = promisify(execFile);
const BUILD_INDEX = join(PROJECT_ROOT, "src/cli/buildIndexMain.ts");

/**
 * Builds the archive's saved index in a child process and loads it.
 * @param dir - the archive folder
 * @param cacheDir - the folder of saved indexes
 * @throws the child's error when the build fails (the caller keeps the old knowledge base)
 */
export async function rebuildInChild(dir: string, cacheDir: string): Promise<LoadedKnowledgeBase> {
  await buildIndexInChild(dir, cacheDir);
  return loadKnowledgeBase(dir, { cacheDir });
}

/**
 * Brings the archive's saved index up to date in a child process, without loading it here (the
 * shard manager builds it once for every shard and serves nothing itself).
 * @param dir - the archive folder
 * @param cacheDir - the folder of saved indexes
 * @throws the child's error when the build fails
 */
export async function buildIndexInChild(dir: string, cacheDir: string): Promise<void> {
  await run(process.execPath, ["--import", "tsx", BUILD_INDEX, "--seeds", dir, "--cache", cacheDir], {
    cwd: PROJECT_ROOT,
    maxBuffer: 1024 * 1024,
  });
}
