/**
 * One bench measurement in a fresh process, so one archive size's heap never pollutes another's:
 * `build DIR CACHE`, `serve DIR CACHE QUESTIONS` or `baseline DIR CACHE QUESTIONS`. Prints one JSON line.
 */
import { readFileSync, statSync } from "node:fs";
import MiniSearch from "minisearch";
import { loadKnowledgeBase, savedIndexPath } from "../loadKnowledgeBase.js";
import { TOPIC_CATALOGUE } from "../topics/catalogue.js";
import { percentile, round, timeEach } from "./stats.js";

/** A few calls before timing, so both engines are measured warm, as a long-running bot is. */
const WARM_UP_QUESTIONS = 5;

function rssMB(): number {
  return Math.round(process.memoryUsage().rss / 1024 / 1024);
}

function latencies(samples: readonly number[], prefix: string): Record<string, number> {
  return {
    [`${prefix}P50Ms`]: round(percentile(samples, 0.5)),
    [`${prefix}P95Ms`]: round(percentile(samples, 0.95)),
    [`${prefix}P99Ms`]: round(percentile(samples, 0.99)),
  };
}

async function build(dir: string, cacheDir: string): Promise<Record<string, number>> {
  const started = performance.now();
  const kb = await loadKnowledgeBase(dir, { cacheDir });
  const buildMs = performance.now() - started;
  return {
    buildMs: Math.round(buildMs),
    indexBytes: statSync(savedIndexPath(dir, cacheDir)).size,
    passages: kb.engine.store.passages.length,
    articlesServed: kb.articles.length,
  };
}

async function serve(
  dir: string,
  cacheDir: string,
  questions: readonly string[],
): Promise<Record<string, number>> {
  const started = performance.now();
  const kb = await loadKnowledgeBase(dir, { cacheDir });
  const startupMs = performance.now() - started;
  if (kb.origin !== "saved") throw new Error("bench: the saved index was not used");
  const startupRssMB = rssMB();
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) kb.ask(question);
  const ask = timeEach(questions, (question) => kb.ask(question));
  const answered = questions.filter((question) => kb.ask(question).status === "answered").length;
  const latest = timeEach([1, 3, 5, 10, 3, 5], (limit) => kb.latest(limit));
  const topicNames = [...TOPIC_CATALOGUE.map((topic) => topic.name), "oil pipeline", "football"];
  const topic = timeEach(topicNames, (name) => kb.topic(name));
  return {
    startupMs: Math.round(startupMs),
    rssMB: Math.max(startupRssMB, rssMB()),
    startupRssMB,
    questions: questions.length,
    answered,
    ...latencies(ask, "ask"),
    ...latencies(latest, "latest"),
    ...latencies(topic, "topic"),
  };
}

async function baseline(
  dir: string,
  cacheDir: string,
  questions: readonly string[],
): Promise<Record<string, number>> {
  const kb = await loadKnowledgeBase(dir, { cacheDir });
  const documents = kb.engine.store.passages.map((passage) => ({ id: passage.id, text: passage.text }));
  const started = performance.now();
  const index = new MiniSearch({ fields: ["text"] });
  index.addAll(documents);
  const baselineBuildMs = performance.now() - started;
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) index.search(question);
  const ask = timeEach(questions, (question) => index.search(question));
  return {
    baselineBuildMs: Math.round(baselineBuildMs),
    baselineRssMB: rssMB(),
    ...latencies(ask, "baselineAsk"),
  };
}

async function main(): Promise<void> {
  const [mode, dir, cacheDir, questionsFile] = process.argv.slice(2);
  if (dir === undefined || cacheDir === undefined)
    throw new Error("bench child: usage: MODE DIR CACHE [QUESTIONS]");
  const questions =
    questionsFile === undefined ? [] : (JSON.parse(readFileSync(questionsFile, "utf8")) as string[]);
  const result =
    mode === "build"
      ? await build(dir, cacheDir)
      : mode === "serve"
        ? await serve(dir, cacheDir, questions)
        : await baseline(dir, cacheDir, questions);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
