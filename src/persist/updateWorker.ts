/**
 * Worker-thread body: the meeting timeline and topic summaries after an update by the article,
 * computed from the saved index's drafts and candidates (read from the file here, never parsed on
 * the serving thread) and the added articles.
 */
import { parentPort, workerData } from "node:worker_threads";
import { updateTimelineAndTopics, type UpdateInput } from "./precomputeUpdateInWorker.js";

const { input } = workerData as { input: UpdateInput };
parentPort?.postMessage(await updateTimelineAndTopics(input));
