/**
 * The CLI's JSON contract, checked on the real CLI in a child process: what outside scripts may rely
 * on is exactly what reaches stdout. One spawn per contract, all started together.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const SEEDS = join(ROOT, "seeds");
const FIXTURES = join(ROOT, "tests", "fixtures", "archive");
/**
 * A spawned CLI run loads tsx, the dictionary and the archive: about 4 s of CPU, and five start at
 * once beside the rest of the suite on two cores, so a loaded machine takes several times longer.
 * The limit only stops a hung child; it is no speed check.
 */
const SPAWN_TIMEOUT_MS = 60_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[], stdin = ""): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: SEEDS, INIT_CWD: ROOT, LOG_LEVEL: "silent" };
  delete env["DISCORD_TOKEN"];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      env,
      timeout: SPAWN_TIMEOUT_MS,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Every stdout line parsed as JSON; fails on any line that is not. */
function jsonLines(stdout: string): unknown[] {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
}

const EXCERPT_KEYS = ["ageDays", "date", "publisher", "source", "text", "title", "url"];

function expectAskShape(value: unknown): void {
  expect(value).toBeTypeOf("object");
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  const expected = ["answer", "conflicts", "corroboration", "excerpts", "question", "scope", "status"];
  if (object["status"] === "invalid") expected.push("error");
  if (object["status"] === "answered") expected.push("freshness");
  if ("reason" in object) expected.push("reason");
  expect(keys).toEqual(expected.sort());
  const corroboration = object["corroboration"] as Record<string, unknown>;
  expect(Object.keys(corroboration).sort()).toEqual(["articles", "outletNames", "outlets"]);
  expect(Number(corroboration["outlets"])).toBeLessThanOrEqual(Number(corroboration["articles"]));
  expect(Array.isArray(object["conflicts"])).toBe(true);
  expect(object["scope"] === null || typeof object["scope"] === "object").toBe(true);
  expect(object["question"]).toBeTypeOf("string");
  expect(["answered", "no_answer", "invalid"]).toContain(object["status"]);
  expect(object["answer"]).toBeTypeOf("string");
  const excerpts = object["excerpts"] as Record<string, unknown>[];
  expect(Array.isArray(excerpts)).toBe(true);
  expect(excerpts.length).toBeLessThanOrEqual(3);
  for (const excerpt of excerpts) {
    const excerptKeys = Object.keys(excerpt).sort();
    expect(excerptKeys.filter((key) => key !== "alsoIn")).toEqual(EXCERPT_KEYS);
    expect(excerpt["text"]).toBeTypeOf("string");
    expect(excerpt["source"]).toMatch(/\.txt$/u);
    expect(excerpt["title"]).toBeTypeOf("string");
    expect(excerpt["publisher"] === null || typeof excerpt["publisher"] === "string").toBe(true);
    expect(excerpt["date"] === null || /^\d{4}-\d{2}-\d{2}$/u.test(String(excerpt["date"]))).toBe(true);
    expect(excerpt["url"] === null || /^https?:\/\//u.test(String(excerpt["url"]))).toBe(true);
    if ("alsoIn" in excerpt) expect((excerpt["alsoIn"] as unknown[]).length).toBeGreaterThan(0);
    expect(excerpt["ageDays"] === null || Number.isInteger(excerpt["ageDays"])).toBe(true);
  }
}

const BATCH = [
  "Who led Pakistan's delegation at the climate summit?",
  "",
  "x",
  "What is the population of Azerbaijan?",
  "When will the Joint Economic Commission meet?",
];

let single: Run;
let batch: Run;
let latest: Run;
let topic: Run;
let missing: Run;

beforeAll(async () => {
  [single, batch, latest, topic, missing] = await Promise.all([
    runCli(["ask", "--json", "When was the PTA signed?"]),
    runCli(["ask", "--json", "--seeds", FIXTURES], `${BATCH.join("\n")}\n`),
    runCli(["latest", "--json", "--limit", "2"]),
    runCli(["topic", "defence", "--json"]),
    runCli(["ask", "--json", "--seeds", join(FIXTURES, "no-such-folder"), "When was the PTA signed?"]),
  ]);
}, 2 * SPAWN_TIMEOUT_MS);

describe("ask --json with a question", () => {
  it("prints exactly one JSON line and exits 0", () => {
    expect(single.code).toBe(0);
    const lines = jsonLines(single.stdout);
    expect(lines).toHaveLength(1);
    expectAskShape(lines[0]);
  });

  it("answers from the default archive with the cited article", () => {
    const [result] = jsonLines(single.stdout) as [Record<string, unknown>];
    expect(result["question"]).toBe("When was the PTA signed?");
    expect(result["status"]).toBe("answered");
    expect(result["answer"]).toMatch(/^July 2024 — /u);
    const [first] = result["excerpts"] as Record<string, unknown>[];
    expect(first).toMatchObject({
      source: "004_2c982bdcbaac3a2e.txt",
      publisher: "Azernews",
      date: "2025-02-23",
    });
  });
});

describe("ask --json reading stdin", () => {
  it("prints one object per input line, in order, blank and invalid lines included", () => {
    expect(batch.code).toBe(0);
    const lines = jsonLines(batch.stdout) as Record<string, unknown>[];
    expect(lines.map((line) => line["question"])).toEqual(BATCH);
    expect(lines.map((line) => line["status"])).toEqual([
      "answered",
      "invalid",
      "invalid",
      "no_answer",
      "answered",
    ]);
    for (const line of lines) expectAskShape(line);
    expect(lines[1]?.["error"]).toBe("The question is empty.");
    expect(lines[2]?.["error"]).toBe("The question is too short: write at least 3 characters.");
    expect(lines[3]?.["excerpts"]).toEqual([]);
  });

  it("reads the folder given by --seeds and prints alsoIn for a passage carried twice", () => {
    const [first] = (jsonLines(batch.stdout)[0] as { excerpts: Record<string, unknown>[] }).excerpts;
    expect(first).toMatchObject({ source: "04_cop_aa.txt", publisher: "AA", date: "2024-11-14" });
    expect(first?.["alsoIn"]).toEqual([
      {
        source: "05_cop_app.txt",
        title: "Indus delta fund draws interest at COP29",
        publisher: "APP",
        date: "2024-11-15",
        url: null,
      },
    ]);
    expect((jsonLines(batch.stdout)[4] as { answer: string }).answer).toMatch(/^March 2025 — /u);
  });
});

describe("latest --json", () => {
  it("prints one object with at most --limit meetings of the documented shape", () => {
    expect(latest.code).toBe(0);
    const lines = jsonLines(latest.stdout);
    expect(lines).toHaveLength(1);
    const { meetings } = lines[0] as { meetings: Record<string, unknown>[] };
    expect(Object.keys(lines[0] as object)).toEqual(["meetings"]);
    expect(meetings).toHaveLength(2);
    for (const meeting of meetings) {
      expect(Object.keys(meeting).sort()).toEqual([
        "date",
        "kind",
        "participants",
        "place",
        "precision",
        "sources",
        "summary",
      ]);
      expect(["day", "month", "year", "reported", "unknown"]).toContain(meeting["precision"]);
      expect(["meeting", "summit", "visit", "call", "signing"]).toContain(meeting["kind"]);
      expect(Array.isArray(meeting["participants"])).toBe(true);
      expect(meeting["summary"]).toBeTypeOf("string");
      for (const source of meeting["sources"] as Record<string, unknown>[])
        expect(Object.keys(source).sort()).toEqual(["date", "source"]);
    }
    // Newest first: the November 2025 meeting in Baku heads the seeds' timeline.
    expect(meetings[0]).toMatchObject({ date: "2025-11-07", place: "Baku" });
    expect(String(meetings[1]?.["date"]) <= String(meetings[0]?.["date"])).toBe(true);
  });
});

describe("topic --json", () => {
  it("prints one object with the topic, status and cited points", () => {
    expect(topic.code).toBe(0);
    const lines = jsonLines(topic.stdout);
    expect(lines).toHaveLength(1);
    const summary = lines[0] as { topic: string; status: string; points: Record<string, unknown>[] };
    expect(Object.keys(summary).sort()).toEqual(["points", "status", "topic"]);
    expect(summary.status).toBe("answered");
    expect(summary.points.length).toBeGreaterThan(0);
    for (const point of summary.points) {
      expect(Object.keys(point).sort()).toEqual(["sources", "text"]);
      for (const source of point["sources"] as Record<string, unknown>[])
        expect(Object.keys(source).sort()).toEqual(["date", "source"]);
    }
    expect(summary.points.map((point) => point["text"]).join("\n")).toContain("JF-17");
  });
});

describe("a missing --seeds folder", () => {
  it("exits 1 with the reason on stderr and nothing on stdout", () => {
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toContain(
      `dostluq: Archive folder "${join(FIXTURES, "no-such-folder")}" cannot be read: no such folder. Check --seeds or SEEDS_DIR.`,
    );
  });
});
