/**
 * The two sides of the relationship and how a text points at them: country names, demonyms and
 * possessives. Anything else that reads as a nationality is a third side.
 */

/** Which country an official or a cue belongs to; `other` is a third country. */
export type Side = "pakistan" | "azerbaijan" | "other";

const PAKISTAN = /^pakistan(?:i|is|['’]s)?$/iu;
const AZERBAIJAN = /^azerbaijan(?:i|is|['’]s)?$/iu;
/** Demonym endings ("Turkish", "Iranian", "Chinese", "Saudi"): a third country's official. */
const OTHER_DEMONYM = /^[A-Z][a-z]+(?:ish|ian|ese|ean|i)$/u;

/**
 * The side a nationality word names, or `null` when the word names none.
 * @param word - "Pakistani", "Azerbaijan's", "Turkish", ...
 */
export function sideOfWord(word: string): Side | null {
  if (PAKISTAN.test(word)) return "pakistan";
  if (AZERBAIJAN.test(word)) return "azerbaijan";
  return OTHER_DEMONYM.test(word) ? "other" : null;
}

/**
 * The two countries a text mentions by name or demonym ("Pakistan-Azerbaijani" counts for both).
 * @param text - any text
 */
export function countryCues(text: string): Set<Side> {
  const sides = new Set<Side>();
  if (/\bPakistan/u.test(text)) sides.add("pakistan");
  if (/\bAzerbaijan/u.test(text)) sides.add("azerbaijan");
  return sides;
}
