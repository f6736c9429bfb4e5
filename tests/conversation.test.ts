/**
 * The conversation around an answer, end to end: the real discord.js client against the local
 * Discord stand-in, with a real store in a temporary DATA_DIR.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../commands/index.js";
import { startBot, type Bot } from "../src/discord/bot.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { createLogger } from "../src/logger.js";
import { openStore, STORE_FILE, type StoreStatus } from "../src/store/store.js";
import { watchArchive } from "../src/watch/watchArchive.js";
import type { Excerpt } from "../src/types.js";
import { FAKE_TOKEN } from "./support/botHarness.js";
import { runProcess, startProcess } from "./support/spawnEntry.js";
import { FakeDiscord, messageProblems, type InteractionRecord } from "./support/fakeDiscord.js";
import { fakeKb, jf17 } from "./support/fakeKnowledgeBase.js";

const MANAGE_SERVER = "32";
const EPHEMERAL = 64;
type Json = Record<string, unknown>;

/** The fake knowledge base, with three excerpts for JF-17 questions so "More sources" has some. */
function kbWithSources(calls: string[]): KnowledgeBase {
  const base = fakeKb(calls);
  return {
    ...base,
    ask(question) {
      const result = base.ask(question);
      if (result.status !== "answered") return result;
      const extra = (text: string): Excerpt => ({
        text,
        citation: { ...jf17, source: "002_more.txt" },
        alsoIn: [],
      });
      return {
        ...result,
        excerpts: [
          ...result.excerpts,
          extra("The second batch of JF-17 Block III fighters was handed over at a ceremony in Kamra."),
          extra("Officials said the JF-17 deal was the largest arms export in Pakistan's history."),
        ],
      };
    },
  };
}

const quiet = createLogger({ level: "silent" });
const textOf = (body: Json): string => JSON.stringify(body);
const buttonsOf = (body: Json): { custom_id: string; label?: string }[] =>
  ((body.components ?? []) as { components: { custom_id: string; label?: string }[] }[]).flatMap(
    (row) => row.components,
  );

async function answerOf(fake: FakeDiscord, record: InteractionRecord): Promise<{ id: string; body: Json }> {
  const message = await fake.waitFor(() => record.messages[0], 5000, "the answer");
  expect(messageProblems(message.body)).toEqual([]);
  return { id: message.id ?? "", body: message.body };
}

const callbackOf = (fake: FakeDiscord, record: InteractionRecord) =>
  fake.waitFor(() => record.callbacks[0]?.body, 5000, `a callback for ${record.id}`);

