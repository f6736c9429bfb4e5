/**
 * The reply model: what a command answers, as plain data. Renderers turn it into Discord embeds
 * or console text; nothing here knows about Discord or escapes markdown.
 */
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
 * How a citation reads everywhere: publisher, title, date or "undated", source file.
 *
 * @example formatCitation(c) // "Azernews, \"Year in review\", 2025-02-23 (004_2c98.txt)"
 */
export function formatCitation(citation: Citation): string {
  const publisher = citation.publisher ?? "Unknown publisher";
  return `${publisher}, "${citation.title}", ${citation.date ?? "undated"} (${citation.source})`;
}
