/**
 * Who published an article and where it was filed, read from the signals pages carry:
 * credit lines ("SOURCE:AA"), bylines ("By Azernews", "NNI Published ..."), datelines
 * ("LACHIN:", "Islamabad, May 28 (APP):") and attributions ("according to ... (ISPR)").
 */
import { splitSentences } from "../text/sentences.js";
import { captionCredit, sourceCredit, countWords } from "./lineSignals.js";

/** Words that mark an organisation rather than a person in a "By ..." line. */
const ORGANISATION_WORDS =
  /(?:news|times|post|press|agency|tribune|daily|herald|gazette|journal|media|tv|radio|report|world|today|wire|online|network|service|bureau)\b/iu;

/** A dateline at the start of a paragraph: "LACHIN:", "BAKU, June 14 (Reuters) - ", "Islamabad, May 28 (APP):". */
const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?=,[^:]{1,40}\(\p{Lu}{2,8}\)))(?:,([^:()]{1,40}))?(?:\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\))?(?:\s*[:—–]|\s+-)\s+(?=\S)/u;

/** An agency dateline ending in a full stop: "BAKU, Azerbaijan, March 2. ..." (Trend, APA, Report style). */
const AGENCY_DATELINE =
  /^(\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?),\s+\p{Lu}[\p{L} ]{2,30},\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)\.\s+(?=\p{Lu})/u;

/** A dateline printed as a line of its own: "Baku, June 18, AZERTAC" (AzerTAc style). */
const STANDALONE_DATELINE =
  /^(\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30})?),\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})(?:,\s+\d{4})?,\s+\p{Lu}[\p{L}]{1,12}$/u;

/**
 * Reads a dateline printed as a line of its own ("Baku, June 18, AZERTAC"): the place and date.
 * @param line - one line of the page
 * @returns the place and date as printed, or `null`
 */
export function standaloneDatelineOf(line: string): { readonly place: string; readonly date: string } | null {
  const match = STANDALONE_DATELINE.exec(line.trim());
  return match?.[1] !== undefined && match[2] !== undefined ? { place: match[1], date: match[2] } : null;
}

/** "..., Trend reports." / "..., Report informs." at the end of a lead paragraph -> the agency. */
function agencyReportingLead(paragraph: string): string | null {
  return (
    /,\s+(\p{Lu}[\p{L}.-]{1,20}(?: \p{Lu}[\p{L}.-]{1,20})?) (?:reports|informs|writes)\.?["”]?$/u.exec(
      paragraph,
    )?.[1] ?? null
  );
}

/** Whether a "By X" byline names an organisation we can call the publisher. */
function organisationFromByline(line: string): string | null {
  const match = /^by\s+(.+)$/iu.exec(line.trim());
  const name = match?.[1]?.trim().replace(/[,|].*$/u, "");
  if (!name || countWords(name) > 5) return null;
  if (countWords(name) === 1 || ORGANISATION_WORDS.test(name) || /^\p{Lu}{2,8}$/u.test(name)) return name;
  return null;
}

/** "NNI Published 28 May, 2025 06:02am" -> "NNI". */
function agencyBeforeTimestamp(line: string): string | null {
  const match =
    /^(\p{Lu}[\p{L}.&-]{1,20}(?: \p{Lu}[\p{L}.&-]{1,20}){0,2})\s+(?:[Pp]ublished|[Uu]pdated|[Pp]osted)\b/u.exec(
      line.trim(),
    );
  return match?.[1] ?? null;
}

/** "according to Inter-Services Public Relations (ISPR)" -> "ISPR". */
function attributedPressOffice(text: string): string | null {
  const match =
    /[Aa]ccording to (?:the |a )?(?:statement (?:by|from) (?:the )?)?[\p{Lu}][\p{L}'’ -]{2,60}?\s\((\p{Lu}{2,8})\)/u.exec(
      text,
    );
  return match?.[1] ?? null;
}

/**
 * Finds the publisher or agency an article names, in order of how explicit the signal is.
 * @param lines - every non-blank line of the page, debris included (credits live in debris)
 * @param paragraphs - the clean body, for in-text attribution
 */
export function findPublisher(lines: readonly string[], paragraphs: readonly string[]): string | null {
  const finders: ((line: string) => string | null)[] = [
    sourceCredit,
    agencyBeforeTimestamp,
    organisationFromByline,
    (line) => datelineOf(line)?.agency ?? null,
  ];
  for (const find of finders) {
    for (const line of lines) {
      const found = find(line);
      if (found) return found;
    }
  }
  const lead = paragraphs[0] ?? "";
  const reporting = agencyReportingLead(splitSentences(lead)[0] ?? lead);
  if (reporting) return reporting;
  for (const paragraph of paragraphs) {
    const office = attributedPressOffice(paragraph);
    if (office) return office;
  }
  for (const line of lines.slice(0, 12)) {
    const credit = captionCredit(line);
    if (credit) return credit;
  }
  return null;
}

/** A dateline read off the start of a paragraph. */
export interface Dateline {
  readonly place: string;
  readonly agency: string | null;
  /** The dateline's date as printed ("May 31", "February 24"), if it has one. */
  readonly date?: string;
  /** The paragraph with the dateline removed. */
  readonly rest: string;
}

/**
 * Reads a dateline ("RAWALPINDI: Field Marshal ...") off the start of a paragraph.
 * @param paragraph - a body paragraph
 * @returns the place, the agency if named, and the remaining text; `null` when there is none
 */
export function datelineOf(paragraph: string): Dateline | null {
  const agency = AGENCY_DATELINE.exec(paragraph);
  if (agency?.[1]) {
    const rest = paragraph.slice(agency[0].length);
    return agency[2] === undefined
      ? { place: agency[1], agency: null, rest }
      : { place: agency[1], agency: null, date: agency[2], rest };
  }
  const match = DATELINE.exec(paragraph);
  if (!match?.[1]) return null;
  const place = match[1].trim();
  // Guard against sentence openers like "Moreover:" that are not places.
  if (place.length < 3 || countWords(place) > 4) return null;
  const rest = paragraph.slice(match[0].length);
  const date = match[2]?.trim();
  // Only a part with a day number is a date ("BAKU, Azerbaijan:" has none).
  return date !== undefined && /\d/u.test(date)
    ? { place, agency: match[3] ?? null, date, rest }
    : { place, agency: match[3] ?? null, rest };
}