describe("buttons, modal, follow-up threads and hide:", () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let dir: string;
  let store: StoreStatus;
  const calls: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dostluq-conv-"));
    store = openStore({ dir });
    fake = await FakeDiscord.start({ token: FAKE_TOKEN, guild: true });
    bot = await startBot({
      token: FAKE_TOKEN,
      kb: kbWithSources(calls),
      // Many questions from one user: the per-user cooldown is tested elsewhere.
      cooldown: { commands: ["ask"], limit: 1000, windowMs: 1000 },
      logger: quiet,
      commands,
      restApi: fake.apiBase,
      store,
    });
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    if (store?.available) store.store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const ask = (question: string, extras = {}, userId?: string) =>
    fake.sendCommand("ask", [{ name: "question", type: 3, value: question }], userId, extras);

  it("an answer shows its best excerpt with More sources, 👍, 👎 and Ask a follow-up", async () => {
    const { body } = await answerOf(fake, ask("When did Azerbaijan receive the JF-17?"));
    expect(buttonsOf(body).map((b) => b.label ?? b.custom_id.split(":")[1])).toEqual([
      "More sources (2)",
      "up",
      "down",
      "Ask a follow-up",
    ]);
    const embeds = body.embeds as { fields?: unknown[] }[];
    expect(embeds[0]?.fields).toHaveLength(1);
  });

  it("More sources: the next excerpts, visible only to whoever clicked", async () => {
    const answer = await answerOf(fake, ask("When did Azerbaijan receive the JF-17?"));
    const more = buttonsOf(answer.body).find((b) => b.custom_id.startsWith("dq:more:"));
    const click = fake.sendButton(answer, more?.custom_id ?? "", "1100000000000000002");
    const callback = await callbackOf(fake, click);
    expect(callback.type).toBe(4);
    const data = callback.data as Json;
    expect(data.flags).toBe(EPHEMERAL);
    expect(textOf(data)).toContain("handed over at a ceremony in Kamra");
    expect(textOf(data)).toContain("largest arms export");
  });

  it("👍 records one vote per user; 👎 replaces it and opens the reason modal; the reason is saved", async () => {
    if (!store.available) throw new Error(store.reason);
    const answer = await answerOf(fake, ask("When did Azerbaijan receive the JF-17?"));
    const [, up, down] = buttonsOf(answer.body);
    const user = "1100000000000000003";
    const answerId = Number(up?.custom_id.split(":")[2]);

    const like = await callbackOf(fake, fake.sendButton(answer, up?.custom_id ?? "", user));
    expect(like.type).toBe(4);
    expect((like.data as Json).flags).toBe(EPHEMERAL);
    expect(textOf(like)).toContain("Your vote is recorded");
    expect(store.store.voteOf(answerId, user)).toEqual({ vote: 1, reason: null });

    const dislike = await callbackOf(fake, fake.sendButton(answer, down?.custom_id ?? "", user));
    expect(dislike.type).toBe(9);
    const modal = dislike.data as { custom_id: string; title: string };
    expect(modal.title).toMatch(/👎 recorded/);
    expect(store.store.voteOf(answerId, user)).toEqual({ vote: -1, reason: null });

    const submit = await callbackOf(
      fake,
      fake.sendModalSubmit(modal.custom_id, { reason: "Quotes the wrong year" }, user),
    );
    expect(textOf(submit)).toContain("its reason are recorded");
    expect(store.store.voteOf(answerId, user)).toEqual({ vote: -1, reason: "Quotes the wrong year" });
  });

  it("a follow-up thread: /ask there resolves 'it' from the previous question and says so; so does a mention", async () => {
    const answer = await answerOf(fake, ask("When did Azerbaijan receive the JF-17?"));
    const follow = buttonsOf(answer.body).find((b) => b.custom_id.startsWith("dq:thread:"));
    const click = fake.sendButton(answer, follow?.custom_id ?? "");
    expect(textOf(await callbackOf(fake, click))).toContain("Continue in");
    const thread = fake.threads.find((t) => t.messageId === answer.id);
    expect(thread?.name).toBe("When did Azerbaijan receive the JF-17?");
    const threadId = thread?.id ?? "";
    await fake.waitForChannelMessage(threadId);

    // On its own, "Who built it?" names nothing the archive can answer.
    const alone = await answerOf(fake, ask("Who built it?"));
    expect(textOf(alone.body)).toContain("has nothing that answers");

    const inThread = await answerOf(fake, ask("Who built it?", { channelId: threadId }));
    expect(calls).toContain("ask:Who built the JF-17?");
    expect(textOf(inThread.body)).toContain(
      'Follow-up read as \\"Who built the JF-17?\\": JF-17 taken from \\"When did Azerbaijan receive the JF-17?\\"',
    );
    expect(textOf(inThread.body)).toContain("September 2024");
    // No second thread from inside a thread.
    expect(buttonsOf(inThread.body).some((b) => b.custom_id.startsWith("dq:thread:"))).toBe(false);

    const before = fake.channelMessages.length;
    fake.sendMessage(threadId, "and when did it arrive?", { mentionBot: true });
    const reply = await fake.waitForChannelMessage(threadId, before);
    expect(calls).toContain("ask:and when did the JF-17 arrive?");
    expect(textOf(reply.body)).toContain("Follow-up read as");
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    // A second click on the same answer points to the thread rather than failing.
    const again = await callbackOf(fake, fake.sendButton(answer, follow?.custom_id ?? ""));
    expect(textOf(again)).toContain("already has a follow-up thread");
    expect((again.data as Json).content).toBe(`<#${threadId}>`);
  });

  it("when Discord refuses to open the thread, the click gets an apology, not a silent failure", async () => {
    const answer = await answerOf(fake, ask("When did Azerbaijan receive the JF-17?"));
    const follow = buttonsOf(answer.body).find((b) => b.custom_id.startsWith("dq:thread:"));
    const refuse = fake.onRequest((request) =>
      request.path.endsWith("/threads")
        ? { status: 403, body: { code: 50013, message: "Missing Permissions" } }
        : undefined,
    );
    try {
      const reply = await callbackOf(fake, fake.sendButton(answer, follow?.custom_id ?? ""));
      expect(textOf(reply)).toContain("Sorry, that did not work");
      expect((reply.data as Json).flags).toBe(EPHEMERAL);
    } finally {
      refuse();
    }
  });

  it("a message that does not mention the bot is left alone", async () => {
    const before = fake.channelMessages.length;
    fake.sendMessage(fake.channelId, "who built it?");
    // The next mention is answered; the plain message before it never was.
    fake.sendMessage(fake.channelId, "When did Azerbaijan receive the JF-17?", { mentionBot: true });
    await fake.waitForChannelMessage(fake.channelId, before);
    expect(fake.channelMessages.length - before).toBe(1);
  });

  it("hide: the acknowledgement and the answer are ephemeral, for /ask, /topic and /latest", async () => {
    const hide = { name: "hide", type: 5, value: true };
    const records = [
      fake.sendCommand("ask", [
        { name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" },
        hide,
      ]),
      fake.sendCommand("topic", [{ name: "name", type: 3, value: "defence" }, hide]),
      fake.sendCommand("latest", [hide]),
    ];
    for (const record of records) {
      const ack = await callbackOf(fake, record);
      expect(ack.type).toBe(5);
      expect((ack.data as Json).flags).toBe(EPHEMERAL);
      const answer = await answerOf(fake, record);
      expect(answer.body.embeds).toBeDefined();
    }
    const askAnswer = await answerOf(fake, records[0] as InteractionRecord);
    // An ephemeral message cannot carry a thread.
    expect(buttonsOf(askAnswer.body).some((b) => b.custom_id.startsWith("dq:thread:"))).toBe(false);
    const publicAck = await callbackOf(fake, ask("When did Azerbaijan receive the JF-17?"));
    expect((publicAck.data as Json | undefined)?.flags ?? 0).toBe(0);
  });

  it("/gaps lists the most-asked unanswered questions for Manage Server, and refuses other members", async () => {
    for (const q of [
      "Who won the 2031 cricket cup?",
      "who won the 2031 cricket cup",
      "What is the capital of Mars?",
    ]) {
      await answerOf(fake, ask(q));
    }
    const refused = fake.sendCommand("gaps", [], "1100000000000000004");
    expect(textOf(await answerOf(fake, refused).then((a) => a.body))).toContain(
      "needs the Manage Server permission",
    );

    const report = fake.sendCommand("gaps", [], "1100000000000000004", { permissions: MANAGE_SERVER });
    const ack = await callbackOf(fake, report);
    const text = textOf((await answerOf(fake, report)).body);
    expect(text).toContain("Who won the 2031 cricket cup? (asked 2 times)");
    expect(text).toContain("What is the capital of Mars? (asked 1 time)");
    // The 👎 of the vote test, with its reason.
    expect(text).toContain("Quotes the wrong year");
    expect(ack).toBeDefined();
  });

  it("/subscribe and /unsubscribe refuse a member without Manage Server, whatever Discord shows", async () => {
    for (const name of ["subscribe", "unsubscribe"]) {
      const record = fake.sendCommand(name, [{ name: "meetings", type: 1, options: [] }]);
      expect(textOf((await answerOf(fake, record)).body)).toContain(
        `/${name} needs the Manage Server permission`,
      );
    }
    const registered = commands.filter((c) => ["subscribe", "unsubscribe", "gaps"].includes(c.data.name));
    for (const command of registered) expect(command.data.default_member_permissions).toBe(MANAGE_SERVER);
  });
});

