/**
 * Folding of case, diacritics and typography so that "Türkiye" matches "Turkiye" and "Bakı" matches
 * "Baku". `any-ascii` is used because Unicode decomposition alone leaves letters such as the
 * Azerbaijani ə and ı, and the Turkish ş and ğ in some encodings, untouched.
 */
import anyAscii from "any-ascii";

/**
 * Folds text to lower-case ASCII, keeping word boundaries.
 * @param text - any user or article text
 */
export function foldText(text: string): string {
  // Most news text is ASCII but for its quotes and dashes: those are mapped directly, and only text
  // with other letters pays for transliteration (it dominated indexing time).
  const typographic = text.replace(TYPOGRAPHIC, (char) => TYPOGRAPHIC_ASCII[char] ?? char);
  if (!NON_ASCII.test(typographic)) return typographic.toLowerCase();
  return anyAscii(typographic.normalize("NFKC")).toLowerCase();
}

const TYPOGRAPHIC = /[‘’‚‛“”„‟–—…\u00A0]/gu;
const TYPOGRAPHIC_ASCII: Readonly<Record<string, string>> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "–": "-",
  "—": "-",
  "…": "...",
  "\u00A0": " ",
};
const NON_ASCII = /[^\u0000-\u007F]/u;
