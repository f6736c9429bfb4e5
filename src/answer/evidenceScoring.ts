/**
 * Stage 4, evidence scoring: how well each retrieved passage answers the question.
 *
 * A passage is credited for the question's terms it contains, each weighted by how rare it is
 * across articles, and half-credited for terms in its surroundings (its paragraph, the sentences
 * beside it, its article's headline and date), where a news sentence often leaves its subject,
 * speaker or place. Names in the question (anchors) gate and rank separately from the topic words:
 * once the evidence is about the right people, what decides between sentences is whether they say
 * something about what was asked ("the defence sector"), not how often they repeat the names.
 */
import { placeWithin } from "../meetings/regions.js";
import type { Passage, PassageStore } from "../search/passageStore.js";
import { analyzeText, rememberTerms } from "../text/terms.js";
import { foldText } from "../text/fold.js";
import { applyAliases } from "../text/aliases.js";
import { STOPWORDS } from "../text/stopwords.js";
import { hasReportingVerb } from "./answerType.js";
import {
  findAnswerSpan,
  countOf,
  countByOtherName,
  listsPlaces,
  listIn,
  moneyPhrase,
  peopleWhoDid,
  sizePhrase,
  type ListInSentence,
} from "./answerSpan.js";
import type { Alternative, ExpandedQuery } from "./queryExpansion.js";
import { dateTerms } from "../search/passageStore.js";
import type { AnalysedQuestion } from "./questionAnalysis.js";
import { ROLE_TERMS } from "./roles.js";
import {
  carriedTerms,
  eventTerms,
  kindsAsked,
  documentKindOf,
  antecedentTerms,
  mentionsAskedKind,
  opensWithAskedThing,
  opensWithDocument,
  namesRepeatedByNoun,
  officeHolderTerms,
} from "./discourse.js";
import { isCountryName, lookUpPlace } from "../meetings/gazetteer.js";
import { MEETING_TERMS, tellsMeetingOtherwise } from "./meetingPhrases.js";
import { personReferredTo } from "./personAnaphor.js";
import { memoPerStore } from "../search/storeMemo.js";
import { VAGUE_BELOW } from "./answerability.js";
import { lemmaOf } from "../lexicon/lemma.js";
import { ordinalsOf, tellsAnotherOrdinal, type Ordinals } from "./ordinals.js";
import { MAX_CONTEXT_ARTICLES, PlannedSurroundings, type TermLookup } from "./surroundings.js";

/** A term in more than this share of articles proves nothing (Pakistan, Azerbaijan, bilateral). */
const CORPUS_WIDE_SHARE = 0.8;
/** Below this many articles every term is "in most articles"; the corpus-wide rule would blank all. */
const MIN_ARTICLES_FOR_CORPUS_WIDE_RULE = 5;
/** Credit for a name found around the sentence: pronouns carry people from sentence to sentence. */
const ANCHOR_CONTEXT_CREDIT = 0.5;
/** Credit for a topic word found only around it: a neighbour's topic does not make a sentence about it. */
const TOPIC_CONTEXT_CREDIT = 0.25;
/** Bonus for a sentence that has the focus word of a what/which question ("topics", "city"). */
const FOCUS_BONUS = 0.1;
/** Bonus for a sentence reporting the act a what-was-done question asks about ("agreed" for "agree on"). */
const ACT_BONUS = 0.1;
/**
 * Bonus, for a yes/no question, for a sentence that names its place as where something happened
 * ("met ... IN Baku"), not as its government ("Baku's victory"): a tie-breaker between sentences.
 */
const LOCATION_BONUS = 0.05;

/**
 * Bonus, for a where-question, for a sentence that says where something is in so many words
 * ("The consulate, LOCATED IN Clifton, ..."): a tie-breaker over one that names a place in passing.
 */
const PLACE_STATED_BONUS = 0.1;

/**
 * Bonus for a sentence that says the question's passive verb as its predicate ("WILL BE BUILT at")
 * rather than as a participle qualifying a noun ("jets built in Pakistan have arrived"): a
 * tie-breaker between sentences naming the same thing.
 */
const PASSIVE_BONUS = 0.05;
/** A passive or progressive passive verb: "is being built", "was signed", "are made". */
const PASSIVE_VERB = /\b(?:is|are|was|were|be|being|been)\s+(?:being\s+)?([a-z]+(?:ed|en|t))\b/u;

/** The pattern of a sentence saying a question's passive verb as its predicate; null when the question has none. */
function passiveOf(question: string): RegExp | null {
  const participle = PASSIVE_VERB.exec(foldText(question))?.[1];
  // "Is it true", "was not", "is that": no participle.
  if (participle === undefined || participle.length < 4 || STOPWORDS.has(participle)) return null;
  return new RegExp(`\\b(?:is|are|was|were|be|being|been)\\s+(?:being\\s+)?${participle}\\b`, "iu");
}

/** Where something is, stated: "located in", "situated at", "based in", "housed in". */
const PLACE_STATED =
  /\b(?:located|situated|based|housed|headquartered|sited)\s+(?:in|at|on|near)\s+(?:the\s+)?\p{Lu}/u;

/** Words before a place that make it where something happened. */
const LOCATIVE = "(?:in|at|to|from|into|visited|visiting|reached|toured|between)";

