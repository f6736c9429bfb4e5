/**
 * Words the archive writes only as names: "Ganja" (a city), "Super Mushshak" (an aircraft),
 * capitalised wherever they stand inside a sentence, though a dictionary also knows them as
 * common words. A user types them in lower case ("super mushshak"), and they are then names, to be
 * found as typed, not ordinary words to paraphrase.
 */
import type { PassageStore } from "../search/passageStore.js";
import type { SentenceSearch } from "../search/sentenceIndex.js";
import { analyzeText } from "../text/terms.js";
import { ROLE_TERMS } from "./roles.js";
import { NO_WORD_KNOWLEDGE, type WordKnowledge } from "./wordKnowledge.js";
import { lemmaOf } from "../lexicon/lemma.js";

/** Sentences read per word: enough to see the word in lower case if the archive ever writes it so. */
const SAMPLED_SENTENCES = 12;
/** Mid-sentence capitalised uses needed: a word the archive uses once, as "in Ganja", is written as a name (two: sixth tune top-3 one lower). */
const MIN_CAPITALISED = 1;
/** A word in more than this share of articles is an ordinary word of the archive's subject, name or not. */
const MAX_ARTICLE_SHARE = 0.25;
/** Nor is a word in more articles than this: the archive's everyday word, and a longer walk of the index to tell. */
const MAX_ARTICLES = 1_000;
/** A sentence with this share of capitalised words is a headline in title case, which tells nothing. */
const TITLE_CASE_SHARE = 0.6;
/** Words remembered per index: a question has a few, and they recur. */
const MAX_REMEMBERED = 10_000;

/** A capitalised word and a joining word right before: "Minister of ", "Bank for ". */
const JOINED_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+(?:of|for)\s+(?:the\s+)?$/u;
/** A joining word and a capitalised word right after: " of Pakistan", " for Economic Cooperation". */
const JOINED_AFTER = /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

/** Readings per index, for the dictionary they were read with (it tells a given name from a kind). */
const remembered = new WeakMap<
  SentenceSearch,
  { readonly words: WordKnowledge; readonly readings: Map<string, boolean> }
>();

/**
 * Whether the archive writes a word only as a name: capitalised inside sentences (at least
 * once, in the sentences the index ranks first for it) and never in lower case there.
 * @param store - the archive's passages
 * @param index - its sentence search
 * @param folded - the word as typed, folded to lower-case ASCII
 * @param words - the dictionary, which tells a person's name after the word from an ordinary word
 */
export function writtenAsName(
  store: PassageStore,
  index: SentenceSearch,
  folded: string,
  words: WordKnowledge = NO_WORD_KNOWLEDGE,
): boolean {
  let memo = remembered.get(index);
  if (memo?.words !== words) {
    memo = { words, readings: new Map() };
    remembered.set(index, memo);
  }
  const known = memo.readings.get(folded);
  if (known !== undefined) return known;
  const value = readAsName(store, index, folded, words);
  if (memo.readings.size >= MAX_REMEMBERED) memo.readings.clear();
  memo.readings.set(folded, value);
  return value;
}

/** Lower-case readings per index, as {@link remembered} keeps words. */
const rememberedLowerCase = new WeakMap<SentenceSearch, Map<string, boolean>>();

/**
 * Whether the archive writes a word in lower case inside a sentence (in the sentences the index
 * ranks first for it): "trout" in "the trout are still alive" is an ordinary word, though the
 * dictionary rates it rare and a blog's masthead writes "Swat Trout Diaries".
 * @param store - the archive's passages
 * @param index - its sentence search
 * @param folded - the word, folded to lower-case ASCII
 */
export function writtenInLowerCase(store: PassageStore, index: SentenceSearch, folded: string): boolean {
  return rememberedIn(rememberedLowerCase, index, folded, () => {
    const term = analyzeText(folded)[0];
    if (term === undefined || !/^[a-z]{3,}$/u.test(folded)) return false;
    // No "g" flag: a global pattern's test() would carry its position from one sentence to the next.
    const form = new RegExp(`(?<=[\\s(“"‘'-])${folded}(?:s|es)?(?=[\\s,.;:!?)”"’'-]|$)`, "u");
    return index
      .search([term], SAMPLED_SENTENCES)
      .some((candidate) => form.test(store.passages[candidate.passageId]?.text ?? ""));
  });
}

/** A reading of an index remembered in `memos` under `key`, or computed and remembered (up to {@link MAX_REMEMBERED}). */
function rememberedIn(
  memos: WeakMap<SentenceSearch, Map<string, boolean>>,
  index: SentenceSearch,
  key: string,
  compute: () => boolean,
): boolean {
  let memo = memos.get(index);
  if (memo === undefined) {
    memo = new Map();
    memos.set(index, memo);
  }
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(key, value);
  return value;
}

/** Pairs read per index, as {@link remembered} keeps words. */
const rememberedPairs = new WeakMap<SentenceSearch, Map<string, boolean>>();

