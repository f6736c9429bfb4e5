/**
 * `npm run eval [-- FILE ...] [--seeds DIR] [--show-check-misses]`: scores the answer engine on
 * question files. Without a file: the shared dev set (../shared/eval/qa-dev.jsonl, else the copy
 * in tests/fixtures), the project's own set (tests/eval/questions.jsonl), whose figures are
 * broken down per half and per category, the later tune questions (tests/eval/tune-extra.jsonl), and
 * the blind sets over other archives (tests/fixtures/latest, tests/fixtures/fresh,
 * tests/fixtures/fourth, tests/fixtures/fifth, tests/fixtures/sixth, tests/fixtures/seventh, tests/fixtures/eighth, tests/fixtures/ninth, tests/fixtures/tenth,
 * tests/fixtures/eleventh, tests/fixtures/twelfth), and the stranger questions
 * (tests/eval/stranger-questions.jsonl, check half only); also later tune questions over the
 * second archive (tests/eval/latest-archive-tune.jsonl).
 * `npm run eval -- --latest [--seeds DIR] [--gold FILE]`: scores the meeting timeline instead
 * (default tests/fixtures/latest and its gold.json).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, PROJECT_ROOT } from "../config.js";
import { evaluate, formatBreakdown, formatReport, parseEvalFile } from "../eval/evaluate.js";
import { loadKnowledgeBase } from "../loadKnowledgeBase.js";
import { runLatestEval } from "../eval/latestMain.js";

const SHARED_DEV_SET = resolve(PROJECT_ROOT, "../shared/eval/qa-dev.jsonl");
const FIXTURE_DEV_SET = resolve(PROJECT_ROOT, "tests/fixtures/qa-dev.jsonl");
const OWN_SET = resolve(PROJECT_ROOT, "tests/eval/questions.jsonl");
/** Tune questions written later, in the kinds the first tuning left weakest; never part of the check half. */
const EXTRA_TUNE_SET = resolve(PROJECT_ROOT, "tests/eval/tune-extra.jsonl");
/**
 * Questions over another archive (the 45 wire-style articles of tests/fixtures/latest), written by
 * an author who never ran the engine, with their own tune and check halves: how the engine does
 * on articles and wording it was not built on.
 */
const OTHER_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/fixture-archive-questions.jsonl");
const LATEST_CORPUS = resolve(PROJECT_ROOT, "tests/fixtures/latest");
/**
 * Tune questions over the same archive, written at stop 20 in the kinds of issue 10's table, by an
 * author who knows the engine: what tuning may look at there, never part of its check half.
 */
const OTHER_ARCHIVE_TUNE_SET = resolve(PROJECT_ROOT, "tests/eval/latest-archive-tune.jsonl");
const OTHER_ARCHIVE = LATEST_CORPUS;
/**
 * A third blind set: 110 questions over the 24 articles of tests/fixtures/fresh, both written by
 * an author who had not run the engine nor read the answer code, its check half frozen before the first run.
 */
const FRESH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/fresh-archive-questions.jsonl");
const FRESH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/fresh");
/**
 * A fourth blind set (stop 20): 100 questions over the 19 articles of tests/fixtures/fourth, both
 * written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const FOURTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/fourth-archive-questions.jsonl");
const FOURTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/fourth");
/**
 * A fifth blind set (stop 21): 100 questions over the 20 articles of tests/fixtures/fifth, both
 * written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const FIFTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/fifth-archive-questions.jsonl");
const FIFTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/fifth");
/**
 * A sixth blind set (stop 22): 100 questions over the 20 articles of tests/fixtures/sixth, both
 * written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const SIXTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/sixth-archive-questions.jsonl");
const SIXTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/sixth");
/**
 * A seventh blind set (stop 24): 100 questions over the 20 articles of tests/fixtures/seventh, both
 * written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const SEVENTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/seventh-archive-questions.jsonl");
const SEVENTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/seventh");
/**
 * An eighth blind set (stop 25): 100 questions over the 20 articles of tests/fixtures/eighth, both
 * written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const EIGHTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/eighth-archive-questions.jsonl");
const EIGHTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/eighth");
/**
 * A ninth blind set (stop 27): 100 questions over the 20 articles of tests/fixtures/ninth, both
 * written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const NINTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/ninth-archive-questions.jsonl");
const NINTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/ninth");
/**
 * A tenth blind set (stop 28): 100 questions over the 20 articles of tests/fixtures/tenth, both
 * written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const TENTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/tenth-archive-questions.jsonl");
const TENTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/tenth");
/**
 * An eleventh blind set (stop 29): 100 questions over the 20 articles of tests/fixtures/eleventh,
 * both written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const ELEVENTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/eleventh-archive-questions.jsonl");
const ELEVENTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/eleventh");
/**
 * A twelfth blind set (stop 30): 100 questions over the 20 articles of tests/fixtures/twelfth,
 * both written by an author who had not run the engine nor read its code, split and frozen before the first run.
 */
