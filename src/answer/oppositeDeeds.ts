/**
 * The deeds opposite to a question's: "concluded" is the other end of what "when did it BEGIN"
 * asks about. WordNet names a verb's opposite ("begin": "end"); the opposite's synonyms and its
 * kinds one step narrower ("conclude", "finish", "terminate") tell it too.
 */
import { analyzeText } from "../text/terms.js";
import { conversesOf } from "./queryExpansion.js";
import type { GeneralWord } from "./questionAnalysis.js";
import type { WordKnowledge } from "./wordKnowledge.js";

/** What of a question's ordinary word the opposite needs. */
type DeedWord = Pick<GeneralWord, "lemma" | "term" | "pos">;

/** Opposite terms per verb lemma, per dictionary: a question has few verbs, the dictionary one reading. */
const OPPOSITES = new WeakMap<WordKnowledge, Map<string, ReadonlySet<string>>>();
/** Bounds that memo: questions' verbs are a few thousand lemmas at most. */
const MAX_REMEMBERED = 5_000;

/**
 * The index terms of the deeds opposite to a verb: its antonyms (not a sale's other side: "sell"
 * for "buy" tells the same sale), their synonyms, and their verbs one step narrower; single words only.
 * @param lemma - the verb's dictionary form
 * @param words - the dictionary
 */
export function oppositeDeedTerms(lemma: string, words: WordKnowledge): ReadonlySet<string> {
  let memo = OPPOSITES.get(words);
  if (memo === undefined) {
    memo = new Map();
    OPPOSITES.set(words, memo);
  }
  const known = memo.get(lemma);
  if (known !== undefined) return known;
  const terms = new Set<string>();
  const addTerm = (opposite: string): void => {
    if (opposite.includes(" ")) return;
    const [term, ...more] = analyzeText(opposite);
    if (term !== undefined && more.length === 0) terms.add(term);
  };
  const converses = conversesOf(lemma);
  for (const opposite of words.antonyms?.(lemma) ?? []) {
    if (converses.includes(opposite)) continue;
    addTerm(opposite);
    for (const relation of words.related(opposite)) {
      if (relation.distance !== 1 || relation.pos !== "verb") continue;
      if (relation.relation === "synonym" || relation.relation === "hyponym") addTerm(relation.lemma);
    }
  }
  // A verb is never its own opposite, though some narrower sense of its opposite is spelt like it.
  terms.delete(analyzeText(lemma)[0] ?? lemma);
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(lemma, terms);
  return terms;
}

/**
 * Whether a sentence tells the opposite of a verb the question asks ("the exercise CONCLUDED" for
 * "when did it BEGIN"), and not the verb itself: its date, place or people are the other end's.
 * @param generalWords - the question's ordinary words
 * @param sentenceTerms - the sentence's index terms
 * @param words - the dictionary
 */
export function tellsOppositeDeed(
  generalWords: readonly DeedWord[],
  sentenceTerms: readonly string[],
  words: WordKnowledge,
): boolean {
  return generalWords.some((word) => {
    if (word.pos !== "verb" || sentenceTerms.includes(word.term)) return false;
    const opposites = oppositeDeedTerms(word.lemma, words);
    return opposites.size > 0 && sentenceTerms.some((term) => opposites.has(term));
  });
}
