/**
 * Which one of a series a text speaks of: "the SECOND batch", "the SIXTH round of consultations".
 * A question asking of one is not answered by a report of another ("an initial batch of 12",
 * "the fifth round"): the ordinal is as specific as a year.
 */
import type { PassageStore } from "../search/passageStore.js";
import { memoPerStore } from "../search/storeMemo.js";
import { analyzeText } from "../text/terms.js";

/** Ordinal words and the place they give ("initial" is the first). */
const ORDINAL_VALUES: Readonly<Record<string, number>> = {
  first: 1,
  initial: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** An ordinal and the word after it: "fifth round", "7th meeting", "first batch". */
const ORDINAL_BEFORE_WORD = new RegExp(
  `\\b(${Object.keys(ORDINAL_VALUES).join("|")}|\\d{1,2}(?:st|nd|rd|th))\\s+([\\p{L}][\\p{L}-]*)`,
  "giu",
);

/** The ordinals a text gives, by the index term of the word each stands before ("round" -> 5). */
export type Ordinals = ReadonlyMap<string, ReadonlySet<number>>;

const NONE: Ordinals = new Map();

/**
 * The ordinals of a text, by the term of the word each stands before.
 * @param text - a question or a sentence
 */
export function ordinalsOf(text: string): Ordinals {
  const found = new Map<string, Set<number>>();
  for (const match of text.matchAll(ORDINAL_BEFORE_WORD)) {
    const word = (match[1] ?? "").toLowerCase();
    const value = ORDINAL_VALUES[word] ?? Number.parseInt(word, 10);
    const term = analyzeText(match[2] ?? "")[0];
    if (term === undefined || !Number.isFinite(value)) continue;
    const values = found.get(term) ?? new Set<number>();
    values.add(value);
    found.set(term, values);
  }
  return found.size === 0 ? NONE : found;
}

/** Articles whose ordinals are kept per store. */
const MAX_CACHED_ARTICLES = 2_000;

/** The ordinals of an article's sentences, per store. */
const articleOrdinals: (store: PassageStore, articleIndex: number) => Ordinals = memoPerStore(
  MAX_CACHED_ARTICLES,
  (store, articleIndex) => {
    const merged = new Map<string, Set<number>>();
    for (const passageId of store.articlePassages[articleIndex] ?? []) {
      for (const [term, values] of ordinalsOf(store.passages[passageId]?.text ?? "")) {
        const into = merged.get(term) ?? new Set<number>();
        for (const value of values) into.add(value);
        merged.set(term, into);
      }
    }
    return merged.size === 0 ? NONE : merged;
  },
);

/**
 * Whether a sentence speaks of another one of a series than the question asks: it gives the
 * asked word another ordinal ("the fifth round" for "the sixth round"), or, giving it none, its
 * article does and never the one asked ("the first batch" only, for "the second batch").
 * @param store - the passages
 * @param asked - the question's ordinals
 * @param passageId - the sentence
 * @param text - its text
 */
export function tellsAnotherOrdinal(
  store: PassageStore,
  asked: Ordinals,
  passageId: number,
  text: string,
): boolean {
  if (asked.size === 0) return false;
  const own = ordinalsOf(text);
  const article = store.passages[passageId]?.articleIndexes[0];
  const around = article === undefined ? NONE : articleOrdinals(store, article);
  return [...asked].some(([term, values]) => {
    const given = own.get(term) ?? around.get(term);
    return given !== undefined && ![...values].some((value) => given.has(value));
  });
}
