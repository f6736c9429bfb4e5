/**
 * `npm run bench:lexicon [-- --json]`: what the lexicon costs. Side by side, each in a fresh
 * process: loading WordNet from the compiled cache file against parsing WordNet's text (load time
 * and resident-memory growth), then lookup times (first and repeated) and wink-nlp's load and
 * per-word lemma times.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { PROJECT_ROOT } from "../config.js";
import { loadWordNetGraph } from "../lexicon/wordnetCache.js";

const run = promisify(execFile);
const SELF = join(PROJECT_ROOT, "src/bench/lexicon.ts");

/** Words of the kind questions use: the lookups timed. */
const WORDS = [
  "jet",
  "plane",
  "aircraft",
  "get",
  "receive",
  "firm",
  "company",
  "building",
  "palace",
  "go",
  "visit",
  "travel",
  "talk",
  "discuss",
  "purchase",
  "buy",
  "sell",
  "deal",
  "agreement",
  "meeting",
  "minister",
  "defence",
  "trade",
  "energy",
  "oil",
  "gas",
  "army",
  "president",
  "country",
  "sign",
  "memorandum",
  "cooperation",
  "invest",
  "investment",
  "culture",
  "student",
  "visa",
  "flight",
  "victory",
  "war",
  "peace",
  "border",
  "summit",
  "delegation",
  "embassy",
  "ambassador",
  "export",
  "import",
  "military",
  "exercise",
];
const QUESTIONS = [
  "what planes did azerbaijan buy from pakistan",
  "has azerbaijan received jf-17 jets",
  "did shehbaz sharif go to baku in november 2025",
  "who is azerbaijan's defence minister",
  "what did munir and hasanov talk about",
];
/** Repeats per warm lookup: enough to time a Map hit above the clock's resolution. */
const WARM_REPEATS = 2_000;

type Figures = Record<string, number>;

function rssMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().rss / 1e6;
}

function timeLookups(lookup: (word: string) => unknown): { firstMs: number; warmMs: number } {
  let started = performance.now();
  for (const word of WORDS) lookup(word);
  const firstMs = (performance.now() - started) / WORDS.length;
  started = performance.now();
  for (let i = 0; i < WARM_REPEATS; i++) for (const word of WORDS) lookup(word);
  const warmMs = (performance.now() - started) / (WARM_REPEATS * WORDS.length);
  return { firstMs, warmMs };
}

async function childFigures(mode: string, cacheDir: string): Promise<Figures> {
  const before = rssMb();
  if (mode === "raw") {
    const started = performance.now();
    loadWordNetGraph({ cacheDir: null });
    return { loadMs: performance.now() - started, rssMb: rssMb() - before };
  }
  if (mode === "cache") {
    const { loadLexicon } = await import("../lexicon/wordnet.js");
    const started = performance.now();
    const lexicon = loadLexicon({ cacheDir });
    const loadMs = performance.now() - started;
    const rss = rssMb() - before;
    const related = timeLookups((w) => lexicon.related(w));
    const has = timeLookups((w) => lexicon.has(w));
    const relatedPerWord = WORDS.reduce((n, w) => n + lexicon.related(w).length, 0) / WORDS.length;
    return {
      loadMs,
      rssMb: rss,
      relatedFirstMs: related.firstMs,
      relatedWarmMs: related.warmMs,
      hasMs: has.warmMs,
      relatedPerWord,
      rssAfterLookupsMb: rssMb() - before,
    };
  }
  const importStarted = performance.now();
  const { lemmaOf, loadLemmatizer, tagQuestion } = await import("../lexicon/lemma.js");
  const importMs = performance.now() - importStarted;
  const modelMs = loadLemmatizer();
  const lemma = timeLookups((w) => lemmaOf(w));
  const tagStarted = performance.now();
  for (let i = 0; i < 200; i++) for (const q of QUESTIONS) tagQuestion(q);
  return {
    importMs,
    loadMs: modelMs,
    rssMb: rssMb() - before,
    lemmaFirstMs: lemma.firstMs,
    lemmaWarmMs: lemma.warmMs,
    tagQuestionMs: (performance.now() - tagStarted) / (200 * QUESTIONS.length),
  };
}

async function inChild(mode: string, cacheDir: string): Promise<Figures> {
  const { stdout } = await run(
    process.execPath,
    ["--expose-gc", "--import", "tsx", SELF, "--child", mode, "--cache", cacheDir],
    { cwd: PROJECT_ROOT, maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Figures;
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined ? "-" : value.toFixed(digits);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: "boolean" }, child: { type: "string" }, cache: { type: "string" } },
  });
  if (values.child !== undefined) {
    console.log(JSON.stringify(await childFigures(values.child, values.cache ?? "")));
    return;
  }
  const cacheDir = await mkdtemp(join(tmpdir(), "dostluq-lexicon-bench-"));
  try {
    loadWordNetGraph({ cacheDir }); // compile the cache file the "cache" child reads
    const raw = await inChild("raw", cacheDir);
    const cache = await inChild("cache", cacheDir);
    const wink = await inChild("wink", cacheDir);
    if (values.json === true) {
      console.log(JSON.stringify({ raw, cache, wink }));
      return;
    }
    console.log("WordNet load          load ms   RSS delta MB");
    console.log(
      `  parse the text      ${fixed(raw.loadMs, 0).padStart(7)}   ${fixed(raw.rssMb, 1).padStart(12)}`,
    );
    console.log(
      `  compiled cache      ${fixed(cache.loadMs, 0).padStart(7)}   ${fixed(cache.rssMb, 1).padStart(12)}`,
    );
    console.log(
      `  (after lookups)     ${"".padStart(7)}   ${fixed(cache.rssAfterLookupsMb, 1).padStart(12)}`,
    );
    console.log("Lookups (ms each)     first   repeated");
    console.log(
      `  related(lemma)      ${fixed(cache.relatedFirstMs, 4)}  ${fixed(cache.relatedWarmMs, 5)}   (${fixed(cache.relatedPerWord, 0)} relations a word)`,
    );
    console.log(`  has(lemma)                  ${fixed(cache.hasMs, 5)}`);
    console.log(`  lemmaOf(word)       ${fixed(wink.lemmaFirstMs, 4)}  ${fixed(wink.lemmaWarmMs, 5)}`);
    console.log(`  tagQuestion(q)      ${fixed(wink.tagQuestionMs, 4)}`);
    console.log(
      `wink: import ms ${fixed(wink.importMs, 0)}, model load ms ${fixed(wink.loadMs, 0)}, RSS delta MB ${fixed(wink.rssMb, 1)}`,
    );
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

await main();
