/**
 * One bench measurement in a fresh process, so one archive size's heap never pollutes another's:
 * `build DIR CACHE`, `serve DIR CACHE QUESTIONS SET_ASIDE` or `baseline DIR CACHE QUESTIONS`.
 * Prints one JSON line.
 */
import { warmUpAnswering } from "../answer/lexiconWords.js";
import { warmUpAsking } from "../answer/warmUpQuestions.js";
import { readFileSync, statSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MiniSearch from "minisearch";
import {
  loadKnowledgeBase,
  savedIndexPath,
  updateKnowledgeBase,
  type LoadedKnowledgeBase,
} from "../loadKnowledgeBase.js";
import { watchArchive } from "../watch/watchArchive.js";
import { TOPIC_CATALOGUE } from "../topics/catalogue.js";
import { percentile, round, timeEach } from "./stats.js";

/** A few calls before timing, so both engines are measured warm, as a long-running bot is. */
const WARM_UP_QUESTIONS = 5;
/** During an update a user asks every 5 ms: often enough to catch any stall of the event loop. */
const ASK_INTERVAL_MS = 5;
/** An update that has not shown after this long has failed. */
const UPDATE_TIMEOUT_MS = 120_000;
/** The article the bench adds while serving; its name sorts among the synthetic ones. */
const ADDED_FILE = "syn_bench_added.txt";
const ADDED_QUESTION = "Where was the Qorvalen Tesmir canal accord signed?";
const ADDED_TEXT =
  " date 2025-12-01\nQorvalen Tesmir canal accord signed\n\n" +
  "The Qorvalen Tesmir canal accord between Pakistan and Azerbaijan was signed in Gabala by Minister Leyla Safarov on 3 November 2025.\n\n" +
  "Officials of both countries said the canal would carry water to farms in three districts.\n";

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
  setAside: string,
): Promise<Record<string, number>> {
  const started = performance.now();
  const kb = await loadKnowledgeBase(dir, { cacheDir });
  // Start-up is the bot's (src/main.ts): the index loaded, then the dictionary, lemmatiser and
  // gazetteer, so no question pays for them, and the bot's own warm-up questions asked.
  warmUpAnswering(kb.engine.store);
  warmUpAsking((question) => kb.ask(question));
  const startupMs = performance.now() - started;
  if (kb.origin !== "saved") throw new Error("bench: the saved index was not used");
  const startupRssMB = rssMB();
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) kb.ask(question);
  const ask = timeEach(questions, (question) => kb.ask(question));
  const answered = questions.filter((question) => kb.ask(question).status === "answered").length;
  const latest = timeEach([1, 3, 5, 10, 3, 5], (limit) => kb.latest(limit));
  const topicNames = [...TOPIC_CATALOGUE.map((topic) => topic.name), "oil pipeline", "football"];
  const topic = timeEach(topicNames, (name) => kb.topic(name));
  const rss = Math.max(startupRssMB, rssMB());
  const updated = await update(dir, cacheDir, kb, questions, setAside);
  return {
    ...updated,
    startupMs: Math.round(startupMs),
    rssMB: rss,
    startupRssMB,
    questions: questions.length,
    answered,
    ...latencies(ask, "ask"),
    ...latencies(latest, "latest"),
    ...latencies(topic, "topic"),
  };
}

/**
 * Serves questions every ASK_INTERVAL_MS while `change` is made to the archive, until `done` holds.
 * Latency counts from when the question was due, so time the update blocks the event loop counts.
 * @returns how long from the change until `done`, and every question's latency meanwhile
 */
async function whileUpdating(
  change: () => Promise<void>,
  done: () => boolean,
  ask: (question: string) => unknown,
  questions: readonly string[],
): Promise<{ ms: number; latencies: number[] }> {
  await change();
  const changed = performance.now();
  const samples: number[] = [];
  let due = changed;
  let asked = 0;
  while (!done()) {
    if (performance.now() - changed > UPDATE_TIMEOUT_MS) throw new Error("bench: the update never showed");
    // A question is due every ASK_INTERVAL_MS, but never before the last one finished: lag from
    // one stall must not carry over to every later question.
    due = Math.max(due + ASK_INTERVAL_MS, performance.now());
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    ask(questions[asked++ % questions.length] ?? "");
    samples.push(performance.now() - due);
  }
  return { ms: performance.now() - changed, latencies: samples };
}

/**
 * Adds one article while serving, then deletes one the saved index holds, through the archive
 * watcher as the bot runs it.
 */
async function update(
  dir: string,
  cacheDir: string,
  first: LoadedKnowledgeBase,
  questions: readonly string[],
  setAside: string,
): Promise<Record<string, number>> {
  let kb = first;
  const watcher = await watchArchive({
    dir,
    rebuild: (manifest) => updateKnowledgeBase(kb, dir, { cacheDir }, manifest),
    onKnowledgeBase: (next) => {
      kb = next;
    },
    onError: (error) => process.stderr.write(`bench: update failed: ${String(error)}\n`),
  });
  try {
    const ask = (question: string): unknown => kb.ask(question);
    const added = await whileUpdating(
      () => writeFile(join(dir, ADDED_FILE), ADDED_TEXT),
      () => kb.ask(ADDED_QUESTION).answer.includes("Gabala"),
      ask,
      questions,
    );
    await watcher.idle();
    // A fact only one saved article holds: once that file is deleted, it is no longer answered.
    const target = questions
      .map((question) => ({ question, result: kb.ask(question) }))
      .find(
        ({ result }) =>
          result.status === "answered" &&
          result.excerpts[0]?.alsoIn.length === 0 &&
          result.excerpts[0]?.citation.source.startsWith("syn0"),
      );
    if (!target) throw new Error("bench: no question answered from a single synthetic article");
    const source = target.result.excerpts[0]?.citation.source ?? "";
    const deleted = await whileUpdating(
      // Moved out rather than unlinked: to the watcher it is gone, and the bench can put it back unchanged.
      () => rename(join(dir, source), join(setAside, source)),
      () => !JSON.stringify(kb.ask(target.question)).includes(source),
      ask,
      questions,
    );
    await watcher.idle();
    const during = [...added.latencies, ...deleted.latencies];
    return {
      addOneMs: Math.round(added.ms),
      deleteOneMs: Math.round(deleted.ms),
      askDuringUpdateP50Ms: round(percentile(during, 0.5)),
      askDuringUpdateP99Ms: round(percentile(during, 0.99)),
      askDuringUpdateMaxMs: round(percentile(during, 1)),
      rssAfterUpdateMB: rssMB(),
    };
  } finally {
    watcher.close();
  }
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
  const [mode, dir, cacheDir, questionsFile, setAside] = process.argv.slice(2);
  if (dir === undefined || cacheDir === undefined)
    throw new Error("bench child: usage: MODE DIR CACHE [QUESTIONS]");
  const questions =
    questionsFile === undefined ? [] : (JSON.parse(readFileSync(questionsFile, "utf8")) as string[]);
  const result =
    mode === "build"
      ? await build(dir, cacheDir)
      : mode === "serve"
        ? await serve(dir, cacheDir, questions, setAside ?? "")
        : await baseline(dir, cacheDir, questions);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
