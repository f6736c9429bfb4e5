import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { commands, commandSummaries } from "../commands/index.js";
import type { CommandContext } from "../commands/command.js";
import { answerLine, runConsole } from "../src/console/runConsole.js";
import { parseLine } from "../src/console/parseLine.js";
import { createLogger } from "../src/logger.js";
import { fakeKb } from "./support/fakeKnowledgeBase.js";

const logger = createLogger({ level: "silent" });
const context = (calls: string[] = []): CommandContext => ({ kb: fakeKb(calls), commands: commandSummaries });

describe("parseLine", () => {
  it("takes the rest of the line as the first option, or name:value pairs", () => {
    const ask = parseLine("/ask When did it happen?", commands);
    expect(ask.kind === "command" && ask.raw).toEqual({ question: "When did it happen?" });
    const named = parseLine("  /ask question: When: now?  ", commands);
    expect(named.kind === "command" && named.raw).toEqual({ question: "When: now?" });
    const latest = parseLine("/latest count:3", commands);
    expect(latest.kind === "command" && latest.raw).toEqual({ count: "3" });
    expect(parseLine("", commands)).toEqual({ kind: "empty" });
  });

  it("explains unknown commands and lines without a slash", () => {
    expect(parseLine("/weather", commands)).toEqual({
      kind: "error",
      message:
        "Unknown command /weather. Try one of: /ask, /latest, /topic, /sources, /help, /subscribe, /unsubscribe, /gaps, /archive.",
    });
    const bare = parseLine("hello", commands);
    expect(bare.kind === "error" && bare.message).toMatch(/^Commands start with a slash/);
    expect(parseLine("/sources all", commands)).toEqual({
      kind: "error",
      message: "/sources takes no options.",
    });
  });
});

describe("answerLine", () => {
  it("answers /ask with the quote, source and date", async () => {
    const text = await answerLine("/ask When did Azerbaijan receive the JF-17?", commands, context(), logger);
    expect(text).toContain("== When did Azerbaijan receive the JF-17? ==");
    expect(text).toContain("September 2024");
    expect(text).toContain(
      'Azernews, "Azerbaijan, Pakistan: a year of deepening ties", 2025-02-23 (004_2c982bdcbaac3a2e.txt)',
    );
    expect(text).toContain('also in: Unknown publisher, "Undated report", undated (001_b.txt)');
  });

  it("validates options before calling the knowledge base", async () => {
    const calls: string[] = [];
    expect(await answerLine("/ask hi", commands, context(calls), logger)).toBe(
      "/ask: question: must be at least 3 characters\n",
    );
    expect(await answerLine("/latest 11", commands, context(calls), logger)).toBe(
      "/latest: count: must be at most 10\n",
    );
    expect(await answerLine("/latest many", commands, context(calls), logger)).toMatch(/^\/latest: count: /);
    expect(await answerLine("/ask", commands, context(calls), logger)).toBe(
      "/ask: question: a question is required\n",
    );
    expect(calls).toEqual([]);
  });

  it("defaults /latest to 5 and cites meetings from the archive", async () => {
    const calls: string[] = [];
    const text = await answerLine("/latest", commands, context(calls), logger);
    expect(calls).toEqual(["latest:5"]);
    expect(text).toContain("[1] 2025-01-23 to 2025-01-24 · Baku");
    expect(text).toContain("Participants: Prime Minister Shehbaz Sharif; President Ilham Aliyev");
    expect(text).toContain('-- Azernews, "Azerbaijan, Pakistan: a year of deepening ties", 2025-02-23');
  });

  it("answers /topic, offers the catalogue for unknown themes, and lists /sources and /help", async () => {
    expect(await answerLine("/topic defence", commands, context(), logger)).toContain(
      "Azerbaijan bought JF-17 jets.",
    );
    expect(await answerLine("/topic cricket", commands, context(), logger)).toContain(
      "  - trade: Trade agreements",
    );
    const sources = await answerLine("/sources", commands, context(), logger);
    expect(sources).toContain(
      "  - Azerbaijan, Pakistan: a year of deepening ties, Azernews, 2025-02-23 (004_2c982bdcbaac3a2e.txt)",
    );
    expect(sources).toContain("  - Undated report, unknown publisher, undated (001_b.txt)");
    expect(await answerLine("/help", commands, context(), logger)).toContain("/ask: Ask a question");
  });

  it("turns a handler error into a message, not a crash", async () => {
    expect(await answerLine("/ask boom goes the JF-17", commands, context(), logger)).toBe(
      "Sorry, /ask failed with an internal error (details are in the log).\n",
    );
  });
});

describe("runConsole", () => {
  it("answers piped lines and resolves at end of input", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const notices = new PassThrough();
    const done = runConsole({ input, output, notices, commands, context: context(), logger });
    input.end("/ask When did Azerbaijan receive the JF-17?\n/nope\n");
    await done;
    const printed = String(output.read());
    expect(printed).toContain("2025-02-23 (004_2c982bdcbaac3a2e.txt)");
    expect(printed).toContain("Unknown command /nope.");
    expect(String(notices.read())).toContain("npm run register");
  });
});
