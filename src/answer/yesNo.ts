/**
 * Yes/no questions: "Yes" only with a sentence that states what was asked, "No" only with one that
 * denies it; otherwise the question is not answered.
 */
import { analyzeText } from "../text/terms.js";
import { LIGHT_TOPIC_SHARE } from "./answerability.js";
import type { Judgement } from "./evidenceScoring.js";
import type { WordKnowledge } from "./wordKnowledge.js";
import { conversesOf } from "./queryExpansion.js";

/** The sentence must have every topic word in some form, and this share of their weight, to state (or deny) it... */
const MIN_TOPIC_STATED = 0.4;

/**
 * Words that deny what the sentence reports; "ended WITHOUT AN agreement" and "FAILED TO reach" deny
 * it too ("without delay", with no article, does not).
 */
const NEGATION =
  /\b(?:not|never|no|neither|nor|denied|denies|deny|refused|refuses|rejected|rejects|declined|cancell?ed|postponed|without (?:a|an|any)|fail(?:ed|s)? to)\b|n't\b/iu;

/** "Have they performed there BEFORE", "did they EVER meet": the question asks about an earlier occasion. */
const ASKS_EARLIER = /\b(?:ever|previously|already)\b|\bbefore\s*[?.!]*$/iu;
/** "It is the FIRST TIME that the team performs in Azerbaijan": there was no earlier occasion. */
const FIRST_OCCASION = /\b(?:first[- ]ever|first time|maiden)\b/iu;

/**
 * Whether a sentence answers a question about an earlier occasion with "No": it tells the first.
 * @param question - the question as typed
 * @param sentence - the sentence
 */
export function tellsFirstOccasion(question: string, sentence: string): boolean {
  return ASKS_EARLIER.test(question) && FIRST_OCCASION.test(sentence);
}

/** The verdict on a yes/no question. */
export type YesNo = "yes" | "no" | "unknown";

/**
 * Reads the answer to a yes/no question off its best evidence.
 * @param best - the best judgement (already found answerable)
 * @param sentence - its text
 * @param vague - whether the question's ordinary words say little of what happened ("go", "get")
 * @param question - the question as typed: "did they meet BEFORE" is answered "No" by a first meeting
 * @param contrary - whether the sentence tells the opposite of the question's deed ("accepted" for "refuse")
 */
export function answerYesNo(
  best: Judgement,
  sentence: string,
  vague = false,
  question = "",
  contrary = false,
): YesNo {
  // "Did Aliyev REFUSE the invitation": "which the president graciously ACCEPTED" denies it.
  if (contrary && best.anchorsInSentence && best.timeStated) return "no";
  // "Did Sharif GO to Baku": when the verb says little, the sentence naming everyone states it.
  const stated = !best.hasTopic
    ? best.someAnchorInSentence
    : (best.topicMissing === 0 && best.topicInSentence >= MIN_TOPIC_STATED) ||
      (best.anchorsInSentence && best.topicShare <= LIGHT_TOPIC_SHARE) ||
      (vague && best.anchorsInSentence && best.namesInSentence);
  // "Did Mammadov come in January 2024?" is not answered by a visit in January 2025, nor "did PIA
  // launch flights between ISLAMABAD and Baku" by a sentence about PIA's flights that names no city,
  // Islamabad only in another sentence of the report.
  if (!stated || !best.timeStated || !best.citiesInSentence) return "unknown";
  return NEGATION.test(sentence) || tellsFirstOccasion(question, sentence) ? "no" : "yes";
}

/**
 * Whether a sentence tells the opposite of a deed or quality the question asks about, and not the
 * thing itself: "which the president graciously ACCEPTED" for "did Aliyev REFUSE the invitation".
 * @param generalWords - the question's ordinary words
 * @param sentence - the sentence
 * @param words - the dictionary, which knows the opposites
 */
export function tellsContrary(
  generalWords: readonly { readonly lemma: string; readonly term: string; readonly pos?: string }[],
  sentence: string,
  words: WordKnowledge,
): boolean {
  // The question's opposites first: most questions have none, and then the sentence is not read.
  const opposed = generalWords.flatMap((word) =>
    word.pos === "verb" || word.pos === "adj"
      ? (words.antonyms?.(word.lemma) ?? [])
          // "Sold" and "bought" tell one sale from its two sides.
          .filter((opposite) => !conversesOf(word.lemma).includes(opposite))
          .map((opposite) => ({ word, oppositeTerms: analyzeText(opposite.replace(/_/gu, " ")) }))
      : [],
  );
  if (opposed.length === 0) return false;
  const terms = new Set(analyzeText(sentence));
  return opposed.some(
    ({ word, oppositeTerms }) =>
      !terms.has(word.term) && oppositeTerms.length > 0 && oppositeTerms.every((term) => terms.has(term)),
  );
}
