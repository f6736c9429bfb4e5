/**
 * `npm run build-index [-- --seeds DIR] [--cache DIR]`: builds the archive's saved index (in
 * `.cache/` by default) so the bot starts fast; a no-op when the saved index is current.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { DEFAULT_CACHE_DIR, loadKnowledgeBase, savedIndexPath } from "../loadKnowledgeBase.js";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seeds: { type: "string" }, cache: { type: "string" } } });
  const config = loadConfig();
  const dir = values.seeds === undefined ? config.seedsDir : resolve(config.invocationDir, values.seeds);
  const cacheDir =
    values.cache === undefined ? DEFAULT_CACHE_DIR : resolve(config.invocationDir, values.cache);
  const started = performance.now();
  const kb = await loadKnowledgeBase(dir, {
    cacheDir,
    // Files changed since the last build are merged in, never layered over a stale index.
    layer: false,
    onRebuild: (reason) => process.stderr.write(`build-index: rebuilding (${reason})\n`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `build-index: ${kb.articles.length} articles, ${kb.origin === "saved" ? "saved index is current" : "index saved"} ` +
      `(${savedIndexPath(dir, cacheDir)}) in ${seconds} s\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`build-index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
