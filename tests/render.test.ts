import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderText } from "../src/console/renderText.js";
import {
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER,
  MAX_EMBED_TITLE,
  MAX_EMBEDS,
  MAX_EMBEDS_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
} from "../src/discord/limits.js";
import { embedLength, renderEmbeds } from "../src/discord/renderEmbeds.js";
import { escapeText, neutralizeMentions, truncate } from "../src/discord/text.js";
import { makeReply, type Reply, type ReplyExcerpt } from "../src/reply.js";
import type { APIEmbed } from "discord.js";
import type { Citation } from "../src/types.js";

const citation: Citation = {
  source: "004_2c982bdcbaac3a2e.txt",
  title: "Azerbaijan-Pakistan relations in 2024",
  publisher: "Azernews",
  date: "2025-02-23",
  url: null,
};
const undated: Citation = {
  source: "002_x.txt",
  title: "Undated piece",
  publisher: null,
  date: null,
  url: null,
};

function excerpt(text: string, cite: Citation = citation, alsoIn: readonly Citation[] = []): ReplyExcerpt {
  return { heading: null, text, citation: cite, alsoIn };
}

/** Every limit Discord enforces on a message's embeds; throws with the broken one. */
function assertWithinLimits(embeds: readonly APIEmbed[]): void {
  expect(embeds.length).toBeGreaterThan(0);
  expect(embeds.length).toBeLessThanOrEqual(MAX_EMBEDS);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_TITLE);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_FOOTER);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_FIELDS);
    if (embed.description !== undefined) expect(embed.description.length).toBeGreaterThan(0);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(MAX_FIELD_NAME);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE);
    }
    total += embedLength(embed);
  }
  expect(total).toBeLessThanOrEqual(MAX_EMBEDS_TOTAL);
}

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("truncate", () => {
  it("leaves short text alone", () => {
    expect(truncate("short", 10)).toBe("short");
  });
  it("cuts on a word boundary with an ellipsis", () => {
    expect(truncate("the quick brown fox jumps", 15)).toBe("the quick…");
  });
  it("never leaves a dangling escape or half a surrogate pair", () => {
    expect(truncate("abc\\*def", 5)).toBe("abc…");
    expect(truncate("ab😀cdef", 4)).toBe("ab…");
  });
  it("always fits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 200 }), (text, max) => {
        expect(truncate(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe("escapeText", () => {
  it("shows markdown literally", () => {
    expect(escapeText("**bold** _it_ `code` ||spoiler|| [x](http://e)")).toBe(
      "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[x\\](http://e)",
    );
    expect(escapeText("# heading\n> quote\n- item\n12. item")).toBe(
      "\\# heading\n\\> quote\n\\- item\n12\\. item",
    );
  });
  it("neutralises mentions", () => {
    const text = neutralizeMentions("hi @everyone and @here, <@123456789012345678> <@&123456789012345678>");
    expect(text).not.toMatch(/@everyone|@here|<@\d|<@&\d/);
    expect(escapeText("<@123456789012345678>")).not.toContain("<@123456789012345678>");
  });
});

describe("renderEmbeds", () => {
  it("renders the answer, the quote and its full citation", () => {
    const reply = makeReply({
      title: "When did Azerbaijan receive the JF-17?",
      body: "In late September 2024.",
      excerpts: [excerpt("In late September 2024, Azerbaijan received the JF-17.", citation, [undated])],
      footer: "Answers quote the archive only.",
    });
    const [embed] = renderEmbeds(reply);
    expect(embed?.title).toBe("When did Azerbaijan receive the JF-17?");
    expect(embed?.description).toBe("In late September 2024.");
    const value = embed?.fields?.[0]?.value ?? "";
    expect(value).toContain("> In late September 2024, Azerbaijan received the JF-17.");
    expect(value).toContain(
      'Azernews, "Azerbaijan-Pakistan relations in 2024", 2025-02-23 (004\\_2c982bdcbaac3a2e.txt)',
    );
    expect(value).toContain('Also in: Unknown publisher, "Undated piece", undated (002\\_x.txt)');
    expect(embed?.footer?.text).toBe("Answers quote the archive only.");
  });

  it("shortens huge excerpts, long titles and a long body but keeps each citation", () => {
    const long: Citation = { ...citation, title: words(400) };
    const reply = makeReply({
      title: words(200),
      body: words(2000),
      excerpts: [excerpt(words(3000), long), excerpt(words(3000)), excerpt(words(3000))],
      footer: words(1000),
    });
    const embeds = renderEmbeds(reply);
    assertWithinLimits(embeds);
    const fields = embeds.flatMap((e) => e.fields ?? []);
    expect(fields).toHaveLength(3);
    for (const field of fields) expect(field.value).toMatch(/… *\n— /);
    expect(fields[1]?.value).toContain("2025-02-23 (004\\_2c982bdcbaac3a2e.txt)");
    expect(embeds[0]?.title).toMatch(/word\d+…$/);
  });

  it("shows what fits of 30 excerpts and says how many were left out", () => {
    const reply = makeReply({
      title: "Many",
      excerpts: Array.from({ length: 30 }, (_, i) => excerpt(`${i} ${words(150)}`)),
    });
    const embeds = renderEmbeds(reply);
    assertWithinLimits(embeds);
    const fields = embeds.flatMap((e) => e.fields ?? []);
    const more = fields[fields.length - 1];
    expect(more?.name).toBe("More");
    expect(more?.value).toMatch(/^\d+ more excerpts not shown/);
    const shown = fields.length - 1;
    expect(more?.value.startsWith(`${30 - shown} more`)).toBe(true);
  });

  it("splits more than 25 short excerpts over several embeds", () => {
    const reply = makeReply({
      title: "Short",
      excerpts: Array.from({ length: 30 }, (_, i) => excerpt(`quote ${i}`)),
    });
    const embeds = renderEmbeds(reply);
    assertWithinLimits(embeds);
    expect(embeds.flatMap((e) => e.fields ?? [])).toHaveLength(30);
    expect(embeds).toHaveLength(2);
  });

  it("lists items and counts those that do not fit", () => {
    const items = Array.from({ length: 500 }, (_, i) => `Article ${i}: ${words(20)}`);
    const embeds = renderEmbeds(makeReply({ title: "Sources", body: "The archive:", items }));
    assertWithinLimits(embeds);
    expect(embeds[0]?.description).toMatch(/^The archive:\n\n• Article 0: /);
    expect(embeds[0]?.description).toMatch(/\n…and \d+ more$/);
  });

  it("stays within every limit for any reply", () => {
    const text = fc.string({ maxLength: 3000 });
    const cite = fc.record({
      source: fc.string({ maxLength: 300 }),
      title: fc.string({ maxLength: 600 }),
      publisher: fc.option(fc.string({ maxLength: 300 })),
      date: fc.option(fc.constant("2024-01-01")),
      url: fc.option(fc.webUrl()),
    });
    const arbExcerpt = fc.record({
      heading: fc.option(fc.string({ maxLength: 400 })),
      text,
      citation: fc.option(cite),
      alsoIn: fc.array(cite, { maxLength: 5 }),
    });
    const arbReply: fc.Arbitrary<Reply> = fc.record({
      title: fc.string({ maxLength: 400 }),
      body: fc.string({ maxLength: 6000 }),
      items: fc.array(fc.string({ maxLength: 500 }), { maxLength: 40 }),
      excerpts: fc.array(arbExcerpt, { maxLength: 30 }),
      footer: fc.option(fc.string({ maxLength: 3000 })),
      ephemeral: fc.boolean(),
    });
    fc.assert(
      fc.property(arbReply, (reply) => assertWithinLimits(renderEmbeds(reply))),
      { numRuns: 200 },
    );
  });
});

describe("renderText", () => {
  it("prints the quote with publisher, title, date or undated, and file", () => {
    const text = renderText(
      makeReply({ title: "Q", body: "A.", excerpts: [excerpt("Quoted text.", citation, [undated])] }),
    );
    expect(text).toBe(
      [
        "== Q ==",
        "",
        "A.",
        "",
        "[1]",
        '  "Quoted text."',
        '  -- Azernews, "Azerbaijan-Pakistan relations in 2024", 2025-02-23 (004_2c982bdcbaac3a2e.txt)',
        '  also in: Unknown publisher, "Undated piece", undated (002_x.txt)',
        "",
      ].join("\n"),
    );
  });
});
