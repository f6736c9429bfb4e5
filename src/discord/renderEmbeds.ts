/** Renders a {@link Reply} as Discord embeds that Discord will always accept. */
import type { APIEmbed, APIEmbedField } from "discord.js";
import { citationAgeDays, formatCitation, type Reply, type ReplyExcerpt, type ReplyLink } from "../reply.js";
import { formatAge } from "../time/age.js";
import {
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER,
  MAX_EMBED_TITLE,
  MAX_EMBEDS,
  MAX_EMBEDS_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
} from "./limits.js";
import type { Citation } from "../types.js";
import { markdownLink, markdownSafeUrl, textFragmentUrl } from "./links.js";
import { escapeText, neutralizeMentions, truncate } from "./text.js";

// Discord's "blurple": recognisable as the bot's own message.
const EMBED_COLOR = 0x5865f2;
// A footer is a note; it may not eat more than this share of the 6000-character budget.
const MAX_FOOTER_SHARE = 0.1;
// Room kept for excerpts when the body is long: an answer without its quoted evidence is useless.
const EXCERPT_RESERVE = 3000;
// Citation lines of one excerpt (title, publisher, date, file, "also in") may take this much of the
// field value; the quote gets the rest, so a huge title cannot push the quote out.
const MAX_CITATION_CHARS = 500;
// An excerpt shortened below this many characters says nothing; it is dropped and counted instead.
const MIN_QUOTE_CHARS = 80;
// One list entry (an article's title and citation) longer than this is shortened.
const MAX_ITEM_CHARS = 400;
// Room kept for the "N more excerpts not shown" note.
const OMISSION_RESERVE = 120;

/** Number of characters Discord counts towards the 6000 total for one embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** How a source is linked: to its page at the quoted passage, to its page, or not at all. */
type LinkStyle = "fragment" | "page" | "none";

/** A citation with its title linked (when the article has an address), escaped for markdown. */
function citationMarkdown(
  citation: Citation,
  quoted: string,
  style: LinkStyle,
  ageDays?: number | null,
): string {
  const url =
    citation.url === null || style === "none"
      ? null
      : style === "fragment"
        ? textFragmentUrl(citation.url, quoted)
        : markdownSafeUrl(citation.url);
  if (url === null) return escapeText(formatCitation(citation, ageDays));
  const publisher = escapeText(citation.publisher ?? "Unknown publisher");
  const age = citation.date !== null && typeof ageDays === "number" ? `, ${formatAge(ageDays)}` : "";
  const rest = escapeText(`${citation.date ?? "undated"}${age} (${citation.source})`);
  return `${publisher}, ${markdownLink(citation.title, url)}, ${rest}`;
}

function citationLinesIn(excerpt: ReplyExcerpt, style: LinkStyle): string {
  const lines: string[] = [];
  if (excerpt.citation !== null)
    lines.push(`— ${citationMarkdown(excerpt.citation, excerpt.text, style, excerpt.ageDays)}`);
  if (excerpt.alsoIn.length > 0) {
    const cite = (c: Citation): string =>
      citationMarkdown(c, excerpt.text, style, citationAgeDays(excerpt, c));
    lines.push(`Also in: ${excerpt.alsoIn.map(cite).join("; ")}`);
  }
  return lines.join("\n");
}

/**
 * The citation lines of an excerpt within MAX_CITATION_CHARS. Links go first when room is short
 * (fragments, then whole links), because a link cut in half would show its markdown.
 */
function citationLines(excerpt: ReplyExcerpt): string {
  for (const style of ["fragment", "page"] as const) {
    const lines = citationLinesIn(excerpt, style);
    if (lines.length <= MAX_CITATION_CHARS) return lines;
  }
  return truncate(citationLinesIn(excerpt, "none"), MAX_CITATION_CHARS);
}

function quote(text: string, max: number): string {
  const flat = escapeText(text.replace(/\s+/g, " ").trim()) || "(empty)";
  return `> ${truncate(flat, max - 2)}`;
}

function excerptField(excerpt: ReplyExcerpt, index: number, maxLength: number): APIEmbedField | null {
  const fallback = `${index + 1}. ${excerpt.citation?.publisher?.trim() || "Excerpt"}`;
  const label = excerpt.heading?.replace(/\s+/g, " ").trim() || fallback;
  const name = truncate(escapeText(label), MAX_FIELD_NAME);
  const cite = citationLines(excerpt);
  const separator = cite === "" ? "" : "\n";
  const quoteMax = Math.min(MAX_FIELD_VALUE, maxLength - name.length) - cite.length - separator.length;
  if (quoteMax < MIN_QUOTE_CHARS) return null;
  return { name, value: `${quote(excerpt.text, quoteMax)}${separator}${cite}` };
}

