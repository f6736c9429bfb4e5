/**
 * Precomputing the timeline and topic summaries on the second core during a build.
 */
import type { Article } from "../types.js";
import { precompute, type Precomputation } from "./precompute.js";
import { runInWorker } from "./runInWorker.js";

/**
 * Precomputes the timeline and topic summaries in a worker thread (in this thread if it fails).
 * @param articles - the archive's articles
 * @returns a promise of the precomputation, started at once
 */
export function precomputeInWorker(articles: readonly Article[]): Promise<Precomputation> {
  if (articles.length < MIN_ARTICLES_FOR_WORKER) return Promise.resolve(precompute(articles));
  return runInWorker("./precomputeWorker.ts", articles, () => precompute(articles));
}

/** A worker takes about half a second to start; below this many articles the work is quicker than that. */
const MIN_ARTICLES_FOR_WORKER = 200;
