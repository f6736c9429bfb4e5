/**
 * Whose office a title holder holds: "who is Pakistan's foreign minister" is not answered by
 * Azerbaijan's foreign minister, though a sentence calls him "Foreign Minister Jeyhun Bayramov"
 * beside the word "Pakistan". The archive says whose minister he is elsewhere ("Azerbaijani
 * Foreign Minister Jeyhun Bayramov"); this module reads it there.
 */
import { isCountryName } from "../meetings/gazetteer.js";
import type { PassageStore } from "../search/passageStore.js";
import type { SentenceSearch } from "../search/sentenceIndex.js";
import { analyzeText } from "../text/terms.js";
import { ROLE_TERMS } from "./roles.js";

/** Passages read for the countries beside a name: enough to see how the archive styles him. */
const PASSAGES_READ = 20;

/**
 * The country a question binds its office to, as an index term ("PAKISTAN's foreign minister",
 * "the PAKISTANI foreign minister"), or `null` when it names no country or several ("the
 * Azerbaijani deputy FM that came to Pakistan").
 * @param anchorTerms - the index terms of the question's names ("pakistani" is indexed "pakistan")
 */
export function countryAsked(anchorTerms: readonly string[]): string | null {
  const countries = new Set(anchorTerms.filter(isCountryName));
  return countries.size === 1 ? ([...countries][0] ?? null) : null;
}

/**
 * Whether the archive styles a person as another country's office holder and never as the asked
 * country's: of the passages naming him, some put only another country beside his name and none
 * only the asked one.
 * @param store - the passages
 * @param index - the sentence index, to find the passages naming him
 * @param name - the holder's name as the answer gives it ("Jeyhun Bayramov")
 * @param country - the asked country's index term
 */
export function servesAnotherCountry(
  store: PassageStore,
  index: SentenceSearch,
  name: string,
  country: string,
): boolean {
  const surname = analyzeText(name).at(-1);
  if (surname === undefined) return false;
  let other = 0;
  let asked = 0;
  for (const candidate of index.search([surname], PASSAGES_READ)) {
    const words = (store.passages[candidate.passageId]?.text ?? "").split(/\s+/u);
    const at = words.findIndex((word) => analyzeText(word).includes(surname));
    if (at < 0) continue;
    // Only the words that style him: the capitalised title run right before his name and the
    // country that opens it ("AZERBAIJANI Foreign Minister Jeyhun Bayramov"), or an apposition
    // after it ("Elnur Mammadov, AZERBAIJAN'S Deputy Foreign Minister") - not another person's
    // ("the Pakistani Foreign Secretary received Elnur Mammadov").
    let start = at;
    // (A comma ends the run: "During his stay in Pakistan, Foreign Minister ...".) An envoy's
    // posting joins it ("Azerbaijan's Ambassador TO PAKISTAN Khazar Farhadov") but is not whose
    // office it is.
    const capitalised = (word: string | undefined): boolean => /^\p{Lu}[^,;:]*$/u.test(word ?? "");
    const posting = new Set<number>();
    // "Azerbaijan's Minister of Defense Industry, Vugar Mustafayev": a title in apposition before
    // the name (no office between the comma and him), its words joined by "of" or "for", styles
    // him as well.
    const apposed = (from: number): boolean =>
      /^\p{Lu}[^,;:]*,$/u.test(words[from - 1] ?? "") &&
      !analyzeText(words.slice(from, at).join(" ")).some((term) => ROLE_TERMS.has(term));
    let comma = false;
    while (start > 0) {
      if (capitalised(words[start - 1])) start -= 1;
      else if (!comma && apposed(start)) {
        comma = true;
        start -= 1;
      } else if (
        /^(?:of|for|the)$/u.test(words[start - 1] ?? "") &&
        start > 1 &&
        capitalised(words[start - 2])
      )
        start -= 2;
      else if (/^(?:to|in)$/u.test(words[start - 1] ?? "") && start > 1 && capitalised(words[start - 2])) {
        posting.add(start);
        start -= 2;
      } else break;
    }
    const styling = words.slice(start, at).filter((_, offset) => !posting.has(start + offset));
    const apposition = /,$/u.test(words[at] ?? "") ? (words[at + 1] ?? "") : "";
    const around = analyzeText([...styling, apposition].join(" ")).filter(isCountryName);
    const hasAsked = around.includes(country);
    const hasOther = around.some((term) => term !== country);
    if (hasOther && !hasAsked) other += 1;
    if (hasAsked && !hasOther) asked += 1;
  }
  return other > 0 && asked === 0;
}
