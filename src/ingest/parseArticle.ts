/**
 * Turns the text of one saved page into an Article: date, headline, publisher, dateline place and
 * clean body paragraphs, with page debris removed by structure and signals.
 */
import type { Article } from "../types.js";
import { splitSentences } from "../text/sentences.js";
import { readArchiveHeader } from "./archiveHeader.js";
import { datelineOf, findPublisher, standaloneDatelineOf } from "./attribution.js";
import {
  isBareName,
  isBlockMarker,
  isHeadlineLike,
  isProse,
  isShortParagraph,
  isStandaloneDebris,
  countWords,
} from "./lineSignals.js";

/** The longest title kept before cutting on a word boundary (Discord embed titles allow 256). */
const MAX_TITLE_LENGTH = 120;
/** Fewer words than this is a label or a name, not a headline. */
const MIN_TITLE_WORDS = 4;
/** Header lines are looked for among this many first lines: headlines sit at the top of a page. */
const HEADER_SCAN_LINES = 15;

/** Normalises whitespace and invisible characters without touching the words. */
function cleanLine(line: string): string {
  return line
    .normalize("NFC")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, "")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, " ")
    .replace(/[\s\u00A0\u202F]+/gu, " ")
    .trim();
}

/** The body lines of a page: prose kept, debris and link blocks dropped. */
function selectBodyLines(lines: readonly string[]): string[] {
  const body: string[] = [];
  let inLinkBlock = false;
  let previousInBlockWasHeadline = false;
  for (const [at, line] of lines.entries()) {
    if (isBlockMarker(line)) {
      inLinkBlock = true;
      previousInBlockWasHeadline = false;
      continue;
    }
    if (isStandaloneDebris(line)) continue;
    const prose = isProse(line);
    if (inLinkBlock) {
      // A link block ends at running text, unless that text is a teaser under a linked headline.
      if (!prose || previousInBlockWasHeadline) {
        // Only a linked headline makes the prose under it a teaser; "WhatsApp" in a share bar does not.
        previousInBlockWasHeadline = !prose && isHeadlineLike(line) && countWords(line) >= MIN_TITLE_WORDS;
        continue;
      }
      inLinkBlock = false;
    }
    // A short paragraph counts when the story runs on both sides of it: the line above was kept.
    const above = body.at(-1) === lines[at - 1] ? lines[at - 1] : undefined;
    if (prose || isShortParagraph(line, above, lines[at + 1])) body.push(line);
  }
  return body;
}

/** Whether a line could be the page's headline. */
function isTitleCandidate(line: string): boolean {
  return (
    !isStandaloneDebris(line) &&
    !isBlockMarker(line) &&
    !isBareName(line) &&
    isHeadlineLike(line) &&
    countWords(line) >= MIN_TITLE_WORDS
  );
}

/**
 * The headline standing above the story: the headline-shaped line nearest before it, or the first
 * of a run of them (a headline and its standfirst), so a masthead or a strip of headlines at the
 * top of the page is passed over.
 */
function headlineAboveStory(lines: readonly string[], storyStart: number): string | undefined {
  let at = lines.slice(0, storyStart).findLastIndex(isTitleCandidate);
  if (at === -1) return undefined;
  // A standfirst has no bars in it: "Pakistan Observer | Opinion" above a headline is the masthead.
  while (at > 0 && isTitleCandidate(lines[at - 1] ?? "") && !/\s[|•]\s/u.test(lines[at - 1] ?? "")) at -= 1;
  return lines[at];
}

/**
 * Picks the headline: a headline-shaped line the page repeats near its top (pages print it in the
 * header and above the story), else the one standing right above the story, else the first.
 */
function chooseTitle(lines: readonly string[], paragraphs: readonly string[]): string {
  const top = lines.slice(0, HEADER_SCAN_LINES).filter(isTitleCandidate);
  const repeated = top.find((line, index) => top.indexOf(line) !== index);
  const storyStart = lines.findIndex((line) => isProse(line) && !isStandaloneDebris(line));
  const beforeStory =
    storyStart === -1 ? lines.find(isTitleCandidate) : headlineAboveStory(lines, storyStart);
  const chosen = repeated ?? beforeStory;
  if (chosen) return truncateOnWord(chosen, MAX_TITLE_LENGTH);
  const firstSentence = paragraphs[0] === undefined ? "" : (splitSentences(paragraphs[0])[0] ?? "");
  return truncateOnWord(firstSentence.replace(/[.!?]+$/u, ""), MAX_TITLE_LENGTH) || "Untitled article";
}

/**
 * Cuts text to at most `max` characters on a word boundary, adding an ellipsis when cut.
 * @param text - the text to cut
 * @param max - the maximum length, ellipsis included
 */
export function truncateOnWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/u, "")}…`;
}

/** A header value cleaned like page text; `null` when absent or blank. */
function headerText(value: string | null): string | null {
  const clean = value === null ? "" : cleanLine(value);
  return clean === "" ? null : clean;
}

/** A ` title` header line, cut to a headline's length like any title. */
function headerTitle(value: string | null): string | null {
  const clean = headerText(value);
  return clean === null ? null : truncateOnWord(clean, MAX_TITLE_LENGTH);
}

/** What parsing found, with the reason when the page held no article. */
export interface ParsedPage {
  readonly article: Article | null;
  /** Why no article was produced, or a note about a field that could not be read. */
  readonly problems: readonly string[];
}

/**
 * Parses the text of one archive file. Header lines (` date`, ` url`, ` title`, ` publisher`) at
 * its top give the date, address, headline and publisher; without them these are read from the page.
 * @param id - the file name, used as the article id
 * @param text - the decoded file content
 */
export function parseArticle(id: string, text: string): ParsedPage {
  const read = readArchiveHeader(text.replace(/\r\n?/gu, "\n").split("\n"));
  const { header } = read;
  const problems: string[] = [...read.problems];
  const lines = read.lines.map(cleanLine).filter((line) => line !== "");

  let place: string | null = null;
  let datelineDate: string | undefined;
  const paragraphs: string[] = [];
  for (const [index, line] of selectBodyLines(lines).entries()) {
    let paragraph = line;
    const dateline = index === 0 ? datelineOf(line) : null;
    if (dateline) {
      place = dateline.place;
      datelineDate = dateline.date;
      paragraph = dateline.rest;
    }
    if (!paragraphs.includes(paragraph)) paragraphs.push(paragraph);
  }
  // "Baku, June 18, AZERTAC" on a line of its own, above the body: the dateline all the same.
  if (place === null) {
    const standalone = lines.map(standaloneDatelineOf).find((found) => found !== null);
    if (standalone) {
      place = standalone.place;
      datelineDate ??= standalone.date;
    }
  }
  if (paragraphs.length === 0) {
    problems.push("no article text found (only page furniture or headlines)");
    return { article: null, problems };
  }
  const article: Article = {
    id,
    date: header.date,
    title: headerTitle(header.title) ?? chooseTitle(lines, paragraphs),
    publisher: headerText(header.publisher) ?? findPublisher(lines, paragraphs),
    place,
    url: header.url,
    paragraphs,
    ...(datelineDate === undefined ? {} : { datelineDate }),
  };
  return { article, problems };
}