/** A place name as a pattern, folded. */
function placePattern(phrase: string): string {
  return foldText(phrase).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** The pattern of a place named as where something happened: after a locative word, not as a possessive. */
function locatedAt(name: string): RegExp {
  // "flights between Lahore and Baku", "to Lahore and Baku": the second place of a pair too.
  return new RegExp(
    `\\b${LOCATIVE}\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+(?:and|or)\\s+)?${name}\\b(?!['’]s)`,
    "iu",
  );
}

/** How a sentence may name one of the question's places, compiled once per question. */
interface PlaceMention {
  readonly terms: readonly string[];
  /** The place named at all. */
  readonly named: RegExp;
  /** The place named as where something happened ({@link locatedAt}). */
  readonly located: RegExp;
  /** The gazetteer knows the name as a place. */
  readonly isPlace: boolean;
  /** The question asks about the place as a location, so naming it otherwise does not find it. */
  readonly askedAsLocation: boolean;
}

/**
 * The question's names a sentence's locative check reads: its places, and among them the cities
 * it asks about as where something happened ("why was Sharif IN BAKU"), which a sentence naming
 * only as its government ("BAKU thanked Islamabad", "Baku's stance") does not place anything in.
 */
function placeMentionsOf(question: AnalysedQuestion): readonly PlaceMention[] {
  const folded = foldText(question.text);
  const askedAsLocation = new Set(
    question.anchorGroups
      .filter(
        (group) =>
          // A city: a country is as often the actor ("Pakistan plans") as the place.
          lookUpPlace(group.phrase)?.isCountry === false &&
          new RegExp(`\\b${LOCATIVE}\\s+(?:the\\s+)?${placePattern(group.phrase)}\\b`, "iu").test(folded),
      )
      .flatMap((group) => group.terms),
  );
  return question.anchorGroups.flatMap((group) => {
    const isPlace = lookUpPlace(group.phrase) !== null;
    const asked = group.terms.some((term) => askedAsLocation.has(term));
    if (!isPlace && !asked) return [];
    const name = placePattern(group.phrase);
    return [
      {
        terms: group.terms,
        named: new RegExp(`\\b${name}\\b`, "iu"),
        located: locatedAt(name),
        isPlace,
        askedAsLocation: asked,
      },
    ];
  });
}

/**
 * The terms of the places a sentence names, of those asked as locations, without a locative word
 * before them: it speaks of the government or the city's name, not of something happening there.
 */
function placesNamedOtherwise(folded: string, mentions: readonly PlaceMention[]): Set<string> {
  const other = new Set<string>();
  for (const mention of mentions) {
    if (!mention.askedAsLocation || !mention.named.test(folded) || mention.located.test(folded)) continue;
    for (const term of mention.terms) other.add(term);
  }
  return other;
}

/** Bonus for a quotation when the question asks what someone said: it is their words. */
const QUOTE_BONUS = 0.15;
/** A quotation or reported speech. */
const QUOTATION = /[“”"]|\b(?:said|say|says|noted|stated|told|added|remarked|stressed|according to)\b/u;
/** Bonus for a title standing whole in the sentence ("Minister of Defence, Azerbaijan"). */
const PHRASE_BONUS = 0.1;
/** Bonus of a sentence telling something more ("also discussed") for "what else": as much as a phrase's, to break a near tie with the report's first sentence. */
const MORE_BONUS = 0.1;
/** Words that add to what a report told before. */
const TELLS_MORE = /\b(?:also|other|further|furthermore|in addition|as well)\b/iu;
/** Bonus, at most, for a sentence that says the question's words in the question's order. */
const ORDER_BONUS = 0.1;
/** Share of the ranking given to names at least; the rest goes to topic words, which discriminate better. */
const ANCHOR_SHARE = 0.35;
/** Share of the ranking given to names at most, when the question's other words are vague. */
const MAX_ANCHOR_SHARE = 0.7;
/** A name of several words is found when this share of its weight is ("Aliyev" for "Ilham Aliyev"). */
const ANCHOR_GROUP_FOUND_SHARE = 0.5;
/**
 * Bonus when the sentence holds the kind of thing asked for (a date for "when", ...): enough to
 * lift the sentence that answers over one that only repeats the question's words, not so much that
 * any date or name outranks the right event.
 */
const ANSWER_KIND_BONUS = 0.3;
/** An absent ordinary word weighs like one in this share of the articles. */
const ABSENT_WORD_SHARE = 0.1;
/** A related word credited this much says the same thing (a synonym, a derived form, one close step). */
const CLOSE_RELATION_CREDIT = 0.5;
/**
 * A which-question's focus is named by its alternatives credited this much ("planes": aircraft,
 * "building": palace); far broader terms are no instance of it ("tanks": transport).
 */
const MIN_INSTANCE_FORM_CREDIT = 0.3;

/** Relations that make one noun a kind of another, by which a count may name what it counts. */
const IS_A: ReadonlySet<string> = new Set(["hypernym", "hyponym"]);
/**
 * Credit of a kind-of step a count's noun may take: two steps (plane -> aircraft, 0.45) count
 * what was asked; lower reaches three steps, where a count of "systems" would count "swords".
 */
const MIN_COUNTED_KIND_CREDIT = 0.4;
/** Share of its weight a topic word of the question's setting ("after the talks") keeps. */
const SETTING_WEIGHT_SHARE = 0.25;
/** Weight of the BM25 score, a tie-breaker that favours short, focused sentences. */
const BM25_WEIGHT = 0.1;

/** How well one passage answers a question. */
export interface Judgement {
  readonly passageId: number;
  /** Whether the question has weighted topic words (words other than names, months and years). */
  readonly hasTopic: boolean;
  /** Whether the question has weighted topic words besides its focus words ("talk" in "what did they talk about"). */
  readonly hasTopicBesideFocus: boolean;
  /** Share of the topic words' weight found in the sentence itself (0-1). */
  readonly topicInSentence: number;
  /** Share of the topic words' weight found only around it (0-1). */
  readonly topicInContext: number;
  /** Share of all the question's weight, names included, found in the sentence or around it (0-1). */
  readonly coverage: number;
  /** Every name of the question and every month/year it gives is found in the sentence or around it. */
  readonly anchorsFound: boolean;
  /** Every name of the question stands in the sentence itself. */
  readonly anchorsInSentence: boolean;
  /** At least one name of the question stands in the sentence itself (the others may be pronouns). */
  readonly someAnchorInSentence: boolean;
  /** Every name of the question, weighted or not (Pakistan in an archive about Pakistan), stands in the sentence or the one it refers back to. */
  readonly namesInSentence: boolean;
  /** Whether the question names anyone or anything specific (weighted names). */
  readonly hasAnchors: boolean;
  /**
   * Every country of a pair the question names that only some articles name (Türkiye, Iran; not
   * the archive's own pair) stands in the sentence or the ones it refers to.
   */
  readonly countriesInSentence: boolean;
  /** The sentence (or, giving none, its article) tells of another one of a series than the question asks ("the fifth round" for "the sixth round"). */
  readonly tellsAnotherOrdinal: boolean;
  /** An office the question names stands in the sentence only under a rank it did not ask ("Deputy Foreign Minister" for "the foreign minister"). */
  readonly officeOfAnotherRank: boolean;
  /** Every city the question names, which only some articles name, stands in the sentence or the ones it refers to (its dateline's among them). */
  readonly citiesInSentence: boolean;
  /** Share of the question's weight carried by its general (topic) words rather than its names (0-1). */
  readonly topicShare: number;
  /** The question's months and years date what the sentence reports (its own date, else its article's). */
  readonly timeStated: boolean;
  /** Weighted topic words of the question the sentence has in no form at all. */
  readonly topicMissing: number;
  /** Of those, the vague ones ("come", "go", "get"), which a sentence may say otherwise ("to visit"). */
  readonly vagueTopicMissing: number;
  /**
   * Weighted nouns and adjectives of the question (focus words aside) found neither in the sentence
   * nor around it, as typed or in a close relation: the thing asked about ("a PHARMACEUTICAL plant")
   * is not what this sentence is about.
   */
  readonly nounsMissing: number;
  /** Whether the subject a content question asks what was said about ("agree ABOUT CRICKET") is missing from the sentence and around it. */
  readonly subjectMissing: boolean;
  /** Weighted topic words the sentence has as typed (or misspelt), not only through a related word. */
  readonly topicExact: number;
  /** Weighted topic words the sentence has in some form. */
  readonly topicFound: number;
  /** The sentence holds the kind of thing asked for (a date for "when", a specific X for "which X"). */
  readonly holdsKind: boolean;
  /** The question has a focus ("how many TURBINES") and the sentence has it as typed (or misspelt). */
  readonly focusExact: boolean;
  readonly score: number;
}

/**
 * How much a term says about where an answer is: a BM25-style inverse article frequency,
 * zero for terms found in almost every article.
 * @param store - the passage store with its article frequencies
 * @param term - an analysed term
 */
export function termWeight(store: PassageStore, term: string): number {
  const articles = store.articles.length;
  const frequency = store.articleFrequency.get(term) ?? 0;
  if (articles >= MIN_ARTICLES_FOR_CORPUS_WIDE_RULE && frequency / articles > CORPUS_WIDE_SHARE) return 0;
  return Math.log(1 + (articles - frequency + 0.5) / (frequency + 0.5));
}

/** Places' terms kept per store (a short list each): candidates recur across questions. */
const MAX_CACHED_PLACES = 4_000;

/** Each article's dateline place as index terms, per store. */
const placeTermsOf: (store: PassageStore, articleIndex: number) => readonly string[] = memoPerStore(
  MAX_CACHED_PLACES,
  (store, articleIndex) => analyzeText(store.articles[articleIndex]?.place ?? ""),
);

/** A capitalised word or two that may name a place: "Islamabad", "Gabala", "Nakhchivan City". */
const PLACE_NAME = /\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?/gu;

/** Whether a sentence names a city (not a country) other than the one asked (by its terms). */
function namesAnotherCity(text: string, cityTerms: readonly string[]): boolean {
  for (const match of text.matchAll(PLACE_NAME)) {
    const place = lookUpPlace(match[0]) ?? lookUpPlace(match[0].split(/\s/u)[0] ?? "");
    if (place === null || place.isCountry) continue;
    if (!analyzeText(match[0]).some((term) => cityTerms.includes(term))) return true;
  }
  return false;
}

/**
 * The countries of the cities a sentence names, as index terms: a sentence set in Islamabad is set
 * in Pakistan ("did Aliyev visit Pakistan": "Aliyev arrived in Islamabad").
 */
const countriesOfPlaces: (store: PassageStore, passageId: number) => readonly string[] = memoPerStore(
  MAX_CACHED_PLACES,
  (store, passageId: number) => {
    const countries = new Set<string>();
    for (const match of (store.passages[passageId]?.text ?? "").matchAll(PLACE_NAME)) {
      for (const name of [match[0], match[0].split(/\s/u)[0] ?? ""]) {
        const place = lookUpPlace(name);
        if (place !== null && !place.isCountry)
          for (const term of analyzeText(place.country)) countries.add(term);
        // "Visited Aghdam": in Karabakh, in Azerbaijan.
        const within = place === null ? placeWithin(name) : null;
        if (within !== null)
          for (const term of analyzeText(`${within.region ?? ""} ${within.country}`)) countries.add(term);
      }
    }
    return [...countries];
  },
);

/** Words' first terms remembered: a which-question reads every word of every candidate, most of them seen before. */
const MAX_WORD_TERMS = 50_000;
const wordTerms = new Map<string, string | undefined>();

/** The first index term of one word as it stands in a sentence ("sectors," -> sector). */
function firstTermOf(word: string): string | undefined {
  if (wordTerms.has(word)) return wordTerms.get(word);
  const term = analyzeText(word)[0];
  if (wordTerms.size >= MAX_WORD_TERMS) wordTerms.clear();
  wordTerms.set(word, term);
  return term;
}

/** A dictionary word as the index spells it: one canonical spelling ("envoy": ambassador), American "-ization". */
function asIndexSpells(word: string): string {
  return applyAliases(foldText(word)).replace(/isation(s?)$/u, "ization$1");
}

/**
 * Whether a word of a text is one of these dictionary words (spelt as {@link asIndexSpells}
 * gives them): its first run of letters, as it stands ("goods", "arms") or by its lemma.
 */
function meansOneOf(word: string, lemmas: ReadonlySet<string>): boolean {
  const letters = (/\p{L}+/u.exec(word)?.[0] ?? "").toLowerCase();
  return lemmas.has(asIndexSpells(letters)) || lemmas.has(asIndexSpells(lemmaOf(letters)));
}

/**
 * The dictionary words of the focus's alternatives that are not the focus's own terms, by term
 * (see {@link QuestionPlan.focusLemmas}); an alternative without one word leaves its term out.
 */
function lemmasOfForms(
  focus: ReadonlySet<string>,
  alternatives: ExpandedQuery["alternatives"],
  formCredit: number,
): ReadonlyMap<string, ReadonlySet<string>> {
  const lemmas = new Map<string, Set<string>>();
  const open = new Set<string>();
  for (const alternative of [...focus].flatMap((term) => alternatives.get(term) ?? [])) {
    if (focus.has(alternative.term) || alternative.credit < formCredit || alternative.otherPos === true)
      continue;
    if (alternative.lemma === undefined) open.add(alternative.term);
    else
      lemmas.set(
        alternative.term,
        (lemmas.get(alternative.term) ?? new Set()).add(asIndexSpells(alternative.lemma)),
      );
  }
  for (const term of open) lemmas.delete(term);
  return lemmas;
}

/** Words that make a noun specific: "the FIFTH anniversary", "the 2nd round". */
const SPECIFIC_MODIFIER =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?|\p{Lu}.*)$/u;

/** The first word of an amount or count: "300", "$2", "fifty". */
const AMOUNT_START =
  /^(?:[$€£₼]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)\b)/iu;

