/**
 * The command-line interface: `ask`, `latest` and `topic` over the same knowledge base the bot
 * serves. With `--json`, stdout carries only the JSON lines; everything else goes to stderr.
 */
import { createInterface } from "node:readline";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { commandSummaries, findCommand } from "../../commands/index.js";
import { validateOptions } from "../../commands/validate.js";
import { loadConfig } from "../config.js";
import { renderText } from "../console/renderText.js";
import { errorReply } from "../reply.js";
import { ArchiveError } from "../ingest/readArchive.js";
import type { KnowledgeBase } from "../knowledgeBase.js";
import { loadKnowledgeBase, type LoadedKnowledgeBase } from "../loadKnowledgeBase.js";
import { explainQuestion } from "../answer/ask.js";
import { configureStaleness } from "../time/askInTime.js";
import { formatExplanation } from "./explain.js";
import { runLatestCommand } from "./latestCommand.js";
import { toAskJson } from "./askJson.js";
import { runTopicCommand } from "./topicCommand.js";

const USAGE = `Usage:
  npm run cli -- ask [--json] [--seeds DIR] "<question>"
  npm run cli -- ask --explain [--seeds DIR] "<question>"   (what each answering stage produced)
  npm run --silent cli -- ask --json [--seeds DIR] < questions.txt   (one question per line)
  npm run cli -- latest [--json] [--limit N] [--seeds DIR]
  npm run cli -- topic <name> [--json] [--seeds DIR]

Options:
  --json        print machine-readable JSON (one object per question) and nothing else on stdout
  --explain     with ask: the answer type, names, word alternatives and best sentences behind the answer
  --seeds DIR   read the archive from DIR instead of SEEDS_DIR (default: seeds/)
  --limit N     how many meetings \`latest\` prints (1-100, default 5)
  --help        show this help`;

/** The CLI was called wrongly: the message is printed with the usage, exit code 2. */
class UsageError extends Error {}

function reportLoad(kb: LoadedKnowledgeBase, dir: string): void {
  for (const { file, reason } of kb.skipped) process.stderr.write(`dostluq: skipped ${file}: ${reason}\n`);
  for (const { file, note } of kb.notes) process.stderr.write(`dostluq: note on ${file}: ${note}\n`);
  if (kb.articles.length === 0) process.stderr.write(`dostluq: no articles found in ${dir}\n`);
}

async function askFromStdin(kb: KnowledgeBase): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(toAskJson(kb.ask(line)))}\n`);
}

async function runAsk(kb: KnowledgeBase, question: string | null, json: boolean): Promise<void> {
  if (question === null) {
    if (!json) throw new UsageError("ask needs a question (or --json to read questions from stdin)");
    await askFromStdin(kb);
    return;
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(toAskJson(kb.ask(question)))}\n`);
    return;
  }
  const command = findCommand("ask");
  if (!command) throw new Error("the ask command is missing from commands/index.ts");
  const parsed = validateOptions(command, { question });
  const reply = parsed.ok
    ? await command.run(parsed.options, { kb, commands: commandSummaries })
    : errorReply("Cannot answer that", parsed.message);
  process.stdout.write(`${renderText(reply)}\n`);
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 5;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new UsageError(`--limit must be a whole number from 1 to 100, not "${value}"`);
  }
  return limit;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      seeds: { type: "string" },
      limit: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const [verb, ...rest] = positionals;
  if (values.help || verb === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const dir = values.seeds === undefined ? config.seedsDir : resolve(config.invocationDir, values.seeds);
  configureStaleness(config.staleAfterDays);
  const kb = await loadKnowledgeBase(dir);
  reportLoad(kb, dir);
  const text = rest.join(" ");
  switch (verb) {
    case "ask":
      if (values.explain) {
        if (rest.length === 0) throw new UsageError("ask --explain needs a question");
        process.stdout.write(`${formatExplanation(explainQuestion(kb.engine, text).explanation)}\n`);
        return 0;
      }
      await runAsk(kb, rest.length === 0 ? null : text, values.json);
      return 0;
    case "latest":
      process.stdout.write(
        `${runLatestCommand({ json: values.json, meetings: kb.latest(parseLimit(values.limit)) })}\n`,
      );
      return 0;
    case "topic":
      if (text.trim() === "") throw new UsageError("topic needs a name, e.g. `topic defence`");
      process.stdout.write(
        `${runTopicCommand({ json: values.json, name: text, summary: kb.topic(text) })}\n`,
      );
      return 0;
    default:
      throw new UsageError(`unknown command "${verb}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      process.stderr.write(`dostluq: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof ArchiveError) {
      process.stderr.write(`dostluq: ${error.message}. Check --seeds or SEEDS_DIR.\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `dostluq: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
