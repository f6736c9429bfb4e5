/**
 * Reads what a news page says about itself: headline, publisher, publication date and canonical
 * address, from JSON-LD (schema.org `NewsArticle` and kin), Open Graph and `article:` meta tags,
 * the story's `<h1>`, `<time datetime>` and `<link rel="canonical">`. A date is taken only where the page states one;
 * none found means undated, never a guess.
 */
import { isIsoDate, isWebAddress } from "../archiveHeader.js";
import type { IsoDate } from "../../types.js";

/** The part of a DOM document this module reads (linkedom's and jsdom's documents both fit). */
export interface MetadataDocument {
  querySelectorAll(selectors: string): Iterable<MetadataElement>;
}

/** The part of a DOM element this module reads. */
export interface MetadataElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  closest(selectors: string): MetadataElement | null;
}

/** What the page says about itself; each `null` when it does not say. */
export interface PageMetadata {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly date: IsoDate | null;
  /** The canonical address, absolute; `null` when the page names none (or a non-web one). */
  readonly canonicalUrl: string | null;
}

/** schema.org types whose object describes the article itself. */
const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "ReportageNews",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "BlogPosting",
  "Report",
  "WebPage",
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object in a JSON-LD value, through arrays and `@graph`. */
function ldObjects(value: Json | undefined): { [key: string]: Json }[] {
  if (Array.isArray(value)) return value.flatMap(ldObjects);
  if (!isObject(value)) return [];
  return [value, ...ldObjects(value["@graph"])];
}

function typesOf(object: { [key: string]: Json }): string[] {
  const type = object["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function text(value: Json | undefined): string | null {
  if (typeof value === "string") return value.replace(/\s+/gu, " ").trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value["name"]);
  return null;
}

/** The JSON-LD object describing the article: a news type before a generic `WebPage`. */
function ldArticle(document: MetadataDocument): { [key: string]: Json } | null {
  const objects: { [key: string]: Json }[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      objects.push(...ldObjects(JSON.parse(script.textContent ?? "") as Json));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  const articles = objects.filter((object) => typesOf(object).some((type) => ARTICLE_TYPES.has(type)));
  return articles.find((object) => !typesOf(object).includes("WebPage")) ?? articles[0] ?? null;
}

function meta(document: MetadataDocument, key: string): string | null {
  for (const element of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
    const content = element.getAttribute("content")?.replace(/\s+/gu, " ").trim();
    if (content) return content;
  }
  return null;
}

/**
 * The calendar date a timestamp is written for: `2025-05-28T09:00:00+05:00` is 28 May where it
 * was published, whatever the time zone of the machine reading it.
 */
export function calendarDateOf(value: string | null): IsoDate | null {
  const day = value === null ? undefined : /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/u.exec(value)?.[1];
  return day !== undefined && isIsoDate(day) ? day : null;
}

/**
 * The page's own `<time datetime>`: one marked as the publication date, else the first inside the
 * article body. A time in a related-stories block or a comment belongs to another text.
 */
function timeElementDate(document: MetadataDocument): IsoDate | null {
  const marked = [...document.querySelectorAll('time[itemprop="datePublished"], time[pubdate]')];
  const inArticle = [...document.querySelectorAll("article time[datetime], main time[datetime]")].filter(
    (element) =>
      element.closest("aside, footer, nav, [class*=related], [id*=comment], [class*=comment]") === null,
  );
  for (const element of [...marked, ...inArticle]) {
    const date = calendarDateOf(element.getAttribute("datetime"));
    if (date !== null) return date;
  }
  return null;
}

/** The story's `<h1>`: the one in the article, else the page's only one (a page of several is a listing). */
function headingTitle(document: MetadataDocument): string | null {
  const inArticle = [...document.querySelectorAll("article h1, main h1")][0];
  const all = [...document.querySelectorAll("h1")];
  const heading = inArticle ?? (all.length === 1 ? all[0] : undefined);
  return heading === undefined ? null : text(heading.textContent);
}

function absoluteWebUrl(value: string | null, base: string): string | null {
  if (value === null || !URL.canParse(value, base)) return null;
  const url = new URL(value, base);
  url.hash = "";
  return isWebAddress(url.href) ? url.href : null;
}

/**
 * Reads a page's metadata. Call it before Readability, which changes the document.
 * @param document - the parsed page
 * @param pageUrl - the address it was served from, to make relative addresses absolute
 */
export function readPageMetadata(document: MetadataDocument, pageUrl: string): PageMetadata {
  const ld = ldArticle(document);
  const canonical = [...document.querySelectorAll('link[rel="canonical"]')][0]?.getAttribute("href") ?? null;
  return {
    title:
      text(ld?.["headline"]) ?? meta(document, "og:title") ?? text(ld?.["name"]) ?? headingTitle(document),
    publisher: meta(document, "og:site_name") ?? text(ld?.["publisher"]),
    date:
      calendarDateOf(text(ld?.["datePublished"])) ??
      calendarDateOf(meta(document, "article:published_time")) ??
      timeElementDate(document),
    canonicalUrl:
      absoluteWebUrl(canonical, pageUrl) ??
      absoluteWebUrl(meta(document, "og:url"), pageUrl) ??
      absoluteWebUrl(text(ld?.["url"]), pageUrl),
  };
}
