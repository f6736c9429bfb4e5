/**
 * Worker-thread body: adds one page by address with the public-address guard on, and posts the
 * outcome. Parsing a large page takes long enough to stall a serving bot, so it runs here.
 */
import { parentPort, workerData } from "node:worker_threads";
import { addArticleFromUrl } from "./addArticle.js";
import { PUBLIC_ONLY } from "./addressGuard.js";

const { input } = workerData as { input: { address: string; dir: string } };
parentPort?.postMessage(await addArticleFromUrl(input.address, { dir: input.dir, guard: PUBLIC_ONLY }));
