/**
 * `/archive add` and linked citations on a local Discord stand-in, with the real discord.js
 * client, the real add code (address guard on) and the real watcher: a member without Manage
 * Server is refused; an admin adds a page; once the watcher has swapped the rebuilt knowledge base
 * in, `/ask` cites it with its title linked to the page at the quoted sentence, and `/sources`
 * links it too. On a temporary copy of the fixture archive, never seeds/.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../commands/index.js";
import { PROJECT_ROOT } from "../src/config.js";
import { startBot, type Bot } from "../src/discord/bot.js";
import { addArticleFromUrl } from "../src/ingest/web/addArticle.js";
import { nonPublicReason, type AddressGuard } from "../src/ingest/web/addressGuard.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { createLogger } from "../src/logger.js";
import { rebuildInChild } from "../src/watch/rebuildInChild.js";
import { watchArchive, type ArchiveWatcher } from "../src/watch/watchArchive.js";
import { FakeDiscord, messageProblems } from "./support/fakeDiscord.js";
import { FAKE_TOKEN } from "./support/botHarness.js";
import { PAGES, startNewsSite, type NewsSite } from "./support/newsSite.js";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "archive");
/** A rebuild runs in a child process (tsx start-up included): generous for a loaded CI machine. */
const REBUILD_TIMEOUT_MS = 60_000;
const MANAGE_SERVER = "32";
const EPHEMERAL = 64;
const CANONICAL = "https://meridian-wire.example/economy/pharma-plant-sumgait/1234";
const TITLE = "Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait";

/** The stand-in news site plays a public one: press.example resolves to 127.0.0.1, allowed here only. */
const PRESS_GUARD: AddressGuard = {
  resolve: (host) => Promise.resolve(host === "press.example" ? [{ address: "127.0.0.1", family: 4 }] : []),
  refusalOf: (address) => (address === "127.0.0.1" ? null : nonPublicReason(address)),
};

let site: NewsSite;
let fake: FakeDiscord;
let bot: Bot;
let watcher: ArchiveWatcher;
let root: string;
let archive: string;
const reloads: KnowledgeBase[] = [];

beforeAll(async () => {
  site = await startNewsSite();
  root = await mkdtemp(join(tmpdir(), "dostluq-archive-discord-"));
  archive = join(root, "archive");
  const cache = join(root, "cache");
  await mkdir(archive);
  for (const name of await readdir(FIXTURES)) await copyFile(join(FIXTURES, name), join(archive, name));
  fake = await FakeDiscord.start({ token: FAKE_TOKEN });
  bot = await startBot({
    token: FAKE_TOKEN,
    kb: await loadKnowledgeBase(archive, { cacheDir: cache }),
    logger: createLogger({ level: "silent", secrets: [FAKE_TOKEN] }),
    commands,
    restApi: fake.apiBase,
    addArticle: (address) => addArticleFromUrl(address, { dir: archive, guard: PRESS_GUARD }),
  });
  watcher = await watchArchive({
    dir: archive,
    rebuild: () => rebuildInChild(archive, cache),
    onKnowledgeBase: (next) => {
      bot.setKnowledgeBase(next);
      reloads.push(next);
    },
    onError: () => undefined,
    debounceMs: 200,
    rescanMs: 2000,
  });
}, REBUILD_TIMEOUT_MS);

afterAll(async () => {
  watcher?.close();
  await bot?.stop();
  await fake?.stop();
  await site?.close();
  await rm(root, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };

async function send(
  name: string,
  options: Json[],
  permissions = "0",
): Promise<{ message: Record<string, unknown>; embeds: Embed[] }> {
  const record = fake.sendCommand(name, options, undefined, { permissions });
  // An ephemeral reply after the public deferral comes as a follow-up: wait for the last message.
  const message = (await fake.waitForMessage(record, 15_000)) as Record<string, unknown>;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const last = (record.messages[record.messages.length - 1]?.body ?? message) as Record<string, unknown>;
  expect(messageProblems(last)).toEqual([]);
  return { message: last, embeds: (last["embeds"] ?? []) as Embed[] };
}

const archiveAdd = (url: string): Json[] => [
  { name: "add", type: 1, options: [{ name: "url", type: 3, value: url }] },
];

describe("/archive add and linked citations on Discord", () => {
  it("refuses /archive add to a member without Manage Server, and writes nothing", async () => {
    const before = await readdir(archive);
    const { message, embeds } = await send(
      "archive",
      archiveAdd(`http://press.example:${site.port}${PAGES.wire}`),
    );
    expect(embeds[0]?.title).toBe("Not allowed");
    expect(embeds[0]?.description).toBe(
      "Only members with the Manage Server permission can add articles to the archive.",
    );
    expect(Number(message["flags"] ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(await readdir(archive)).toEqual(before);
  });

  it(
    "adds a page for a member with Manage Server, then /ask cites it with a link that opens at the quote",
    async () => {
      const { embeds } = await send(
        "archive",
        archiveAdd(`http://press.example:${site.port}${PAGES.wire}`),
        MANAGE_SERVER,
      );
      expect(embeds[0]?.title).toBe("Article added");
      const description = embeds[0]?.description ?? "";
      expect(description).toContain(`• [${TITLE}](${CANONICAL})`);
      expect(description).toContain("• Publisher: Meridian News Agency");
      expect(description).toContain("• Date: 2025-09-14");

      await expect
        .poll(() => reloads.some((kb) => kb.articles.some((a) => a.url === CANONICAL)), {
          timeout: REBUILD_TIMEOUT_MS,
          interval: 100,
        })
        .toBe(true);

      const { message, embeds: answer } = await send("ask", [
        {
          name: "question",
          type: 3,
          value: "Where will Pakistan and Azerbaijan build a joint pharmaceutical plant?",
        },
      ]);
      const field = answer[0]?.fields?.[0]?.value ?? "";
      expect(field).toMatch(
        /^> Pakistan and Azerbaijan agreed on Sunday to build a joint pharmaceutical plant in the Sumgait industrial park/u,
      );
      const link = new RegExp(
        `— Meridian News Agency, \\[Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait\\]\\(${CANONICAL.replace(/[.?]/gu, "\\$&")}#:~:text=([^)]+)\\), 2025-09-14(?:, [\\w ]+ ago)? \\(2025-09-14\\\\_meridian-wire-example\\\\_`,
        "u",
      );
      const fragment = link.exec(field)?.[1];
      expect(fragment, field).toBeDefined();
      // The quote's first and last five words, percent-encoded; the page has them as written there.
      expect(fragment?.split(",").map(decodeURIComponent)).toEqual([
        "Pakistan and Azerbaijan agreed on",
        "meeting of the intergovernmental commission.",
      ]);
      // Links live only in embeds, which never unfurl; there is no plain-text content to preview.
      expect(message["content"] ?? "").toBe("");

      const sources = await send("sources", []);
      expect(sources.embeds[0]?.description ?? "").toContain(
        `• [${TITLE}](${CANONICAL}), Meridian News Agency, 2025-09-14`,
      );
    },
    REBUILD_TIMEOUT_MS * 2,
  );
});