const TWELFTH_ARCHIVE_SET = resolve(PROJECT_ROOT, "tests/eval/twelfth-archive-questions.jsonl");
const TWELFTH_ARCHIVE = resolve(PROJECT_ROOT, "tests/fixtures/twelfth");
/**
 * Questions over the bundled archive written at the start of stop 19, before that stop's tuning,
 * all in the check half: a small, late measure of wording the engine was not tuned on.
 */
const STRANGER_SET = resolve(PROJECT_ROOT, "tests/eval/stranger-questions.jsonl");

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seeds: { type: "string" },
      "show-check-misses": { type: "boolean", default: false },
      latest: { type: "boolean" },
      gold: { type: "string" },
    },
  });
  const config = loadConfig();
  if (values.latest === true) {
    const corpus = values.seeds === undefined ? LATEST_CORPUS : resolve(config.invocationDir, values.seeds);
    const gold = values.gold === undefined ? undefined : resolve(config.invocationDir, values.gold);
    process.stdout.write(`${await runLatestEval(corpus, gold)}\n`);
    return;
  }
  const dir = values.seeds === undefined ? config.seedsDir : resolve(config.invocationDir, values.seeds);
  const runs: readonly { readonly file: string; readonly archive: string }[] =
    positionals.length > 0
      ? positionals.map((file) => ({ file: resolve(config.invocationDir, file), archive: dir }))
      : [
          { file: existsSync(SHARED_DEV_SET) ? SHARED_DEV_SET : FIXTURE_DEV_SET, archive: dir },
          { file: OWN_SET, archive: dir },
          { file: EXTRA_TUNE_SET, archive: dir },
          { file: OTHER_ARCHIVE_SET, archive: OTHER_ARCHIVE },
          { file: OTHER_ARCHIVE_TUNE_SET, archive: OTHER_ARCHIVE },
          { file: FRESH_ARCHIVE_SET, archive: FRESH_ARCHIVE },
          { file: FOURTH_ARCHIVE_SET, archive: FOURTH_ARCHIVE },
          { file: FIFTH_ARCHIVE_SET, archive: FIFTH_ARCHIVE },
          { file: SIXTH_ARCHIVE_SET, archive: SIXTH_ARCHIVE },
          { file: SEVENTH_ARCHIVE_SET, archive: SEVENTH_ARCHIVE },
          { file: EIGHTH_ARCHIVE_SET, archive: EIGHTH_ARCHIVE },
          { file: NINTH_ARCHIVE_SET, archive: NINTH_ARCHIVE },
          { file: TENTH_ARCHIVE_SET, archive: TENTH_ARCHIVE },
          { file: ELEVENTH_ARCHIVE_SET, archive: ELEVENTH_ARCHIVE },
          { file: TWELFTH_ARCHIVE_SET, archive: TWELFTH_ARCHIVE },
          { file: STRANGER_SET, archive: dir },
        ];
  const loaded = new Map<string, Awaited<ReturnType<typeof loadKnowledgeBase>>>();
  for (const { file, archive } of runs) {
    const kb = loaded.get(archive) ?? (await loadKnowledgeBase(archive));
    loaded.set(archive, kb);
    const items = parseEvalFile(readFileSync(file, "utf8"));
    process.stdout.write(
      `eval: ${items.length} questions from ${file}, archive ${archive} (${kb.articles.length} articles)\n`,
    );
    const report = evaluate(items, (question) => kb.ask(question));
    if (items.some((item) => item.half !== undefined)) process.stdout.write(`${formatBreakdown(report)}\n`);
    process.stdout.write(
      `${formatReport(report, { showCheckMisses: values["show-check-misses"] === true })}\n\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
