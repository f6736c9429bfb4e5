/**
 * Running a piece of a build on the machine's second core, with the same work done in this thread
 * if a worker cannot start or fails, so a build never depends on threads being available.
 */
import { Worker } from "node:worker_threads";

/**
 * Runs a worker body (a module in this folder that reads `workerData.input` and posts one result).
 * @param module - the body's path relative to this folder, e.g. "./precomputeWorker.ts"
 * @param input - what the body reads as `workerData.input` (structured-cloned)
 * @param fallback - the same work in this thread
 */
export function runInWorker<Input, Output>(
  module: string,
  input: Input,
  fallback: () => Output | Promise<Output>,
): Promise<Output> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fallBack = (): void => {
      if (settled) return;
      settled = true;
      Promise.resolve().then(fallback).then(resolve, reject);
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL("./workerBootstrap.mjs", import.meta.url), {
        workerData: { module, input },
      });
    } catch {
      fallBack();
      return;
    }
    worker.once("message", (result: Output) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", fallBack);
    worker.once("exit", fallBack);
  });
}
