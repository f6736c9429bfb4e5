/**
 * Answering a question from the archive, as one declared chain of stages:
 *
 *   question analysis -> query expansion -> retrieval -> evidence scoring -> answerability -> answer span
 *
 * Each stage is a module with one job and plain data out; `explain` returns what each produced.
 */
import { resolveSentenceDate } from "../meetings/dates.js";
import type { PassageStore } from "../search/passageStore.js";
import type { SentenceSearch } from "../search/sentenceIndex.js";
import type { AskResult, Excerpt, IsoDate } from "../types.js";
import { isVague, judgeAnswerability } from "./answerability.js";
import { findAnswerSpan, statedReason, type SpanRequest } from "./answerSpan.js";
import {
  countedFormsOf,
  holdsAnswerKind,
  judgePassage,
  questionWeights,
  type Judgement,
} from "./evidenceScoring.js";
import { excerptOf } from "./excerpts.js";
import { defaultWordKnowledge } from "./lexiconWords.js";
import { correctSpelling, expandQuery, VERB_MOTION_FILE, type ExpandedQuery } from "./queryExpansion.js";
import {
  analyseQuestion,
  DURATION_TERMS,
  type AnalysedQuestion,
  type Vocabulary,
} from "./questionAnalysis.js";
import { retrieveCandidates } from "./retrieval.js";
import type { WordKnowledge } from "./wordKnowledge.js";
import { answerYesNo, negatingDeedsAsked, tellsContrary, tellsFirstOccasion } from "./yesNo.js";
import { countryAsked, servesAnotherCountry } from "./officeCountry.js";
import { reportTellsDeed } from "./countDeed.js";
import { REPORTING_VERBS } from "./answerType.js";
import { writtenAsName, writtenBesideName, writtenInLowerCase } from "./writtenAsName.js";
import { withAcronymsSpelledOut } from "./acronyms.js";
import {
  documentNamedBefore,
  figureBeside,
  headlineNounsOf,
  purposeInReport,
  reasonNearby,
  spanReferredTo,
  type NearbySpan,
} from "./spanNearby.js";
import { analyzeText } from "../text/terms.js";
import { tellsOppositeDeed } from "./oppositeDeeds.js";
import { companionBeside, companionsIn, tellsAnother } from "./companions.js";

/** Date phrases that count from the article's date. */
const RELATIVE_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/iu;
/** Excerpts shown at most (the "up to 3"). */
export const MAX_EXCERPTS = 3;
/** Further excerpts must score at least this share of the best one, or they are loosely related. */
const MIN_RELATIVE_SCORE = 0.6;
/**
 * Candidates tried, best first, for one that is answerable: the top sentence may name everyone
 * ("X met Y") while the next says what was asked ("they discussed ..."). More would reach sentences
 * only loosely related.
 */
const ANSWERABLE_CANDIDATES = 4;
/** ... and for "who went with him": the report adds his party a few sentences into the story, after all it tells of him. */
const COMPANION_CANDIDATES = 6;

/** What answering needs: the passages, the retrieval behind a small interface, and a dictionary. */
export interface AnswerEngine {
  readonly store: PassageStore;
  readonly index: SentenceSearch;
  /** Tells names from ordinary words and relates words; the WordNet lexicon when absent. */
  readonly words?: WordKnowledge;
}

/** A when-question is answered by a sentence telling its deed that scores within this share of the best one (lower takes dates of other deeds' reports, higher keeps the date of the report beside the deed). */
const NEAR_DATED_SHARE = 0.8;

/**
 * Whether a sentence's terms have every verb of the question, in some form ("will come into force" for "come
 * into force"); a participle in -ing is left out, the tagger's verb in "the SHIPPING treaty".
 */
function statesVerbs(terms: readonly string[], question: AnalysedQuestion): boolean {
  return question.generalWords
    .filter((word) => word.pos === "verb" && !word.word.endsWith("ing"))
    .every((word) => terms.includes(word.term));
}

