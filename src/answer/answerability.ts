/**
 * Stage 5, answerability: whether the best evidence answers the question, or the bot must say
 * the archive does not hold the answer. Specific terms (names, numbers, years, designations,
 * titles) must be found; general words may be paraphrased, and the sentence itself must carry
 * enough of them to be about the question rather than next to it.
 */
import type { Judgement } from "./evidenceScoring.js";
import type { ExpandedQuery } from "./queryExpansion.js";
import type { AnalysedQuestion } from "./questionAnalysis.js";

/** The best sentence and its surroundings must carry this share of the question's weight... */
const MIN_COVERAGE = 0.5;
/** ...and the sentence itself this share of its topic words, so it is about the question, not next to it. */
const MIN_TOPIC_IN_SENTENCE = 0.4;

/**
 * Types whose answer is a name beside the question's names ("which city", "who is X", "who is the
 * defence minister"): the names and that answer in one sentence suffice.
 */
const NAMED_INSTANCE_TYPES: ReadonlySet<string> = new Set(["which", "description", "titleHolder"]);

/**
 * Types whose answer is a span of the sentence (a purpose, a place, a date, a person): the sentence
 * about the question's people that gives one answers, whatever verb it uses for what they did.
 */
const SPAN_TYPES: ReadonlySet<string> = new Set(["reason", "place", "date", "person", "number"]);

/** Share of topic words a sentence naming the asked-for instance needs when the names stand only around it: lower answers "which planes took part" from the sentence after the one naming the drill, higher abstains on a sentence that names a kind of the thing only by chance. */
const MIN_TOPIC_BESIDE_INSTANCE = 0.2;
/** A sentence carrying this share of the topic says it in other words (a synonym earns 0.7), not loosely. */
const SAID_OTHERWISE = 0.65;
/** Topic words weighing at most this share of the question beside its names say little about which sentence answers. */
export const LIGHT_TOPIC_SHARE = 0.4;

/** Mean specificity below which a question's ordinary words are vague ("go", "get", "come"); a word of its own below it is vague too. */
export const VAGUE_BELOW = 0.85;

/**
 * Whether the question's ordinary words say little of what happened ("did Malik GO to SOCAR").
 * @param question - the analysed question
 */
export function isVague(question: AnalysedQuestion): boolean {
  const words = question.generalWords;
  return (
    words.length === 0 || words.reduce((sum, word) => sum + word.specificity, 0) / words.length < VAGUE_BELOW
  );
}

/** The verdict, with the reason when the question cannot be answered. */
export type Answerability =
  { readonly answerable: true } | { readonly answerable: false; readonly reason: string };

function quoteList(phrases: readonly string[]): string {
  return phrases.map((phrase) => `"${phrase}"`).join(", ");
}

/**
 * Decides whether the best judgement answers the question.
 * @param best - the best-ranked judgement, if any
 * @param question - the analysed question
 * @param expanded - its expansion, which knows the specific words the archive never uses
 */
