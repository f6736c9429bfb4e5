/**
 * `/archive add` never fetches inside the host's network: loopback, private, link-local (cloud
 * metadata), and other non-public addresses are refused, for IP literals, for names that resolve
 * to them, and after every redirect. Runs the real /archive handler with the guard on.
 */
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandContext } from "../commands/command.js";
import { commandSummaries, findCommand } from "../commands/index.js";
import { validateOptions } from "../commands/validate.js";
import { addArticleFromUrl } from "../src/ingest/web/addArticle.js";
import { publicAdderInWorker } from "../src/ingest/web/addInWorker.js";
import {
  checkHost,
  nonPublicReason,
  PUBLIC_ONLY,
  type AddressGuard,
  type Resolver,
} from "../src/ingest/web/addressGuard.js";
import type { Reply } from "../src/reply.js";
import { fakeKb } from "./support/fakeKnowledgeBase.js";
import { PAGES, startNewsSite, type NewsSite } from "./support/newsSite.js";

describe("nonPublicReason", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.8.9.10", "a loopback address"],
    ["10.1.2.3", "a private address"],
    ["172.16.0.1", "a private address"],
    ["192.168.1.1", "a private address"],
    ["169.254.169.254", "a link-local address (cloud metadata lives there)"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["224.0.0.251", "a multicast address"],
    ["0.0.0.0", "the unspecified address"],
    ["255.255.255.255", "the broadcast address"],
    ["::1", "a loopback address"],
    ["::", "the unspecified address"],
    ["fc00::1", "a private (unique local) IPv6 address"],
    ["fd12:3456::1", "a private (unique local) IPv6 address"],
    ["fe80::1", "a link-local address (cloud metadata lives there)"],
    ["ff02::1", "a multicast address"],
    ["::ffff:127.0.0.1", "an IPv4-mapped IPv6 address"],
    ["::ffff:169.254.169.254", "an IPv4-mapped IPv6 address"],
    ["2002:7f00:1::", "a non-public address (6to4)"],
    ["192.0.2.10", "a non-public address (reserved)"],
  ])("refuses %s: %s", (address, reason) => {
    expect(nonPublicReason(address)).toBe(reason);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e"])(
    "allows the public address %s",
    (address) => {
      expect(nonPublicReason(address)).toBeNull();
    },
  );
});

