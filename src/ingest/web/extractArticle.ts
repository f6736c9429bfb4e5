/**
 * Extracts the article from a page's HTML with Mozilla's Readability (the reader view of Firefox)
 * over linkedom's DOM, plus the page's metadata. Readability scores the page's blocks and keeps
 * the story, dropping navigation, related-story blocks, comments and most banners; the paragraph
 * structure of its output is kept, so the archive's own debris filter sees one paragraph a line.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { IsoDate } from "../../types.js";
import { readPageMetadata, type MetadataDocument } from "./pageMetadata.js";

/** An article as read from a page. */
export interface ExtractedArticle {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly date: IsoDate | null;
  /** The page's canonical address, else the address it was served from. */
  readonly url: string;
  readonly paragraphs: readonly string[];
}

/** Consent and cookie banners: not the story, and on short pages Readability may keep them. */
const CONSENT_SELECTOR = [
  "[id*=cookie i]",
  "[class*=cookie i]",
  "[id*=consent i]",
  "[class*=consent i]",
  "[id*=gdpr i]",
  "[class*=gdpr i]",
  '[aria-modal="true"]',
].join(", ");
/** Blocks of running text in Readability's output. Headings are left out: they are not prose. */
const TEXT_BLOCKS = "p, li, blockquote, pre, td, dd";

function flat(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/gu, " ").trim();
}

/** The text blocks of Readability's HTML output, outermost only, in order. */
function paragraphsOf(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(TEXT_BLOCKS)].filter(
    (element) => element.parentElement?.closest(TEXT_BLOCKS) == null,
  );
  const paragraphs = blocks.map((element) => flat(element.textContent)).filter((text) => text !== "");
  if (paragraphs.length > 0) return paragraphs;
  // Text straight in <div>s separated by <br>: split on the line breaks instead.
  return (document.body.innerText ?? document.body.textContent ?? "")
    .split(/\n+/u)
    .map((line: string) => flat(line))
    .filter((line: string) => line !== "");
}

/**
 * Reads the article of an HTML page.
 * @param html - the page
 * @param pageUrl - the address it was served from
 * @returns the article, or `null` when Readability finds no article on the page
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as MetadataDocument, pageUrl);
  for (const element of [...document.querySelectorAll(CONSENT_SELECTOR)]) {
    if (element.tagName !== "BODY" && element.tagName !== "HTML") element.remove();
  }
  let parsed: ReturnType<Readability["parse"]>;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    // A page so malformed that Readability fails on it holds no article it could find.
    return null;
  }
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  if (paragraphs.length === 0) return null;
  return {
    title: metadata.title ?? (flat(parsed?.title) || null),
    publisher: metadata.publisher ?? (flat(parsed?.siteName) || null),
    date: metadata.date,
    url: metadata.canonicalUrl ?? pageUrl,
    paragraphs,
  };
}