/**
 * Whether the archive writes a common word as part of the name beside it: "Jam Kamal Khan" (a
 * given name the dictionary knows as a preserve), capitalised together with the name word inside a
 * sentence, though the archive may write the word in lower case elsewhere ("tea with jam").
 * @param store - the archive's passages
 * @param index - its sentence search
 * @param folded - the common word as typed, folded to lower-case ASCII
 * @param name - the name word beside it, folded
 * @param wordFirst - whether the common word comes first ("jam kamal") or second
 */
export function writtenBesideName(
  store: PassageStore,
  index: SentenceSearch,
  folded: string,
  name: string,
  wordFirst: boolean,
): boolean {
  return rememberedIn(rememberedPairs, index, `${folded} ${name} ${String(wordFirst)}`, () =>
    readBesideName(store, index, folded, name, wordFirst),
  );
}

function readBesideName(
  store: PassageStore,
  index: SentenceSearch,
  folded: string,
  name: string,
  wordFirst: boolean,
): boolean {
  const term = analyzeText(folded)[0];
  const nameTerm = analyzeText(name)[0];
  if (term === undefined || nameTerm === undefined || ROLE_TERMS.has(term)) return false;
  if (!/^[a-z]{3,}$/u.test(folded) || !/^[a-z]{2,}$/u.test(name)) return false;
  // A word in many articles is an everyday word of the archive ("meet" beside "ilham"), and a
  // search by it walks a long posting list: the pair is looked for by its rarer word alone.
  const frequency = store.articleFrequency.get(term) ?? 0;
  const nameFrequency = store.articleFrequency.get(nameTerm) ?? 0;
  if (frequency === 0 || nameFrequency === 0 || frequency > everydayFrequency(store)) return false;
  const [first, second] = wordFirst ? [folded, name] : [name, folded];
  const pair = new RegExp(`(?<=[\\s(“"‘'-])${first}\\s+${second}(?=[\\s,.;:!?)”"’'-]|$)`, "giu");
  for (const candidate of index.search([frequency <= nameFrequency ? term : nameTerm], SAMPLED_SENTENCES)) {
    const text = store.passages[candidate.passageId]?.text ?? "";
    if (isTitleCase(text)) continue;
    for (const match of text.matchAll(pair)) {
      const words = match[0].split(/\s+/u);
      // Written as a person's name ("Jam Kamal"), not an acronym's ("SBP Deputy Governor").
      if (words.every((word) => /^\p{Lu}\p{Ll}/u.test(word))) return true;
    }
  }
  return false;
}

/** Articles past which a word is the archive's everyday word ({@link MAX_ARTICLE_SHARE}, {@link MAX_ARTICLES}). */
function everydayFrequency(store: PassageStore): number {
  return Math.min(MAX_ARTICLES, Math.max(1, MAX_ARTICLE_SHARE * store.articles.length));
}

function readAsName(
  store: PassageStore,
  index: SentenceSearch,
  folded: string,
  words: WordKnowledge,
): boolean {
  const term = analyzeText(folded)[0];
  if (term === undefined || ROLE_TERMS.has(term) || !/^[a-z]{3,}$/u.test(folded)) return false;
  const frequency = store.articleFrequency.get(term) ?? 0;
  if (frequency === 0 || frequency > everydayFrequency(store)) return false;
  const form = new RegExp(`(?<=[\\s(“"‘'-])${folded}(?:s|es)?(?=[\\s,.;:!?)”"’'-]|$)`, "giu");
  let capitalised = 0;
  for (const candidate of index.search([term], SAMPLED_SENTENCES)) {
    const text = store.passages[candidate.passageId]?.text ?? "";
    if (isTitleCase(text)) continue;
    for (const match of text.matchAll(form)) {
      // The first word of a sentence is capitalised whatever it is.
      if (/[.!?]\s*[“"‘']?$/u.test(text.slice(0, match.index))) continue;
      if (/^\p{Ll}/u.test(match[0])) return false;
      // "NED University", "Pakistan Air Force": a word inside a longer name is the kind it names.
      // (The sentence's capitalised first word, "The Super Mushshak", is not part of the name.)
      const before = text.slice(0, match.index);
      const previous = /(?:^|[.!?]\s+|(\s))[“"‘'(]?((?:\p{Lu}|\p{N})[\p{L}\p{N}'’.-]*)\s+$/u.exec(before);
      const after = text.slice((match.index ?? 0) + match[0].length);
      // ... unless a name the dictionary does not know follows: "Minister for Commerce JAM Kamal
      // Khan" is a given name between a title and a surname, not the kind a name ends in.
      if (previous?.[1] !== undefined && !beforeUnknownName(after, words)) return false;
      // "Minister OF Energy", "the Senate OF Pakistan": a word joined to a name by "of" is a title's or a body's.
      if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after)) return false;
      capitalised += 1;
    }
  }
  return capitalised >= MIN_CAPITALISED;
}

/** A capitalised word right after, which the dictionary does not know: a person's name ("Kamal"). */
function beforeUnknownName(after: string, words: WordKnowledge): boolean {
  const next = /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(after)?.[1];
  if (next === undefined) return false;
  const folded = next.toLowerCase();
  return !words.isCommonWord(folded) && !words.isCommonWord(lemmaOf(folded));
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /^\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised >= TITLE_CASE_SHARE * words.length;
}
