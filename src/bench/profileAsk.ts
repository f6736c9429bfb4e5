/**
 * `tsx src/bench/profileAsk.ts [--articles N] [--work DIR] [--rounds R] [--snapshot FILE]`: the
 * bench's /ask questions timed one by one in this process, over the same synthetic archive as
 * `npm run bench` (generated once into DIR and kept, so a rerun costs only the index load, or a
 * rebuild when the code changed). Prints the slowest questions with their median time over R
 * rounds, and with `--snapshot` writes every answer in full (bench questions over the synthetic
 * archive, the dev and project questions over the seeds), so an optimisation can be shown to
 * change no answer: `cmp` two snapshots. Run it with `node --cpu-prof --import tsx` to profile.
 */
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../config.js";
import { loadKnowledgeBase, type LoadedKnowledgeBase } from "../loadKnowledgeBase.js";
import { warmUpAnswering } from "../answer/lexiconWords.js";
import { warmUpAsking } from "../answer/warmUpQuestions.js";
import { askInTime } from "../time/askInTime.js";
import { generateArchive } from "./generateArchive.js";
import { percentile, round } from "./stats.js";

/** Answerable synthetic questions, as `npm run bench` asks them. */
const SYNTHETIC_QUESTIONS = 150;
/** A fixed clock, so a snapshot's ages do not change from one day to the next. */
const SNAPSHOT_TODAY = "2026-12-01";
/** Questions asked before timing, as `npm run bench` does. */
const WARM_UP_QUESTIONS = 5;
/** Slowest questions printed. */
const SLOWEST_SHOWN = 12;

const SEEDS = join(PROJECT_ROOT, "seeds");
const BENCH_DEV_SET = join(PROJECT_ROOT, "tests/fixtures/qa-dev.jsonl");
const SHARED_DEV_SET = resolve(PROJECT_ROOT, "../shared/eval/qa-dev.jsonl");
const OWN_SET = join(PROJECT_ROOT, "tests/eval/questions.jsonl");

function questionsOf(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

/** The bench's archive and questions, generated into `work` unless already there. */
async function benchArchive(work: string, articles: number): Promise<{ dir: string; questions: string[] }> {
  const dir = join(work, `archive-${articles}`);
  const questionsFile = join(work, `questions-${articles}.json`);
  if (!existsSync(questionsFile)) {
    await mkdir(work, { recursive: true });
    const generated = await generateArchive(dir, articles, SYNTHETIC_QUESTIONS);
    for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(dir, name));
    const questions = [...questionsOf(BENCH_DEV_SET), ...generated.questions.map((question) => question.q)];
    await writeFile(questionsFile, JSON.stringify(questions));
  }
  return { dir, questions: JSON.parse(readFileSync(questionsFile, "utf8")) as string[] };
}

function answersOf(kb: LoadedKnowledgeBase, questions: readonly string[]): unknown[] {
  return questions.map((question) => askInTime(kb.engine, question, { today: SNAPSHOT_TODAY }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000" },
      work: { type: "string", default: "/tmp/dostluq-profile" },
      rounds: { type: "string", default: "3" },
      snapshot: { type: "string" },
    },
  });
  const articles = Number(values.articles);
  const rounds = Number(values.rounds);
  const work = resolve(values.work);
  const { dir, questions } = await benchArchive(work, articles);
  const started = performance.now();
  const kb = await loadKnowledgeBase(dir, {
    cacheDir: join(work, "cache"),
    onRebuild: (reason) => process.stderr.write(`profile: rebuilding the index (${reason})\n`),
  });
  // As the bot does at start (src/main.ts): the dictionary, lemmatiser and gazetteer loaded, and
  // its warm-up questions asked.
  warmUpAnswering(kb.engine.store);
  warmUpAsking((question) => kb.ask(question));
  process.stderr.write(
    `profile: loaded ${kb.articles.length} articles (${kb.origin}) in ${Math.round(performance.now() - started)} ms, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB\n`,
  );
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) kb.ask(question);
  const times = questions.map(() => [] as number[]);
  // CPU time too: on a shared machine wall time also counts the other processes' turns.
  const cpuTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [at, question] of questions.entries()) {
      const cpu = process.cpuUsage();
      const begun = performance.now();
      kb.ask(question);
      times[at]?.push(performance.now() - begun);
      if (r === 0) {
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
      }
    }
  }
  const firstRound = times.map((list) => list[0] ?? 0);
  const medians = times.map((list) => percentile(list, 0.5));
  process.stdout.write(
    `first round: p50 ${round(percentile(firstRound, 0.5))} p99 ${round(percentile(firstRound, 0.99))} max ${round(percentile(firstRound, 1))} ms; ` +
      `medians: p50 ${round(percentile(medians, 0.5))} p99 ${round(percentile(medians, 0.99))} ms; ` +
      `first round's CPU time: p50 ${round(percentile(cpuTimes, 0.5))} p99 ${round(percentile(cpuTimes, 0.99))} ms; rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB\n`,
  );
  const slowest = questions
    .map((question, at) => ({
      question,
      first: firstRound[at] ?? 0,
      median: medians[at] ?? 0,
      cpu: cpuTimes[at] ?? 0,
    }))
    .sort((a, b) => b.first - a.first)
    .slice(0, SLOWEST_SHOWN);
  for (const { question, first, median } of slowest)
    process.stdout.write(
      `${round(first).toFixed(2).padStart(7)} ${round(median).toFixed(2).padStart(7)}  ${question}\n`,
    );

  if (values.snapshot !== undefined) {
    const seeds = await loadKnowledgeBase(SEEDS, { cacheDir: join(work, "cache") });
    const own = [...questionsOf(SHARED_DEV_SET), ...questionsOf(OWN_SET)];
    const snapshot = {
      bench: answersOf(kb, questions),
      seeds: answersOf(seeds, [...own, ...questions.slice(0, 40)]),
    };
    await writeFile(values.snapshot, `${JSON.stringify(snapshot, null, 1)}\n`);
    process.stderr.write(
      `profile: snapshot of ${snapshot.bench.length + snapshot.seeds.length} answers in ${values.snapshot}\n`,
    );
  }
}

await main();
