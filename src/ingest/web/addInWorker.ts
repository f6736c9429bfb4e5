/**
 * What `/archive add` runs in the bot: the add, public addresses only, on a worker thread, so
 * fetching and parsing a page (Readability over a DOM of a large page can take a second) never
 * stalls the answers being served. The extractor is not even loaded into the serving thread; if a
 * worker cannot start, the same work runs in this thread.
 */
import { runInWorker } from "../../persist/runInWorker.js";
import type { AddOutcome, ArticleAdder } from "./addArticle.js";

/**
 * An adder for `/archive add` on one archive folder.
 * @param dir - the archive folder
 */
export function publicAdderInWorker(dir: string): ArticleAdder {
  return (address) =>
    runInWorker<{ address: string; dir: string }, AddOutcome>(
      "../ingest/web/addWorker.ts",
      { address, dir },
      async () => {
        const [{ addArticleFromUrl }, { PUBLIC_ONLY }] = await Promise.all([
          import("./addArticle.js"),
          import("./addressGuard.js"),
        ]);
        return addArticleFromUrl(address, { dir, guard: PUBLIC_ONLY });
      },
    );
}
