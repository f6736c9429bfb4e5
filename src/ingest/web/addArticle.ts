/**
 * Adds an article to the archive from its web address (or from a saved copy of the page): fetch,
 * extract, check it is a new article with real text, then write one new file with header lines.
 * Used by `npm run add` and by `/archive add`; a running bot picks the file up through its watcher.
 */
import { formatArchiveHeader, isWebAddress } from "../archiveHeader.js";
import { parseArticle } from "../parseArticle.js";
import { readArchive } from "../readArchive.js";
import type { IsoDate } from "../../types.js";
import { countWords } from "../lineSignals.js";
import { extractArticle } from "./extractArticle.js";
import { fetchPage, type FetchOptions } from "./fetchPage.js";
import { findDuplicate } from "./findDuplicate.js";
import { archiveFileName, writeNewArchiveFile } from "./writeArchiveFile.js";

/**
 * Fewer words than this is a teaser, a caption or a paywall stub, not an article worth quoting;
 * the shortest wire briefs run to about a hundred.
 */
const MIN_ARTICLE_WORDS = 40;

/** Where to add and how to fetch. */
export interface AddOptions extends FetchOptions {
  /** The archive folder. */
  readonly dir: string;
}

/** An article written to the archive. */
export interface AddedArticle {
  readonly ok: true;
  /** The new file's name inside the archive. */
  readonly file: string;
  readonly path: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly date: IsoDate | null;
  readonly url: string;
  readonly words: number;
}

/** A page that was not added, with the reason in words for the person who asked. */
export interface RefusedArticle {
  readonly ok: false;
  /** The address asked for. */
  readonly url: string;
  readonly reason: string;
}

/** What adding a page did. */
export type AddOutcome = AddedArticle | RefusedArticle;

/** A function that adds a page by address: what `/archive add` is given. */
export type ArticleAdder = (address: string) => Promise<AddOutcome>;

function refuse(url: string, reason: string): RefusedArticle {
  return { ok: false, url, reason };
}

function describeDuplicate(file: string, by: "address" | "text"): string {
  return by === "address"
    ? `this address is already in the archive as ${file}`
    : `the same text is already in the archive as ${file}`;
}

/**
 * Adds an article from the HTML of its page.
 * @param html - the page
 * @param requested - the address asked for
 * @param servedFrom - the address the page came from after redirects (the requested one for a saved page)
 * @param dir - the archive folder
 */
async function addFromPage(
  html: string,
  requested: string,
  servedFrom: string,
  dir: string,
): Promise<AddOutcome> {
  const extracted = extractArticle(html, servedFrom);
  if (extracted === null) return refuse(requested, "no article text found on the page");
  const provisional = {
    date: extracted.date,
    url: extracted.url,
    title: extracted.title,
    publisher: extracted.publisher,
  };
  const text = `${formatArchiveHeader(provisional)}\n${extracted.paragraphs.join("\n\n")}\n`;
  const name = archiveFileName(
    extracted.date,
    extracted.url,
    extracted.title ?? extracted.paragraphs[0] ?? "",
  );
  const { article } = parseArticle(name, text);
  const words = article === null ? 0 : article.paragraphs.reduce((sum, p) => sum + countWords(p), 0);
  if (article === null || words < MIN_ARTICLE_WORDS)
    return refuse(requested, `no article text found on the page (${words} words of running text)`);
  const archive = await readArchive(dir);
  const duplicate = findDuplicate(
    archive.articles,
    [requested, servedFrom, extracted.url],
    article.paragraphs,
  );
  if (duplicate !== null) return refuse(requested, describeDuplicate(duplicate.file, duplicate.by));
  const written = await writeNewArchiveFile(dir, name, text);
  if (!written.ok) return refuse(requested, written.reason);
  return {
    ok: true,
    file: name,
    path: written.path,
    title: article.title,
    publisher: article.publisher,
    date: article.date,
    url: extracted.url,
    words,
  };
}

/** The archive's article already at this address, checked before anything is fetched. */
async function knownAddress(address: string, dir: string): Promise<string | null> {
  const archive = await readArchive(dir);
  return findDuplicate(archive.articles, [address], [])?.file ?? null;
}

/**
 * Fetches a page and adds its article to the archive. Never throws for anything about the page;
 * an unreadable archive folder is thrown (`ArchiveError`), as it is the operator's to fix.
 *
 * @param address - the page's address
 * @param options - the archive folder, the address guard (for Discord) and fetch limits
 */
export async function addArticleFromUrl(address: string, options: AddOptions): Promise<AddOutcome> {
  const requested = address.trim();
  if (!isWebAddress(requested)) return refuse(requested, "not an http or https address");
  const known = await knownAddress(requested, options.dir);
  if (known !== null) return refuse(requested, describeDuplicate(known, "address"));
  const page = await fetchPage(requested, options);
  if (!page.ok) return refuse(requested, page.reason);
  return addFromPage(page.html, requested, page.url, options.dir);
}

/**
 * Adds the article of a page saved to disk, as if fetched from `address`.
 * @param html - the saved page
 * @param address - where the page lives on the web
 * @param dir - the archive folder
 */
export async function addArticleFromHtml(html: string, address: string, dir: string): Promise<AddOutcome> {
  const requested = address.trim();
  if (!isWebAddress(requested)) return refuse(requested, "not an http or https address");
  const known = await knownAddress(requested, dir);
  if (known !== null) return refuse(requested, describeDuplicate(known, "address"));
  return addFromPage(html, requested, requested, dir);
}
