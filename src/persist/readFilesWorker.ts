/**
 * Worker-thread body: reads and parses its share of an archive's files.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readArticleFiles } from "../ingest/readArchive.js";

const { input } = workerData as { input: { dir: string; names: readonly string[] } };
parentPort?.postMessage(await readArticleFiles(input.dir, input.names));
