/**
 * Running `precompute` on the machine's second core during a build.
 */
import { Worker } from "node:worker_threads";
import type { Article } from "../types.js";
import { precompute, type Precomputation } from "./precompute.js";

/**
 * Precomputes the timeline and topic summaries in a worker thread; falls back to this thread if
 * the worker cannot start or fails, so a build never depends on threads being available.
 * @param articles - the archive's articles
 * @returns a promise of the precomputation, started at once
 */
export function precomputeInWorker(articles: readonly Article[]): Promise<Precomputation> {
  return new Promise((resolve) => {
    let settled = false;
    const fallBack = (): void => {
      if (settled) return;
      settled = true;
      resolve(precompute(articles));
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL("./precomputeWorker.mjs", import.meta.url), { workerData: articles });
    } catch {
      fallBack();
      return;
    }
    worker.once("message", (result: Precomputation) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", fallBack);
    worker.once("exit", fallBack);
  });
}
