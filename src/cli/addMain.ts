/**
 * `npm run add -- <url> [<url> ...]` and `npm run add -- --file page.html --url <url>`: adds
 * articles to the archive from their web pages. One line per page: what was written (stdout) or
 * why it was refused (stderr). Exit code 0 when every page was added, 1 when any was refused,
 * 2 for a wrong call. The host's own command line is trusted: it may fetch any address.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { ArchiveError } from "../ingest/readArchive.js";
import { addArticleFromHtml, addArticleFromUrl, type AddOutcome } from "../ingest/web/addArticle.js";

const USAGE = `Usage:
  npm run add -- <url> [<url> ...] [--seeds DIR]
  npm run add -- --file page.html --url <url> [--seeds DIR]

Fetches each page, extracts its article and writes one new file into the archive (SEEDS_DIR,
default seeds/). Never overwrites a file. Refuses a page already in the archive (same address or
same text), with no article text, that is not HTML, or that answers with an HTTP error.

Options:
  --file FILE   read a saved page from FILE instead of fetching it (needs --url)
  --url URL     the address of the saved page
  --seeds DIR   the archive folder instead of SEEDS_DIR
  --help        show this help`;

/** The CLI was called wrongly: the message is printed with the usage, exit code 2. */
class UsageError extends Error {}

function report(outcome: AddOutcome): void {
  if (outcome.ok) {
    const publisher = outcome.publisher ?? "unknown publisher";
    process.stdout.write(
      `added ${outcome.file}: "${outcome.title}", ${publisher}, ${outcome.date ?? "undated"}, ${outcome.url} (${outcome.words} words)\n`,
    );
  } else {
    process.stderr.write(`dostluq add: refused ${outcome.url}: ${outcome.reason}\n`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      file: { type: "string" },
      url: { type: "string" },
      seeds: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const dir = values.seeds === undefined ? config.seedsDir : resolve(config.invocationDir, values.seeds);
  const outcomes: AddOutcome[] = [];
  if (values.file !== undefined) {
    if (values.url === undefined) throw new UsageError("--file needs --url, the page's address");
    if (positionals.length > 0) throw new UsageError("give either --file with --url, or addresses, not both");
    let html: string;
    try {
      html = await readFile(resolve(config.invocationDir, values.file), "utf8");
    } catch (error) {
      throw new UsageError(
        `cannot read ${values.file} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    outcomes.push(await addArticleFromHtml(html, values.url, dir));
    report(outcomes[0] as AddOutcome);
  } else {
    if (values.url !== undefined)
      throw new UsageError("--url goes with --file; to fetch, give the address alone");
    if (positionals.length === 0) throw new UsageError("give at least one address");
    for (const address of positionals) {
      const outcome = await addArticleFromUrl(address, { dir });
      report(outcome);
      outcomes.push(outcome);
    }
  }
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      process.stderr.write(`dostluq add: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof ArchiveError) {
      process.stderr.write(`dostluq add: ${error.message}. Check --seeds or SEEDS_DIR.\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `dostluq add: could not add: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
