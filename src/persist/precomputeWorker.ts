/**
 * Worker-thread body: precomputes the timeline and topic summaries of the articles it is given,
 * while the main thread builds the passages and their index.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../types.js";
import { precompute } from "./precompute.js";

const { input } = workerData as { input: readonly Article[] };
parentPort?.postMessage(precompute(input));
