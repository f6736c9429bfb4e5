/**
 * `npm run eval [-- FILE] [--seeds DIR]`: scores the answer engine on a question file
 * (default ../shared/eval/qa-dev.jsonl, else the copy in tests/fixtures).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, PROJECT_ROOT } from "../config.js";
import { evaluate, formatReport, parseEvalFile } from "../eval/evaluate.js";
import { loadKnowledgeBase } from "../loadKnowledgeBase.js";

const SHARED_DEV_SET = resolve(PROJECT_ROOT, "../shared/eval/qa-dev.jsonl");
const FIXTURE_DEV_SET = resolve(PROJECT_ROOT, "tests/fixtures/qa-dev.jsonl");

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seeds: { type: "string" } },
  });
  const config = loadConfig();
  const file = positionals[0]
    ? resolve(config.invocationDir, positionals[0])
    : existsSync(SHARED_DEV_SET)
      ? SHARED_DEV_SET
      : FIXTURE_DEV_SET;
  const dir = values.seeds === undefined ? config.seedsDir : resolve(config.invocationDir, values.seeds);
  const kb = await loadKnowledgeBase(dir);
  const items = parseEvalFile(readFileSync(file, "utf8"));
  process.stdout.write(
    `eval: ${items.length} questions from ${file}, archive ${dir} (${kb.articles.length} articles)\n`,
  );
  process.stdout.write(`${formatReport(evaluate(items, (question) => kb.ask(question)))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
