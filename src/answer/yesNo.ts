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
 * Vague words a sentence naming everyone may leave out and still state the claim: one ("did Sharif
 * GO to Baku": "arrived in Baku"); more missing leave the claim unsaid.
 */
const MAX_VAGUE_MISSING = 1;

/**
 * Words that deny what the sentence reports; "ended WITHOUT AN agreement" and "FAILED TO reach" deny
 * it too ("without delay", with no article, does not).
 */
const NEGATION =
  /\b(?:not|never|no|neither|nor|denied|denies|deny|refused|refuses|rejected|rejects|declined|cancell?ed|postponed|without (?:a|an|any)|fail(?:ed|s)? to)\b|n't\b/giu;

/** The negating words that are no deed of their own: they turn what the sentence says, nothing more. */
const PARTICLE = /^(?:not|never|no|neither|nor|without (?:a|an|any)|n't)$/iu;

/** The deeds that deny, by dictionary form, as NEGATION finds them ("cancelled" -> cancel). */
const NEGATING_DEEDS: readonly string[] = [
  "deny",
  "refuse",
  "reject",
  "decline",
  "cancel",
  "postpone",
  "fail",
];

/** What a negating word of NEGATION denies with: "not" for a particle, else the deed's dictionary form. */
function negationCue(found: string): string {
  const word = found.toLowerCase();
  if (PARTICLE.test(word)) return "not";
  return NEGATING_DEEDS.find((deed) => word.startsWith(deed.slice(0, 3))) ?? "not";
}

/** The negating words of a sentence, as cues ("not", "postpone"), in order. */
function negationCues(sentence: string): string[] {
  return [...sentence.matchAll(NEGATION)].map((match) => negationCue(match[0]));
}

/**
 * A broader word keeping this much of a denying deed's meaning names the deed ("delay" for
 * "postpone", 0.90); lower takes "respond" for "refuse" (0.71) and "judge" for "reject".
 */
const MIN_DEED_MEANING_KEPT = 0.85;

/**
 * The denying deeds a question asks about ("was the forum POSTPONED", "DELAYED", "CALLED OFF"): its
 * ordinary words that are such a deed, a synonym of one, or a broader word keeping most of its
 * meaning; and "not" for each negation it asks about in its own words ("did the talks end WITHOUT
 * A deal", "was there NO agreement"), though not for the one that only turns the question ("DIDN'T
 * they sign", answered as "did they sign"). Read once per question; a sentence telling that deed
 * states it rather than denies it.
 * @param generalWords - the question's ordinary words
 * @param words - the dictionary
 * @param question - the question as typed
 */
export function negatingDeedsAsked(
  generalWords: readonly { readonly lemma: string }[],
  words: WordKnowledge,
  question = "",
): string[] {
  const asked = new Set(generalWords.map((word) => word.lemma));
  const deeds = NEGATING_DEEDS.filter(
    (deed) =>
      asked.has(deed) ||
      words
        .related(deed)
        .some(
          (relation) =>
            relation.pos === "verb" &&
            relation.distance <= 1 &&
            (relation.relation === "synonym" ||
              (relation.relation === "hypernym" && (relation.meaningKept ?? 1) >= MIN_DEED_MEANING_KEPT)) &&
            asked.has(relation.lemma),
        ),
  );
  const told = [...question.matchAll(NEGATION)]
    .map((match) => match[0])
    .filter((found) => PARTICLE.test(found) && !/^(?:not|n't)$/iu.test(found));
  return [...deeds, ...told.map(() => "not")];
}

/**
 * Whether a sentence answers a question No by its negating words. A question asking about a
 * denying deed ("was the meeting POSTPONED") is answered Yes by a sentence telling that deed
 * ("the meeting, postponed last year"), No by one denying it ("has NOT been cancelled" for "called
 * off"), Yes by a bare negation ("did the talks FAIL": "ended WITHOUT AN agreement"), and not at all
 * by another denying deed ("postponed" for "called off").
 * @returns "no", "yes", or "unknown"
 */
function polarityOf(sentence: string, deedsAsked: readonly string[]): YesNo {
  const cues = negationCues(sentence);
  if (deedsAsked.length === 0) return cues.length > 0 ? "no" : "yes";
  const unmatched = [...deedsAsked];
  const rest = cues.filter((cue) => {
    const at = unmatched.indexOf(cue);
    if (at < 0) return true;
    unmatched.splice(at, 1);
    return false;
  });
  // "Did the talks end WITHOUT A deal" is not answered by a sentence that negates nothing.
  if (rest.length === 0) return unmatched.includes("not") ? "unknown" : "yes";
  if (unmatched.length === 0 || unmatched.length < deedsAsked.length) return "no";
  return rest.every((cue) => cue === "not") ? "yes" : "unknown";
}

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
 * @param deedsAsked - the denying deeds the question asks about (`negatingDeedsAsked`)
 */
export function answerYesNo(
  best: Judgement,
  sentence: string,
  vague = false,
  question = "",
  contrary = false,
  deedsAsked: readonly string[] = [],
): YesNo {
  // "Did Aliyev REFUSE the invitation": "which the president graciously ACCEPTED" denies it.
  if (contrary && best.anchorsInSentence && best.timeStated) return "no";
  // "Did Sharif GO to Baku": when the verb says little, the sentence naming everyone states it.
  const stated = !best.hasTopic
    ? best.someAnchorInSentence
    : (best.topicMissing === 0 && best.topicInSentence >= MIN_TOPIC_STATED) ||
      (best.anchorsInSentence && best.topicShare <= LIGHT_TOPIC_SHARE) ||
      // (Vague, yet not most of it missing: "was the VALUE of the Ganja centre MADE PUBLIC" is
      // not stated by the sentence naming the centre.)
      (vague && best.anchorsInSentence && best.namesInSentence && best.topicMissing <= MAX_VAGUE_MISSING) ||
      // "Did Aliyev accept the invitation to COME to Pakistan": "accepted the invitation to visit
      // Pakistan" has every word of it but the vague one, which it says otherwise.
      (best.anchorsInSentence &&
        best.namesInSentence &&
        best.topicMissing === best.vagueTopicMissing &&
        best.topicMissing <= MAX_VAGUE_MISSING &&
        // ... though not "did the MEN's teams play" by the women's match: every thing named is there.
        best.nounsMissing === 0 &&
        best.topicInSentence >= MIN_TOPIC_STATED);
  // "Did Mammadov come in January 2024?" is not answered by a visit in January 2025, nor "did PIA
  // launch flights between ISLAMABAD and Baku" by a sentence about PIA's flights that names no city,
  // Islamabad only in another sentence of the report.
  if (!stated || !best.timeStated || !best.citiesInSentence) return "unknown";
  if (tellsFirstOccasion(question, sentence)) return "no";
  const polarity = polarityOf(sentence, deedsAsked);
  // "Websites had CLAIMED that Azerbaijan ordered 18 of the aircraft": a claim the report only
  // passes on states nothing; its denial, if the report gives one, answers.
  if (polarity === "yes" && ONLY_CLAIMED.test(sentence)) return "unknown";
  return polarity === "yes" && onlyPlannedForPast(question, sentence) ? "unknown" : polarity;
}

/** A question asked of what has happened: "DID the round take place", "WAS the forum held". */
const ASKED_OF_PAST = /^(?:did|was|were|has|have|had)\b/iu;

/**
 * Words that tell an event as yet to come: "AGREED TO HOLD", "IS TO BE HELD"; the word before
 * "to" is captured, since a question may ask that very deed ("did they AGREE to hold ...").
 */
const PLANNED =
  /\b(?:(agreed|decided|plans?|planned|intends?|intended|hopes?|hoped|aims?|aimed|promised|pledged) to (?:hold|host|organi[sz]e|convene|conduct|stage)|(?:is|are) (?:to|due to|scheduled to|expected to) be held)\b/iu;

/**
 * Whether a sentence tells a deed only as planned ("Both sides agreed to hold the seventh round in
 * Baku in 2026") while the question asks whether it happened ("did the seventh round take place
 * in Baku"): a plan states nothing of that.
 */
function onlyPlannedForPast(question: string, sentence: string): boolean {
  if (!ASKED_OF_PAST.test(question.trim())) return false;
  const plan = PLANNED.exec(sentence);
  if (plan === null) return false;
  const planWord = plan[1];
  return planWord === undefined || !analyzeText(question).includes(analyzeText(planWord)[0] ?? planWord);
}

/** Words that pass a claim on without standing by it: "had claimed", "alleged", "unconfirmed reports". */
const ONLY_CLAIMED =
  /\b(?:claim(?:ed|s)?|alleg(?:ed|es|edly)|rumou?r(?:s|ed)?|speculat(?:ed|ion|es)|unconfirmed|purported(?:ly)?)\b/iu;

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
