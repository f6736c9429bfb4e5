/** Checks that a rendered reply is safe to send: no pings, user text escaped, terminal-safe text. */
import type { APIEmbed } from "discord.js";

/** Text that would ping or link someone if Discord parsed it as a mention. */
const MENTION = /@(everyone|here)|<@[!&]?\d|<#\d/i;
/** Characters that start Discord markdown anywhere in a line. */
const INLINE_MARKDOWN = /[*_~`|[\]<>]/;
/** Markdown that only counts at the start of a line: headings, subtext, lists. */
const LINE_START_MARKDOWN = /^\s*(#|-|\d+\.)/m;

/** Every string of the embeds that Discord shows. */
export function embedTexts(embeds: readonly APIEmbed[]): string[] {
  return embeds.flatMap((embed) => [
    embed.title ?? "",
    embed.description ?? "",
    embed.footer?.text ?? "",
    embed.author?.name ?? "",
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ]);
}

/** The first mention-like substring of any text, or `null`. */
export function findPing(texts: readonly string[]): string | null {
  for (const text of texts) {
    const match = MENTION.exec(text);
    if (match !== null) return match[0];
  }
  return null;
}

/**
 * Whether `rendered` shows literally: every markdown character is backslash-escaped and no line
 * starts with unescaped heading or list markup.
 */
export function isFullyEscaped(rendered: string): boolean {
  // An escaped pair shows as its second character: replace it by an inert letter.
  const unescaped = rendered.replace(/\\[\s\S]/g, "x");
  return !INLINE_MARKDOWN.test(unescaped) && !LINE_START_MARKDOWN.test(unescaped);
}

/** Undoes markdown escaping and mention neutralising, to compare with what the user typed. */
export function unescapeRendered(rendered: string): string {
  return rendered.replace(/\\([\s\S])/g, "$1").replace(/([@#])\u200b/g, "$1");
}

/** Control characters a terminal may act on (escape sequences, bell, backspace); newline and tab excepted. */
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