/** How a report heads a list of what a thing holds: "will INCLUDE", "COMPRISES", "consists of". */
const HOLDS_CONTENTS =
  /\b(?:include[sd]?|including|contain(?:s|ed)?|comprise[sd]?|consist(?:s|ed)? of|feature[sd]?|ha(?:s|ve|d) on (?:its|the) (?:programme|program|agenda))\b/iu;

/** A where-question is answered by a sentence naming a place that scores within this share of the best one (lower takes places of the story's other events). */
const NEAR_PLACED_SHARE = 0.8;

/** A which-question is answered by a sentence naming an instance of what it asks that scores within this share of the best one (lower takes instances of a looser kind: "economic, trade and energy SECTORS" for "which energy sectors"). */
const NEAR_NAMED_SHARE = 0.8;

/** A why-question is answered by a sentence giving a reason that scores within this share of the best one (higher keeps the sentence naming the event, with more of the question's words and no reason; 0.8 as for a date, a place or an instance, chosen on the tune halves). */
const NEAR_EQUAL_SHARE = 0.8;

/** A count of things: "how MANY", not "how much". */
const HOW_MANY = /\bhow\s+many\b/iu;
/** The terms of the verbs that report what was said, which a count of what was said asks no deed of. */
const REPORTED: ReadonlySet<string> = new Set(REPORTING_VERBS.flatMap((verb) => analyzeText(verb)));
/** Whether a count question counts a span of time: "how many DAYS did he spend" asks no deed's doers. */
function countsDuration(question: AnalysedQuestion): boolean {
  return question.counted.size > 0 && [...question.counted].every((term) => DURATION_TERMS.has(term));
}

/** Answer types whose answer is the span itself: a sentence without one does not answer. */
const SPAN_REQUIRED: ReadonlySet<string> = new Set(["number", "titleHolder"]);
/** Why such a question is not answered when no sentence gives the span. */
const MISSING_SPAN: Readonly<Record<string, string>> = {
  number: "The archive gives no figure for this.",
  titleHolder: "No article names who holds that office.",
  reason: "The archive does not say why.",
  date: "No article gives a date for this.",
};

/** The question as a span request, with the nouns its count may be called by when it has any. */
function withCountedForms(analysed: AnalysedQuestion, forms: ReadonlySet<string> | undefined): SpanRequest {
  return forms === undefined ? analysed : { ...analysed, countedForms: forms };
}

/** What each stage produced for one question, for `--explain`. */
export interface Explanation {
  readonly analysis: AnalysedQuestion | null;
  readonly expansion: { readonly term: string; readonly alternatives: string[] }[];
  readonly unknownPhrases: readonly string[];
  readonly ranked: readonly (Judgement & { readonly text: string })[];
  readonly verdict: string;
}

