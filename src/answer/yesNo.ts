/**
 * Yes/no questions: "Yes" only with a sentence that states what was asked, "No" only with one that
 * denies it; otherwise the question is not answered.
 */
import { LIGHT_TOPIC_SHARE } from "./answerability.js";
import type { Judgement } from "./evidenceScoring.js";

/** The sentence must have every topic word in some form, and this share of their weight, to state (or deny) it... */
const MIN_TOPIC_STATED = 0.4;

/**
 * Words that deny what the sentence reports; "ended WITHOUT AN agreement" and "FAILED TO reach" deny
 * it too ("without delay", with no article, does not).
 */
const NEGATION =
  /\b(?:not|never|no|neither|nor|denied|denies|deny|refused|refuses|rejected|rejects|declined|cancell?ed|postponed|without (?:a|an|any)|fail(?:ed|s)? to)\b|n't\b/iu;

/** The verdict on a yes/no question. */
export type YesNo = "yes" | "no" | "unknown";

/**
 * Reads the answer to a yes/no question off its best evidence.
 * @param best - the best judgement (already found answerable)
 * @param sentence - its text
 * @param vague - whether the question's ordinary words say little of what happened ("go", "get")
 */
export function answerYesNo(best: Judgement, sentence: string, vague = false): YesNo {
  // "Did Sharif GO to Baku": when the verb says little, the sentence naming everyone states it.
  const stated = !best.hasTopic
    ? best.someAnchorInSentence
    : (best.topicMissing === 0 && best.topicInSentence >= MIN_TOPIC_STATED) ||
      (best.anchorsInSentence && best.topicShare <= LIGHT_TOPIC_SHARE) ||
      (vague && best.anchorsInSentence && best.namesInSentence);
  // "Did Mammadov come in January 2024?" is not answered by a visit in January 2025.
  if (!stated || !best.timeStated) return "unknown";
  return NEGATION.test(sentence) ? "no" : "yes";
}
