// Worker threads do not inherit tsx's loader on Node 20, so the TypeScript body is loaded through
// tsx's API from this plain module.
import { tsImport } from "tsx/esm/api";

await tsImport("./precomputeWorker.ts", import.meta.url);
