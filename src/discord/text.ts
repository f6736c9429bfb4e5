/** Text helpers for Discord: truncation within limits, markdown escaping, mention neutralising. */

const ELLIPSIS = "…";
// Cutting back to a space is only worth it when the space is not too far back; otherwise one
// very long token (a URL) would leave almost nothing.
const MIN_WORD_CUT_RATIO = 0.6;

/**
 * Shortens `text` to at most `max` UTF-16 units (Discord counts at least as generously), cutting
 * on a word boundary and ending with an ellipsis. Never leaves a dangling escape backslash or half
 * a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - ELLIPSIS.length);
  const space = cut.search(/\s\S*$/);
  if (space >= cut.length * MIN_WORD_CUT_RATIO) cut = cut.slice(0, space);
  cut = cut.replace(/[\uD800-\uDBFF]$/, "").trimEnd();
  // An odd run of trailing backslashes would escape the ellipsis or swallow a character.
  cut = cut.replace(/(?<!\\)(\\\\)*\\$/, "$1");
  return `${cut}${ELLIPSIS}`;
}

const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Makes mentions inert: `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>` get a zero-width
 * space after their `@`/`#`, so they show as text and can never ping (allowed_mentions is still set
 * on every message; this is the second lock).
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#])([!&]?\d)/g, `<$1${ZERO_WIDTH_SPACE}$2`);
}

/**
 * Escapes Discord markdown so quoted text shows literally: emphasis, code, spoilers, strike,
 * masked links, and line-start headings, quotes and list markers. Then neutralises mentions.
 */
export function escapeText(text: string): string {
  const inline = text.replace(/[\\*_~`|[\]<>]/g, "\\$&");
  const lineStarts = inline.replace(/^(\s*)([#-])/gm, "$1\\$2").replace(/^(\s*\d+)\./gm, "$1\\.");
  return neutralizeMentions(lineStarts);
}
