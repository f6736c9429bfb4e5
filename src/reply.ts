/**
 * The reply model: what a command answers, as plain data. Renderers turn it into Discord embeds
 * or console text; nothing here knows about Discord or escapes markdown.
 */
import { daysBetween } from "./meetings/calendar.js";
import { formatAge } from "./time/age.js";
import type { Citation } from "./types.js";

/** A quoted passage with where it comes from. */
export interface ReplyExcerpt {
  /** A short label shown above the passage ("2025-02-23 · Baku"), or `null` for a plain quote. */
  readonly heading: string | null;
  /** The passage, verbatim (renderers escape and truncate it). */
  readonly text: string;
  /** The article quoted; `null` when the passage is not from the archive. */
  readonly citation: Citation | null;
  /** Every other article carrying the same passage. */
  readonly alsoIn: readonly Citation[];
  /** Age in days of the quoted article (`citation`), shown next to its date; absent or `null` if unknown. */
  readonly ageDays?: number | null;
}

/** A link on the leading words of a list entry (an article's title, linked to its page). */
export interface ReplyLink {
  /** The start of the entry that is linked. */
  readonly text: string;
  /** An absolute http(s) address. */
  readonly url: string;
}

/** What an /ask reply leaves for the conversation around it (buttons, votes, the gaps report). */
export interface AnswerMeta {
  /** The question the archive was asked (a follow-up with its context filled in). */
  readonly asked: string;
  readonly answered: boolean;
}

/** What a command hands back. All text is plain (user text included); renderers escape it. */
export interface Reply {
  readonly title: string;
  /** Paragraphs separated by blank lines. */
  readonly body: string;
  /** Plain list entries shown after the body (e.g. the archive's articles). */
  readonly items: readonly string[];
  /** Per entry of `items`, by position, the link on its leading words, or `null`; absent for none. */
  readonly itemLinks?: readonly (ReplyLink | null)[];
  readonly excerpts: readonly ReplyExcerpt[];
  /** A closing note, or `null`. */
  readonly footer: string | null;
  /** Only the asking user sees the reply (errors, help, cooldowns). */
  readonly ephemeral: boolean;
  /** Set on /ask answers only. */
  readonly answer?: AnswerMeta;
}

/**
 * Builds a reply, filling unspecified parts with empty values.
 *
 * @param parts - at least the title.
 */
export function makeReply(parts: Partial<Reply> & Pick<Reply, "title">): Reply {
  return { body: "", items: [], excerpts: [], footer: null, ephemeral: false, ...parts };
}

/** A short, private reply telling the user what went wrong. */
export function errorReply(title: string, body: string): Reply {
  return makeReply({ title, body, ephemeral: true });
}

/**
 * How a citation reads everywhere: publisher, title, date or "undated" (with its age when known),
 * source file.
 *
 * @param citation - the article cited
 * @param ageDays - the article's age in days, or `null`/absent to show the date alone
 * @example formatCitation(c, 273) // "Azernews, \"Year in review\", 2025-02-23, 9 months ago (004_2c98.txt)"
 */
export function formatCitation(citation: Citation, ageDays?: number | null): string {
  const publisher = citation.publisher ?? "Unknown publisher";
  const age = citation.date !== null && typeof ageDays === "number" ? `, ${formatAge(ageDays)}` : "";
  return `${publisher}, "${citation.title}", ${citation.date ?? "undated"}${age} (${citation.source})`;
}

/**
 * The age of any article an excerpt cites, from the quoted article's age and the two dates, so a
 * renderer needs no clock.
 * @param excerpt - the excerpt, with the quoted article's age
 * @param citation - the quoted article or one of `alsoIn`
 */
export function citationAgeDays(excerpt: ReplyExcerpt, citation: Citation): number | null {
  const quoted = excerpt.citation?.date ?? null;
  if (typeof excerpt.ageDays !== "number" || quoted === null || citation.date === null) return null;
  return Math.max(0, excerpt.ageDays + daysBetween(citation.date, quoted));
}
