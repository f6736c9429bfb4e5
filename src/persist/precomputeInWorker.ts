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
  return runInWorker("./precomputeWorker.ts", articles, () => precompute(articles));
}