/** Day names and "yesterday" mean nothing without the article's date: "On Friday" becomes "On Friday (2025-11-07)". */
function withCalendarDate(span: string, articleDate: IsoDate | null): string {
  if (articleDate === null || !RELATIVE_DAY.test(span)) return span;
  const resolved = resolveSentenceDate(span, { articleDate, previousEnd: null });
  return resolved?.precision === "day" && resolved.date !== null ? `${span} (${resolved.date})` : span;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function scoreEvidence(
  engine: AnswerEngine,
  question: AnalysedQuestion,
  expanded: ExpandedQuery,
): Judgement[] {
  const weights = questionWeights(engine.store, question);
  return retrieveCandidates(engine.store, engine.index, question, expanded)
    .map((candidate) =>
      judgePassage(engine.store, question, expanded, weights, candidate.passageId, candidate.relativeScore),
    )
    .sort(
      (a, b) =>
        Number(b.anchorsFound) - Number(a.anchorsFound) ||
        // A yes or a no must be stated in one sentence: those naming everyone asked about come first.
        (question.answerType === "yesno" ? Number(b.anchorsInSentence) - Number(a.anchorsInSentence) : 0) ||
        b.score - a.score,
    );
}

/**
 * The direct answer: the span the question's type asks for (`span`, found in the best sentence or
 * the one it refers to), or yes/no, before the best sentence.
 */
function composeAnswer(
  question: AnalysedQuestion,
  best: Judgement,
  bestText: string,
  firstExcerpt: Excerpt | undefined,
  span: string | null,
  words: WordKnowledge,
): string | null {
  if (question.answerType === "yesno") {
    const verdict = answerYesNo(
      best,
      bestText,
      isVague(question),
      question.text,
      tellsContrary(question.generalWords, bestText, words),
      negatingDeedsAsked(question.generalWords, words, question.text),
    );
    if (verdict === "unknown") return null;
    return `${verdict === "yes" ? "Yes" : "No"} — ${bestText}`;
  }
  if (span === null) {
    return question.answerType === "date" ? `The article gives no date for this — ${bestText}` : bestText;
  }
  const dated =
    question.answerType === "date" ? withCalendarDate(span, firstExcerpt?.citation.date ?? null) : span;
  return `${capitalise(dated)} — ${bestText}`;
}

/** Answer types a person's name answers. */
const PERSON_TYPES: ReadonlySet<string> = new Set(["person", "description"]);

/**
 * The person a sentence refers back to ("Hira Baloch had never seen ..." / "THE 20-YEAR-OLD from
 * Quetta is studying ..."): named in the sentence before, with that sentence.
 */
function personReferredTo(
  store: PassageStore,
  question: AnalysedQuestion,
  passageId: number,
): NearbySpan | null {
  return spanReferredTo(store, passageId, { ...question, answerType: "person" }, new Set(question.terms));
}

/** A relation this close names the same event ("exercise": drill), not a looser kind of it. */
const SAME_EVENT_CREDIT = 0.5;

/** The terms that name the event a best sentence tells: its own, and the question's and their close relations. */
function eventTermsOf(
  store: PassageStore,
  best: Judgement,
  expanded: ExpandedQuery,
  names: ReadonlySet<string>,
): ReadonlySet<string> {
  return new Set([
    ...(store.passages[best.passageId]?.terms ?? []),
    // "Troops wrap up Dostluq-2025 DRILL": what the headline calls the event named.
    ...headlineNounsOf(store, best.passageId, names),
    ...expanded.alternatives.keys(),
    ...[...expanded.alternatives.values()].flatMap((list) =>
      list
        .filter((alternative) => alternative.credit >= SAME_EVENT_CREDIT)
        .map((alternative) => alternative.term),
    ),
  ]);
}

/** A question's names as index terms. */
function namesOf(question: AnalysedQuestion): ReadonlySet<string> {
  return new Set(question.anchorGroups.flatMap((group) => group.terms));
}

function noAnswer(question: string, reason: string): AskResult {
  return { question, status: "no_answer", answer: "", excerpts: [], reason };
}

/**
 * Answers a question with quoted, cited excerpts, or abstains when the archive does not cover it.
 * @param engine - the passages, their index and the dictionary
 * @param question - the question as typed
 */
export function askQuestion(engine: AnswerEngine, question: string): AskResult {
  return runChain(engine, question, { explaining: false }).result;
}

/**
 * Answers a question, with how well the evidence it answers from matched (the chain's own score of
 * that sentence; 0 when it abstains): for comparing answers to one question from two scopes.
 * @param engine - the passages, their index and the dictionary
 * @param question - the question as typed
 */
export function askQuestionScored(
  engine: AnswerEngine,
  question: string,
): { result: AskResult; score: number } {
  const { result, score } = runChain(engine, question, { explaining: false });
  return { result, score: score ?? 0 };
}

/**
 * Answers a question and says what each stage of the chain produced.
 * @param engine - the passages, their index and the dictionary
 * @param question - the question as typed
 */
export function explainQuestion(
  engine: AnswerEngine,
  question: string,
): { result: AskResult; explanation: Explanation } {
  const { result, stages, verdict } = runChain(engine, question, { explaining: true });
  if (stages === null) {
    return {
      result,
      explanation: { analysis: null, expansion: [], unknownPhrases: [], ranked: [], verdict },
    };
  }
  const { analysed, expanded, ranked } = stages;
  return {
    result,
    explanation: {
      analysis: analysed,
      expansion: [...expanded.alternatives].map(([term, alternatives]) => ({
        term,
        alternatives: alternatives.map((a) => `${a.term} (${a.via}, ${a.credit.toFixed(2)})`),
      })),
      unknownPhrases: expanded.unknownPhrases,
      ranked: ranked.slice(0, 5).map((judgement) => ({
        ...judgement,
        text: engine.store.passages[judgement.passageId]?.text ?? "",
      })),
      verdict,
    },
  };
}

/** What the chain produced: the result, the stages' data (none for an invalid question) and the verdict in words. */
interface ChainRun {
  readonly result: AskResult;
  /** The score of the sentence answered from, when answered. */
  readonly score?: number;
  readonly stages: {
    readonly analysed: AnalysedQuestion;
    readonly expanded: ExpandedQuery;
    readonly ranked: readonly Judgement[];
  } | null;
  readonly verdict: string;
}

/**
 * One vocabulary per store, so the readings of a question's words that analysis remembers per
 * vocabulary last for every question the store serves, not for one question only.
 */
const vocabularies = new WeakMap<PassageStore, Vocabulary>();

function vocabularyOf(store: PassageStore, index: SentenceSearch, words: WordKnowledge): Vocabulary {
  let vocabulary = vocabularies.get(store);
  if (vocabulary === undefined) {
    vocabulary = {
      has: (term) => (store.articleFrequency.get(term) ?? 0) > 0,
      nearest: (term) => correctSpelling(store, term),
      // The store's index: a store is served with one index, built from it; and with one dictionary,
      // which tells a name after the word ("Jam KAMAL Khan") from an ordinary word.
      writtenAsName: (word) => writtenAsName(store, index, word, words),
      writtenBesideName: (word, name, wordFirst) => writtenBesideName(store, index, word, name, wordFirst),
      writtenInLowerCase: (word) => writtenInLowerCase(store, index, word),
    };
    vocabularies.set(store, vocabulary);
  }
  return vocabulary;
}

/** Sentences from another candidate within which its report's statement of purpose is its event's. */
const REASON_WINDOW = 3;

/** Relations that keep a noun's meaning: its synonyms, derived forms and the next kinds up and down. */
const CLOSE_RELATIONS: ReadonlySet<string> = new Set(["synonym", "derived", "hypernym", "hyponym"]);

/** The index terms of a noun's nearest dictionary relations ("visit": travel, trip, tour, call). */
function closeRelationTerms(words: WordKnowledge, noun: string): readonly string[] {
  return words
    .related(noun)
    .filter((relation) => relation.distance === 1 && CLOSE_RELATIONS.has(relation.relation))
    .flatMap((relation) => {
      const terms = analyzeText(relation.lemma);
      return terms.length === 1 ? terms : [];
    });
}

/**
 * For a why-question: the purpose a report states of its event in so many words ("the main
 * purpose of the visit was to co-chair ...", {@link purposeInReport}), in the report of one of the
 * answerable candidates, best first, when the sentence chosen gives no reason in so many words
 * itself nor beside it. `null` when it does, or no report states one.
 */
function reportedPurpose(
  engine: AnswerEngine,
  analysed: AnalysedQuestion,
  expanded: ExpandedQuery,
  words: WordKnowledge,
  chosen: Judgement,
  candidates: readonly Judgement[],
): { judgement: Judgement; nearby: NearbySpan } | null {
  const names = namesOf(analysed);
  const chosenText = engine.store.passages[chosen.passageId]?.text ?? "";
  if (
    chosen.holdsKind
      ? statedReason(chosenText) !== null
      : reasonNearby(engine.store, chosen.passageId, names) !== null
  )
    return null;
  const related = (noun: string): readonly string[] => closeRelationTerms(words, noun);
  // The others' reports: each dated as the question asks ("why did he go IN MARCH": another
  // report's visit is another visit), naming those asked about in the sentence found, and, when the
  // chosen sentence gives some purpose ("an effort TO IMPROVE ties"), other than its report.
  const chosenReports = new Set(engine.store.passages[chosen.passageId]?.articleIndexes ?? []);
  const others = candidates.filter(
    (other) =>
      other !== chosen &&
      other.timeStated &&
      other.anchorsInSentence &&
      !(
        chosen.holdsKind &&
        engine.store.passages[other.passageId]?.articleIndexes.some((at) => chosenReports.has(at))
      ),
  );
  for (const judgement of [...(chosen.holdsKind ? [] : [chosen]), ...others]) {
    const nearby = purposeInReport(
      engine.store,
      judgement.passageId,
      eventTermsOf(engine.store, judgement, expanded, names),
      related,
      // The chosen sentence's own report may state it anywhere; another's, by the sentence found.
      judgement === chosen ? undefined : REASON_WINDOW,
    );
    if (nearby !== null) return { judgement, nearby };
  }
  return null;
}

/** How the chain is run. */
interface ChainOptions {
  /** The stages are wanted for an explanation: score the evidence even when the verdict is already known. */
  readonly explaining: boolean;
  /** The question was already asked again with its acronyms spelled out. */
  readonly acronymsSpelled?: boolean;
}

/** The chain itself; only `explainQuestion` turns its stages into an explanation, off the hot path. */
function runChain(engine: AnswerEngine, question: string, options: ChainOptions): ChainRun {
  const words = engine.words ?? defaultWordKnowledge();
  const analysed = analyseQuestion(question, words, vocabularyOf(engine.store, engine.index, words));
  if ("error" in analysed) {
    return {
      result: { question, status: "invalid", answer: "", excerpts: [], error: analysed.error },
      stages: null,
      verdict: analysed.error,
    };
  }
  const expanded = expandQuery(analysed, engine.store, words);
  // "the JEC": asked again as the "Joint Economic Commission" an article spells out.
  if (expanded.unknownPhrases.length > 0 && options.acronymsSpelled !== true) {
    const spelled = withAcronymsSpelledOut(engine.store, engine.index, question, expanded.unknownPhrases);
    if (spelled !== null) {
      const run = runChain(engine, spelled, { ...options, acronymsSpelled: true });
      return { ...run, result: { ...run.result, question } };
    }
  }
  // A name or designation no article uses decides the verdict whatever the evidence: scoring it
  // (most of a question's time) is left to explanations.
  if (expanded.unknownPhrases.length > 0 && !options.explaining) {
    const verdict = judgeAnswerability(undefined, analysed, expanded);
    const reason = verdict.answerable ? "No sentence of the archive matches the question." : verdict.reason;
    return {
      result: noAnswer(question, reason),
      stages: { analysed, expanded, ranked: [] },
      verdict: `no answer: ${reason}`,
    };
  }
  const ranked = scoreEvidence(engine, analysed, expanded);
  const stages = { analysed, expanded, ranked };
  const firstVerdict = judgeAnswerability(ranked[0], analysed, expanded);
  const answerable = ranked
    .slice(0, analysed.asksOthers === true ? COMPANION_CANDIDATES : ANSWERABLE_CANDIDATES)
    .filter((judgement, at) =>
      at === 0 ? firstVerdict.answerable : judgeAnswerability(judgement, analysed, expanded).answerable,
    );
  // A count or a title-holder is answered by the sentence that gives it, or not at all.
  // So is a date of what is yet to happen (the article's own date is not when it will be), and a
  // time of day (a date is not an hour).
  const needsSpan =
    SPAN_REQUIRED.has(analysed.answerType) ||
    (analysed.answerType === "date" && (analysed.asksFuture || analysed.asksHour));
  // "Pakistan's foreign minister": not a holder the archive styles as another country's.
  const country =
    analysed.answerType === "titleHolder"
      ? countryAsked(analysed.anchorGroups.flatMap((group) => group.terms))
      : null;
  const holdsOfficeAsked = (judgement: Judgement): boolean => {
    if (country === null) return true;
    const holder = findAnswerSpan(
      engine.store.passages[judgement.passageId]?.text ?? "",
      analysed,
      new Set(analysed.terms),
    );
    return holder === null || !servesAnotherCountry(engine.store, engine.index, holder, country);
  };
  // "How many people were INJURED": a count from a report that tells of no one injured counts
  // another deed. Not a reporting verb ("how many sectors did he MENTION"), nor a duration ("how
  // many days did he SPEND"), nor a movement, which a report tells in many words ("how many
  // people did Pakistan SEND": "35 engineers LEFT for Fuzuli").
  const deeds =
    analysed.answerType === "number" && HOW_MANY.test(question) && !countsDuration(analysed)
      ? analysed.generalWords
          .filter(
            (word) =>
              analysed.actTerms.includes(word.term) &&
              !analysed.counted.has(word.term) &&
              !REPORTED.has(word.term) &&
              (words.verbSynonymsOfKind?.(word.lemma, VERB_MOTION_FILE) ?? []).length === 0,
          )
          .map((word) => word.term)
      : [];
  const causing =
    deeds.length === 0
      ? undefined
      : {
          lemmas: new Set(
            analysed.generalWords.filter((word) => deeds.includes(word.term)).map((word) => word.lemma),
          ),
          words,
        };
  // "Did the three leaders meet in Shusha": the best match may only come near the claim ("The three
  // leaders signed ..."); the first answerable sentence that states or denies it answers.
  const vague = isVague(analysed);
  const textOf = (judgement: Judgement): string => engine.store.passages[judgement.passageId]?.text ?? "";
  const preferred = needsSpan
    ? answerable.find(
        (judgement) =>
          judgement.holdsKind &&
          holdsOfficeAsked(judgement) &&
          reportTellsDeed(engine.store, judgement.passageId, deeds, expanded, causing),
      )
    : analysed.answerType === "yesno"
      ? (() => {
          const deedsAsked = negatingDeedsAsked(analysed.generalWords, words, question);
          const stating = answerable.filter(
            (judgement) =>
              answerYesNo(
                judgement,
                textOf(judgement),
                vague,
                question,
                tellsContrary(analysed.generalWords, textOf(judgement), words),
                deedsAsked,
              ) !== "unknown",
          );
          // "Have they performed there before": the sentence telling the first time, if one states it.
          return (
            stating.find((judgement) => tellsFirstOccasion(question, textOf(judgement))) ??
            stating[0] ??
            answerable[0]
          );
        })()
      : analysed.asksOthers === true
        ? (answerable.find((judgement) => tellsAnother(textOf(judgement), analysed)) ??
          // "The delegation includes Major General X": the party told, its names found around it,
          // answers "who went with him" though it repeats none of the question's other words.
          ranked
            .slice(0, COMPANION_CANDIDATES)
            .find(
              (judgement) =>
                judgement.anchorsFound && judgement.holdsKind && tellsAnother(textOf(judgement), analysed),
            ) ??
          answerable[0])
        : analysed.answerType === "reason"
          ? (answerable.find(
              (judgement) =>
                judgement.holdsKind && judgement.score >= (answerable[0]?.score ?? 0) * NEAR_EQUAL_SHARE,
            ) ?? answerable[0])
          : analysed.answerType === "place" || analysed.answerType === "which"
            ? // "Where was the contract signed": the sentence naming the place of the signing, not
              // the one telling of the contract in more of the question's words and no place;
              // "what goods did the planes carry": the one naming them ("tents, blankets ..."),
              // not "planes carrying relief goods".
              // A best sentence whose place the sentence it refers back to gives ("THE SURVEYORS
              // will work ...") stands.
              analysed.answerType === "place" &&
              answerable[0] !== undefined &&
              !answerable[0].holdsKind &&
              spanReferredTo(engine.store, answerable[0].passageId, analysed, new Set(analysed.terms)) !==
                null
              ? answerable[0]
              : // "What will the exercise include": the list the report heads with what holds it
                // ("The two-week exercise will INCLUDE counter-terrorism drills, ..."), at any score.
                ((analysed.asksContents === true
                  ? answerable.find(
                      (judgement) => judgement.holdsKind && HOLDS_CONTENTS.test(textOf(judgement)),
                    )
                  : undefined) ??
                answerable.find(
                  (judgement) =>
                    judgement.holdsKind &&
                    judgement.score >=
                      (answerable[0]?.score ?? 0) *
                        (analysed.answerType === "place" ? NEAR_PLACED_SHARE : NEAR_NAMED_SHARE) &&
                    // Not an instance of a thing the question does not ask of ("areas such as the
                    // energy SECTORS" for "which energy sectors do they want JOINT VENTURES in").
                    (analysed.answerType === "place" ||
                      judgement.nounsMissing <= (answerable[0]?.nounsMissing ?? 0)),
                ) ??
                answerable[0])
            : analysed.answerType === "date" || analysed.answerType === "person"
              ? // "When does the agreement COME INTO force": the sentence dating that deed, not the one
                // dating its signing, when the two score near alike; "who LED Pakistan at the
                // consultations": the sentence naming who led it, not the one telling they were held.
                // A best sentence telling the opposite deed ("the exercise CONCLUDED" for "when did
                // it BEGIN") dates the other end: the sentence telling the deed answers at any score.
                (() => {
                  const termsOf = (judgement: Judgement): readonly string[] =>
                    engine.store.passages[judgement.passageId]?.terms ?? [];
                  const best = answerable[0];
                  const bestOpposite =
                    best !== undefined && tellsOppositeDeed(analysed.generalWords, termsOf(best), words);
                  return (
                    answerable.find(
                      (judgement) =>
                        judgement.holdsKind &&
                        (bestOpposite || judgement.score >= (best?.score ?? 0) * NEAR_DATED_SHARE) &&
                        statesVerbs(termsOf(judgement), analysed),
                    ) ?? best
                  );
                })()
              : analysed.answerType === "content"
                ? // "What did they talk about": the report of the talks, not the sentence saying they met.
                  (answerable.find((judgement) => judgement.holdsKind) ?? answerable[0])
                : answerable[0];
  // "Why did he go to Baku": the report's own "the main purpose of the visit was to ..." answers
  // it, before a bare "to VERB" of the best sentence ("working to double their trade").
  const purposeStated =
    preferred === undefined || analysed.answerType !== "reason"
      ? null
      : reportedPurpose(
          engine,
          analysed,
          expanded,
          words,
          preferred,
          // A report's lead may rank a little below the best matches ("the point of his TRIP"
          // matches no word of "Sharif held talks in Baku"): as far as the companions are sought.
          ranked
            .slice(0, COMPANION_CANDIDATES)
            .filter(
              (judgement) =>
                answerable.includes(judgement) ||
                judgeAnswerability(judgement, analysed, expanded).answerable,
            ),
        );
  // "How much money did the cyclist raise": the best sentence tells the deed ("I rode to raise
  // money for ..."), the one beside it the sum ("friends had donated Rs 2.4 million").
  const countedForms = countedFormsOf(analysed, expanded);
  const figureStated =
    preferred === undefined && analysed.answerType === "number" && answerable[0] !== undefined
      ? figureBeside(
          engine.store,
          answerable[0].passageId,
          withCountedForms(analysed, countedForms),
          new Set(analysed.terms),
          (passageId, text) =>
            holdsAnswerKind(text, analysed, new Set(analysed.focus), undefined, countedForms) &&
            reportTellsDeed(engine.store, passageId, deeds, expanded, causing),
        )
      : null;
  const best = purposeStated?.judgement ?? preferred ?? (figureStated === null ? undefined : answerable[0]);
  if (best === undefined) {
    // A time of day is what no sentence about it gives, once the archive knows the event.
    const reason =
      analysed.asksHour && ranked[0]?.anchorsFound === true && expanded.unknownPhrases.length === 0
        ? "No article gives the time of day for this."
        : !firstVerdict.answerable
          ? firstVerdict.reason
          : (MISSING_SPAN[analysed.answerType] ?? "No sentence of the archive matches the question.");
    return { result: noAnswer(question, reason), stages, verdict: `no answer: ${reason}` };
  }

  // "Why were the jets flying over Baku": the sentence telling the event gives no reason, the one
  // beside it in the report does; it answers, and the event's sentence is quoted second.
  // "Where will the deminers work": the sentence "the deminers" refers to says where; the answer
  // quotes it, and the event's sentence, the evidence of what was asked, stays the first excerpt.
  // "Who went with the deputy governor": the sentence naming him is the best match; the report's
  // "Dr. Saleem Ahsan was accompanied by ..." a few sentences on names his party, and answers.
  const companionStated =
    analysed.asksOthers === true && !tellsAnother(textOf(best), analysed)
      ? companionBeside(engine.store, best.passageId, analysed, new Set(analysed.terms))
      : null;
  const nearby =
    purposeStated?.nearby ??
    figureStated ??
    companionStated ??
    (best.holdsKind
      ? null
      : analysed.answerType === "reason"
        ? (reasonNearby(engine.store, best.passageId, namesOf(analysed)) ??
          purposeInReport(
            engine.store,
            best.passageId,
            eventTermsOf(engine.store, best, expanded, namesOf(analysed)),
          ))
        : analysed.answerType === "place"
          ? spanReferredTo(engine.store, best.passageId, analysed, new Set(analysed.terms))
          : null);
  const answeredFrom = nearby?.passageId ?? best.passageId;
  const bestText = engine.store.passages[answeredFrom]?.text ?? "";
  const firstQuoted =
    analysed.answerType === "reason" || figureStated !== null || companionStated !== null
      ? answeredFrom
      : best.passageId;
  // "The 20-year-old from Quetta ...": who it is, the sentence before names; it is quoted second.
  const ownSpan =
    nearby?.span ??
    (analysed.asksOthers === true ? companionsIn(bestText, analysed, new Set(analysed.terms)) : null) ??
    (analysed.answerType === "yesno"
      ? null
      : findAnswerSpan(bestText, withCountedForms(analysed, countedForms), new Set(analysed.terms)));
  // "What did X and Y sign": "X and Y signed THE AGREEMENT"; its name, the sentence before gives.
  const referred =
    ownSpan === null && PERSON_TYPES.has(analysed.answerType)
      ? personReferredTo(engine.store, analysed, best.passageId)
      : ownSpan === null && analysed.answerType === "content" && analysed.actTerms.length > 0
        ? documentNamedBefore(engine.store, best.passageId, analysed.actTerms)
        : null;
  const chosen = [
    firstQuoted,
    ...(nearby === null ? [] : [firstQuoted === best.passageId ? nearby.passageId : best.passageId]),
    ...(referred === null ? [] : [referred.passageId]),
    ...ranked
      .filter(
        (judgement) =>
          judgement !== best && judgement.anchorsFound && judgement.score >= best.score * MIN_RELATIVE_SCORE,
      )
      .map((judgement) => judgement.passageId)
      .filter((passageId) => passageId !== referred?.passageId && passageId !== nearby?.passageId),
  ].slice(0, MAX_EXCERPTS);
  const excerpts = chosen
    .map((passageId) => excerptOf(engine.store, passageId))
    .filter((excerpt): excerpt is Excerpt => excerpt !== null);
  const answer = composeAnswer(
    analysed,
    best,
    bestText,
    excerpts[0],
    ownSpan ?? referred?.span ?? null,
    words,
  );
  if (answer === null) {
    const reason = "The archive does not say whether this is so.";
    return { result: noAnswer(question, reason), stages, verdict: `no answer: ${reason}` };
  }
  return {
    result: { question, status: "answered", answer, excerpts },
    stages,
    verdict: "answered",
    score: best.score,
  };
}
