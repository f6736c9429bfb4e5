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
  return anyAscii(text.normalize("NFKC")).toLowerCase();
}