/** A list entry, its leading words linked when the reply gives a link and there is room for it. */
function itemMarkdown(item: string, link: ReplyLink | null): string {
  const url = link === null ? null : markdownSafeUrl(link.url);
  if (url !== null && link !== null && link.text !== "" && item.startsWith(link.text)) {
    const linked = `${markdownLink(link.text, url)}${escapeText(item.slice(link.text.length))}`;
    if (linked.length <= MAX_ITEM_CHARS) return linked;
  }
  return truncate(escapeText(item), MAX_ITEM_CHARS);
}

function description(reply: Reply, max: number): string {
  const body = escapeText(reply.body.trim());
  if (reply.items.length === 0) return truncate(body, max);
  // With a list to show, the body (an intro line) may take at most half the room.
  let text = body === "" ? "" : `${truncate(body, Math.floor(max / 2))}\n\n`;
  for (const [i, item] of reply.items.entries()) {
    const line = `${i > 0 ? "\n" : ""}• ${itemMarkdown(item, reply.itemLinks?.[i] ?? null)}`;
    const rest = reply.items.length - i - 1;
    const moreNote = rest > 0 ? `\n…and ${rest} more` : "";
    if (text.length + line.length + moreNote.length > max) {
      return `${text}${i > 0 ? "\n" : ""}…and ${rest + 1} more`;
    }
    text += line;
  }
  return text;
}

/**
 * Renders a reply as embeds within every Discord limit: title 256, description 4096, 25 fields
 * of 256/1024, footer 2048, 10 embeds, 6000 characters in all. Text is shortened on a word boundary
 * with an ellipsis; excerpts that do not fit are counted in a closing note. All text is
 * markdown-escaped and its mentions neutralised.
 */
export function renderEmbeds(reply: Reply): APIEmbed[] {
  let budget = MAX_EMBEDS_TOTAL;
  const title = truncate(escapeText(reply.title.trim() || "Dostluq"), MAX_EMBED_TITLE);
  budget -= title.length;
  const footer =
    reply.footer === null || reply.footer.trim() === ""
      ? null
      : truncate(
          neutralizeMentions(reply.footer.trim()),
          Math.min(MAX_EMBED_FOOTER, MAX_EMBEDS_TOTAL * MAX_FOOTER_SHARE),
        );
  budget -= footer?.length ?? 0;

  const reserve = reply.excerpts.length > 0 ? EXCERPT_RESERVE : 0;
  const desc = description(reply, Math.min(MAX_EMBED_DESCRIPTION, budget - reserve));
  budget -= desc.length;

  const maxFields = MAX_EMBEDS * MAX_EMBED_FIELDS - 1;
  const fields: APIEmbedField[] = [];
  let omitted = 0;
  for (const [i, excerpt] of reply.excerpts.entries()) {
    const isLast = i === reply.excerpts.length - 1;
    const room = budget - (isLast ? 0 : OMISSION_RESERVE);
    const field = fields.length < maxFields ? excerptField(excerpt, i, room) : null;
    if (field === null) {
      omitted = reply.excerpts.length - i;
      break;
    }
    fields.push(field);
    budget -= field.name.length + field.value.length;
  }
  if (omitted > 0) {
    const note = {
      name: "More",
      value: `${omitted} more excerpt${omitted === 1 ? "" : "s"} not shown (Discord message size limit).`,
    };
    if (note.name.length + note.value.length <= budget) fields.push(note);
  }

  const embeds: APIEmbed[] = [];
  for (let start = 0; start === 0 || start < fields.length; start += MAX_EMBED_FIELDS) {
    const chunk = fields.slice(start, start + MAX_EMBED_FIELDS);
    const embed: APIEmbed = { color: EMBED_COLOR };
    if (start === 0) {
      embed.title = title;
      if (desc !== "") embed.description = desc;
    }
    if (chunk.length > 0) embed.fields = chunk;
    embeds.push(embed);
  }
  const last = embeds[embeds.length - 1];
  if (footer !== null && last !== undefined) last.footer = { text: footer };
  return embeds;
}