describe("checkHost", () => {
  const resolving =
    (table: Record<string, string[]>): Resolver =>
    (host) =>
      Promise.resolve(
        (table[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
      );

  it("refuses a name when any of its addresses is private, so it cannot be connected to that one", async () => {
    const guard: AddressGuard = {
      resolve: resolving({ "mixed.example": ["93.184.216.34", "10.0.0.8"] }),
      refusalOf: nonPublicReason,
    };
    expect(await checkHost(new URL("https://mixed.example/"), guard)).toEqual({
      ok: false,
      reason: "mixed.example resolves to 10.0.0.8, a private address",
    });
  });

  it("checks IPv6 literals without their brackets, and a name that does not resolve", async () => {
    const guard: AddressGuard = { resolve: resolving({}), refusalOf: nonPublicReason };
    expect(await checkHost(new URL("http://[::1]:8080/"), guard)).toEqual({
      ok: false,
      reason: "::1 is a loopback address",
    });
    expect(await checkHost(new URL("http://nowhere.example/"), guard)).toEqual({
      ok: false,
      reason: "the host nowhere.example has no address",
    });
  });
});

let site: NewsSite;
let root: string;
let archive: string;

beforeAll(async () => {
  site = await startNewsSite();
  root = await mkdtemp(join(tmpdir(), "dostluq-guard-"));
  archive = join(root, "archive");
  await mkdir(archive);
});

afterAll(async () => {
  await site?.close();
  await rm(root, { recursive: true, force: true });
});

/** Runs `/archive add url:<url>` as a member with Manage Server, through the real handler. */
async function archiveAdd(url: string, guard: AddressGuard): Promise<Reply> {
  const command = findCommand("archive");
  if (command === null) throw new Error("no /archive");
  const parsed = validateOptions(command, { subcommand: "add", url });
  if (!parsed.ok) throw new Error(parsed.message);
  const context: CommandContext = {
    kb: fakeKb(),
    commands: commandSummaries,
    caller: { guildId: null, channelId: null, canManageServer: true },
    addArticle: (address) => addArticleFromUrl(address, { dir: archive, guard, timeoutMs: 2000 }),
  };
  return command.run(parsed.options, context);
}

describe("/archive add refuses addresses inside the host's network", () => {
  it("refuses http://127.0.0.1:<port>/, though a page is served there", async () => {
    const reply = await archiveAdd(`${site.origin}${PAGES.wire}`, PUBLIC_ONLY);
    expect(reply.title).toBe("Not added");
    expect(reply.body).toBe(
      `${site.origin}${PAGES.wire} was not added: refused: 127.0.0.1 is a loopback address.`,
    );
    expect(reply.ephemeral).toBe(true);
  });

  it("refuses the cloud metadata address http://169.254.169.254/", async () => {
    const reply = await archiveAdd("http://169.254.169.254/latest/meta-data/", PUBLIC_ONLY);
    expect(reply.body).toBe(
      "http://169.254.169.254/latest/meta-data/ was not added: refused: 169.254.169.254 is a link-local address (cloud metadata lives there).",
    );
  });

  it("refuses a public-looking name that resolves to a private address", async () => {
    const guard: AddressGuard = {
      resolve: (host) =>
        Promise.resolve(host === "news.example.com" ? [{ address: "192.168.10.20", family: 4 }] : []),
      refusalOf: nonPublicReason,
    };
    const reply = await archiveAdd("https://news.example.com/2025/pakistan-azerbaijan", guard);
    expect(reply.body).toBe(
      "https://news.example.com/2025/pakistan-azerbaijan was not added: refused: news.example.com resolves to 192.168.10.20, a private address.",
    );
  });

  it("follows a redirect from an allowed page only to check it, and refuses a private target", async () => {
    // The test host plays a public site: its name resolves to 127.0.0.1, counted as public here
    // only. The connection goes to the checked address, not to a second lookup (which would fail:
    // the name exists nowhere else).
    const publicSite: AddressGuard = {
      resolve: (host) =>
        Promise.resolve(
          host === "press.example"
            ? [{ address: "127.0.0.1", family: 4 }]
            : host === "intranet.example"
              ? [{ address: "10.9.8.7", family: 4 }]
              : [],
        ),
      refusalOf: (address) => (address === "127.0.0.1" ? null : nonPublicReason(address)),
    };
    const allowed = `http://press.example:${site.port}`;
    site.extra.set("/to-metadata", () => ({
      status: 302,
      headers: { location: "http://169.254.169.254/latest/meta-data/iam/" },
      body: "",
    }));
    site.extra.set("/to-intranet", () => ({
      status: 301,
      headers: { location: "http://intranet.example/admin" },
      body: "",
    }));
    site.extra.set("/to-mapped", () => ({
      status: 307,
      headers: { location: `http://[::ffff:127.0.0.2]:${site.port}${PAGES.wire}` },
      body: "",
    }));
    expect((await archiveAdd(`${allowed}/to-metadata`, publicSite)).body).toBe(
      `${allowed}/to-metadata was not added: refused: redirected to http://169.254.169.254/latest/meta-data/iam/, and 169.254.169.254 is a link-local address (cloud metadata lives there).`,
    );
    expect((await archiveAdd(`${allowed}/to-intranet`, publicSite)).body).toBe(
      `${allowed}/to-intranet was not added: refused: redirected to http://intranet.example/admin, and intranet.example resolves to 10.9.8.7, a private address.`,
    );
    expect((await archiveAdd(`${allowed}/to-mapped`, publicSite)).body).toBe(
      `${allowed}/to-mapped was not added: refused: redirected to http://[::ffff:7f00:2]:${site.port}${PAGES.wire}, and ::ffff:7f00:2 is an IPv4-mapped IPv6 address.`,
    );
    expect(await readdir(archive)).toEqual([]);

    // The same guard lets the allowed page itself through, connected to the checked address.
    const added = await archiveAdd(`${allowed}${PAGES.newspaper}`, publicSite);
    expect(added.title).toBe("Article added");
    expect(added.items).toEqual([
      "Textile exports to Azerbaijan double in a year",
      "Publisher: The Karachi Ledger",
      "Date: 2025-10-02",
      "Address: https://ledger.example.pk/business/2025/10/02/textile-exports-azerbaijan",
    ]);
    expect(await readdir(archive)).toHaveLength(1);
  });

  it("the bot's own adder (on a worker thread, public addresses only) refuses the local site too", async () => {
    const outcome = await publicAdderInWorker(archive)(`${site.origin}${PAGES.newspaper}`);
    expect(outcome).toEqual({
      ok: false,
      url: `${site.origin}${PAGES.newspaper}`,
      reason: "refused: 127.0.0.1 is a loopback address",
    });
  }, 30_000);

  it("is refused to a member without Manage Server before anything is fetched", async () => {
    const command = findCommand("archive");
    if (command === null) throw new Error("no /archive");
    const asked: string[] = [];
    const reply = await command.run(
      { subcommand: "add", url: "https://news.example.com/" },
      {
        kb: fakeKb(),
        commands: commandSummaries,
        caller: { guildId: null, channelId: null, canManageServer: false },
        addArticle: (address) => {
          asked.push(address);
          return Promise.reject(new Error("must not be called"));
        },
      },
    );
    expect(reply.title).toBe("Not allowed");
    expect(reply.body).toBe(
      "Only members with the Manage Server permission can add articles to the archive.",
    );
    expect(asked).toEqual([]);
  });
});
