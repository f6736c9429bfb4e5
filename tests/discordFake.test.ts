import { Client, DiscordAPIError, GatewayIntentBits, MessageFlags, type Interaction } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeDiscord } from "./support/fakeDiscord.js";

// These prove the stand-in rejects what Discord rejects, so the end-to-end test can fail.
const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.fake-token-for-the-local-stand-in-0123456789";
// A short window keeps the "too late" test fast; the rule is the same as Discord's 3 s.
const ACK_WINDOW_MS = 300;

let fake: FakeDiscord;
let client: Client;
let nextInteraction: Promise<Interaction>;

function armInteraction(): void {
  nextInteraction = new Promise((resolve) => client.once("interactionCreate", resolve));
}

beforeEach(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, ackWindowMs: ACK_WINDOW_MS });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase, retries: 0 } });
  const ready = new Promise((resolve) => client.once("clientReady", resolve));
  await client.login(TOKEN);
  await ready;
  armInteraction();
});

afterEach(async () => {
  await client.destroy();
  await fake.stop();
});

async function command(): Promise<Interaction> {
  fake.sendCommand("ask", [{ name: "question", type: 3, value: "anything" }]);
  return nextInteraction;
}

async function apiErrorCode(action: () => Promise<unknown>): Promise<number | string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DiscordAPIError) return error.code;
    throw error;
  }
  throw new Error("expected Discord to reject the request");
}

describe("FakeDiscord rejects what Discord would", () => {
  it("rejects an acknowledgement after the window with 10062", async () => {
    const interaction = await command();
    if (!interaction.isChatInputCommand()) throw new Error("expected a command");
    await new Promise((r) => setTimeout(r, ACK_WINDOW_MS + 50));
    expect(await apiErrorCode(() => interaction.deferReply())).toBe(10062);
  });

  it("rejects a second acknowledgement with 40060", async () => {
    const interaction = await command();
    if (!interaction.isChatInputCommand()) throw new Error("expected a command");
    await interaction.deferReply();
    // Bypass discord.js's own guard to send the raw second callback, as a buggy bot would.
    const code = await apiErrorCode(() =>
      client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 5 },
        auth: false,
      }),
    );
    expect(code).toBe(40060);
  });

  it("rejects embeds over the limits with 50035", async () => {
    const interaction = await command();
    if (!interaction.isChatInputCommand()) throw new Error("expected a command");
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const tooLong = "x".repeat(4097);
    expect(await apiErrorCode(() => interaction.editReply({ embeds: [{ description: tooLong }] }))).toBe(
      50035,
    );
    const fields = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}`, value: "y".repeat(1000) }));
    expect(await apiErrorCode(() => interaction.editReply({ embeds: [{ title: "t", fields }] }))).toBe(50035);
    await interaction.editReply({ embeds: [{ description: "fine" }] });
  });

  it("rejects a wrong token at the gateway", async () => {
    const other = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.apiBase, retries: 0 },
    });
    await expect(other.login("bad.token.value")).rejects.toThrow();
    await other.destroy();
  });

  it("records every request and lets a hook inject faults", async () => {
    fake.onRequest((request) =>
      request.path.endsWith("/callback")
        ? { status: 404, body: { code: 10062, message: "Unknown interaction" } }
        : undefined,
    );
    const interaction = await command();
    if (!interaction.isChatInputCommand()) throw new Error("expected a command");
    expect(await apiErrorCode(() => interaction.deferReply())).toBe(10062);
    expect(fake.requests.map((r) => `${r.method} ${r.path.replace(/\/\d+\/.*$/, "")}`)).toEqual([
      "GET /gateway/bot",
      "POST /interactions",
    ]);
  });
});
