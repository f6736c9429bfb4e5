// Worker threads do not inherit tsx's loader on Node 20, so each worker starts here and loads its
// TypeScript body (named in workerData.module, relative to this folder) through tsx's API.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.module, import.meta.url);
