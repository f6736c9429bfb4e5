import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";
import { FakeDiscord, messageProblems, snowflake } from "./support/fakeDiscord.js";
import { logLines, startProcess, type RunningProcess } from "./support/spawnEntry.js";

// Two shard processes under discord.js's ShardingManager, against the local Discord stand-in that
// recommends two shards and routes each guild to shard (guild_id >> 22) % 2.
const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.fake-token-for-the-local-stand-in-0123456789";
const CLIENT_ID = "1200000000000000001";
const SEEDS = join(PROJECT_ROOT, "seeds");
const JF17 = "When did Azerbaijan receive the JF-17?";
const ADDED_QUESTION = "Where was the Zarnigar canal accord signed?";
// Three processes start tsx and load the index on a machine shared with other test files.
const START_TIMEOUT_MS = 90_000;

let root: string;
let archive: string;
let fake: FakeDiscord;
let manager: RunningProcess;

/** A guild id that Discord routes to `shard` of 2. */
function guildOnShard(shard: number): string {
  let id = 1_300_000_000_000_000_001n;
  while (Number((id >> 22n) % 2n) !== shard) id += 1n << 22n;
  return id.toString();
}
const GUILDS = [guildOnShard(0), guildOnShard(1)] as const;

/** Asks in a guild (as a fresh user, so the cooldown never applies) and returns the reply's text. */
async function ask(guildId: string, question: string): Promise<string> {
  const record = fake.sendCommandInGuild(
    guildId,
    "ask",
    [{ name: "question", type: 3, value: question }],
    snowflake(),
  );
  const message = await fake.waitForMessage(record, 15_000);
  expect(messageProblems(message)).toEqual([]);
  return JSON.stringify(message);
}

/** The pid the manager last logged for a shard. */
function pidOf(shard: number): number {
  const line = logLines(manager.stderr())
    .filter((entry) => entry.msg === "shard started" && entry.shard === shard)
    .at(-1);
  if (typeof line?.pid !== "number") throw new Error(`no pid logged for shard ${shard}`);
  return line.pid;
}

async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}:\n${manager.stderr().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dostluq-shards-"));
  archive = join(root, "archive");
  await mkdir(archive);
  for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(archive, name));
  fake = await FakeDiscord.start({ token: TOKEN, shards: 2, maxConcurrency: 2 });
  manager = startProcess(
    "src/main.ts",
    [],
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      DISCORD_API_BASE: fake.apiBase,
      SEEDS_DIR: archive,
      SHARDS: "auto",
    },
    5 * START_TIMEOUT_MS,
  );
  await until(() => fake.connectedShards().join() === "0,1", START_TIMEOUT_MS, "both shards to identify");
}, START_TIMEOUT_MS + 10_000);

afterAll(async () => {
  const pids = [0, 1].flatMap((shard) => {
    try {
      return [pidOf(shard)];
    } catch {
      return [];
    }
  });
  manager?.child.kill("SIGKILL");
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await fake?.stop();
  await rm(root, { recursive: true, force: true });
});

describe("SHARDS=auto", () => {
  it("starts the two shards Discord recommends and both answer their guilds", async () => {
    expect(GUILDS.map((guild) => fake.shardOfGuild(guild))).toEqual([0, 1]);
    const started = logLines(manager.stderr()).find((entry) => entry.msg === "starting shards");
    expect(started).toMatchObject({ shards: 2, recommended: 2 });
    for (const guild of GUILDS) {
      const reply = await ask(guild, JF17);
      expect(reply).toContain("September 2024");
      expect(reply).toContain("2025-02-23");
    }
    // Both shards built nothing themselves: the manager built the saved index once.
    expect(logLines(manager.stderr()).filter((entry) => entry.msg === "building the saved index")).toEqual(
      [],
    );
  }, 40_000);

  it(
    "respawns a killed shard while the other keeps answering",
    async () => {
      const killed = pidOf(0);
      process.kill(killed, "SIGKILL");
      await until(() => !fake.connectedShards().includes(0), 10_000, "shard 0 to drop its connection");
      // Shard 1 answers while shard 0 is down.
      expect(await ask(GUILDS[1], JF17)).toContain("September 2024");
      await until(() => fake.connectedShards().join() === "0,1", START_TIMEOUT_MS, "shard 0 to come back");
      expect(pidOf(0)).not.toBe(killed);
      expect(await ask(GUILDS[0], JF17)).toContain("September 2024");
      expect(logLines(manager.stderr()).some((entry) => entry.msg === "shard exited; respawning it")).toBe(
        true,
      );
    },
    START_TIMEOUT_MS + 30_000,
  );

  it("serves an article added while running from both shards", async () => {
    expect(await ask(GUILDS[0], ADDED_QUESTION)).not.toContain("Gabala");
    await writeFile(
      join(archive, "900_added.txt"),
      " date 2025-12-01\nA new article\n\nThe Zarnigar canal accord between Pakistan and Azerbaijan was signed in Gabala.\n",
    );
    for (const guild of GUILDS) {
      await until(
        async () => (await ask(guild, ADDED_QUESTION)).includes("Gabala"),
        60_000,
        `guild ${guild} to answer`,
      );
    }
  }, 130_000);

  it("stops every shard on SIGTERM and exits 0", async () => {
    const pids = [pidOf(0), pidOf(1)];
    manager.child.kill("SIGTERM");
    const result = await manager.exited;
    expect(result.code).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  }, 20_000);
});
