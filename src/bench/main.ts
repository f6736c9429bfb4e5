/**
 * `npm run bench [-- --large] [--articles N] [--json] [--no-baseline] [--fresh]`: builds synthetic archives of
 * 1,000 and 10,000 articles (plus 50,000 with `--large`) next to the real seeds, and reports build
 * time, saved-index size, start-up time, resident memory and command latencies, with plain
 * MiniSearch over the same sentences as the baseline. Each measurement runs in a fresh process.
 * A size's archive and saved index are kept in `.cache/bench/` and reused (`buildReused`, with
 * the build figures of the run that built them) while the generator and the build code are
 * unchanged; `--fresh` builds anew regardless.
 */
import { execFile } from "node:child_process";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../config.js";
import { generateArchive } from "./generateArchive.js";
import { benchWorkspace, clearWorkspace, recordBuild, restoreArchive, reusable } from "./workspace.js";

const run = promisify(execFile);

/** Sizes measured by default: enough to show how cost grows, within a few minutes. */
const DEFAULT_SIZES = [1_000, 10_000];
const LARGE_SIZE = 50_000;
/** Synthetic answerable questions per run (plus a third as many unanswerable, plus the dev set). */
const SYNTHETIC_QUESTIONS = 150;
/** Plain MiniSearch needs about 6 GB past this size (1.8 GB at 10,000): skipped, not crashed. */
const MAX_BASELINE_ARTICLES = 20_000;
/** Heap room for the baseline child, which holds MiniSearch's object-per-posting index. */
const CHILD_HEAP_MB = 6144;

const CHILD = join(PROJECT_ROOT, "src/bench/child.ts");
const SEEDS = join(PROJECT_ROOT, "seeds");
const DEV_SET = join(PROJECT_ROOT, "tests/fixtures/qa-dev.jsonl");

type Figures = Record<string, number | boolean>;

async function child(mode: string, args: readonly string[]): Promise<Record<string, number>> {
  const { stdout } = await run(
    process.execPath,
    [`--max-old-space-size=${CHILD_HEAP_MB}`, "--import", "tsx", CHILD, mode, ...args],
    { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const last = stdout.trim().split("\n").at(-1) ?? "{}";
  return JSON.parse(last) as Record<string, number>;
}

async function devQuestions(): Promise<string[]> {
  const lines = (await readFile(DEV_SET, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.map((line) => (JSON.parse(line) as { q: string }).q);
}

/** Where kept builds live: in the project's cache folder, never in the archive or the repository. */
const BENCH_DIR = join(PROJECT_ROOT, ".cache", "bench");
/** Files the serve phase adds to the archive, removed again afterwards. */
const ADDED_FILES = ["syn_bench_added.txt"];

async function measure(articles: number, withBaseline: boolean, fresh: boolean): Promise<Figures> {
  const seedNames = (await readdir(SEEDS)).sort();
  const inputs = [
    String(SYNTHETIC_QUESTIONS),
    await readFile(DEV_SET, "utf8"),
    ...(await Promise.all(
      seedNames.map(async (name) => `${name}\0${await readFile(join(SEEDS, name), "utf8")}`),
    )),
  ];
  const workspace = benchWorkspace(BENCH_DIR, articles, inputs, join(PROJECT_ROOT, "src"));
  const { dir, cacheDir, questionsFile } = workspace;
  await restoreArchive(workspace, ADDED_FILES);
  const kept = fresh ? { archive: false, built: null } : await reusable(workspace);
  if (!kept.archive) {
    await clearWorkspace(workspace);
    const generated = await generateArchive(dir, articles, SYNTHETIC_QUESTIONS);
    for (const name of seedNames) await copyFile(join(SEEDS, name), join(dir, name));
    const questions = [...(await devQuestions()), ...generated.questions.map((question) => question.q)];
    await writeFile(questionsFile, JSON.stringify(questions));
  }
  const buildReused = kept.built !== null;
  let built = kept.built;
  if (built === null) {
    built = await child("build", [dir, cacheDir]);
    await recordBuild(workspace, built);
  } else
    process.stderr.write(`bench: reusing the archive and saved index built before (${workspace.root})\n`);
  try {
    const served = await child("serve", [dir, cacheDir, questionsFile, workspace.setAside]);
    const base = withBaseline ? await child("baseline", [dir, cacheDir, questionsFile]) : {};
    const ratio =
      base.baselineAskP50Ms !== undefined && served.askP50Ms
        ? { baselineRatioP50: Math.round((base.baselineAskP50Ms / served.askP50Ms) * 10) / 10 }
        : {};
    return { articles, buildReused, ...built, ...served, ...base, ...ratio };
  } finally {
    await restoreArchive(workspace, ADDED_FILES);
  }
}

const ROWS: readonly (readonly [string, string])[] = [
  ["articles", "articles (synthetic + 5 seeds)"],
  ["buildReused", "build reused from an earlier run"],
  ["passages", "sentence passages"],
  ["buildMs", "index build (ms)"],
  ["indexBytes", "saved index (bytes)"],
  ["startupMs", "start-up from saved index (ms)"],
  ["rssMB", "resident memory (MB)"],
  ["askP50Ms", "/ask p50 (ms)"],
  ["askP95Ms", "/ask p95 (ms)"],
  ["askP99Ms", "/ask p99 (ms)"],
  ["answered", "questions answered"],
  ["questions", "questions asked"],
  ["latestP99Ms", "/latest p99 (ms)"],
  ["topicP50Ms", "/topic p50 (ms)"],
  ["topicP99Ms", "/topic p99 (ms)"],
  ["addOneMs", "add one article: file to answer (ms)"],
  ["deleteOneMs", "delete one article: file to gone (ms)"],
  ["askDuringUpdateP99Ms", "/ask p99 during the updates (ms)"],
  ["baselineBuildMs", "baseline MiniSearch build (ms)"],
  ["baselineRssMB", "baseline resident memory (MB)"],
  ["baselineAskP50Ms", "baseline /ask p50 (ms)"],
  ["baselineAskP99Ms", "baseline /ask p99 (ms)"],
  ["baselineRatioP50", "baseline p50 / ours p50"],
];

function table(results: readonly Figures[]): string {
  const header = ["", ...results.map((result) => String(result.articles))];
  const rows = ROWS.map(([key, label]) => [label, ...results.map((result) => String(result[key] ?? "-"))]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? "").length)),
  );
  const format = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  return [format(header), ...rows.map(format)].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      large: { type: "boolean", default: false },
      articles: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
      "no-baseline": { type: "boolean", default: false },
      fresh: { type: "boolean", default: false },
    },
  });
  const sizes = values.articles
    ? values.articles.map(Number)
    : [...DEFAULT_SIZES, ...(values.large ? [LARGE_SIZE] : [])];
  const results: Figures[] = [];
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`bench: bad --articles value "${size}"`);
    process.stderr.write(`bench: measuring ${size} articles...\n`);
    const withBaseline = !values["no-baseline"] && size <= MAX_BASELINE_ARTICLES;
    const result = await measure(size, withBaseline, values.fresh);
    results.push(result);
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  process.stdout.write(`${table(results)}\n`);
  if (values.json && results.length > 0) process.stdout.write(`${JSON.stringify(results.at(-1))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
