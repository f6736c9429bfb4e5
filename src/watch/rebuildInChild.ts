/**
 * Rebuilding off the hot path: the saved index is built by `build-index` in a child process (the
 * second core), then loaded here, which is a matter of reading one file. Answers keep being served
 * from the old knowledge base until the new one is handed over.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../config.js";
import { loadKnowledgeBase, type AnswerSettings, type LoadedKnowledgeBase } from "../loadKnowledgeBase.js";

const run = promisify(execFile);
const BUILD_INDEX = join(PROJECT_ROOT, "src/cli/buildIndexMain.ts");

/**
 * Builds the archive's saved index in a child process and loads it.
 * @param dir - the archive folder
 * @param cacheDir - the folder of saved indexes
 * @param answers - how the new knowledge base gives answers (the staleness limit)
 * @throws the child's error when the build fails (the caller keeps the old knowledge base)
 */
export async function rebuildInChild(
  dir: string,
  cacheDir: string,
  answers: AnswerSettings = {},
): Promise<LoadedKnowledgeBase> {
  await run(process.execPath, ["--import", "tsx", BUILD_INDEX, "--seeds", dir, "--cache", cacheDir], {
    cwd: PROJECT_ROOT,
    maxBuffer: 1024 * 1024,
  });
  return loadKnowledgeBase(dir, { cacheDir, answers });
}
