/**
 * Hostile input through every command handler and both renderers, on the real archive: never a
 * throw, every reply within Discord's limits, nothing that can ping, user text escaped, and console
 * text free of terminal control characters. 10,000 generated cases in all.
 */
import { resolve } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Command, CommandContext, RawOptions } from "../commands/command.js";
import { commands, commandSummaries, findCommand } from "../commands/index.js";
import { validateOptions } from "../commands/validate.js";
import { renderText } from "../src/console/renderText.js";
import { renderEmbeds } from "../src/discord/renderEmbeds.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { errorReply, type Reply } from "../src/reply.js";
import type { Citation } from "../src/types.js";
import { choiceProblems, messageProblems } from "./support/fakeDiscord.js";
import { hostileText } from "./support/hostileArbitrary.js";
import {
  embedTexts,
  findPing,
  isFullyEscaped,
  TERMINAL_CONTROL,
  unescapeRendered,
} from "./support/replyChecks.js";

let context: CommandContext;

beforeAll(async () => {
  const kb = await loadKnowledgeBase(resolve(import.meta.dirname, "..", "seeds"));
  context = { kb, commands: commandSummaries };
  kb.latest(1); // builds the meeting timeline once, outside the timed properties
});

function command(name: string): Command {
  const found = findCommand(name);
  if (found === null) throw new Error(`no /${name}`);
  return found;
}

/** Runs a command the way both front ends do: validate, then run, or an error reply. */
async function runCommand(name: string, raw: RawOptions): Promise<Reply> {
  const cmd = command(name);
  const parsed = validateOptions(cmd, raw);
  if (!parsed.ok) return errorReply(`Cannot run /${name}`, parsed.message);
  return cmd.run(parsed.options, context);
}

/** Renders a reply both ways and asserts everything a reply must hold. */
function checkRendered(reply: Reply): { title: string } {
  const embeds = renderEmbeds(reply);
  expect(messageProblems({ embeds })).toEqual([]);
  expect(findPing(embedTexts(embeds))).toBeNull();
  const title = embeds[0]?.title ?? "";
  expect(isFullyEscaped(title), `title shows as markdown: ${JSON.stringify(title)}`).toBe(true);
  const text = renderText(reply);
  expect(typeof text).toBe("string");
  expect(TERMINAL_CONTROL.test(text), `console text has control characters: ${JSON.stringify(text)}`).toBe(
    false,
  );
  return { title };
}

const withoutInvisible = (text: string): string => text.replace(/\u200b/g, "");

describe("hostile input never breaks a handler or a renderer", () => {
  it("/ask: 3,000 questions", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (question) => {
        const reply = await runCommand("ask", { question });
        const { title } = checkRendered(reply);
        const trimmed = question.trim();
        if (trimmed.length >= 3 && trimmed.length <= 300 && !reply.ephemeral) {
          // The echoed question reads back as typed (up to the ellipsis of a shortened title).
          const shown = withoutInvisible(unescapeRendered(title)).replace(/…$/, "");
          expect(withoutInvisible(trimmed).replace(/\s+/g, " ")).toContain(shown.replace(/\s+/g, " "));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("/topic: 2,500 names", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (name) => {
        checkRendered(await runCommand("topic", { name }));
      }),
      { numRuns: 2500 },
    );
  });

  it("/topic autocomplete: 2,500 partial names give at most 25 valid choices", () => {
    const topic = command("topic");
    fc.assert(
      fc.property(hostileText, (typed) => {
        const choices = topic.autocomplete?.("name", typed, context) ?? [];
        expect(choiceProblems({ choices })).toEqual([]);
        expect(findPing(choices.map((c) => c.name))).toBeNull();
      }),
      { numRuns: 2500 },
    );
  });

  it("/latest, /sources, /help, /subscribe, /unsubscribe, /gaps with arbitrary option values: 1,000 runs", async () => {
    const value = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("latest", "sources", "help", "subscribe", "unsubscribe", "gaps"),
        value,
        hostileText,
        async (name, v, key) => {
          checkRendered(
            await runCommand(name, { count: v, days: v, subcommand: v, name: v, hide: v, [key]: v }),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("renderers: 1,000 hostile reply models (titles, bodies, lists, excerpts, citations)", () => {
    const citation: fc.Arbitrary<Citation> = fc.record({
      source: hostileText,
      title: hostileText,
      publisher: fc.option(hostileText),
      date: fc.option(hostileText),
      url: fc.option(hostileText),
    });
    const reply: fc.Arbitrary<Reply> = fc.record({
      title: hostileText,
      body: hostileText,
      items: fc.array(hostileText, { maxLength: 60 }),
      excerpts: fc.array(
        fc.record({
          heading: fc.option(hostileText),
          text: hostileText,
          citation: fc.option(citation),
          alsoIn: fc.array(citation, { maxLength: 4 }),
        }),
        { maxLength: 40 },
      ),
      footer: fc.option(hostileText),
      ephemeral: fc.boolean(),
    });
    fc.assert(
      fc.property(reply, (r) => {
        checkRendered(r);
      }),
      { numRuns: 1000 },
    );
  });

  it("/archive add: 1,000 hostile addresses, refused or added with hostile metadata", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, fc.boolean(), async (url, title, added) => {
        const addArticle = (address: string) =>
          Promise.resolve(
            added
              ? {
                  ok: true as const,
                  file: `${title}.txt`,
                  path: "/dev/null",
                  title,
                  publisher: title,
                  date: null,
                  url: address,
                  words: 100,
                }
              : { ok: false as const, url: address, reason: title },
          );
        const cmd = command("archive");
        const parsed = validateOptions(cmd, { subcommand: "add", url });
        const reply = parsed.ok
          ? await cmd.run(parsed.options, {
              ...context,
              addArticle,
              caller: { guildId: null, channelId: null, canManageServer: true },
            })
          : errorReply("Cannot run /archive", parsed.message);
        checkRendered(reply);
      }),
      { numRuns: 1000 },
    );
  });

  it("covers every command the bot serves", () => {
    expect(commands.map((c) => c.data.name).sort()).toEqual([
      "archive",
      "ask",
      "gaps",
      "help",
      "latest",
      "sources",
      "subscribe",
      "topic",
      "unsubscribe",
    ]);
  });
});
