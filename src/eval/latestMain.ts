/**
 * `npm run eval -- --latest [--seeds DIR] [--gold FILE]`: builds the meeting timeline of a corpus
 * (default tests/fixtures/latest) and scores it against the corpus's gold events (default
 * DIR/gold.json), overall and for the dev and check halves.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readArchive } from "../ingest/readArchive.js";
import { extractMeetings } from "../meetings/index.js";
import {
  evaluateLatest,
  formatLatestFigures,
  formatLatestProblems,
  parseGoldFile,
  splitReport,
} from "./evaluateLatest.js";

/**
 * Runs the latest evaluation and returns the text to print.
 * @param dir - the corpus folder
 * @param goldFile - the gold events; `DIR/gold.json` when absent
 */
export async function runLatestEval(dir: string, goldFile?: string): Promise<string> {
  const file = goldFile ?? join(dir, "gold.json");
  const gold = parseGoldFile(readFileSync(file, "utf8"));
  const { articles } = await readArchive(dir);
  const report = evaluateLatest(extractMeetings(articles), gold);
  const problems = formatLatestProblems(report);
  return [
    `latest eval: ${gold.length} gold events from ${file}, archive ${dir} (${articles.length} articles)`,
    formatLatestFigures("all", report),
    formatLatestFigures("dev", splitReport(report, "dev")),
    formatLatestFigures("check", splitReport(report, "check")),
    formatLatestFigures("fresh", splitReport(report, "fresh")),
    ...(problems === "" ? [] : ["", problems]),
  ].join("\n");
}