export function judgeAnswerability(
  best: Judgement | undefined,
  question: AnalysedQuestion,
  expanded: ExpandedQuery,
): Answerability {
  if (expanded.unknownPhrases.length > 0) {
    return { answerable: false, reason: `No article mentions ${quoteList(expanded.unknownPhrases)}.` };
  }
  if (!best) return { answerable: false, reason: "No sentence of the archive matches the question." };
  if (!best.anchorsFound) {
    const named = [...question.anchorGroups.map((group) => group.phrase), ...question.timeTerms];
    return {
      answerable: false,
      reason:
        named.length > 0
          ? `No article speaks of ${quoteList(named)} together with what the question asks.`
          : "No sentence of the archive matches the question.",
    };
  }
  // "What did Pakistan and TURKEY sign": another country pair asked in the words of one the archive
  // reports; a sentence about the archive's pair, Türkiye named only beside it, tells nothing of Türkiye.
  if (!best.countriesInSentence)
    return { answerable: false, reason: "The closest sentences say this of other countries." };
  // "How many jets are in the SECOND batch": a report of the initial batch tells of another one.
  // "When did the foreign minister come": "received Elnur Mammadov, Azerbaijan's DEPUTY Foreign
  // Minister" tells of someone else's visit.
  if (best.officeOfAnotherRank && question.answerType !== "titleHolder")
    return { answerable: false, reason: "The closest sentences tell of another office than the one asked." };
  if (best.tellsAnotherOrdinal)
    return { answerable: false, reason: "The closest sentences tell of another one of the series." };
  // One loosely related word ("population" for "people-to-people") is not evidence: a sentence
  // must share a word with the question as typed, or its names, or two of its words in some form.
  const grounded =
    !best.hasTopic ||
    best.topicExact > 0 ||
    best.topicFound >= 2 ||
    (best.hasAnchors && best.someAnchorInSentence) ||
    // ... or say what it asks in so many other words ("discussed" for "talked about"), or count
    // what it asks to count ("how many planes": "four ... fighter jets").
    best.topicInSentence >= SAID_OTHERWISE ||
    (question.answerType === "number" && question.counted.size > 0 && best.holdsKind) ||
    // "X was also present" leans on the sentence before it for what it is about.
    (question.asksOthers === true && best.coverage >= MIN_COVERAGE);
  if (!grounded)
    return { answerable: false, reason: "The closest sentences are only loosely related to the question." };
  const covered = (() => {
    // "What did they agree ABOUT CRICKET": what it was about, the report must name.
    if (question.answerType === "content" && best.subjectMissing) return false;
    // "What meeting was due on Independence Day?": the names and a specific "Trilateral meeting"
    // suffice, whatever words the article uses for "due".
    if (
      NAMED_INSTANCE_TYPES.has(question.answerType) &&
      best.holdsKind &&
      ((best.hasAnchors && best.anchorsInSentence) || best.topicInSentence >= MIN_TOPIC_BESIDE_INSTANCE)
    )
      return true;
    // "What did Sharif and Mustafayev talk about?": the report about them (perhaps the sentence after
    // the one naming them) answers it, whatever verb it uses; "what did they sign" still needs a signing.
    if (
      question.answerType === "content" &&
      best.hasAnchors &&
      best.anchorsInSentence &&
      best.holdsKind &&
      (!best.hasTopicBesideFocus || best.topicInSentence >= MIN_TOPIC_IN_SENTENCE)
    )
      return true;
    // "What did Pakistan reaffirm during Bayramov's visit?" (the sentence that tells the act asked)
    // and "who else was at the ceremony?" ("X was also present", right after the ceremony is told):
    // within the report, the sentence answers though the names stand only around it.
    if (
      ((question.answerType === "content" && question.actTerms.length > 0) || question.asksOthers === true) &&
      best.holdsKind &&
      best.anchorsFound &&
      best.nounsMissing === 0 &&
      best.coverage >= MIN_COVERAGE
    )
      return true;
    // "What did Dar and Bayramov talk about?", nothing asked beside the talk: "They discussed trade
    // ...", a few sentences into the report that names them, answers it.
    if (
      question.answerType === "content" &&
      !best.hasTopicBesideFocus &&
      best.holdsKind &&
      best.anchorsFound &&
      best.topicInSentence >= MIN_TOPIC_IN_SENTENCE
    )
      return true;
    // "Why was Sharif in Baku?", "where did Malik travel?": the sentence about them that gives a
    // purpose or a place answers it, whatever words it uses for the trip.
    if (
      SPAN_TYPES.has(question.answerType) &&
      // Names in nearly every article weigh nothing: the report about them need not repeat them.
      // A count of the very thing asked ("THE PROJECT will use 40 turbines", of the Gharo wind
      // farm the report named before) answers in the report about them.
      (best.hasAnchors
        ? best.someAnchorInSentence ||
          (question.answerType === "number" && best.anchorsFound && best.holdsKind && best.focusExact)
        : question.anchorGroups.length > 0) &&
      best.holdsKind &&
      best.nounsMissing === 0 &&
      // What is yet to happen is one planned act: the sentence dating it must tell that act.
      // (A sentence dating another plan beside the same names, carrying little of what was asked,
      // dates that plan, not this one: "the week of films" is not "PIA will launch flights".)
      (question.answerType !== "date" ||
        !question.asksFuture ||
        (best.topicFound > 0 && best.coverage >= MIN_COVERAGE)) &&
      // A count of what was asked ("how many DAYS": "January 23-24") has found the question's topic.
      // ... and an attribution ("according to ISPR") is the report a "who reported" asks about.
      (best.topicFound > 0 ||
        best.topicShare <= LIGHT_TOPIC_SHARE ||
        question.counted.size > 0 ||
        question.asksSource ||
        question.asksDestination === true)
    )
      return true;
    // "What did Iran and Pakistan discuss?": with nothing asked beside the talking, a sentence that
    // reports no talk ("the deal surpassed Iran's ...") is only about the names.
    if (
      question.answerType === "content" &&
      !best.holdsKind &&
      (!best.hasTopicBesideFocus || question.actTerms.length > 0)
    )
      return false;
    // A question made only of names: one of them must stand in the sentence; the others may be
    // referred to ("the prime minister met President Aliyev" after a sentence naming Sharif).
    if (!best.hasTopic) return best.hasAnchors && best.someAnchorInSentence;
    // "Did Malik go to SOCAR?": when the other words weigh little beside the names, the sentence
    // with all the names answers, whatever verb it uses.
    // Names that weigh nothing ("Sharif" in nearly every article) must then stand in the sentence.
    if (
      best.hasAnchors &&
      best.anchorsInSentence &&
      isVague(question) &&
      (best.topicShare <= LIGHT_TOPIC_SHARE || best.namesInSentence)
    )
      return true;
    // A date of a thing the sentence does not name ("their joint NAVAL exercise", of a special
    // forces drill) is another thing's. (For places, people and counts the same rule cost twenty
    // tune answers: their sentences name the thing by less.)
    if (question.answerType === "date" && best.nounsMissing > 0) return false;
    return best.topicInSentence >= MIN_TOPIC_IN_SENTENCE && best.coverage >= MIN_COVERAGE;
  })();
  return covered
    ? { answerable: true }
    : { answerable: false, reason: "The closest sentences are only loosely related to the question." };
}
