/**
 * `npm run gaps [-- --days N]`: prints the gaps report (/gaps) from the store in DATA_DIR: the
 * most-asked questions the archive could not answer and the most 👎'd answers.
 */
import { gapsReply } from "../../commands/gaps.js";
import { loadConfig } from "../config.js";
import { renderText } from "../console/renderText.js";
import { MAX_RETENTION_DAYS } from "../store/retention.js";
import { openStore } from "../store/store.js";

const DEFAULT_DAYS = 30;

function parseDays(args: readonly string[]): number | string {
  const index = args.indexOf("--days");
  if (index < 0) return DEFAULT_DAYS;
  const days = Number(args[index + 1]);
  if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    return `gaps: --days must be a whole number 1-${MAX_RETENTION_DAYS}, not ${JSON.stringify(args[index + 1] ?? "")}`;
  }
  return days;
}

function main(): number {
  const config = loadConfig();
  const days = parseDays(process.argv.slice(2));
  if (typeof days === "string") {
    process.stderr.write(`${days}\n`);
    return 2;
  }
  const status = openStore({ dir: config.dataDir, retentionDays: config.retentionDays });
  if (!status.available) {
    process.stderr.write(`gaps: the store is unavailable: ${status.reason}\n`);
    return 1;
  }
  try {
    process.stdout.write(renderText(gapsReply(status.store, days)));
    return 0;
  } finally {
    status.store.close();
  }
}

process.exitCode = main();