/** A weapon's calibre: "30mm", "12.7mm", "155-mm". */
const CALIBRE = /^\d+(?:\.\d+)?-?mm$/u;
/** Words before a kind a calibre may stand ("a 30mm remotely operated GUN"). */
const CALIBRE_REACH = 3;

/**
 * Whether a sentence names a specific instance of what a which-question asks for: the focus noun
 * with a specific modifier before it ("the fifth anniversary", "United Nations Conference") or an
 * enumeration after it ("topics, including ...").
 */
function namesFocus(
  text: string,
  focus: ReadonlySet<string>,
  lemmas?: ReadonlyMap<string, ReadonlySet<string>>,
  asked: ReadonlySet<string> = new Set(),
): boolean {
  const words = text.split(/\s+/u);
  for (const [position, word] of words.entries()) {
    const term = firstTermOf(word);
    if (term === undefined || !focus.has(term)) continue;
    // "Azerbaijan AIRLINES" shares the term of "airliner", a kind of aircraft, and is no aircraft.
    const meant = lemmas?.get(term);
    if (meant !== undefined && !meansOneOf(word, meant)) continue;
    const before = (words[position - 1] ?? "").replace(/[^\p{L}\p{N}]/gu, "");
    // A word of the question itself says which only as the question does ("classic AZERBAIJANI
    // films" for "what films were shown at the Azerbaijani cinema days"), unless a name follows
    // ("the Azerbaijani port OF ALAT").
    const askedModifier = asked.has(firstTermOf(before) ?? "");
    if (position > 1 && SPECIFIC_MODIFIER.test(before) && !askedModifier) return true;
    if (
      askedModifier &&
      !/[,;:.]$/u.test(word) &&
      /^of$/iu.test(words[position + 1] ?? "") &&
      /^\p{Lu}/u.test(words[position + 2] ?? "")
    )
      return true;
    // "K-8P training jets", "JF-17 fighter aircraft": a designation, an ordinary word between.
    const designation = (words[position - 2] ?? "").replace(/[^\p{L}\p{N}-]/gu, "");
    if (position >= 2 && /^\p{L}+-?\d[\p{L}\d-]*$/u.test(designation) && /^\p{Ll}+$/u.test(before))
      return true;
    // "a 30MM remotely operated gun", "two 12.7MM machine guns": a calibre, ordinary words between.
    for (let back = 1; back <= CALIBRE_REACH && back <= position; back++) {
      const word = words[position - back] ?? "";
      if (CALIBRE.test(word.replace(/[,;:]$/u, ""))) return true;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) break;
    }
    // "the military aircraft JF-17 Thunder": the kind, then the instance's name or designation.
    const after = (words[position + 1] ?? "").replace(/[^\p{L}\p{N}-]/gu, "");
    if (!/[,;:.]$/u.test(word) && /^(?:\p{Lu}|[\p{L}]+-?\d)/u.test(after)) return true;
    // "a peace agreement WITH ARMENIA", "the deal BETWEEN Baku and Islamabad": the party names which one.
    if (
      !/[,;:.]$/u.test(word) &&
      /^(?:with|between)$/u.test(after) &&
      /^\p{Lu}/u.test((words[position + 2] ?? "").replace(/^[^\p{L}]+/u, ""))
    )
      return true;
    // "a monthly stipend OF 300 MANAT", "a grant of $2 million": the kind, then the amount it is.
    if (!/[,;:.]$/u.test(word) && after === "of" && AMOUNT_START.test(words[position + 2] ?? "")) return true;
    if (
      /^(?:[,:]\s*)?(?:including|such as|namely|like)\b/u.test(
        `${word.replace(/^[\p{L}\p{N}'’-]+/u, "")} ${words.slice(position + 1, position + 3).join(" ")}`.trim(),
      )
    ) {
      return true;
    }
  }
  return false;
}

