/**
 * Where a meeting took place: "in Baku", "in Lachin, Azerbaijan", "in the Azerbaijani city of
 * Shusha", "visited Azerbaijan", "met here" (the dateline's place). A city outranks a country, and
 * what follows a comma stays only when the gazetteer knows it for a country or province, so
 * "in Astana, News.Az reports" is Astana.
 */
import { foldText } from "../text/fold.js";
import { lookUpPlace } from "./gazetteer.js";

const PLACE_WORD = "[A-Z][\\p{L}'’]+";
const PLACE = new RegExp(
  `\\b(?:(?:in|visited|arrived in|visit to|trip to)\\s+(?:the (?:[A-Z][\\p{L}]+ )?(?:city|town|capital|village|district|region|province) of\\s+)?(${PLACE_WORD}(?: ${PLACE_WORD}){0,2})(?:, (${PLACE_WORD}(?: ${PLACE_WORD})?))?(?![\\p{L}'’-]|\\.\\p{L})|(here)\\b)`,
  "gu",
);
/** Capitalised words after "in" that are not places. */
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|His|Her|Their|Its|Islamic|Indian|Illegally|Prime|President|Foreign|Federal|Minister)\b/u;

/** A dateline place ("ISLAMABAD") as a place name ("Islamabad"). */
export function titleCasePlace(place: string): string {
  return place.replace(/\p{L}+/gu, (word) =>
    word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word,
  );
}

function isCountry(place: string): boolean {
  return lookUpPlace(place)?.isCountry === true;
}

/**
 * The place a sentence gives for an event, or `null`.
 * @param sentence - one sentence of an article
 * @param dateline - the article's dateline place, which "here" means
 */
export function findPlace(sentence: string, dateline: string | null = null): string | null {
  let country: string | null = null;
  for (const match of sentence.matchAll(PLACE)) {
    if (match[3] !== undefined) {
      if (dateline !== null) return titleCasePlace(dateline);
      continue;
    }
    const place = match[1] ?? "";
    // "in Pakistan's energy sector": a possessive describes, it does not place.
    if (NOT_PLACE.test(place) || /['’]s$/u.test(place)) continue;
    const region = match[2];
    const full = region !== undefined && lookUpPlace(region) !== null ? `${place}, ${region}` : place;
    if (!isCountry(place)) return full;
    country ??= full;
  }
  if (country !== null && dateline !== null) {
    const filed = lookUpPlace(dateline);
    // "visited Azerbaijan" filed from Baku: the city says more.
    if (filed !== null && !filed.isCountry && filed.country === lookUpPlace(country)?.country)
      return titleCasePlace(dateline);
  }
  return country;
}

/**
 * The country a place is in, from the gazetteer; `null` when unknown.
 * @param place - a place as printed ("Lachin, Azerbaijan", "RAWALPINDI")
 */
export function countryOfPlace(place: string): string | null {
  const parts = place.split(",").map((part) => part.trim());
  for (const part of parts.reverse()) {
    const known = lookUpPlace(part);
    if (known !== null) return known.country;
  }
  return null;
}

/**
 * The key places are compared by: the folded first part ("Lachin, Azerbaijan" → "lachin").
 * @param place - a place as printed
 */
export function placeKey(place: string): string {
  return foldText(place.split(",")[0] ?? place)
    .trim()
    .toLowerCase();
}