describe("alerts", () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "dostluq-alerts-"));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("a subscription survives a restart and fires when a meeting is added to the archive", async () => {
    const archive = join(root, "archive");
    const cache = join(root, "cache");
    const data = join(root, "data");
    await mkdir(archive);
    const fixtures = resolve(import.meta.dirname, "fixtures", "archive");
    for (const name of await readdir(fixtures)) await copyFile(join(fixtures, name), join(archive, name));
    const fake = await FakeDiscord.start({ token: FAKE_TOKEN, guild: true });
    try {
      // First run: subscribe, with a role to ping, then stop.
      let store = openStore({ dir: data });
      let kb: KnowledgeBase = await loadKnowledgeBase(archive, { cacheDir: cache });
      let bot = await startBot({
        token: FAKE_TOKEN,
        kb,
        logger: quiet,
        commands,
        restApi: fake.apiBase,
        store,
      });
      const role = "1300000000000000077";
      const sub = fake.sendCommand(
        "subscribe",
        [{ name: "meetings", type: 1, options: [{ name: "role", type: 8, value: role }] }],
        undefined,
        { permissions: MANAGE_SERVER },
      );
      expect(textOf((await answerOf(fake, sub)).body)).toContain(
        "gets a post when the archive gains a new meeting",
      );
      const topicSub = fake.sendCommand(
        "subscribe",
        [{ name: "topic", type: 1, options: [{ name: "name", type: 3, value: "Connectivity" }] }],
        undefined,
        { permissions: MANAGE_SERVER },
      );
      await answerOf(fake, topicSub);
      await bot.stop();
      if (store.available) store.store.close();

      // Second run, a new process's worth of state: the store is reopened from disk.
      store = openStore({ dir: data });
      kb = await loadKnowledgeBase(archive, { cacheDir: cache });
      bot = await startBot({ token: FAKE_TOKEN, kb, logger: quiet, commands, restApi: fake.apiBase, store });
      const handedOver: Promise<void>[] = [];
      const watcher = await watchArchive({
        dir: archive,
        rebuild: () => loadKnowledgeBase(archive, { cacheDir: cache }),
        onKnowledgeBase: (next) => handedOver.push(bot.setKnowledgeBase(next)),
        debounceMs: 50,
        rescanMs: 0,
      });
      try {
        const before = fake.channelMessages.length;
        await writeFile(
          join(archive, "08_meeting.txt"),
          " date 2026-03-02\nMinisters meet in Baku on new rail link\nBAKU: Pakistan's Foreign Minister Ishaq Dar met " +
            "Azerbaijan's Foreign Minister Jeyhun Bayramov in Baku on Monday, and the two sides signed a memorandum " +
            "on a freight rail corridor through Iran.\n",
        );
        const meeting = await fake.waitFor(
          () => fake.channelMessages.slice(before).find((m) => textOf(m.body).includes("a meeting")),
          20_000,
          "the meeting alert",
        );
        expect(meeting.channelId).toBe(fake.channelId);
        expect(textOf(meeting.body)).toContain("Ishaq Dar met");
        expect(meeting.body.content).toBe(`<@&${role}>`);
        expect(meeting.body.allowed_mentions).toEqual({ parse: [], roles: [role] });
        const topic = await fake.waitFor(
          () => fake.channelMessages.slice(before).find((m) => textOf(m.body).includes("on connectivity")),
          5000,
          "the topic alert",
        );
        // Without a role the post pings nobody.
        expect(topic.body.allowed_mentions).toEqual({ parse: [] });
        expect(topic.body.content).toBeUndefined();
        await Promise.all(handedOver);
      } finally {
        watcher.close();
        await bot.stop();
        if (store.available) store.store.close();
      }
    } finally {
      await fake.stop();
    }
  });
});

