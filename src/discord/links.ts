/**
 * Links for Discord markdown: a source's page opened at the quoted passage with a text fragment
 * (`#:~:text=start,end`, which browsers scroll to and highlight), written so that nothing in the
 * address can end the markdown link early. Links inside embeds never unfurl into previews.
 */
import { escapeText } from "./text.js";

/** Quotes up to this many words are matched whole; longer ones by their first and last words. */
const MAX_WHOLE_FRAGMENT_WORDS = 10;
/** Words matched at each end of a longer quote: enough to be unique on a page, short in the URL. */
const FRAGMENT_EDGE_WORDS = 5;

/**
 * Percent-encodes text for a text fragment: `-`, `,` and `&` are fragment syntax, and brackets,
 * quotes and markdown characters would end or break a markdown link.
 */
function encodeFragmentText(text: string): string {
  // A lone surrogate cannot be percent-encoded; it could not match a page anyway.
  const wellFormed = text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu,
    "\uFFFD",
  );
  return encodeURIComponent(wellFormed).replace(
    /[-!'()*~_]/gu,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A web address that is safe inside a markdown link `[label](address)`: absolute http(s), with
 * no space, bracket or angle bracket left unencoded.
 * @param address - the address
 * @returns the address, or `null` when it is not an http(s) address
 */
export function markdownSafeUrl(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // `@` too: a mention-shaped "@everyone" may not show up even inside an address.
  const rest = `${url.pathname}${url.search}${url.hash}`.replace(
    /[()<>[\]\s@]/gu,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `${url.origin}${rest}`;
}

/**
 * The page's address opened at `quote`.
 * @param address - the page
 * @param quote - the passage quoted from it
 * @returns the address with a `#:~:text=` fragment, or `null` when it is not an http(s) address
 */
export function textFragmentUrl(address: string, quote: string): string | null {
  const base = markdownSafeUrl(address);
  if (base === null) return null;
  const words = quote
    .replace(/[\s\u00A0]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "");
  const withoutHash = base.replace(/#.*$/u, "");
  if (words.length === 0) return withoutHash;
  const directive =
    words.length <= MAX_WHOLE_FRAGMENT_WORDS
      ? encodeFragmentText(words.join(" "))
      : `${encodeFragmentText(words.slice(0, FRAGMENT_EDGE_WORDS).join(" "))},${encodeFragmentText(words.slice(-FRAGMENT_EDGE_WORDS).join(" "))}`;
  return `${withoutHash}#:~:text=${directive}`;
}

/**
 * A markdown link with an escaped label.
 * @param label - plain text shown
 * @param url - an address from {@link markdownSafeUrl} or {@link textFragmentUrl}
 */
export function markdownLink(label: string, url: string): string {
  return `[${escapeText(label)}](${url})`;
}
