/**
 * Where a meeting took place, from the sentence telling it: "in Baku", "in Lachin, Azerbaijan",
 * "visited Azerbaijan".
 */
import { foldText } from "../text/fold.js";

const PLACE_WORD = "[A-Z][\\p{L}'’]+";
const PLACE = new RegExp(
  `\\b(?:in|visited|arrived in|visit to|trip to)\\s+(${PLACE_WORD}(?: ${PLACE_WORD}){0,2})(?:, (${PLACE_WORD}))?(?![\\p{L}-])`,
  "gu",
);
/** Capitalised words after "in" that are not places. */
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Islamic|Indian|Illegally)\b/u;

/**
 * The first place a sentence gives for an event, or `null`.
 * @param sentence - one sentence of an article
 */
export function findPlace(sentence: string): string | null {
  for (const match of sentence.matchAll(PLACE)) {
    const place = match[1] ?? "";
    if (NOT_PLACE.test(place)) continue;
    return match[2] === undefined ? place : `${place}, ${match[2]}`;
  }
  return null;
}

/**
 * The key places are compared by: the folded first part ("Lachin, Azerbaijan" → "lachin").
 * @param place - a place as printed
 */
export function placeKey(place: string): string {
  return foldText(place.split(",")[0] ?? place).trim();
}
