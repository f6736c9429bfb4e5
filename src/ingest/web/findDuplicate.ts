/**
 * Finds an article already in the archive that a new page repeats: the same address (ignoring
 * scheme, `www.`, trailing slash, fragment and tracking parameters) or mostly the same sentences
 * (a syndicated or re-published copy).
 */
import { foldText } from "../../text/fold.js";
import { splitSentences } from "../../text/sentences.js";
import type { Article } from "../../types.js";

/** Query parameters that only say where a click came from, never which page it is. */
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/iu;
/**
 * A copy shares most sentences with its original even when an editor rewrote the lead or cut the
 * tail; two different reports on one event share a quoted sentence or two. Past this share of the
 * new page's sentences found in one article, the page is that article again.
 */
const DUPLICATE_SENTENCE_SHARE = 0.6;
/** Sentences shorter than this many words ("Read more.", "He said.") say nothing about identity. */
const MIN_SENTENCE_WORDS = 5;

/**
 * A key under which two addresses of the same page are equal.
 * @param address - an absolute web address
 * @returns the key, or `null` for text that is not an address
 */
export function addressKey(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  const host = url.hostname.replace(/^www\./u, "");
  const port = url.port === "" ? "" : `:${url.port}`;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/u, "") : url.pathname;
  const query = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join("&");
  return `${host}${port}${path}${query === "" ? "" : `?${query}`}`;
}

function sentenceKeys(paragraphs: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const words = foldText(sentence).match(/[a-z0-9]+/gu) ?? [];
      if (words.length >= MIN_SENTENCE_WORDS) keys.add(words.join(" "));
    }
  }
  return keys;
}

/** Which article a page repeats, and how. */
export interface Duplicate {
  readonly file: string;
  readonly by: "address" | "text";
}

/**
 * The archive article a new page repeats, or `null`.
 * @param archive - the articles already in the archive
 * @param addresses - every address of the new page (asked for, served from, canonical)
 * @param paragraphs - the new page's article paragraphs
 */
export function findDuplicate(
  archive: readonly Article[],
  addresses: readonly string[],
  paragraphs: readonly string[],
): Duplicate | null {
  const keys = new Set(addresses.map(addressKey).filter((key): key is string => key !== null));
  for (const article of archive) {
    const key = article.url === null ? null : addressKey(article.url);
    if (key !== null && keys.has(key)) return { file: article.id, by: "address" };
  }
  const fresh = sentenceKeys(paragraphs);
  if (fresh.size === 0) return null;
  for (const article of archive) {
    const known = sentenceKeys(article.paragraphs);
    let shared = 0;
    for (const sentence of fresh) if (known.has(sentence)) shared++;
    if (shared / fresh.size >= DUPLICATE_SENTENCE_SHARE) return { file: article.id, by: "text" };
  }
  return null;
}