/** A word denying the act after it, a few words on: "NO agreement was reached", "FAILED TO agree". */
const DENIAL = /^(?:no|not|never|without|failed|fails|fail|cannot)$|n['’]t$/iu;
/** Words between a denial and the act it denies: "failed TO agree", "no FORMAL agreement". */
const DENIAL_REACH = 3;

/**
 * Whether a sentence tells the act asked ("agree") only as denied: every word naming it, in any
 * close form ("agreement"), has a denial a few words before it.
 */
function deniesAct(
  text: string,
  actTerms: readonly string[],
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
): boolean {
  if (!/\b(?:no|not|never|without|fail(?:ed|s)?|cannot)\b|n't\b/iu.test(text)) return false;
  return everyMentionOfAct(text, actTerms, alternatives, (words, at) =>
    words.slice(Math.max(0, at - DENIAL_REACH), at).some((before) => DENIAL.test(before)),
  );
}

/**
 * Whether a sentence names the act asked, in its own words or a close form, and `holds` for every
 * word that does.
 * @param holds - the test of one mention: the sentence's words and the mention's position
 */
function everyMentionOfAct(
  text: string,
  actTerms: readonly string[],
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
  holds: (words: readonly string[], at: number) => boolean,
): boolean {
  const close = closeFormsOf(actTerms, alternatives);
  const words = text.split(/\s+/u).map((word) => word.replace(/[^\p{L}'’]/gu, ""));
  let told = false;
  for (const [at, word] of words.entries()) {
    const term = firstTermOf(word);
    if (term === undefined || !close.has(term)) continue;
    if (!holds(words, at)) return false;
    told = true;
  }
  return told;
}

/** What makes an act named just before it one yet to happen: "talks WILL BE organized", "talks ARE TO be held". */
const YET_TO_HAPPEN = /^(?:will|would|shall|are|is)$/iu;
/** What makes a deed told after it one yet to happen: "WILL hold", "HOPED TO hold", "PLANS TO open". */
const BEFORE_A_PLAN = /^(?:will|would|shall|to)$/iu;
/** The wishes and plans that "to" follows before a deed yet to happen ("hoped TO hold"). */
const WISH =
  /^(?:hopes?|hoped|hoping|plans?|planned|planning|intends?|intended|wants?|wanted|aims?|aimed|wishe[sd]|wish)$/iu;

/**
 * Whether a sentence tells the act asked only as yet to happen: every word naming it, in any close
 * form, is followed by "will", "would", "are to" ("delegation level talks WILL be organized very
 * soon") or follows "will" or a wish's "to" ("the embassy HOPED TO hold ..."): it tells of an act
 * to come, not of one that happened.
 */
function plansActOnly(
  text: string,
  actTerms: readonly string[],
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
): boolean {
  if (!/\b(?:will|would|shall|to)\b/iu.test(text)) return false;
  return everyMentionOfAct(text, actTerms, alternatives, (words, at) => {
    const before = words[at - 1] ?? "";
    return (
      YET_TO_HAPPEN.test(words[at + 1] ?? "") ||
      (BEFORE_A_PLAN.test(before) && (before.toLowerCase() !== "to" || WISH.test(words[at - 2] ?? "")))
    );
  });
}

/** The act's terms and their close alternatives ("agree": agreement). */
function closeFormsOf(
  actTerms: readonly string[],
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
): Set<string> {
  const close = new Set(actTerms);
  for (const term of actTerms) {
    for (const alternative of alternatives.get(term) ?? [])
      if (alternative.credit >= CLOSE_RELATION_CREDIT) close.add(alternative.term);
  }
  return close;
}

/** The term of "sign", "signed", "signing". */
const SIGN_TERM = analyzeText("signed")[0] ?? "sign";

/**
 * Whether a sentence tells the act asked by a document signed: "what did they AGREE" is told by
 * "signed a memorandum of understanding to set up a remittance corridor", since the act's close
 * form "agreement" is a document, and a signed document of any kind (MoU, accord, protocol) is an
 * agreement made.
 */
function signsDocumentOfAct(
  actTerms: readonly string[],
  own: TermLookup,
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
): boolean {
  if (actTerms.length === 0 || !own.has(SIGN_TERM)) return false;
  for (const form of closeFormsOf(actTerms, alternatives)) {
    for (const kind of documentKindOf(form)) if (own.has(kind)) return true;
  }
  return false;
}

/** Answer types a deed told only as planned does not answer when asked of the past. */
const PLANS_TELL_NOTHING: ReadonlySet<string> = new Set(["content", "place", "date", "person"]);
/** A question asked of what happened: "where WERE they held", "when DID he arrive". */
const ASKS_PAST = /\b(?:did|was|were|had)\b/iu;

/** Whether a sentence reports what was said, agreed or covered: a reporting verb or a list of subjects. */
function reportsContent(text: string): boolean {
  // "..., the Foreign Office said" attributes the sentence, and tells no more of the meeting; nor
  // does a list of those who held it ("Before the signing, X, Y and Z held talks at the ministry").
  if (TELLS_ONLY_THE_MEETING.test(text.replace(TRAILING_ATTRIBUTION, "."))) return false;
  const folded = foldText(text);
  if (listIn(folded) !== null) return true;
  // "X called on Y" is a visit, not a call for anything.
  // "Held talks with X", "followed by talks in an expanded format": the talks are the event, and
  // say what was said only when a subject follows them ("talks ... ON settling trade").
  return hasReportingVerb(
    folded.replace(CALLED_ON, "").replace(TALKS_AS_EVENT, " ").replace(GERUND_AS_EVENT, " "),
  );
}

/**
 * "Talks" as the event a sentence tells of (after "held", "had", "followed by", an article or an
 * adjective), with no subject of them in the rest of the clause: "on", "about", "over" before
 * anything but a day, a date, "the sidelines" or a visit.
 */
const TALKS_AS_EVENT =
  /\b(?:held|had|hold|holds|holding|followed by|after|during|in|at|of|for|and|with)\s+(?:(?:the|their|his|her|its|wide-ranging|bilateral|official|formal|detailed|extensive|further|delegation-level|one-on-one)\s+){0,2}talks\b(?![^.;]*?\b(?:on|about|over|regarding|concerning|covering|focused on|focusing on)\s+(?!(?:the\s+)?(?:sidelines|margins|eve|occasion|day|same day)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:a|an)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\b))/gu;

/**
 * A sentence telling only who signed a document the report has named, or where or when ("THE MOU
 * WAS SIGNED at a ceremony at the Ministry of Energy", "The agreement was signed by ..."): what
 * was signed, the sentence that named it tells.
 */
const TELLS_ONLY_THE_SIGNING =
  /^(?:the|this|these|both) (?:[\p{L}-]+ ){0,2}(?:mou|mous|memorand[\p{L}]*|agreements?|documents?|deals?|accords?|pacts?|treat(?:y|ies)|protocols?|contracts?|declarations?)\s+(?:was|were|had been|have been|has been)\s+(?:signed|inked|initial+ed)(?:\s+(?:by|at|in|on|during|after|before|between|here|today|yesterday)\b|\s*[,.])/iu;

/** "..., the Foreign Office said.", "..., Trend reports.": who tells it, at the sentence's end. */
const TRAILING_ATTRIBUTION =
  /,\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:\p{Ll}+\s+)?(?:said|says|reported|reports|informs|stated|added)\s*[.!]?\s*$/u;

/** A setting after a meeting: "with Minister X", "on the sidelines of the ADEX exhibition", "in Baku", "on Wednesday". */
const SETTING =
  "(?:\\s*,?\\s+at (?:the |a |an )?(?:[a-z-]+\\s+){0,2}[a-z-]+(?=[\\s,.])|\\s*,?\\s+(?:with|at|in|on the sidelines of|during|via|on|here|today|yesterday)(?:\\s+(?:the|a|an|his|her|their))?(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|and|for|video|link|exhibition|sidelines|\\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*)";

/**
 * A gerund after a determiner names the event, not what was done at it: "Before THE SIGNING, X and
 * Y held talks" reports no signing of anything, nor what was said.
 */
const GERUND_AS_EVENT = /\b(?:the|a|an|this|that|its|their|his|her)\s+\p{L}+ing\b/gu;

/** "Called on" (paid a visit to); "called upon" is mostly "urged", which reports what was said. */
const CALLED_ON = /\bcall(?:s|ed|ing)? on\b/gu;

/**
 * A sentence that tells only that a meeting took place and where and when ("X and Y held talks on
 * the sidelines of the ADEX exhibition on Wednesday"), not what it was about: the sentence after
 * it says that.
 */
const TELLS_ONLY_THE_MEETING = new RegExp(
  `\\b(?:held|had) (?:talks|a meeting|meetings|a (?:phone|telephone|video) (?:call|conversation)|a telephone conversation)${SETTING}*\\s*[.!]?\\s*$`,
  "u",
);

/** Terms of the kinds of place a list of place names counts: "how many COUNTRIES took part". */
const PLACE_KIND_TERMS: ReadonlySet<string> = new Set(
  analyzeText("country countries nation nations state states city cities capital capitals"),
);

/**
 * Whether a list counts what was asked: any list when nothing is named or only a kind ("how many
 * areas"), else one whose head names it, or one of place names when places are counted.
 */
function listCounts(list: ListInSentence | null, focus: ReadonlySet<string>, anyList: boolean): boolean {
  if (list === null) return false;
  if (anyList || focus.size === 0 || analyzeText(list.head).some((term) => focus.has(term))) return true;
  return [...focus].some((term) => PLACE_KIND_TERMS.has(term)) && listsPlaces(list.items);
}

/**
 * A title in quotation marks: a few capitalised words, "and", "of" or "the" between them
 * ("'Khosrow and Shirin'", "“Leyli and Majnun”"); not a quoted sentence.
 */
const QUOTED_TITLE =
  /(?:^|[\s(])['‘"“](\p{Lu}[\p{L}'’-]*(?:\s(?:and|of|the|\p{Lu}[\p{L}'’-]*)){0,5})[’'"”](?=[\s,.;:)]|$)/u;

/** Terms of the kinds of place that are countries: "which COUNTRY", not "which city". */
const COUNTRY_KIND_TERMS: ReadonlySet<string> = new Set(analyzeText("country countries nation nations"));

/**
 * Whether a sentence names a place of the kind a which-question asks for that the question does not
 * name: "which city will get the trade house": "a trade house in LAHORE", by the gazetteer.
 */
function namesPlaceOfKind(text: string, focus: ReadonlySet<string>, asked: ReadonlySet<string>): boolean {
  const kinds = [...focus].filter((term) => PLACE_KIND_TERMS.has(term));
  if (kinds.length === 0) return false;
  const countries = kinds.some((term) => COUNTRY_KIND_TERMS.has(term));
  for (const match of text.matchAll(PLACE_NAME)) {
    const name = match[0].split(/\s/u)[0] ?? "";
    const place = lookUpPlace(name);
    if (place === null || place.isCountry !== countries) continue;
    if (!analyzeText(name).some((term) => asked.has(term))) return true;
  }
  return false;
}

/**
 * Whether a sentence holds the kind of thing a question asks for: a clear answer span for
 * date/place/person/number/reason questions, a specific instance of the focus for which-questions.
 */
export function holdsAnswerKind(
  text: string,
  question: AnalysedQuestion,
  focus: ReadonlySet<string>,
  terms?: readonly string[],
  countedForms?: ReadonlySet<string>,
  focusLemmas?: ReadonlyMap<string, ReadonlySet<string>>,
  asked?: ReadonlySet<string>,
): boolean {
  // Their words are analysed one by one: the terms are known from the text's own analysis.
  if (terms !== undefined && READ_WORD_BY_WORD.has(question.answerType)) rememberTermsOnce(text, terms);
  switch (question.answerType) {
    // "Which products get lower duties": a list of them answers too, when its head names them in some
    // form ("basmati rice, mangoes and sports GOODS").
    case "which":
      return (
        namesFocus(text, focus, focusLemmas, asked) ||
        (question.asksSeveral && listCounts(listIn(text), focus, question.countsKinds)) ||
        // The kind as asked ("which CITY"), not its looser relations ("area": region).
        namesPlaceOfKind(text, new Set(question.focus), new Set(question.terms)) ||
        // "Which other Nizami work": "a second translation, of Nizami's 'Khosrow and Shirin'".
        (question.asksForWork === true && QUOTED_TITLE.test(text))
      );
    // "What did traders SAY": what someone said; "what did they discuss, sign": a report of it.
    case "content":
      return question.asksForQuote
        ? QUOTATION.test(text)
        : reportsContent(text) && !TELLS_ONLY_THE_SIGNING.test(text);
    // A list answers "how many X" only when it is a list of X: "areas such as trade, investment and
    // people-to-people exchanges" does not count how many people live somewhere.
    case "number":
      if (question.asksAmount) return moneyPhrase(text, termSetOf(question)) !== null;
      return (
        // The focus's forms hold the counted terms' dictionary alternatives ("planes": aircraft).
        countOf(
          text,
          question.counted.size === 0 ? null : new Set([...question.counted, ...focus]),
          question.counted,
          question.countsAsPeople,
        ) !== null ||
        (countedForms !== undefined &&
          countByOtherName(text, countedForms, question.counted, question.countsAsPeople) !== null) ||
        (question.asksSize && sizePhrase(text) !== null) ||
        peopleWhoDid(text, question) !== null ||
        listCounts(listIn(text), focus, question.countsKinds)
      );
    case "other":
    case "yesno":
      return false;
    default:
      return findAnswerSpan(text, question, new Set(question.terms)) !== null;
  }
}

/** A question's terms as a set, made once per question: a sum it names is looked up for every candidate. */
const termSets = new WeakMap<AnalysedQuestion, ReadonlySet<string>>();
function termSetOf(question: AnalysedQuestion): ReadonlySet<string> {
  const known = termSets.get(question);
  if (known !== undefined) return known;
  const terms = new Set(question.terms);
  termSets.set(question, terms);
  return terms;
}

/** Texts whose words' terms were remembered lately: candidates recur across questions. */
const MAX_REMEMBERED_TEXTS = 8_000;
const rememberedTexts = new Set<string>();

/** {@link rememberTerms}, once for a text that recurs: reading its words again costs more than the check. */
function rememberTermsOnce(text: string, terms: readonly string[]): void {
  if (rememberedTexts.has(text)) return;
  rememberTerms(text, terms);
  if (rememberedTexts.size >= MAX_REMEMBERED_TEXTS) rememberedTexts.clear();
  rememberedTexts.add(text);
}

/** Answer types whose check analyses the sentence's words or names one by one. */
const READ_WORD_BY_WORD: ReadonlySet<string> = new Set([
  "which",
  "place",
  "person",
  "description",
  "titleHolder",
  // A why-question's reason is looked for from the word that tells its verb.
  "reason",
]);

/** Weighted share of `terms` found in `own` (full credit) or `around` (partial credit). */
interface Coverage {
  readonly total: number;
  readonly inSentence: number;
  readonly inContext: number;
}

/** Terms a sentence stands for beside its own: a set, or a short list (a dateline's place). */
type MoreTerms = ReadonlySet<string> | readonly string[];

function isEmpty(terms: MoreTerms): boolean {
  return "size" in terms ? terms.size === 0 : terms.length === 0;
}

/**
 * The sentence's own terms with those it refers back to, its dateline's place and the like, looked
 * up in each instead of copied into one set for every candidate.
 */
function unionOf(own: TermLookup, ...more: readonly MoreTerms[]): TermLookup {
  const others = more.filter((terms) => !isEmpty(terms));
  if (others.length === 0) return own;
  return {
    has: (term) =>
      own.has(term) || others.some((terms) => ("has" in terms ? terms.has(term) : terms.includes(term))),
  };
}

/** How a question's term is found in a set of terms: 1 for itself, less for an alternative, 0 if absent. */
function creditIn(
  term: string,
  terms: TermLookup,
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
): number {
  if (terms.has(term)) return 1;
  let best = 0;
  for (const alternative of alternatives.get(term) ?? []) {
    if (alternative.credit > best && terms.has(alternative.term)) best = alternative.credit;
  }
  return best;
}

function coverageOf(
  weights: Iterable<readonly [string, number]>,
  own: TermLookup,
  around: TermLookup,
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
): Coverage {
  let total = 0;
  let inSentence = 0;
  let inContext = 0;
  for (const [term, weight] of weights) {
    total += weight;
    const credit = creditIn(term, own, alternatives);
    if (credit > 0) inSentence += credit * weight;
    else inContext += creditIn(term, around, alternatives) * weight;
  }
  return { total, inSentence, inContext };
}

/** No terms: a sentence that names no thing before it. */
const NO_TERMS: ReadonlySet<string> = new Set();

/** Credit of a topic word found only in the sentence a report's later sentence refers back to. */
const CARRIED_TOPIC_CREDIT = 0.75;

/** A coverage whose words in the sentence referred back to count at CARRIED_TOPIC_CREDIT. */
function blendCarried(own: Coverage, withCarried: Coverage | null): Coverage {
  if (withCarried === null) return own;
  const carriedOnly = withCarried.inSentence - own.inSentence;
  if (carriedOnly <= 0) return own;
  return {
    total: own.total,
    inSentence: own.inSentence + CARRIED_TOPIC_CREDIT * carriedOnly,
    inContext: Math.max(0, own.inContext - carriedOnly),
  };
}

function creditOf(coverage: Coverage, contextCredit: number): number {
  return coverage.total === 0
    ? 0
    : (coverage.inSentence + contextCredit * coverage.inContext) / coverage.total;
}

/**
 * The weight of each of the question's terms.
 * @param store - the passage store
 * @param question - the analysed question
 */
export function questionWeights(store: PassageStore, question: AnalysedQuestion): Map<string, number> {
  const general = new Map(question.generalWords.map((word) => [word.term, word.specificity]));
  const articles = store.articles.length;
  // An ordinary word no article uses can only be paraphrased: it weighs like a word of moderate
  // frequency, not like the rarest name, or one unmatched word would sink every sentence.
  const moderate = Math.log(
    1 + (articles - ABSENT_WORD_SHARE * articles + 0.5) / (ABSENT_WORD_SHARE * articles + 0.5),
  );
  return new Map(
    question.terms.map((term) => {
      const specificity = general.get(term);
      if (specificity === undefined) return [term, termWeight(store, term)];
      const absent = (store.articleFrequency.get(term) ?? 0) === 0;
      return [term, (absent ? moderate : termWeight(store, term)) * specificity];
    }),
  );
}

/**
 * How much of the question reads in the sentence in the same order: the longest run of the
 * question's terms that the sentence has consecutively, as a share of the question ("Sharif thanked
 * Aliyev" over "Aliyev thanked Sharif"). 0 when no two terms stand together.
 */
function inOrderShare(question: readonly string[], sentence: readonly string[]): number {
  if (question.length < 2) return 0;
  let longest = 0;
  for (let q = 0; q < question.length; q++) {
    for (let s = 0; s < sentence.length; s++) {
      let run = 0;
      while (
        q + run < question.length &&
        s + run < sentence.length &&
        question[q + run] === sentence[s + run]
      )
        run++;
      if (run > longest) longest = run;
    }
  }
  return longest < 2 ? 0 : (longest - 1) / (question.length - 1);
}

/** Whether the terms of a title stand together in the sentence, in order ("Minister of Defence, Azerbaijan"). */
function standsAsPhrase(terms: readonly string[], sequence: readonly string[]): boolean {
  if (terms.length < 2) return false;
  // Indexed loops: this runs at every position of every candidate, and `entries()` allocates.
  outer: for (let start = 0; start + terms.length <= sequence.length; start += 1) {
    for (let offset = 0; offset < terms.length; offset++)
      if (sequence[start + offset] !== terms[offset]) continue outer;
    return true;
  }
  return false;
}

/** Analysed month names. */
const MONTH_TERMS: ReadonlySet<string> = new Set(
  analyzeText("January February March April May June July August September October November December"),
);

/**
 * The months and years that date what a sentence reports: its own year when it names one ("In July
 * 2024, ..."), else its article's year, and the same for the month. A year elsewhere in the
 * article dates something else.
 */
function datingTerms(store: PassageStore, passageId: number, own: ReadonlySet<string>): ReadonlySet<string> {
  const article = store.articles[store.passages[passageId]?.articleIndexes[0] ?? -1];
  const dated = dateTerms(article?.date ?? null);
  const isYear = (term: string): boolean => /^(?:19|20)\d{2}$/u.test(term);
  const ownYear = [...own].some(isYear);
  const ownMonth = [...own].some((term) => MONTH_TERMS.has(term));
  return new Set([...own, ...dated.filter((term) => (isYear(term) ? !ownYear : !ownMonth))]);
}

/** The word "year", which a sentence stating a year ("in 2026") names. */
const YEAR_TERMS: ReadonlySet<string> = new Set(analyzeText("year"));
/** A year relative to the report's: "next year", "last year", "this year". */
const RELATIVE_YEAR = /\b(next|last|this|coming|previous)\s+year\b/u;
/** Each relative year's offset from the report's year. */
const YEAR_OFFSETS: Readonly<Record<string, number>> = {
  next: 1,
  coming: 1,
  last: -1,
  previous: -1,
  this: 0,
};

/** The offset of the year a question speaks of from the report's ("next year": 1), or null. */
function yearOffsetOf(question: AnalysedQuestion): number | null {
  if (!question.generalWords.some((word) => YEAR_TERMS.has(word.term))) return null;
  const relation = RELATIVE_YEAR.exec(foldText(question.text))?.[1];
  return relation === undefined ? null : (YEAR_OFFSETS[relation] ?? null);
}

/** Whether a sentence states, in figures, the year so far from its article's ("in 2026" in a 2025 report). */
function statesYear(
  store: PassageStore,
  passage: Passage | undefined,
  text: string,
  offset: number,
): boolean {
  const date = store.articles[passage?.articleIndexes[0] ?? -1]?.date;
  if (date === null || date === undefined) return false;
  const year = Number(date.slice(0, 4)) + offset;
  return new RegExp(`\\b${year}\\b`, "u").test(text);
}

/** Words for money in general, which a stated sum names. */
const MONEY_TERMS: ReadonlySet<string> = new Set(analyzeText("money funds funding cash sum"));

/** Only corrected spellings stand in for names: a related word is not the same person or thing. */
function spellingsOnly(
  alternatives: ReadonlyMap<string, readonly Alternative[]>,
): ReadonlyMap<string, readonly Alternative[]> {
  const kept = new Map<string, readonly Alternative[]>();
  for (const [term, list] of alternatives) {
    const spellings = list.filter(
      (alternative) => alternative.via === "spelling" || alternative.via === "government",
    );
    if (spellings.length > 0) kept.set(term, spellings);
  }
  return kept;
}

/** Whether each name and title of the question is found: in the sentence, and around it. */
/**
 * A sentence that tells of a pair by what they are ("THE TWO MINISTERS also agreed", "BOTH
 * LEADERS"): the two its report named before, who need not be named beside it.
 */
const REFERS_TO_PAIR =
  /\b(?:the two|both)\s+(?:leaders|ministers|presidents|premiers|prime ministers|foreign ministers|sides|delegations|officials|speakers|commanders|chiefs|secretaries|envoys|heads)\b/iu;

/** Sentences of a report read back for the pair a sentence refers to: a news report's opening. */
const MAX_NAMED_BEFORE = 20;

/** Passages whose earlier sentences' terms are kept per store, as the other per-passage readings are. */
const MAX_CACHED_NAMED_BEFORE = 4_000;

/** The terms of the sentences before a passage in the first report carrying it, per store. */
const namedBefore = memoPerStore(MAX_CACHED_NAMED_BEFORE, (store, passageId: number): ReadonlySet<string> => {
  const order = store.articlePassages[store.passages[passageId]?.articleIndexes[0] ?? -1] ?? [];
  const at = order.indexOf(passageId);
  const terms = new Set<string>();
  for (const id of order.slice(Math.max(0, at - MAX_NAMED_BEFORE), Math.max(0, at)))
    for (const term of store.passages[id]?.terms ?? []) terms.add(term);
  return terms;
});

/** Whether one sentence of an article holds all these terms. */
function articleHasAll(
  store: PassageStore,
  articleIndex: number | undefined,
  terms: readonly string[],
): boolean {
  if (articleIndex === undefined) return false;
  for (const passageId of store.articlePassages[articleIndex] ?? []) {
    const own = store.passages[passageId]?.terms ?? [];
    if (terms.every((term) => own.includes(term))) return true;
  }
  return false;
}

function findAnchors(
  question: AnalysedQuestion,
  weights: ReadonlyMap<string, number>,
  own: TermLookup,
  around: TermLookup,
  spellings: ReadonlyMap<string, readonly Alternative[]>,
  namedInArticle: (terms: readonly string[]) => boolean = () => false,
): { found: boolean; inSentence: boolean; anyInSentence: boolean } {
  let found = question.timeTerms.every((term) => own.has(term) || around.has(term));
  let inSentence = true;
  let anyInSentence = false;
  for (const group of question.anchorGroups) {
    const needed = group.compound ? 1 : ANCHOR_GROUP_FOUND_SHARE;
    // By weight: the rare part of a name ("Modi" in "Prime Minister Modi") decides whether it is
    // found. One pass over the weighted terms, summing in their order, for both shares.
    let weighted = 0;
    let total = 0;
    let inOwn = 0;
    let inOwnOrAround = 0;
    for (const term of group.terms) {
      const weight = weights.get(term) ?? 0;
      if (!(weight > 0)) continue;
      weighted += 1;
      total += weight;
      const here = creditIn(term, own, spellings) > 0;
      if (here) inOwn += weight;
      if (here || creditIn(term, around, spellings) > 0) inOwnOrAround += weight;
    }
    if (weighted === 0) continue;
    // "Durrani, a career diplomat who ...": a person's surname alone stands for the full name the
    // article gives elsewhere ("Ambassador Bilal Ahmed Durrani").
    const surname = group.terms.at(-1);
    if (
      inOwnOrAround / total < needed - 1e-9 &&
      group.terms.length >= 2 &&
      surname !== undefined &&
      (weights.get(surname) ?? 0) > 0 &&
      own.has(surname) &&
      namedInArticle(group.terms)
    ) {
      anyInSentence = true;
      continue;
    }
    if (inOwnOrAround / total < needed - 1e-9) found = false;
    if (inOwn / total < needed - 1e-9) inSentence = false;
    else anyInSentence = true;
  }
  return { found, inSentence, anyInSentence };
}

/** Words that make an office another one: a deputy foreign minister is not the foreign minister. */
const RANK_MODIFIERS: ReadonlySet<string> = new Set(
  analyzeText("deputy vice acting former assistant junior interim caretaker"),
);

/** Terms before an office that may rank it ("deputy" in "Deputy Foreign Minister", three terms back once analysed). */
const RANK_WINDOW = 3;

/**
 * The sentence's terms, less the offices it holds only under a rank the question did not ask for
 * ("Deputy Foreign Minister" does not answer "the foreign minister").
 */
function termsAsAsked(terms: readonly string[], asked: ReadonlySet<string>): Set<string> {
  const own = new Set(terms);
  for (const role of asked) {
    if (!ROLE_TERMS.has(role) || !own.has(role)) continue;
    const plain = terms.some(
      (term, at) =>
        term === role &&
        !terms
          .slice(Math.max(0, at - RANK_WINDOW), at)
          .some((before) => RANK_MODIFIERS.has(before) && !asked.has(before)),
    );
    if (!plain) own.delete(role);
  }
  return own;
}

/** What judging derives from the question alone: made once per question, not once per candidate. */
interface QuestionPlan {
  readonly question: AnalysedQuestion;
  readonly expanded: ExpandedQuery;
  /** Which one of a series the question asks of ("the SECOND batch"). */
  readonly ordinals: Ordinals;
  /** The question's terms. */
  readonly asked: ReadonlySet<string>;
  /** The offices among them ("minister"), which a rank the question did not ask makes another office. */
  readonly askedOffices: readonly string[];
  readonly focus: ReadonlySet<string>;
  /**
   * The focus's head ("which peace DEAL"), the kind an answer may name by an instance instead; the
   * words before it narrow the kind and must be found like any other ("PEACE").
   */
  readonly focusHead: ReadonlySet<string>;
  readonly anchorTerms: ReadonlySet<string>;
  readonly spellings: ReadonlyMap<string, readonly Alternative[]>;
  /** The weights' entries, in the weights' order (sums in that order give the same figures). */
  readonly weighted: readonly (readonly [string, number])[];
  readonly hasTopic: boolean;
  readonly vagueness: number;
  /** The terms of the question's vague ordinary words ("come", "go", "get"). */
  readonly vagueTerms: ReadonlySet<string>;
  /** The terms of the question's verbs ("held": hold), the deeds it asks about. */
  readonly deedTerms: readonly string[];
  readonly focusForms: ReadonlySet<string>;
  /** From {@link countedFormsOf}. */
  readonly countedForms: ReadonlySet<string> | undefined;
  /** The dictionary words the focus's alternatives stand for, by term: a word of their term but another lemma names no instance. */
  readonly focusLemmas: ReadonlyMap<string, ReadonlySet<string>>;
  /** From {@link questionSettingTerms}. */
  readonly settingTerms: ReadonlySet<string>;
  /** From {@link placeMentionsOf}. */
  readonly placeMentions: readonly PlaceMention[];
  /** The question's passive verb ("where are the jets BEING BUILT"), as a pattern of a sentence saying it so; null when none. */
  readonly passive: RegExp | null;
  /** Every term scoring may look up around a sentence: the question's terms and their alternatives. */
  readonly lookedUp: ReadonlySet<string>;
  /** The candidates' surroundings as this question reads them, per store. */
  readonly surroundings: WeakMap<PassageStore, PlannedSurroundings>;
  /** The kinds of thing the question asks about that a sentence may name by a definite mention ({@link kindsAsked}). */
  readonly askedKinds: readonly ReadonlySet<string>[];
  /** Whether the question names money in general ("did they give MONEY"), which a stated sum names. */
  readonly asksMoney: boolean;
  /**
   * The year a question speaks of relative to when it is reported ("NEXT year": +1, "last year": -1,
   * "this year": 0), which a sentence stating that year in figures names; null when it speaks of none.
   */
  readonly yearOffset: number | null;
  /** Whether the question asks about a meeting ("who did X MEET"), which "held talks with", "called on" tell. */
  readonly asksMeeting: boolean;
}

/**
 * The nouns a count of what a "how many X" asks may call it by: X, its focus's close relations,
 * its kinds two steps up or down ("planes": "two C-130 AIRCRAFT"), and for a document any kind of
 * document ("agreements": "eleven DOCUMENTS were signed"); undefined for no count of a noun.
 * @param question - the analysed question
 * @param expanded - its alternatives
 */
export function countedFormsOf(
  question: AnalysedQuestion,
  expanded: ExpandedQuery,
): ReadonlySet<string> | undefined {
  if (question.answerType !== "number" || question.counted.size === 0) return undefined;
  const known = countedFormsMemo.get(question);
  if (known !== undefined && known.expanded === expanded) return known.forms;
  const focus = new Set(question.focus);
  const forms = new Set([
    ...question.counted,
    ...focus,
    ...[...focus].flatMap((term) =>
      (expanded.alternatives.get(term) ?? [])
        .filter(
          (alternative) =>
            // The focus is a noun phrase: a verb's relations name no instance of it.
            alternative.otherPos !== true &&
            (alternative.credit >= CLOSE_RELATION_CREDIT ||
              // A count may call what it counts by a kind two steps up or down, though such a step
              // is too loose to say the same in other words.
              (IS_A.has(alternative.via) && alternative.credit >= MIN_COUNTED_KIND_CREDIT)),
        )
        .map((alternative) => alternative.term),
    ),
    ...[...question.counted].flatMap((term) => [...documentKindOf(term)]),
  ]);
  countedFormsMemo.set(question, { expanded, forms });
  return forms;
}

const countedFormsMemo = new WeakMap<
  AnalysedQuestion,
  { readonly expanded: ExpandedQuery; readonly forms: ReadonlySet<string> }
>();

/** Each question's plan, by its weights: `questionWeights` makes a new, unchanging map per question. */
const plans = new WeakMap<ReadonlyMap<string, number>, QuestionPlan>();

function planOf(
  question: AnalysedQuestion,
  expanded: ExpandedQuery,
  weights: ReadonlyMap<string, number>,
): QuestionPlan {
  const known = plans.get(weights);
  if (known !== undefined && known.question === question && known.expanded === expanded) return known;
  const { alternatives } = expanded;
  const focus = new Set(question.focus);
  const anchorTerms = new Set(question.anchorGroups.flatMap((group) => group.terms));
  const asked = new Set(question.terms);
  const settingTerms = questionSettingTerms(question);
  // "Which minister did he meet THE DAY AFTER THE CONSULTATIONS": the setting places what is asked;
  // the sentence that answers often names it by a reference back ("The following day, ...").
  const weighted = [...weights].map(
    ([term, weight]) =>
      [
        term,
        settingTerms.has(term) && !anchorTerms.has(term) ? weight * SETTING_WEIGHT_SHARE : weight,
      ] as const,
  );
  // A count or list must be of what was asked, or of a close relation ("planes": aircraft), not of
  // anything the focus reaches loosely ("jet": course).
  const formCredit =
    question.answerType === "number"
      ? CLOSE_RELATION_CREDIT
      : question.answerType === "which"
        ? MIN_INSTANCE_FORM_CREDIT
        : 0;
  const plan: QuestionPlan = {
    question,
    expanded,
    ordinals: ordinalsOf(question.text),
    asked,
    askedOffices: [...asked].filter((term) => ROLE_TERMS.has(term)),
    asksMoney: question.terms.some((term) => MONEY_TERMS.has(term)),
    asksMeeting: question.generalWords.some((word) => MEETING_TERMS.has(word.term)),
    yearOffset: yearOffsetOf(question),
    focus,
    focusHead: new Set(question.focus.slice(-1)),
    anchorTerms,
    spellings: spellingsOnly(alternatives),
    weighted,
    // A question with topic words keeps them even when the only ones are focus words this sentence lacks.
    hasTopic: weighted.some(([term, weight]) => !anchorTerms.has(term) && weight > 0),
    deedTerms: question.generalWords.filter((word) => word.pos === "verb").map((word) => word.term),
    vagueTerms: new Set(
      question.generalWords.filter((word) => word.specificity < VAGUE_BELOW).map((word) => word.term),
    ),
    vagueness:
      question.generalWords.length === 0
        ? 0
        : question.generalWords.reduce((sum, word) => sum + (1 - word.specificity), 0) /
          question.generalWords.length,
    focusLemmas: lemmasOfForms(focus, alternatives, formCredit),
    focusForms: new Set([
      ...focus,
      ...[...focus].flatMap((term) =>
        (alternatives.get(term) ?? [])
          // The focus is a noun phrase: a verb's relations name no instance of it.
          .filter((alternative) => alternative.credit >= formCredit && alternative.otherPos !== true)
          .map((alternative) => alternative.term),
      ),
    ]),
    countedForms: countedFormsOf(question, expanded),
    placeMentions: placeMentionsOf(question),
    passive: passiveOf(question.text),
    settingTerms,
    lookedUp: new Set([
      ...weights.keys(),
      ...question.terms,
      ...question.timeTerms,
      ...question.generalWords.map((word) => word.term),
      ...alternatives.keys(),
      ...[...alternatives.values()].flatMap((list) => list.map((alternative) => alternative.term)),
    ]),
    surroundings: new WeakMap(),
    askedKinds: kindsAsked(asked),
  };
  plans.set(weights, plan);
  return plan;
}

/** Words that open a setting of time or occasion: "AFTER the talks", "ON THE SIDELINES OF the summit". */
const SETTING_OPENER =
  "(?:after|following|during|before|ahead of|at the end of|in the course of|on the sidelines of|on the eve of)";

/**
 * A sentence's opening adjunct of time or setting ("After the talks, ...", "On the sidelines of the
 * summit, ..."): it refers back to an event told before, and says nothing of what the sentence reports.
 */
const LEADING_SETTING = new RegExp(`^${SETTING_OPENER}\\s+([^,;:]{1,80}),`, "iu");

/** A setting the question itself gives ("who did he meet DURING HIS VISIT"): up to three words after it. */
const SETTING_IN_QUESTION = new RegExp(`\\b${SETTING_OPENER}((?:\\s+[\\p{L}\\p{N}'’-]+){1,3})`, "giu");

/** Terms of the settings a question gives, which a sentence's opening setting may match. */
function questionSettingTerms(question: AnalysedQuestion): ReadonlySet<string> {
  return new Set(
    [...question.text.matchAll(SETTING_IN_QUESTION)].flatMap((match) => analyzeText(match[1] ?? "")),
  );
}

/**
 * The sentence's terms less those that stand only in its opening setting ("the talks" in "After the
 * talks, the two sides signed ..."): the sentence is about what it reports after it, unless the
 * question asks within that setting too.
 */
function termsBeyondSetting(
  text: string | undefined,
  terms: readonly string[],
  asked: ReadonlySet<string>,
): readonly string[] {
  if (text === undefined) return terms;
  const setting = LEADING_SETTING.exec(text);
  if (setting === null) return terms;
  const rest = new Set(analyzeText(text.slice(setting[0].length)));
  const onlyThere = new Set(
    analyzeText(setting[1] ?? "").filter((term) => !rest.has(term) && !asked.has(term)),
  );
  return onlyThere.size === 0 ? terms : terms.filter((term) => !onlyThere.has(term));
}

/**
 * Whether a sentence names the countries a question asks a pair of ("what did Pakistan and TURKEY
 * sign", "did IRAN receive jets from Pakistan"): each one only some articles name must stand in it.
 * One country alone is most often where it happened ("trained in Pakistan"), which the report
 * need not repeat.
 */
function countriesTold(
  question: AnalysedQuestion,
  weights: ReadonlyMap<string, number>,
  inSentence: (group: { readonly terms: readonly string[] }) => boolean,
): boolean {
  const countries = question.anchorGroups.filter((group) => isCountryName(group.phrase));
  return (
    countries.length < 2 ||
    countries.filter((group) => group.terms.some((term) => (weights.get(term) ?? 0) > 0)).every(inSentence)
  );
}

/**
 * Judges one passage against a question.
 * @param store - the passage store
 * @param question - the analysed question
 * @param expanded - the question's alternatives (from `expandQuery`)
 * @param weights - the question's term weights (from `questionWeights`)
 * @param passageId - the passage to judge
 * @param bm25 - the passage's retrieval score relative to the best candidate (0-1)
 */
export function judgePassage(
  store: PassageStore,
  question: AnalysedQuestion,
  expanded: ExpandedQuery,
  weights: ReadonlyMap<string, number>,
  passageId: number,
  bm25: number,
): Judgement {
  const passage = store.passages[passageId];
  // Read once: a served passage decodes its text (from the saved file) and terms on every read.
  const text = passage?.text;
  const terms = passage?.terms ?? [];
  const plan = planOf(question, expanded, weights);
  const { focus, anchorTerms, spellings, hasTopic, vagueness } = plan;
  const ownWords = termsAsAsked(termsBeyondSetting(text, terms, plan.settingTerms), plan.asked);
  // "Did Azerbaijan give Pakistan MONEY": a sentence stating a sum ("$2 million in assistance") names it.
  const withMoney =
    plan.asksMoney && text !== undefined && moneyPhrase(text) !== null
      ? unionOf(ownWords, MONEY_TERMS)
      : ownWords;
  // "Did the minister MEET Sharif": "He also called on Prime Minister Shehbaz Sharif" tells it.
  const withMeeting =
    plan.asksMeeting && text !== undefined && tellsMeetingOtherwise(text)
      ? unionOf(withMoney, MEETING_TERMS)
      : withMoney;
  // "Will it be held in Pakistan NEXT YEAR": "would be held in Pakistan in 2026" names the year.
  const own =
    plan.yearOffset !== null && text !== undefined && statesYear(store, passage, text, plan.yearOffset)
      ? unionOf(withMeeting, YEAR_TERMS)
      : withMeeting;
  let surroundings = plan.surroundings.get(store);
  if (surroundings === undefined) {
    surroundings = new PlannedSurroundings(store, plan.lookedUp);
    plan.surroundings.set(store, surroundings);
  }
  const around = surroundings.of(passageId);
  const { alternatives } = expanded;

  // Focus words ("which CITY") name a category; the answer often names an instance instead, so
  // they count where the sentence has them and are not missed where it does not. A focus word no
  // article has at all ("which FOOTBALL team") names what the archive does not hold: it counts.
  const counted = plan.weighted.filter(
    ([term]) =>
      !plan.focusHead.has(term) ||
      creditIn(term, own, alternatives) > 0 ||
      ((store.articleFrequency.get(term) ?? 0) === 0 && !alternatives.has(term)),
  );
  const all = coverageOf(counted, own, around, alternatives);
  const anchorWeights = counted.filter(([term, weight]) => anchorTerms.has(term) && weight > 0);
  const topicWeights = counted.filter(([term]) => !anchorTerms.has(term));
  const carried = carriedTerms(store, passageId);
  // "He also called on ...", "The visiting dignitary laid ...": the person named before, with his
  // titles, of whom the sentence tells ("did the ENERGY MINISTER meet ..."). (Counted as the
  // sentence's names too, they cost an answer of the fifth archive's check half and gained none.)
  const person = personReferredTo(store, passageId);
  // The dateline's place ("BAKU:", "Baku, June 18, AZERTAC") is where every sentence of the report
  // was filed from: a name of the question found there stands in the sentence.
  const filedFrom = (passage?.articleIndexes ?? [])
    .slice(0, MAX_CONTEXT_ARTICLES)
    .flatMap((index) => placeTermsOf(store, index));
  // "Baku thanked Islamabad" names Baku, but not as where Sharif was.
  const { placeMentions } = plan;
  const folded = placeMentions.length === 0 || text === undefined ? "" : foldText(text);
  const elsewhere = placesNamedOtherwise(folded, placeMentions);
  const ownAsPlaced: TermLookup =
    elsewhere.size === 0 ? own : { has: (term) => own.has(term) && !elsewhere.has(term) };
  const ownNames = unionOf(
    ownAsPlaced,
    carried,
    filedFrom,
    countriesOfPlaces(store, passageId),
    officeHolderTerms(store, passageId),
    namesRepeatedByNoun(store, passageId),
  );
  // "What DID they talk about": talks that "will be organized" have told nothing of it yet.
  // "Where WERE the film days held": "hoped to hold Days of Azerbaijani Cinema in Lahore" tells a
  // plan, not where they were.
  const onlyPlanned =
    PLANS_TELL_NOTHING.has(question.answerType) &&
    !question.asksFuture &&
    (question.answerType === "content" || ASKS_PAST.test(question.text)) &&
    text !== undefined &&
    plansActOnly(text, [...question.actTerms, ...focus, ...plan.deedTerms], alternatives);
  const actTold =
    (question.actTerms.some((term) => creditIn(term, own, alternatives) >= CLOSE_RELATION_CREDIT) ||
      signsDocumentOfAct(question.actTerms, own, alternatives)) &&
    // "... but NO AGREEMENT was reached": the act told is denied, and what was agreed is not told.
    !(text !== undefined && deniesAct(text, question.actTerms, alternatives)) &&
    !onlyPlanned;
  // "Who signed": a name beside some other deed ("Mr Bhatti said the negotiations ...") is not the signer.
  const holdsKind =
    text !== undefined &&
    !onlyPlanned &&
    ((question.answerType !== "person" && question.answerType !== "content") ||
      question.actTerms.length === 0 ||
      actTold ||
      question.asksSource ||
      // "Who went with him": his party is told by "accompanied by", "the delegation includes".
      question.asksOthers === true) &&
    holdsAnswerKind(text, question, plan.focusForms, terms, plan.countedForms, plan.focusLemmas, plan.asked);
  // What was said or agreed continues the report of the meeting: its words ("video call", "talks in
  // Baku") belong to the sentence that refers back too, for less than that sentence's own words.
  // So do those of a thing that a sentence giving the answer names by its kind ("X and Y
  // signed THE AGREEMENT", "THE EXERCISE will last until May 23"), for the thing named before.
  // And "THE CENTRE is expected to be operational by 2027", of the maintenance centre asked about:
  // the words of the sentence that named the centre, a sentence or two before.
  const thingNamedBefore =
    holdsKind && text !== undefined && (opensWithAskedThing(text, plan.asked) || opensWithDocument(text))
      ? antecedentTerms(store, passageId)
      : NO_TERMS;
  const namesHere = thingNamedBefore.size > 0 ? unionOf(ownNames, thingNamedBefore) : ownNames;
  // "THE TWO MINISTERS also agreed ...": the pair the report named before, however far back.
  const aroundNames =
    text !== undefined && REFERS_TO_PAIR.test(text) ? unionOf(around, namedBefore(store, passageId)) : around;
  const anchors = coverageOf(anchorWeights, namesHere, aroundNames, spellings);
  const topic = blendCarried(
    coverageOf(topicWeights, own, around, alternatives),
    (carried.size > 0 &&
      (question.answerType === "content" ||
        (holdsKind &&
          text !== undefined &&
          (mentionsAskedKind(text, plan.askedKinds) || opensWithAskedThing(text, plan.asked))))) ||
      thingNamedBefore.size > 0
      ? coverageOf(topicWeights, namesHere, around, alternatives)
      : // "Did the energy minister meet Sharif": "He also called on ..." is said of the energy minister.
        person.size > 0
        ? coverageOf(topicWeights, unionOf(own, person), around, alternatives)
        : null,
  );
  const anchorsFound = findAnchors(question, weights, namesHere, aroundNames, spellings, (names) =>
    articleHasAll(store, passage?.articleIndexes[0], names),
  );
  const dating = question.timeTerms.length > 0 ? datingTerms(store, passageId, ownWords) : own;
  // "The next summit" stands for the trilateral summit the story opened with.
  const ownOrEvent = unionOf(own, carried, eventTerms(store, passageId), person);

  const hasAnchors = anchors.total > 0;
  const inSentence = (group: { readonly terms: readonly string[] }): boolean =>
    group.terms.some((term) => creditIn(term, ownNames, spellings) > 0);
  const topicShare = topic.total + anchors.total > 0 ? topic.total / (topic.total + anchors.total) : 0;
  // Names weigh ANCHOR_SHARE, more when the question's other words are vague ("did Sharif GO to
  // Baku"): then the names are what the question is about.
  const anchorShare = hasAnchors ? (hasTopic ? Math.min(MAX_ANCHOR_SHARE, ANCHOR_SHARE + vagueness) : 1) : 0;
  const relevance =
    anchorShare * creditOf(anchors, ANCHOR_CONTEXT_CREDIT) +
    (1 - anchorShare) * creditOf(topic, TOPIC_CONTEXT_CREDIT);
  const focusBonus = [...focus].some((term) => creditIn(term, own, alternatives) > 0) ? FOCUS_BONUS : 0;
  const actBonus = actTold ? ACT_BONUS : 0;
  // What someone said is best answered by what they are quoted saying.
  const quoteBonus = question.asksForQuote && text !== undefined && QUOTATION.test(text) ? QUOTE_BONUS : 0;
  const orderBonus = ORDER_BONUS * inOrderShare(question.terms, terms);
  const locationBonus =
    question.answerType === "yesno" &&
    placeMentions.some((mention) => mention.isPlace && mention.located.test(folded))
      ? LOCATION_BONUS
      : 0;
  const moreBonus =
    question.asksMore === true && text !== undefined && TELLS_MORE.test(text) ? MORE_BONUS : 0;
  // "Where are the jets being built": "The aircraft WILL BE BUILT at Kamra", not "jets built in Pakistan have arrived".
  const passiveBonus =
    plan.passive !== null && text !== undefined && plan.passive.test(text) ? PASSIVE_BONUS : 0;
  const placeStatedBonus =
    question.answerType === "place" && text !== undefined && PLACE_STATED.test(text) ? PLACE_STATED_BONUS : 0;
  const phraseBonus = question.anchorGroups.some((group) => standsAsPhrase(group.terms, terms))
    ? PHRASE_BONUS
    : 0;
  const missingTopic = topicWeights.filter(
    ([term, weight]) =>
      weight > 0 && !question.modifiers.includes(term) && creditIn(term, ownOrEvent, alternatives) === 0,
  );
  return {
    passageId,
    hasTopic,
    hasTopicBesideFocus: topicWeights.some(([term, weight]) => weight > 0 && !focus.has(term)),
    topicInSentence: topic.total > 0 ? topic.inSentence / topic.total : 0,
    topicInContext: topic.total > 0 ? topic.inContext / topic.total : 0,
    coverage: all.total === 0 ? 0 : (all.inSentence + all.inContext) / all.total,
    anchorsFound: anchorsFound.found,
    anchorsInSentence: anchorsFound.inSentence && (hasAnchors || hasTopic),
    someAnchorInSentence: anchorsFound.anyInSentence,
    hasAnchors,
    namesInSentence: question.anchorGroups.every(inSentence),
    countriesInSentence: countriesTold(question, weights, inSentence),
    tellsAnotherOrdinal: text !== undefined && tellsAnotherOrdinal(store, plan.ordinals, passageId, text),
    officeOfAnotherRank: plan.askedOffices.some((term) => !ownWords.has(term) && terms.includes(term)),
    citiesInSentence: question.anchorGroups
      .filter(
        (group) =>
          lookUpPlace(group.phrase)?.isCountry === false &&
          group.terms.some((term) => (weights.get(term) ?? 0) > 0),
      )
      .every(
        // A city only carried from the sentence before is not where a sentence naming another one
        // is set: "Caspian Air has no plans to fly to Multan ... The airline will launch flights to
        // LAHORE" tells no flights to Multan.
        (group) =>
          inSentence(group) &&
          (group.terms.some((term) => creditIn(term, own, spellings) > 0) ||
            text === undefined ||
            !namesAnotherCity(text, group.terms)),
      ),
    topicShare,
    timeStated: question.timeTerms.every((term) => dating.has(term)),
    topicMissing: missingTopic.length,
    vagueTopicMissing: missingTopic.filter(([term]) => plan.vagueTerms.has(term)).length,
    nounsMissing: question.generalWords.filter(
      (word) =>
        (word.pos === "noun" || (word.pos === "adj" && word.predicative !== true)) &&
        word.namesAnAct !== true &&
        !focus.has(word.term) &&
        // "his UPCOMING visit": when it is, told by tense or date, not a thing the sentence names.
        !question.modifiers.includes(word.term) &&
        topicWeights.some(([term, weight]) => term === word.term && weight > 0) &&
        Math.max(creditIn(word.term, ownNames, alternatives), creditIn(word.term, around, alternatives)) <
          CLOSE_RELATION_CREDIT,
    ).length,
    subjectMissing: (question.subjectTerms ?? []).some(
      (term) =>
        Math.max(creditIn(term, ownNames, alternatives), creditIn(term, around, alternatives)) <
        CLOSE_RELATION_CREDIT,
    ),
    topicExact: topicWeights.filter(([term, weight]) => weight > 0 && creditIn(term, own, spellings) > 0)
      .length,
    topicFound: topicWeights.filter(([term, weight]) => weight > 0 && creditIn(term, own, alternatives) > 0)
      .length,
    holdsKind,
    focusExact: focus.size > 0 && [...focus].every((term) => creditIn(term, own, spellings) > 0),
    score:
      relevance +
      (holdsKind ? ANSWER_KIND_BONUS : 0) +
      focusBonus +
      actBonus +
      quoteBonus +
      locationBonus +
      placeStatedBonus +
      passiveBonus +
      phraseBonus +
      moreBonus +
      orderBonus +
      BM25_WEIGHT * bm25,
  };
}