describe("store faults: the bot keeps answering and says what is unavailable", () => {
  let root: string;
  const started: { bot: Bot; fake: FakeDiscord }[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "dostluq-faults-"));
  });

  afterEach(async () => {
    for (const { bot, fake } of started.splice(0)) {
      await bot.stop();
      await fake.stop();
    }
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function botWith(store: StoreStatus): Promise<FakeDiscord> {
    const fake = await FakeDiscord.start({ token: FAKE_TOKEN, guild: true });
    const bot = await startBot({
      token: FAKE_TOKEN,
      kb: fakeKb(),
      logger: quiet,
      commands,
      restApi: fake.apiBase,
      store,
    });
    started.push({ bot, fake });
    return fake;
  }

  it.each([
    [
      "an unwritable DATA_DIR",
      async () => {
        const file = join(root, "a-file");
        await writeFile(file, "");
        return join(file, "data");
      },
      /data folder .* cannot be created/,
    ],
    [
      "a corrupt database file",
      async () => {
        const dir = join(root, "corrupt");
        await mkdir(dir);
        await writeFile(join(dir, STORE_FILE), "garbage ".repeat(1000));
        return dir;
      },
      /store file .* is corrupt/,
    ],
  ])("%s", async (_name, makeDir, reason) => {
    const store = openStore({ dir: await makeDir() });
    expect(store.available).toBe(false);
    const fake = await botWith(store);
    const answer = fake.sendCommand("ask", [
      { name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" },
    ]);
    const body = (await answerOf(fake, answer)).body;
    expect(textOf(body)).toContain("September 2024");
    expect(textOf(body)).toMatch(/Votes, More sources and follow-up threads are unavailable: the /);
    expect(textOf(body)).toMatch(reason);
    // The host's paths stay in the log, not in a message everyone in the channel reads.
    expect(textOf(body)).not.toContain(root);
    expect(body.components ?? []).toEqual([]);
    const gaps = fake.sendCommand("gaps", [], undefined, { permissions: MANAGE_SERVER });
    expect(textOf((await answerOf(fake, gaps)).body)).toMatch(/The gaps report is unavailable: the /);
    const sub = fake.sendCommand("subscribe", [{ name: "meetings", type: 1, options: [] }], undefined, {
      permissions: MANAGE_SERVER,
    });
    expect(textOf((await answerOf(fake, sub)).body)).toMatch(/Alerts are unavailable: the /);
  });

  it("two bots on the same file: both record votes; a lock held past the budget refuses, never loses, a vote", async () => {
    const dir = join(root, "shared");
    const first = openStore({ dir });
    const second = openStore({ dir });
    if (!first.available || !second.available) throw new Error("store did not open");
    const fakes = [await botWith(first), await botWith(second)];
    let acknowledged = 0;
    for (const [i, fake] of fakes.entries()) {
      const answer = await answerOf(
        fake,
        fake.sendCommand("ask", [
          { name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" },
        ]),
      );
      const up = buttonsOf(answer.body).find((b) => b.custom_id.startsWith("dq:up:"));
      for (const user of ["1100000000000000010", "1100000000000000011"]) {
        const reply = await callbackOf(
          fake,
          fake.sendButton(answer, up?.custom_id ?? "", `${user}${i}`.slice(0, 19)),
        );
        if (textOf(reply).includes("Your vote is recorded")) acknowledged += 1;
      }
    }
    expect(acknowledged).toBe(4);

    // Another process holds the write lock longer than a click may wait.
    const Database = (await import("better-sqlite3")).default;
    const holder = new Database(join(dir, STORE_FILE));
    holder.exec("BEGIN IMMEDIATE");
    const fake = fakes[0] as FakeDiscord;
    const answer = await answerOf(
      fake,
      fake.sendCommand("ask", [
        { name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" },
      ]),
    );
    expect(textOf(answer.body)).toMatch(/unavailable: the store is busy/);
    holder.exec("ROLLBACK");
    holder.close();
    expect(first.store.voteCount()).toBe(acknowledged);
    expect(second.store.voteCount()).toBe(acknowledged);
    first.store.close();
    second.store.close();
  });

  it("a second bot process (the real entry point) on the same file: votes through both are all kept", async () => {
    const dir = join(root, "two-processes");
    const local = openStore({ dir });
    if (!local.available) throw new Error(local.reason);
    const localFake = await botWith(local);
    const remoteFake = await FakeDiscord.start({ token: FAKE_TOKEN, guild: true });
    const env = {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: remoteFake.applicationId,
      DISCORD_API_BASE: remoteFake.apiBase,
      DATA_DIR: dir,
    };
    const child = startProcess("src/main.ts", [], env, 60_000);
    try {
      await child.waitForOutput(/connected to Discord/, 45_000);
      let acknowledged = 0;
      // Interleaved: each process writes while the other holds the same file open.
      for (let round = 0; round < 3; round += 1) {
        for (const fake of [localFake, remoteFake]) {
          const question = [{ name: "question", type: 3, value: "When did Azerbaijan receive the JF-17?" }];
          const answer = await answerOf(
            fake,
            fake.sendCommand("ask", question, `110000000000000002${round}`),
          );
          const up = buttonsOf(answer.body).find((b) => b.custom_id.startsWith("dq:up:"));
          const reply = await callbackOf(fake, fake.sendButton(answer, up?.custom_id ?? ""));
          if (textOf(reply).includes("Your vote is recorded")) acknowledged += 1;
        }
      }
      expect(acknowledged).toBe(6);
      expect(local.store.voteCount()).toBe(acknowledged);
    } finally {
      child.child.kill("SIGTERM");
      await child.exited;
      await remoteFake.stop();
    }
    // The file is whole after the other process exits: reopened, every vote is there.
    local.store.close();
    const reopened = openStore({ dir });
    if (!reopened.available) throw new Error(reopened.reason);
    expect(reopened.store.voteCount()).toBe(6);
    reopened.store.close();
  });

  it("npm run gaps prints the /gaps report from DATA_DIR, and names the fault when the store is unavailable", async () => {
    const dir = join(root, "gaps-cli");
    const status = openStore({ dir });
    if (!status.available) throw new Error(status.reason);
    for (const q of ["Who won the 2031 cricket cup?", "who won the 2031 cricket cup"]) {
      await status.store.recordAnswer({
        question: q,
        answered: false,
        sources: [],
        moreExcerpts: [],
        threadId: null,
      });
    }
    status.store.close();
    const report = await runProcess("src/cli/gapsMain.ts", ["--days", "7"], { DATA_DIR: dir });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain("Gaps in the archive, last 7 days");
    expect(report.stdout).toContain("Who won the 2031 cricket cup? (asked 2 times)");
    await writeFile(join(root, "gaps-file"), "");
    const broken = await runProcess("src/cli/gapsMain.ts", [], { DATA_DIR: join(root, "gaps-file", "x") });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/gaps: the store is unavailable: the data folder .* cannot be created/);
    expect(broken.stdout).toBe("");
  });
});
