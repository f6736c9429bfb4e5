/**
 * Stage 1, question analysis: validates a question and reads what it asks — its answer type, its
 * content terms, which of them are specific (names, numbers, years, designations, titles) and must
 * be found, and which are general words that the evidence may say in other words.
 */
import { isCountryName, lookUpPlace } from "../meetings/gazetteer.js";
import { foldText } from "../text/fold.js";
import { lemmaOf, lemmatizeText as tagText, type TaggedToken } from "../lexicon/lemma.js";
import { editDistance } from "../text/editDistance.js";
import { STOPWORDS } from "../text/stopwords.js";
import { analyzeText } from "../text/terms.js";
import {
  detectAnswerType,
  questionBeyondKnown,
  GENERIC_REPORTING_VERBS,
  REPORTING_VERBS,
  stripLeadingFiller,
  type AnswerType,
} from "./answerType.js";
import { ROLE_TERMS } from "./roles.js";
import { ATTENDANCE_TERMS } from "./attendance.js";
import type { WordKnowledge } from "./wordKnowledge.js";
import { ownEntry } from "../text/ownEntry.js";

/** The longest question accepted (Discord's option limit for /ask). */
export const MAX_QUESTION_LENGTH = 300;
/** The shortest question accepted. */
export const MIN_QUESTION_LENGTH = 3;

/** The terms of one specific phrase of a question: a name, title, number or designation. */
export interface AnchorGroup {
  readonly terms: readonly string[];
  /**
   * A title built with connectors ("President of Turkey", "Minister of Defence"): every term must
   * be found, since part of it means something else. A plain name ("Ilham Aliyev") is found by part.
   */
  readonly compound: boolean;
  /** The phrase as typed, for explanations and abstention messages. */
  readonly phrase: string;
}

/** A general word of the question, which the evidence may paraphrase. */
export interface GeneralWord {
  /** As typed, folded. */
  readonly word: string;
  /** Its dictionary form, for the dictionary's relations. */
  readonly lemma: string;
  /** Its index term. */
  readonly term: string;
  /** Whether `lemma` corrects a misspelling of the word as typed ("discusion" -> "discussion"). */
  readonly corrected?: true;
  /** Its part of speech in the question ("noun", "verb", "adj", "adv"), when the tagger knows it. */
  readonly pos?: string;
  /**
   * Whether the word, a noun, names an act a verb can tell ("delivery": deliver, "visit", "talks"):
   * the evidence may say "received" for "took delivery".
   */
  readonly namesAnAct?: true;
  /**
   * How much the word says, 0-1: a verb of many senses ("go", "get", "make") says little about
   * which sentence answers, a word of few senses ("visit", "aircraft") says much.
   */
  readonly specificity: number;
  /**
   * Whether the word, an adjective, says what something is or becomes rather than which thing it is
   * ("getting READY", "is it OPERATIONAL"): no noun follows it.
   */
  readonly predicative?: true;
  /**
   * Whether the word, a verb, is followed by a destination ("get TO AZERBAIJAN", "go INTO the
   * city"): it is then meant in its sense of motion ("arrive", "reach"), not "become" or "obtain".
   */
  readonly towardPlace?: true;
}

/** A question, analysed. */
export interface AnalysedQuestion {
  /** The question as asked, trimmed and stripped of control characters, mentions and links. */
  readonly text: string;
  /** What kind of answer it wants. */
  readonly answerType: AnswerType;
  /** Unique analysed content terms (time terms excluded). */
  readonly terms: readonly string[];
  /** Specific phrases: the evidence must mention each. */
  readonly anchorGroups: readonly AnchorGroup[];
  /**
   * Cities that act in the question ("which pact did ISLAMABAD and BAKU conclude"), standing for
   * their countries' governments: city term -> the country's terms.
   */
  readonly actingCities?: ReadonlyMap<string, readonly string[]>;
  /** General words, for query expansion. */
  readonly generalWords: readonly GeneralWord[];
  /** Terms naming what a what/which question asks for ("topics" in "What topics did ..."). */
  readonly focus: readonly string[];
  /** The dictionary's test of an ordinary word (a common noun, not a rare name such as "malik"). */
  readonly isOrdinaryWord: (word: string) => boolean;
  /** Whether an ordinary word names a kind of person ("Colonel", "Marshal", "Senator"), by the dictionary's broader terms. */
  readonly namesPerson?: (word: string) => boolean;
  /**
   * For "how many PEOPLE": whether a word of the sentence names a kind of person or a body of
   * people ("engineers", "personnel"), by the dictionary's broader terms; absent for other counts.
   */
  readonly countsAsPeople?: (word: string) => boolean;
  /** For "how many X": the terms a count must count (none: any count); see {@link SpanRequest}. */
  readonly counted: ReadonlySet<string>;
  /** "How many areas": X only names a kind of thing, so any list of things answers. */
  readonly countsKinds: boolean;
  /** Months, years and weekdays: they constrain when, and are checked against dates, not ranked as topic. */
  readonly timeTerms: readonly string[];
  /** The terms of the title a "who is X's minister of Y" question asks about. */
  readonly title: readonly string[];
  /**
   * The title's words in their derived forms, by term, from the dictionary: "navy chief" is styled
   * "Chief of the NAVAL Staff".
   */
  readonly titleVariants?: ReadonlyMap<string, readonly string[]>;
  /** "Who heads X", "who runs X": the terms of X, whose head is asked (its office is not named). */
  readonly headOf?: readonly string[];
  /**
   * For a who-question, the title by which it names someone other than the person asked for ("who
   * met THE DEPUTY FOREIGN MINISTER"): that title's holder is not the answer.
   */
  readonly describedTitle: readonly string[];
  /** Whether it asks for a sum of money ("how much did they pay", "what is the deal worth"): only an amount answers. */
  readonly asksAmount: boolean;
  /** Whether it asks for a day ("on what date", "which day"): "later this year" does not answer it. */
  readonly asksDay: boolean;
  /** A when-question asking for the time of day ("what time did it start"). */
  readonly asksHour: boolean;
  /** Whether it asks how big or important something is ("how big was the deal"): a size or rank answers, not only a count. */
  readonly asksSize: boolean;
  /** "Who reported on the meeting": the answer is the source a report is attributed to. */
  readonly asksSource: boolean;
  /** "Who ELSE was there", "who went with him": someone besides those the report names first, told as "also present" or "accompanied by". */
  readonly asksOthers?: true;
  /** "What ELSE did they discuss": something beside what the report tells first, told as "also discussed". */
  readonly asksMore?: true;
  /**
   * "Where did Bayramov TRAVEL to": a where-question whose verb is one of going (WordNet's travel,
   * go, move): the place someone went to answers it, whatever the sentence calls the trip.
   */
  readonly asksDestination?: boolean;
  /** "Where is the artist FROM", "where did the jets come from": the place something comes from. */
  readonly asksOrigin?: true;
  /**
   * "Where IN KARACHI is the consulate", "in what part of Karachi": the place the answer lies
   * within, folded; a sentence that places the thing in another city does not answer.
   */
  readonly placeWithin?: string;
  /** "Which PRODUCTS ...": a which-question about several things, which a list of them answers. */
  readonly asksSeveral: boolean;
  /** "What will the exercise INCLUDE", "what is ON the programme": the things a thing holds. */
  readonly asksContents?: true;
  /**
   * "Which other Nizami WORK", "which BOOK": a which-question about a work of some author, which
   * a sentence names by its title in quotation marks ("'Khosrow and Shirin'"), without the kind.
   */
  readonly asksForWork?: true;
  /** The terms of what a content question asks was said about ("what did they agree ABOUT CRICKET"). */
  readonly subjectTerms?: readonly string[];
  /** Whether it asks about what is yet to happen ("when WILL Aliyev visit"): an article's own date does not answer it. */
  readonly asksFuture: boolean;
  /**
   * The act a what-was-done question asks about ("agree" in "what did they agree on", "sign"): the
   * sentence reporting that act answers it before one that only reports the meeting. For a
   * who-question, the specific verb of what the person did ("who SIGNED").
   */
  readonly actTerms: readonly string[];
  /** Terms of its adverbs ("did they ACTUALLY sign"): they qualify a claim, and a sentence stating it need not repeat them. */
  readonly modifiers: readonly string[];
  /** Whether it asks what someone said ("what did X say about ..."): quotations answer it best. */
  readonly asksForQuote: boolean;
}

/** The archive's index terms, as question analysis needs them. */
export interface Vocabulary {
  /** Whether some article uses the term. */
  has(term: string): boolean;
  /** The archive's term nearest in spelling to one it does not use, or `null`. */
  nearest(term: string): string | null;
  /** Whether the archive writes a (folded) word only as a name, capitalised inside sentences ("ganja"). */
  writtenAsName?(word: string): boolean;
  /**
   * Whether the archive writes a common word capitalised with the name word beside it, as one
   * name ("jam" before "kamal": Jam Kamal Khan).
   */
  writtenBesideName?(word: string, name: string, wordFirst: boolean): boolean;
  /** Whether the archive writes a (folded) word in lower case inside a sentence ("the trout are"). */
  writtenInLowerCase?(word: string): boolean;
}

/** No archive: every word is new to it. */
const NO_VOCABULARY: Vocabulary = { has: () => false, nearest: () => null };

/** Why a question cannot be asked at all. */
export type QuestionProblem = { readonly error: string };

/** Lower-case words that may stand inside a name ("Chief of the Army Staff", "Bank of Azerbaijan"). */
const NAME_CONNECTORS = new Set(["of", "the", "and", "de", "al", "ul", "e"]);

/** Words of chat and question phrasing that are not in the dictionary but carry no topic. */
const CHAT_WORDS = new Set(
  (
    "pls plz please u ur r ya yeah yep nope hey hi hello thx bot wanna gonna gotta " +
    "kinda sorta lol btw idk abt bcz coz cuz cause whats what's whos who's wheres when's hows ok okay know " +
    "anyone anybody someone somebody anything something guys guy folks " +
    // "Who ELSE was there", "what ELSE did they sign": beyond what the asker knows, which no
    // sentence says in that word (and not "ease" misspelt).
    "else"
  ).split(/\s+/u),
);

function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A designation, number or acronym: "JF-17", "2025", "SOCAR", and Roman numerals ("Block iv"). */
function isCode(word: string): boolean {
  return (
    /\p{N}/u.test(word) ||
    ROMAN_NUMERAL.test(word) ||
    (word.length >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word))
  );
}

/** Roman numerals of two letters or more, which versions and rounds are numbered with ("III", "iv"). */
const ROMAN_NUMERAL = /^(?=[ivx]{2,5}$)x{0,3}(?:ix|iv|v?i{0,3})$/iu;

/** Whether the words from `start` are more connectors and then a capitalised word. */
function continuesName(words: readonly string[], start: number): boolean {
  for (let position = start; position < words.length; position += 1) {
    const word = words[position] ?? "";
    if (isCapitalised(word)) return true;
    if (!NAME_CONNECTORS.has(word)) return false;
  }
  return false;
}

/** Analysed forms of month and weekday names (the stemmer's output, e.g. "novemb", "fridai"). */
const TIME_TERMS: ReadonlySet<string> = new Set(
  analyzeText(
    "January February March April May June July August September October November December " +
      "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
  ),
);

/** Whether an analysed term names a month, weekday or year. */
export function isTimeTerm(term: string): boolean {
  return TIME_TERMS.has(term) || /^(?:19|20)\d{2}$/u.test(term);
}

/** How a word of the question is read. */
type WordReading =
  /** A function word, chat word or misspelt function word ("wich"): carries nothing. */
  | { readonly kind: "stop" }
  /** An ordinary word, which the evidence may paraphrase; `lemma` is its (corrected) dictionary form. */
  | { readonly kind: "general"; readonly lemma: string; readonly corrected: boolean }
  /** A name, number or designation: the evidence must contain it. */
  | { readonly kind: "specific" };

/** Words that only restate what a question's type asks for ("what MONTH", "which CITY", "the REASON"). */
const META_TERMS: Partial<Record<AnswerType, ReadonlySet<string>>> = {
  date: new Set(analyzeText("date day month year time deadline schedule timing")),
  place: new Set(analyzeText("place city country town location venue capital region")),
  reason: new Set(analyzeText("reason purpose aim goal objective cause point")),
  number: new Set(analyzeText("number amount quantity long")),
  description: new Set(analyzeText("stand mean means name")),
  titleHolder: new Set(analyzeText("name")),
  // "what did they TALK about", "what came OUT of the MEETING": the report is the answer, in whatever verb.
  content: new Set(
    analyzeText(
      `${GENERIC_REPORTING_VERBS.join(" ")} talks meeting discussion outcome result come go topic subject issue matter agenda theme`,
    ),
  ),
};

/** Question words a misspelling most often hits ("wich", "wat", "wen", "hwo"). */
const QUESTION_WORDS = [
  "what",
  "which",
  "when",
  "where",
  "who",
  "whom",
  "why",
  "how",
  "did",
  "does",
  "was",
  "were",
  "have",
  "has",
];

/** Question words run together with "is" or "did", as typed in chat. */
const CONTRACTED_QUESTION_WORDS: Readonly<Record<string, string>> = {
  whats: "what is",
  whos: "who is",
  wheres: "where is",
  whens: "when is",
  hows: "how is",
  whys: "why is",
  whatd: "what did",
  whod: "who did",
};

/**
 * The folded question with misspelt question words mended ("wich jf17 ..." -> "which jf17 ..."), so
 * its type can be read.
 */
function normaliseFunctionWords(folded: string, words: WordKnowledge, vocabulary: Vocabulary): string {
  return folded
    .split(/\s+/u)
    .map((word) => {
      // "whats", "whos", "wheres": the apostrophe people skip in chat.
      const contracted = ownEntry(CONTRACTED_QUESTION_WORDS, word.replace(/['’]/gu, ""));
      if (contracted !== undefined) return contracted;
      if (word.length < 3 || STOPWORDS.has(word) || readWord(word, words, vocabulary).kind !== "stop")
        return word;
      return questionWordNear(word) ?? word;
    })
    .join(" ");
}

/**
 * The question with a rare word that opens it, one slip from a question word, read as that word:
 * "wen does AZAL start flights" (a wen is a cyst, which nobody asks about first).
 */
function withOpeningSlipMended(text: string, words: WordKnowledge, vocabulary: Vocabulary): string {
  const first = /^\s*([\p{L}]+)/u.exec(text)?.[1];
  if (first === undefined) return text;
  const folded = foldText(first);
  if (folded.length < 3 || STOPWORDS.has(folded) || QUESTION_WORDS.includes(folded)) return text;
  if (!words.isRareWord(folded) || vocabulary.has(analyzeText(folded)[0] ?? folded)) return text;
  const meant = questionWordNear(folded);
  return meant === undefined ? text : text.replace(first, meant);
}

/** The question word one slip from a word ("wich": which, "wen": when), if any. */
function questionWordNear(word: string): string | undefined {
  const near = QUESTION_WORDS.filter((question) => editDistance(word, question, 1) <= 1);
  // "wher" is "where" cut short rather than "when" mistyped: a dropped last letter is the likelier slip.
  return near.find((question) => question.startsWith(word)) ?? near[0];
}

/** Kinds of person a title before a name makes its bearer: "COLONEL GENERAL Valiyev", "PRESIDENT Aliyev". */
const TITLE_KINDS: ReadonlySet<string> = new Set([
  "officer",
  "commissioned officer",
  "military officer",
  "peace officer",
  "leader",
  "official",
  "head of state",
  "politician",
  "legislator",
  "diplomat",
  "executive",
]);

/**
 * The terms of the titles the question puts before a name ("who did COLONEL GENERAL Valiyev meet",
 * "did FOREIGN MINISTER Dar visit Baku"): they say who the named person is, not what the question
 * is about, so a sentence is not nearer the question for repeating them.
 */
function namesTitles(
  folded: string,
  anchorGroups: readonly AnchorGroup[],
  words: WordKnowledge,
): ReadonlySet<string> {
  const tokens = folded.split(/\s+/u).map((token) => token.replace(/[^\p{L}\p{N}-]/gu, ""));
  const titled = new Set<string>();
  for (const group of anchorGroups) {
    // A person's name: not an office ("deputy FM") nor a place ("the Azerbaijani deputy FM").
    if (group.terms.some((term) => ROLE_TERMS.has(term)) || lookUpPlace(group.phrase) !== null) continue;
    const at = tokens.indexOf(foldText(group.phrase).split(/\s+/u)[0] ?? "");
    for (let before = at - 1; at > 0 && before >= 0; before -= 1) {
      const term = analyzeText(tokens[before] ?? "")[0];
      if (term === undefined || anchorGroups.some((other) => other.terms.includes(term))) break;
      const title =
        ROLE_TERMS.has(term) ||
        hasBroaderTerm(lemmaOf(tokens[before] ?? "", "noun"), words, TITLE_KINDS, { pos: "noun" });
      if (!title) break;
      titled.add(term);
    }
  }
  return titled;
}

/** Words too short to tell a misspelling from another word. */
const MIN_CORRECTED_LENGTH = 3;
/** Misspelt function words are short ("wich", "wat", "whn"); longer near-misses are real words. */
const MAX_MISSPELT_STOPWORD_LENGTH = 6;
const LONG_STOPWORDS = [...STOPWORDS].filter((word) => word.length >= MIN_CORRECTED_LENGTH);

/**
 * Reads one word, the way a careful reader would: a function word, an ordinary word (perhaps
 * misspelt), or a name. A word the dictionary does not know as ordinary, but the archive uses, is
 * a name ("munir", "lachin"); one neither knows is a misspelling if a known word is one edit away,
 * else an unknown name.
 */
function readWord(folded: string, words: WordKnowledge, vocabulary: Vocabulary): WordReading {
  let memo = readingsOf.get(vocabulary);
  if (memo?.words !== words) {
    memo = { words, readings: new Map() };
    readingsOf.set(vocabulary, memo);
  }
  const known = memo.readings.get(folded);
  if (known !== undefined) return known;
  const reading = readWordAnew(folded, words, vocabulary);
  if (memo.readings.size >= MAX_READINGS) memo.readings.clear();
  memo.readings.set(folded, reading);
  return reading;
}

/**
 * Readings of words per vocabulary and dictionary: analysing a question reads each of its words up
 * to four times (function words, names, general words, phrasal verbs), and a cold reading looks the
 * word up in the dictionary, the lemmatiser and the archive's spellings. A vocabulary describes one
 * unchanging archive (`askQuestion` keeps one per store), so its readings never go stale.
 */
const readingsOf = new WeakMap<
  Vocabulary,
  { readonly words: WordKnowledge; readonly readings: Map<string, WordReading> }
>();
/** Readings kept per vocabulary: a question has a few dozen words; a long-lived vocabulary stays bounded. */
const MAX_READINGS = 10_000;

/**
 * An irregular form with two letters swapped ("childern": children, "wmoen": women): the dictionary
 * lists only "child", so the lemmatiser tells which swap is an inflection of a common word.
 */
function irregularFormSwapped(folded: string, words: WordKnowledge): string | null {
  for (let i = 0; i + 1 < folded.length; i++) {
    const swapped = folded.slice(0, i) + (folded[i + 1] ?? "") + (folded[i] ?? "") + folded.slice(i + 2);
    if (swapped === folded) continue;
    const lemma = lemmaOf(swapped);
    if (lemma !== swapped && words.isCommonWord(lemma) && !words.isCommonWord(swapped)) return swapped;
  }
  return null;
}

/**
 * The dictionary's correction of a misspelt word, of its singular when the word is a plural: the
 * dictionary lists lemmas, so "flihgts" is one slip from no word, but "flihgt" is one from "flight".
 */
function correctedWithInflection(folded: string, words: WordKnowledge): string | null {
  const corrected = words.correctSpelling(folded) ?? irregularFormSwapped(folded, words);
  if (corrected !== null || !folded.endsWith("s")) return corrected;
  const singulars = [
    ...(folded.endsWith("ies") ? [`${folded.slice(0, -3)}y`] : []),
    ...(folded.endsWith("es") ? [folded.slice(0, -2)] : []),
    folded.slice(0, -1),
  ];
  for (const singular of singulars) {
    const base = singular.length >= MIN_CORRECTED_LENGTH ? words.correctSpelling(singular) : null;
    if (base !== null) return base;
  }
  return null;
}

/** Whether `word` is `typed` with one of its letters doubled ("tarif" -> "tariff"). */
function doublesALetterOf(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false;
  for (let at = 1; at < word.length; at++) {
    if (word[at] === word[at - 1] && word.slice(0, at) + word.slice(at + 1) === typed) return true;
  }
  return false;
}

function readWordAnew(folded: string, words: WordKnowledge, vocabulary: Vocabulary): WordReading {
  if (folded === "" || STOPWORDS.has(folded) || CHAT_WORDS.has(folded)) return { kind: "stop" };
  if (!/^[a-z]+$/u.test(folded)) return /\d/u.test(folded) ? { kind: "specific" } : { kind: "stop" };
  const lemma = lemmaOf(folded);
  // "china", "turkey", "jordan": a country's name, whatever else the dictionary knows the word as.
  if (isCountryName(folded)) return { kind: "specific" };
  if (words.isCommonWord(lemma) || words.isCommonWord(folded)) {
    // "ganja", "super mushshak": a word the archive writes only as a name is one, as typed.
    if (vocabulary.writtenAsName?.(folded) === true) return { kind: "specific" };
    // A rare word the archive never uses, one key from a common word it does use, is a slip ("discus").
    if (words.isRareWord(lemma) && !vocabulary.has(analyzeText(folded)[0] ?? folded)) {
      const neighbour = words.commonerNeighbour?.(folded) ?? null;
      if (neighbour !== null && vocabulary.has(analyzeText(neighbour)[0] ?? neighbour))
        return { kind: "general", lemma: lemmaOf(neighbour), corrected: true };
    }
    return { kind: "general", lemma, corrected: false };
  }
  const term = analyzeText(folded)[0] ?? folded;
  if (folded.length < MIN_CORRECTED_LENGTH || vocabulary.has(term)) return { kind: "specific" };
  if (
    folded.length <= MAX_MISSPELT_STOPWORD_LENGTH &&
    LONG_STOPWORDS.some((stopword) => editDistance(folded, stopword, 1) <= 1)
  ) {
    return { kind: "stop" };
  }
  // One edit from an ordinary word the archive uses, it is that word misspelt ("presidnet",
  // "refinary"); else a word an edit or two from one the archive uses is a misspelt name
  // ("muneer"); only failing that may it be a misspelt ordinary word the archive lacks ("verison").
  const corrected = correctedWithInflection(folded, words);
  const name = vocabulary.nearest(term);
  // A name of the archive one slip away wins over an ordinary word one slip away ("aliev").
  const correctedTerm = corrected === null ? null : (analyzeText(corrected)[0] ?? corrected);
  // ... unless the ordinary word only doubles a letter the typing left single ("tarif": tariff, not
  // the name "tariq"), the commonest slip of all, which the name's other letter is not.
  const nameIsCloser =
    name !== null &&
    name !== correctedTerm &&
    editDistance(term, name, 1) <= 1 &&
    !(corrected !== null && doublesALetterOf(folded, corrected) && !doublesALetterOf(term, name));
  if (!nameIsCloser && corrected !== null && correctedTerm !== null && vocabulary.has(correctedTerm))
    return { kind: "general", lemma: lemmaOf(corrected), corrected: true };
  if (name !== null) return { kind: "specific" };
  return corrected === null
    ? { kind: "specific" }
    : { kind: "general", lemma: lemmaOf(corrected), corrected: true };
}

/**
 * Whether a word the user typed names something specific: a code or number, a capitalised word
 * inside the sentence, or a word read as a name. Ordinary words may be paraphrased; these may not.
 */
function isSpecificWord(
  word: string,
  position: number,
  next: string,
  words: WordKnowledge,
  vocabulary: Vocabulary,
): boolean {
  const folded = foldText(word).replace(/'s$/u, "");
  if (folded === "" || STOPWORDS.has(folded) || CHAT_WORDS.has(folded)) return false;
  if (isCode(word)) return true;
  if (isCapitalised(word) && (position > 0 || isCapitalised(next))) return true;
  return readWord(folded, words, vocabulary).kind === "specific";
}

/** "where in X", "in what part of X", "which area of X": X, the place asked within. */
const WITHIN_PLACE =
  /\b(?:where in|(?:what|which) (?:part|parts|area|areas|district|neighbourhood|neighborhood|locality|sector) of)\s+([a-z]+(?:\s+[a-z]+)?)/u;

function placeWithinOf(inWords: string): { placeWithin?: string } {
  const named = WITHIN_PLACE.exec(inWords)?.[1];
  if (named === undefined) return {};
  // The place's name, one word or two ("where in dera ghazi"), as the gazetteer knows it.
  for (const candidate of [named, named.split(" ")[0] ?? ""]) {
    const place = lookUpPlace(candidate);
    if (place !== null && !place.isCountry) return { placeWithin: candidate };
  }
  return {};
}

/** A word that can only be part of a person's name: no dictionary word, no country, no place. */
function isPersonNameWord(folded: string, words: WordKnowledge): boolean {
  return (
    /^[a-z]{2,}$/u.test(folded) &&
    !words.isCommonWord(folded) &&
    !words.isCommonWord(lemmaOf(folded)) &&
    !isCountryName(folded) &&
    lookUpPlace(folded) === null
  );
}

/**
 * Specific phrases of a question, read as phrases so that aliases apply ("Prime Minister" -> pm).
 */
function anchorGroupsOf(question: string, words: WordKnowledge, vocabulary: Vocabulary): AnchorGroup[] {
  const tokens = question.split(/\s+/u).map(bareWord);
  const groups: AnchorGroup[] = [];
  let phrase: string[] = [];
  const flush = (): void => {
    while (phrase.length > 0 && NAME_CONNECTORS.has(phrase.at(-1) ?? "")) phrase.pop();
    const text = phrase.join(" ");
    const terms = [...new Set(analyzeText(text))].filter((term) => !isTimeTerm(term));
    const compound = phrase.some((word) => NAME_CONNECTORS.has(word));
    if (terms.length > 0) groups.push({ terms, compound: compound && terms.length > 1, phrase: text });
    phrase = [];
  };
  const writtenBeside = vocabulary.writtenBesideName?.bind(vocabulary);
  const specificAt = tokens.map(
    (word, position) =>
      word !== "" && isSpecificWord(word, position, tokens[position + 1] ?? "", words, vocabulary),
  );
  // A rare dictionary word beside a name is part of it: "musadik malik", "raja furqan ahmed"; an
  // office is not ("pakistan's ENVOY").
  const rareAt = tokens.map((word) => {
    const term = analyzeText(word)[0] ?? "";
    return (
      word !== "" &&
      words.isRareWord(lemmaOf(foldText(word))) &&
      vocabulary.has(term) &&
      !ROLE_TERMS.has(term) &&
      // "swat TROUT farmers": a word the archive writes in lower case is its ordinary word.
      vocabulary.writtenInLowerCase?.(foldText(word)) !== true
    );
  });
  for (let round = 0; round < 2; round += 1) {
    for (const [position] of tokens.entries()) {
      if (!specificAt[position] && rareAt[position] && (specificAt[position - 1] || specificAt[position + 1]))
        specificAt[position] = true;
    }
  }
  // A common word the archive writes capitalised with a person's name beside it is part of the
  // name: "jam kamal khan" (the dictionary's "jam" is a preserve; the archive's, a given name).
  for (const [position, word] of tokens.entries()) {
    if (specificAt[position] || word === "" || writtenBeside === undefined) continue;
    const folded = foldText(word);
    if (STOPWORDS.has(folded) || CHAT_WORDS.has(folded)) continue;
    for (const [neighbour, wordFirst] of [
      [position + 1, true],
      [position - 1, false],
    ] as const) {
      const name = foldText(tokens[neighbour] ?? "").replace(/'s$/u, "");
      if (specificAt[neighbour] !== true || !isPersonNameWord(name, words)) continue;
      if (writtenBeside(folded, name, wordFirst)) specificAt[position] = true;
    }
  }
  for (const [position, word] of tokens.entries()) {
    if (specificAt[position]) {
      phrase.push(word);
      // A possessive ends the name it closes: "shehbaz's baku trip" names two things.
      if (/['’]s$/u.test(word)) flush();
    } else if (phrase.length > 0 && NAME_CONNECTORS.has(word) && continuesName(tokens, position + 1)) {
      phrase.push(word);
    } else {
      flush();
    }
  }
  flush();
  return groups;
}

/** Index terms of the reporting verbs that name an act (agree, sign, pledge), not mere talk. */
const SPECIFIC_REPORTING_TERMS: ReadonlySet<string> = new Set(
  analyzeText(REPORTING_VERBS.filter((verb) => !GENERIC_REPORTING_VERBS.includes(verb)).join(" ")),
);

/**
 * Verbs that tell what a meeting settled: any of them tells what "they decided", "agreed" or
 * "resolved" ("what did they decide": "they agreed to fast-track ..."), as reports word it.
 */
const OUTCOME_TERMS: ReadonlySet<string> = new Set(analyzeText("agree decide resolve"));

/** A question's acts, with every verb of outcome when one of them is asked. */
function withOutcomes(acts: readonly string[]): string[] {
  return acts.some((term) => OUTCOME_TERMS.has(term)) ? [...new Set([...acts, ...OUTCOME_TERMS])] : [...acts];
}

/** Words that ask for a sum of money. */
const ASKS_AMOUNT =
  /\b(?:cost|costs|costing|pay|pays|paid|price|prices|priced|worth|value|valued|spend|spent|budget|dollars?|money|fee|fees)\b/u;
/**
 * "How many days", "how many times": a count of something other than money; "how long do they have
 * to PAY": a duration, whatever money it is of.
 */
const COUNTS_NON_MONEY = /\bhow (?:many (?!dollars?\b|manats?\b|rupees?\b|euros?\b)[a-z]|long\b)/u;
/** WordNet's kinds of work of an author, which a title names: a book, a poem, a film, a song. */
const WORK_KINDS: ReadonlySet<string> = new Set([
  "creation",
  "work",
  "piece of work",
  "writing",
  "literary composition",
  "musical composition",
  "publication",
]);

/** Steps up WordNet a work's kind may be: "poem" is a literary composition at 1, "work" a creation at 2. */
const WORK_KIND_STEPS = 2;

/** Whether a which-question's focus names a kind of work ("which WORK", "which POEM", "which FILM"), by WordNet. */
function namesAWork(
  focus: readonly string[],
  generalWords: readonly GeneralWord[],
  words: WordKnowledge,
): boolean {
  return generalWords.some(
    (word) =>
      word.pos === "noun" &&
      focus.includes(word.term) &&
      (WORK_KINDS.has(word.lemma) ||
        hasBroaderTerm(word.lemma, words, WORK_KINDS, { pos: "noun", maxSteps: WORK_KIND_STEPS })),
  );
}

/** "About", "regarding" before what a report is asked to tell of: "what did they agree ABOUT cricket". */
const ABOUT_SUBJECT =
  /\b(?:about|regarding|concerning|on the subject of)\s+(?:the\s+)?([\p{L}-]+)\s*[?.!]*$/u;

/** The subject a content question ends by naming ("... agree about CRICKET"), as terms of the question's own. */
function subjectOf(inWords: string, allTerms: readonly string[]): { subjectTerms?: readonly string[] } {
  const subject = ABOUT_SUBJECT.exec(inWords)?.[1];
  const terms = subject === undefined ? [] : analyzeText(subject).filter((term) => allTerms.includes(term));
  return terms.length === 0 ? {} : { subjectTerms: terms };
}

/** Verbs of wanting: "why does X WANT Y", "why do they NEED it" ask why X is after Y. */
const WANTING_VERBS: ReadonlySet<string> = new Set(["want", "wish", "desire", "need"]);

/**
 * The terms of a why-question's verbs of wanting: the reason asked for is the reason for what is
 * wanted, which a sentence tells without saying "want" ("the jets would be used to replace ...").
 */
function wantingTerms(generalWords: readonly GeneralWord[]): ReadonlySet<string> {
  return new Set(
    generalWords
      .filter((word) => word.pos === "verb" && WANTING_VERBS.has(word.lemma))
      .map((word) => word.term),
  );
}

/** Lemmas of words that say an act was expected or arranged, before its verb: "SUPPOSED to happen", "DUE to open". */
const EXPECTING_LEMMAS: ReadonlySet<string> = new Set([
  "suppose",
  "expect",
  "schedule",
  "plan",
  "intend",
  "mean",
  "due",
  "slate",
]);

/**
 * The terms of a date question's words of expectation before the act's verb ("supposed TO
 * happen", "expected TO open"): what is asked is when the act was to be.
 */
function expectingTerms(inWords: string, generalWords: readonly GeneralWord[]): ReadonlySet<string> {
  return new Set(
    generalWords
      .filter(
        (word) =>
          EXPECTING_LEMMAS.has(word.lemma) && new RegExp(`\\b${word.word} to \\p{L}`, "u").test(inWords),
      )
      .map((word) => word.term),
  );
}

/** Verbs of a deed's phase, not the deed: "START flights", "BEGIN talks", "RESUME exports". */
const ASPECT_LEMMAS: ReadonlySet<string> = new Set(["start", "begin", "commence", "resume"]);

/**
 * "Is PIA going to START flights to Baku": the phase verb before the deed asked, which a sentence
 * telling or denying the deed ("has no plans to fly to Baku") need not repeat.
 */
function aspectTerms(inWords: string, generalWords: readonly GeneralWord[]): ReadonlySet<string> {
  return new Set(
    generalWords
      .filter(
        (word) =>
          word.pos === "verb" &&
          ASPECT_LEMMAS.has(word.lemma) &&
          new RegExp(`\\b${word.word}\\s+(?:the\\s+|a\\s+|an\\s+|to\\s+)?\\p{L}`, "u").test(inWords),
      )
      .map((word) => word.term),
  );
}

/** Index terms of the words that ask for a sum ({@link ASKS_AMOUNT}). */
const MONEY_TERMS: ReadonlySet<string> = new Set(
  analyzeText("cost price worth value spend budget dollar money fee amount sum pay"),
);

/**
 * Whether a which-question names a thing that is not money as what it asks for: "which other
 * Nizami WORK will the embassy pay to translate" asks for the work, not a sum; "which fee", "which
 * price" still ask for an amount.
 */
function asksWhichThingNotMoney(inWords: string, detected: AnswerType): boolean {
  if (detected !== "which") return false;
  const focus = focusTermsOf(inWords).filter((term) => !isTimeTerm(term));
  return focus.length > 0 && !focus.some((term) => MONEY_TERMS.has(term));
}

/** Types a money question may be read as before it is known to ask for money ("what is the VALUE of"). */
const AMOUNT_TYPES: ReadonlySet<AnswerType> = new Set(["number", "other", "which", "content"]);

/** A what/which noun phrase is short ("which peace agreement"); a third word is usually the verb. */
const MAX_FOCUS_WORDS = 3;
/** Parts of speech that may stand in the noun phrase after "what"/"which". */
const FOCUS_POS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** Words that name a category of whatever follows "of" ("kinds of cooperation"). */
const CATEGORY_WORDS = new Set(
  "kind kinds type types sort sorts form forms area areas field fields aspect aspects category categories".split(
    " ",
  ),
);

/** Terms of words that name a kind of thing, not the thing: "how many AREAS", "how many SECTORS". */
const KIND_TERMS: ReadonlySet<string> = new Set(
  analyzeText(
    [
      ...CATEGORY_WORDS,
      ..."sector sectors domain domains sphere spheres topic topics issue issues subject subjects dimension dimensions product products goods item items commodity commodities".split(
        " ",
      ),
    ].join(" "),
  ),
);

/** Terms of the units "how long" is answered in: "a two-DAY visit", "six MONTHS". */
export const DURATION_TERMS: ReadonlySet<string> = new Set(
  analyzeText("day days week weeks month months year years hour hours minute minutes"),
);

/** Terms of "how many TIMES": any count or ordinal answers ("his third visit"). */
const OCCASION_TERMS: ReadonlySet<string> = new Set(analyzeText("time times occasion occasions"));

/**
 * What a "how many X" question counts: X's terms; the kind words when X only names a kind ("how
 * many areas", which any list answers); nothing (any count) for "how many times" or a bare "how many".
 */
/** WordNet's verbs of going, which the more specific ones (fly, come, head, visit) are kinds of. */
const GOING: ReadonlySet<string> = new Set(["travel", "go", "move", "locomote"]);

/**
 * Whether the dictionary gives a lemma one of `kinds` as a broader term, in `pos` (any when absent)
 * and at most `maxSteps` up.
 */
function hasBroaderTerm(
  lemma: string,
  words: WordKnowledge,
  kinds: ReadonlySet<string>,
  { pos, maxSteps = Infinity }: { readonly pos?: string; readonly maxSteps?: number } = {},
): boolean {
  return words
    .related(lemma)
    .some(
      (relation) =>
        relation.relation === "hypernym" &&
        (pos === undefined || relation.pos === pos) &&
        relation.distance <= maxSteps &&
        kinds.has(relation.lemma),
    );
}

/**
 * WordNet's verbs of talking, which "confer", "debate", "negotiate" and "chat" are kinds of: a
 * "what did they X" question with such a verb asks what was said, as "what did they discuss" does.
 */
const TALKING: ReadonlySet<string> = new Set(["discuss", "talk", "speak", "say", "state", "communicate"]);

/** Steps up the dictionary a verb may be from {@link TALKING}: "confer" is 1, "chat" 2; 3 reaches "move". */
const TALKING_STEPS = 2;

/**
 * The answer type, with "what did X VERB (about)" read as asking for content when the verb is a
 * kind of talking by the dictionary, though not among the reporting verbs the type detector knows.
 */
function asksContentByVerb(
  detected: AnswerType,
  inWords: string,
  generalWords: readonly GeneralWord[],
  words: WordKnowledge,
): AnswerType {
  if (
    detected !== "other" ||
    !/^what (?:did|do|does|will|would|have|has|had)\b/u.test(stripLeadingFiller(inWords))
  )
    return detected;
  const talks = generalWords.some(
    (word) =>
      word.pos === "verb" &&
      hasBroaderTerm(word.lemma, words, TALKING, { pos: "verb", maxSteps: TALKING_STEPS }),
  );
  return talks ? "content" : detected;
}

/** Nouns for what talk is about: "what TOPICS came up", "what was on the AGENDA" ask what was discussed. */
const SUBJECT_MATTER_TERMS: ReadonlySet<string> = new Set(
  analyzeText("topic topics subject subjects issue issues matter matters agenda agendas theme themes"),
);

/**
 * The answer type, with a which-question whose thing is the subject of talk ("what TOPICS came
 * up", "which ISSUES did they raise") read as asking what was discussed: a report names the
 * subjects, never calls them topics.
 */
function asksSubjectMatter(detected: AnswerType, readAs: string): AnswerType {
  if (detected !== "which") return detected;
  const focus = focusTermsOf(readAs);
  const last = focus.at(-1);
  return last !== undefined && analyzeText(last).some((term) => SUBJECT_MATTER_TERMS.has(term))
    ? "content"
    : detected;
}

/** Whether a verb is one of going: "travel" itself, or a kind of it by the dictionary ("fly", "come"). */
function isGoing(lemma: string, words: WordKnowledge): boolean {
  return GOING.has(lemma) || hasBroaderTerm(lemma, words, GOING, { maxSteps: 1 });
}

/** A count written as a word. */
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/iu;

/**
 * Adjectives that place what is asked about in time, as seen from the report ("his UPCOMING
 * visit", "the RECENT talks"): a sentence tells that by its tense or its date, not by naming them.
 */
const TIME_RELATION_ADJECTIVE =
  /^(?:upcoming|forthcoming|impending|recent|previous|prior|past|former|latest|future|planned|scheduled)$/iu;

/** What a count of people is asked with: "how many PEOPLE / PERSONS / INDIVIDUALS". */
const PEOPLE_TERMS: ReadonlySet<string> = new Set(analyzeText("people persons individuals"));

/** Broader terms that make a noun a kind of person ("engineer": person) or a body of people ("personnel": social group). */
const PERSON_KINDS: ReadonlySet<string> = new Set(["person", "individual", "people", "social group"]);

/**
 * Whether a word names a kind of person or a body of people, by the dictionary's broader terms;
 * `deep` walks further up, for the question's own counted noun ("soldiers"), not for every word of
 * a sentence, where a long walk finds a person above too many words ("round").
 */
function namesPeople(
  word: string,
  words: WordKnowledge,
  {
    deep = false,
    kinds = PERSON_KINDS,
  }: { readonly deep?: boolean; readonly kinds?: ReadonlySet<string> } = {},
): boolean {
  const lemma = lemmaOf(word.toLowerCase(), "noun");
  if (hasBroaderTerm(lemma, words, kinds, { pos: "noun" })) return true;
  if (!deep) return false;
  // The dictionary's walk stops a few steps up: "soldier" reaches "skilled worker", whose own
  // broader terms reach "person"; one more walk from the farthest reaches it.
  const related = words.related(lemma);
  const farthest = Math.max(0, ...related.map((relation) => relation.distance));
  // Only up the word's commonest sense: "tank", the vessel, reaches "instrumentality", one of
  // whose senses is a person used by another; the tank asked about is the armoured vehicle.
  return related.some(
    (relation) =>
      relation.relation === "hypernym" &&
      relation.pos === "noun" &&
      relation.sense === 0 &&
      relation.distance === farthest &&
      farthest > 1 &&
      hasBroaderTerm(relation.lemma, words, kinds, { pos: "noun" }),
  );
}

/** Broader terms that make a noun one person ("professor"), not a body of people ("industry": people). */
const ONE_PERSON_KINDS: ReadonlySet<string> = new Set(["person", "individual"]);

function countedTerms(focus: readonly string[]): { counted: ReadonlySet<string>; countsKinds: boolean } {
  if (focus.length === 0 || focus.every((term) => OCCASION_TERMS.has(term)))
    return { counted: new Set(), countsKinds: false };
  if (focus.every((term) => KIND_TERMS.has(term))) return { counted: KIND_TERMS, countsKinds: true };
  return { counted: new Set(focus), countsKinds: false };
}

/** Whether the noun after "what"/"which" is plural ("which PRODUCTS", "what SECTORS"), as the tagger reads it. */
function asksForSeveral(text: string): boolean {
  const tokens = tagText(text);
  const start = tokens.findIndex((token) => /^(?:what|which)$/iu.test(token.value));
  if (start === -1) return false;
  const phrase = tokens.slice(start + 1, start + 1 + MAX_FOCUS_WORDS);
  const end = phrase.findIndex((token) => !FOCUS_POS.has(token.pos));
  const head = (end === -1 ? phrase : phrase.slice(0, end)).filter((token) => token.pos === "NOUN").at(-1);
  return head !== undefined && head.lemma !== head.value.toLowerCase() && /s$/iu.test(head.value);
}

/** The terms right after "what"/"which": the kind of thing the answer must name ("which CITY"). */
function focusTermsOf(text: string, opener: RegExp = /^(?:what|which)$/iu): string[] {
  const tokens = tagText(text);
  const start = tokens.findIndex((token) => opener.test(token.value));
  if (start === -1) return [];
  const words: string[] = [];
  for (const [offset, token] of tokens.slice(start + 1, start + 1 + MAX_FOCUS_WORDS).entries()) {
    // "how many KINDS OF cooperation", "which TYPE OF aircraft": the category word says little; the
    // noun after "of" says what is meant.
    if (offset > 0 && /^of$/iu.test(token.value) && CATEGORY_WORDS.has(words.at(-1)?.toLowerCase() ?? "")) {
      const next = tokens[start + 2 + offset];
      if (next !== undefined && FOCUS_POS.has(next.pos)) words.push(next.value);
      break;
    }
    // The focus is the noun phrase; a verb ("Which team WON") or a preposition ends it.
    if (!FOCUS_POS.has(token.pos)) break;
    // "Which body CHECKS the workers' skills": a word in -s after the noun, with a determiner after
    // it, is the verb the tagger read as a compound's head.
    const next = tokens[start + 2 + offset];
    if (
      offset > 0 &&
      token.pos === "NOUN" &&
      /s$/iu.test(token.value) &&
      next !== undefined &&
      (next.pos === "DET" || /^(?:their|his|her|its|our)$/iu.test(next.value))
    )
      break;
    words.push(token.value);
    // A plural noun is the phrase's head, whatever the tagger makes of the word after it ("how
    // many pakistani TOURISTS visit": the verb "visit" is not part of what is counted).
    if (
      token.pos === "NOUN" &&
      /s$/iu.test(token.value) &&
      token.lemma !== token.value.toLowerCase() &&
      !CATEGORY_WORDS.has(token.value.toLowerCase())
    )
      break;
  }
  return [...analyzeText(words.join(" "))];
}

/** "What are (all) the X ...": the question names the kind X whose instances it asks for. */
const WHAT_ARE_THE = /^what (?:are|were) (?:all )?the (?=\p{L})/u;

/**
 * A question asking what the things of a kind are, read as the which-question it is: "what are all
 * the AREAS of cooperation" asks "which areas of cooperation"; "what are the US tariffs" is left as
 * it is (its noun is no plural).
 * @param inWords - the question, folded
 */
function whichThingsAsked(inWords: string): { readonly readAs: string; readonly contents: boolean } {
  const q = stripLeadingFiller(inWords);
  const contents = CONTENTS_ASKED.exec(q);
  const holder = contents?.groups?.["on"] ?? contents?.groups?.["holder"];
  if (holder !== undefined) return { readAs: `which ${holder}`, contents: true };
  const opener = WHAT_ARE_THE.exec(q);
  if (opener === null) return { readAs: inWords, contents: false };
  const rest = q.slice(opener[0].length);
  const head = tagText(rest)[0];
  const plural =
    head !== undefined &&
    head.pos === "NOUN" &&
    /s$/iu.test(head.value) &&
    head.lemma !== head.value.toLowerCase();
  return { readAs: plural ? `which ${rest}` : inWords, contents: false };
}

/**
 * "What was ON the programme", "what does each home HAVE", "what did the package INCLUDE": the
 * things a thing holds, which a list of them headed by it answers ("Each home has two rooms, a
 * kitchen and a toilet").
 */
const CONTENTS_ASKED =
  /^what (?:(?:is|was|are|were) (?:on|in) (?:the )?(?<on>[^?.!]+?)|(?:does|do|did|will) (?:(?:the|each|every|a|an|this|that) )?(?<holder>[^?.!]+?) (?:have|include|contain|comprise|feature))\s*[?.!]*$/u;

/**
 * A verb this specific names a deed whose doer/**
 * A verb this specific names a deed whose doer a who-question asks for ("who LED the delegation",
 * 14 senses); vaguer ones ("go", "have") say too little to require it of the answer.
 */
const DEED_SPECIFICITY = 0.85;

/** "Who was at the ceremony", "who were present": the people at an occasion ("who was there when they signed" is answered by the signing, as before). */
const ASKS_ATTENDANCE = /^who (?:was|were) (?:at|present|in attendance)\b/u;

/**
 * The deeds a "who" question asks the doer of: the verb right after "who" when it names one ("who
 * WITNESSED the signing": not the signers), else every specific verb of the question.
 */
function deedsAsked(inWords: string, generalWords: readonly GeneralWord[]): string[] {
  // "Who was AT the ceremony when the jets arrived": being there is the deed, not the arriving.
  if (ASKS_ATTENDANCE.test(stripLeadingFiller(inWords))) return [...ATTENDANCE_TERMS];
  const deeds = generalWords.filter((word) => word.pos === "verb" && word.specificity >= DEED_SPECIFICITY);
  const first = /^who\s+([\p{L}'’-]+)/u.exec(inWords)?.[1];
  const asked = deeds.find((word) => word.word === first);
  // "Who WITNESSED the signing": being there, told as "in the presence of" as well as "witnessed by".
  if (asked !== undefined && ATTENDANCE_TERMS.includes(asked.term)) return [...ATTENDANCE_TERMS];
  return (asked === undefined ? deeds : [asked]).map((word) => word.term);
}

/** Senses up to which a word counts in full; "visit" has 8 verb senses, "go" over 30. */
const FULL_WEIGHT_SENSES = 12;

/**
 * How much a word of so many senses says, 0-1: 1 up to FULL_WEIGHT_SENSES, then falling with the
 * square root ("go", 35 verb senses: 0.59).
 * @param senses - the word's number of senses in the dictionary
 */
export function specificityOf(senses: number): number {
  return senses > FULL_WEIGHT_SENSES ? Math.sqrt(FULL_WEIGHT_SENSES / senses) : 1;
}

/** The tagger's parts of speech as the dictionary names them. */
const DICTIONARY_POS: Readonly<Record<string, string>> = {
  NOUN: "noun",
  PROPN: "noun",
  VERB: "verb",
  ADJ: "adj",
  ADV: "adv",
};

/** Particles that make a verb another one ("go OVER" is review, "talk ABOUT" is discuss). */
const PARTICLES = new Set(
  "about across along apart around aside away back down forward into off on out over through together up with".split(
    " ",
  ),
);

/**
 * The dictionary's phrasal verb when a verb and the particle after it form one ("go over" ->
 * "go over", whose synonym is "review"), else the verb itself.
 */
function phrasalVerb(
  lemma: string,
  next: { readonly value: string } | undefined,
  words: WordKnowledge,
): string {
  const particle = next === undefined ? "" : foldText(next.value);
  if (!PARTICLES.has(particle)) return lemma;
  const phrase = `${lemma} ${particle}`;
  return words.isCommonWord(phrase) ? phrase : lemma;
}

/** Parts of speech of the words between "did" and its verb: the subject ("the army chief", "aliyev and sharif"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PART"]);

/**
 * The position of the verb that follows "did"/"does" when the tagger read it as a noun, as it does
 * after a lower-case name ("did malik TRAVEL to", "what did aliyev and sharif TALK about"): the last
 * word that can be a verb in the subject-like run after "did", when no verb follows it; else -1.
 */
function verbReadAsNoun(tokens: readonly TaggedToken[], words: WordKnowledge): number {
  const start = tokens.findIndex((token) => token.pos === "AUX" && token.lemma === "do");
  if (start < 0 || tokens.slice(start + 1).some((token) => token.pos === "VERB")) return -1;
  let end = start + 1;
  while (end < tokens.length && SUBJECT_POS.has(tokens[end]?.pos ?? "")) end += 1;
  for (let at = end - 1; at > start + 1; at -= 1) {
    const token = tokens[at];
    if (token?.pos === "NOUN" && words.senseCount(token.lemma, "verb") > 0) return at;
  }
  return -1;
}

/**
 * Terms of verbs that qualify a noun rather than tell the act asked: a participle right after a
 * noun with the question's own verb still to come ("what areas do the documents SIGNED in Baku
 * cover", "what did the agreement SIGNED in July say"), or in "what was X SIGNED in Y about". The
 * act asked is the later verb, or what X is about.
 * @param inWords - the question, folded
 */
export function qualifyingVerbTerms(inWords: string): ReadonlySet<string> {
  const tokens = tagText(inWords);
  const found = new Set<string>();
  tokens.forEach((token, at) => {
    if (token.pos !== "VERB" || !/(?:ed|en|wn)$/u.test(token.value)) return;
    const before = tokens[at - 1];
    if (before === undefined || (before.pos !== "NOUN" && before.pos !== "PROPN")) return;
    // "... cover", "... say": the question's verb comes later; "what WERE the documents signed in
    // Gabala ABOUT": the question asks what they are about.
    const verbLater = tokens.slice(at + 1).some((later) => later.pos === "VERB");
    const asksWhatAbout =
      tokens.at(-1)?.normal === "about" &&
      tokens.slice(0, at - 1).some((earlier) => earlier.pos === "AUX" && earlier.lemma === "be");
    if (!verbLater && !asksWhatAbout) return;
    for (const term of analyzeText(token.value)) found.add(term);
  });
  return found;
}

/**
 * Cities that stand before the question's verb, not after a preposition: the subject ("did BAKU
 * sign", "which pact did ISLAMABAD and BAKU conclude"), which in the press names the country's
 * government. Each maps to its country's terms, by the gazetteer.
 * @param inWords - the question, folded
 */
export function actingCitiesOf(inWords: string): ReadonlyMap<string, readonly string[]> {
  const tokens = tagText(inWords);
  const verb = tokens.findIndex((token) => token.pos === "VERB");
  const found = new Map<string, readonly string[]>();
  for (let at = 0; at < (verb < 0 ? 0 : verb); at++) {
    const token = tokens[at];
    if (token === undefined || tokens[at - 1]?.pos === "ADP") continue;
    const place = lookUpPlace(token.value);
    if (place === null || place.isCountry) continue;
    const [term] = analyzeText(token.value);
    if (term !== undefined) found.set(term, analyzeText(place.country));
  }
  return found;
}

/** Tags of the words an attributive adjective stands before ("NAVAL exercise", "JOINT naval drill"). */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** General words of the question with their lemma, part of speech and term, for the dictionary. */
function generalWordsOf(
  text: string,
  specific: ReadonlySet<string>,
  words: WordKnowledge,
  vocabulary: Vocabulary,
): GeneralWord[] {
  const general: GeneralWord[] = [];
  const tokens = tagText(text);
  const untaggedVerb = verbReadAsNoun(tokens, words);
  for (const [position, token] of tokens.entries()) {
    const word = foldText(token.value);
    const reading = readWord(word, words, vocabulary);
    if (reading.kind !== "general") continue;
    const term = analyzeText(word)[0];
    if (term === undefined || specific.has(term) || isTimeTerm(term)) continue;
    if (general.some((existing) => existing.term === term)) continue;
    const readAsVerb = token.pos === "VERB" || position === untaggedVerb;
    const pos = position === untaggedVerb ? "verb" : DICTIONARY_POS[token.pos];
    const contextLemma = /^[a-z]+$/u.test(token.lemma) ? token.lemma : reading.lemma;
    const plain = reading.corrected ? reading.lemma : contextLemma;
    const lemma = readAsVerb ? phrasalVerb(plain, tokens[position + 1], words) : plain;
    const specificity = specificityOf(words.senseCount(lemma, pos) || words.senseCount(lemma));
    const namesAnAct =
      pos === "noun" &&
      (words.senseCount(lemma, "verb") > 0 ||
        words.related(lemma).some((relation) => relation.relation === "derived" && relation.pos === "verb"));
    const towardPlace = readAsVerb && leadsToPlace(tokens, position);
    // (A participle read as one tells a deed: "how many divers DROWNED in the course".)
    const participle = lemma !== word && /(?:ed|en|ing)$/u.test(word);
    const predicative = pos === "adj" && !participle && !NOUN_PHRASE_POS.has(tokens[position + 1]?.pos ?? "");
    general.push({
      word,
      lemma,
      term,
      specificity,
      ...(towardPlace ? { towardPlace: true as const } : {}),
      ...(predicative ? { predicative: true as const } : {}),
      ...(namesAnAct ? { namesAnAct: true as const } : {}),
      ...(reading.corrected ? { corrected: true } : {}),
      ...(pos === undefined ? {} : { pos }),
    });
  }
  return general;
}

/** Prepositions of a destination after a verb: "get TO Baku", "went INTO the city". */
const DESTINATION_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "into", "onto"]);

/** Parts of speech that open a destination's noun phrase ("to THE capital", "to AZERBAIJAN"). */
const DESTINATION_START_POS: ReadonlySet<string> = new Set(["PROPN", "NOUN", "DET", "ADJ", "NUM"]);

/**
 * Whether the verb at `position` goes to a place: a destination preposition and a noun phrase
 * after it ("get TO azerbaijan"), not an infinitive ("get to KNOW", "want to visit").
 */
function leadsToPlace(tokens: readonly TaggedToken[], position: number): boolean {
  const preposition = tokens[position + 1];
  if (preposition === undefined || !DESTINATION_PREPOSITIONS.has(foldText(preposition.value))) return false;
  return DESTINATION_START_POS.has(tokens[position + 2]?.pos ?? "");
}

/** Terms of the words read as function words ("wich"), which the question's terms leave out. */
function stopTermsOf(text: string, words: WordKnowledge, vocabulary: Vocabulary): Set<string> {
  const stop = new Set<string>();
  for (const raw of text.split(/\s+/u)) {
    const word = foldText(bareWord(raw));
    if (/^[a-z]+$/u.test(word) && !STOPWORDS.has(word) && readWord(word, words, vocabulary).kind === "stop") {
      for (const term of analyzeText(word)) stop.add(term);
    }
  }
  return stop;
}

/**
 * "Who chairs X": the verb of holding an office, which names the office ("who heads X" is left to
 * the question's words: its head may be styled its president, director or chief).
 */
const OFFICE_OF_VERB = /^who (chairs|chaired)\b/u;
/** The office each verb of holding one names. */
const OFFICE_BY_VERB: Readonly<Record<string, string>> = { chairs: "chairman", chaired: "chairman" };

/** "Who runs X", "who is the man heading X": a body's head is asked, its office not named. */
const RUNS_A_BODY =
  /^who(?:'s| is| was)? (?:(?:the |that )?(?:guy|man|woman|person|one|official) )?(?:runs|ran|heads|headed|leads|led|running|heading|leading|(?:is |was )?in charge of)\b/u;
/** The terms of heading a body, which are not the body's. */
const HEADING_TERMS: ReadonlySet<string> = new Set(
  analyzeText("runs ran running heads headed heading leads led leading charge"),
);

/** Parts of speech a title's noun phrase is made of ("the deputy foreign minister of Azerbaijan"). */
const TITLE_POS = new Set(["NOUN", "PROPN", "ADJ", "PART"]);

/**
 * The title of a "who is X's minister of Y" question: the terms of the noun phrase around its
 * office ("azerbaijan's deputy foreign minister" in "who was azerbaijan's deputy foreign minister
 * that came to pakistan").
 */
/**
 * The derived forms of a title's words, as terms: "navy" -> "naval", the adjective a title is
 * styled with ("Chief of the Naval Staff"). Only the dictionary's derivations one step away.
 * @param title - the title's terms
 * @param generalWords - the question's ordinary words, which give each term its dictionary word
 * @param words - the dictionary
 */
function titleVariantsOf(
  title: readonly string[],
  generalWords: readonly GeneralWord[],
  words: WordKnowledge,
): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const term of title) {
    const lemma = generalWords.find((word) => word.term === term)?.lemma;
    if (lemma === undefined) continue;
    const derived = words
      .related(lemma)
      .filter((relation) => relation.relation === "derived" && relation.distance <= 1)
      .flatMap((relation) => analyzeText(relation.lemma.replace(/_/gu, " ")).slice(0, 1))
      .filter((variant) => variant !== term);
    if (derived.length > 0) variants.set(term, [...new Set(derived)]);
  }
  return variants;
}

function titleTermsOf(text: string, answerType: AnswerType): string[] {
  if (answerType !== "titleHolder") return [];
  // "Who CHAIRS the friendship group": its chairman, whom a report names "its chairman X".
  const office = OFFICE_OF_VERB.exec(stripLeadingFiller(foldText(text)))?.[1];
  if (office !== undefined) return [...analyzeText(ownEntry(OFFICE_BY_VERB, office) ?? "")];
  const tokens = tagText(text);
  const role = tokens.findIndex((token) => analyzeText(token.value).some((term) => ROLE_TERMS.has(term)));
  if (role === -1) return [];
  let start = role;
  // "who was ACTING president when ...": a present participle before the office is part of its title,
  // whatever the tagger makes of it after "was".
  const modifiesTitle = (at: number): boolean => {
    const token = tokens[at];
    return TITLE_POS.has(token?.pos ?? "") || (token?.pos === "VERB" && /ing$/iu.test(token.value));
  };
  while (start > 0 && modifiesTitle(start - 1)) start -= 1;
  let end = role + 1;
  while (end < tokens.length) {
    const token = tokens[end];
    // "Minister OF Defence", "Commander OF THE Air Force".
    const article = tokens[end + 1]?.normal === "the" ? 1 : 0;
    if (
      token &&
      (TITLE_POS.has(token.pos) ||
        (/^(?:of|for)$/iu.test(token.value) && TITLE_POS.has(tokens[end + 1 + article]?.pos ?? "")))
    )
      end += TITLE_POS.has(token.pos) ? 1 : 1 + article;
    else break;
  }
  return [
    ...new Set(
      analyzeText(
        tokens
          .slice(start, end)
          .map((token) => token.value)
          .join(" "),
      ),
    ),
  ];
}

/**
 * Removes what addresses people or points elsewhere, and invisible characters.
 * @param raw - the question as typed
 */
function cleanQuestion(raw: string): string {
  return (
    raw
      .replace(/[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu, " ")
      // Mentions and links address people or point elsewhere; they are not part of what is asked.
      .replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b|\bhttps?:\/\/\S+/gu, " ")
      // The bot addressed by its name, first or last ("dostluq, when ...", "... , Dostluq?"); inside
      // the question it is what is asked about (the Dostluq exercise).
      .replace(/^\s*(?:(?:hey|hi|hello|ok|okay)\s+)?dostluq\b[\s,:!]*/iu, "")
      .replace(/[\s,]+dostluq\s*([?!.]*)\s*$/iu, "$1")
      .replace(/\s+/gu, " ")
      .trim()
  );
}

/**
 * Validates and analyses a question.
 * @param raw - the question as typed
 * @param words - the dictionary that tells ordinary words from names
 * @param vocabulary - the archive's terms (a word it uses is a name, not a misspelling)
 * @returns the analysis, or the reason the question cannot be asked
 */
export function analyseQuestion(
  raw: string,
  words: WordKnowledge,
  vocabulary: Vocabulary = NO_VOCABULARY,
): AnalysedQuestion | QuestionProblem {
  const typed = cleanQuestion(raw);
  // "is it going to be in Islamabad": "going to" says when, not that anyone goes.
  // "went along with him", "together with": compound prepositions that mean "with" ("go with" is
  // WordNet's accompany).
  // "munir n hasanov": chat's "n" for "and" (lower-case only: a capital N may be an initial).
  const mended = withOpeningSlipMended(
    typed
      .replace(/\bgoing to\b/giu, "gonna")
      .replace(/\b(?:along|together) with\b/giu, "with")
      .replace(/(?<=\p{L})\s+n\s+(?=\p{L})/gu, " and ")
      // "say yes to coming": agree to it; "said no to": refused it (both words are function words).
      .replace(/\b(?:say|says|said|saying)\s+yes\s+to\b/giu, "accept")
      .replace(/\b(?:say|says|said|saying)\s+no\s+to\b/giu, "refuse"),
    words,
    vocabulary,
  );
  // "Besides cutting tariffs, what did they agree": what the asker knows is no part of what is
  // asked (a sentence about the tariffs is the one NOT wanted); the question is the rest, of more.
  const beyondKnown = questionBeyondKnown(mended);
  const text = beyondKnown ?? mended;
  if (text === "") {
    return raw.trim() === ""
      ? { error: "The question is empty." }
      : { error: "The question has no words in it once mentions and links are left out." };
  }
  if (typed.length < MIN_QUESTION_LENGTH) {
    return { error: `The question is too short: write at least ${MIN_QUESTION_LENGTH} characters.` };
  }
  if (typed.length > MAX_QUESTION_LENGTH) {
    return {
      error: `The question is too long (${typed.length} characters): keep it under ${MAX_QUESTION_LENGTH + 1}.`,
    };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { error: "The question has no words in it." };
  const inWords = normaliseFunctionWords(foldText(text), words, vocabulary);
  // "How many DAYS did he spend": a count of something else is not a sum of money.
  const asksMoney = ASKS_AMOUNT.test(inWords) && !COUNTS_NON_MONEY.test(inWords);
  const stopTerms = stopTermsOf(text, words, vocabulary);
  const allTerms = [...new Set(analyzeText(text))].filter(
    (term) => !CHAT_WORDS.has(term) && !stopTerms.has(term),
  );
  const asked = new Set(allTerms);
  const anchorGroups = anchorGroupsOf(text, words, vocabulary)
    .map((group) => ({ ...group, terms: group.terms.filter((term) => asked.has(term)) }))
    .filter((group) => group.terms.length > 0);
  // Codes the aliases join across words ("cop 29" -> cop29) are specific too.
  for (const term of allTerms) {
    // A count written in words ("the two top diplomats") is an ordinary word, though indexed as a digit.
    if (/^\d+$/u.test(term) && !new RegExp(`\\b${term}\\b`, "u").test(text)) continue;
    if (/\d/u.test(term) && !isTimeTerm(term) && !anchorGroups.some((group) => group.terms.includes(term)))
      anchorGroups.push({ terms: [term], compound: false, phrase: term });
  }
  const specific = new Set(anchorGroups.flatMap((group) => group.terms));
  // Names of places and countries ("PAKISTANI tourists"): whose, where, not what kind.
  const placeTerms = new Set(
    anchorGroups
      .filter((group) => [group.phrase, ...group.terms].some((name) => lookUpPlace(name) !== null))
      .flatMap((group) => group.terms),
  );
  const titled = namesTitles(foldText(text), anchorGroups, words);
  const generalWords = generalWordsOf(text, specific, words, vocabulary).filter(
    (word) => asked.has(word.term) && !titled.has(word.term),
  );
  // "What are all the AREAS of cooperation": which areas, the things of that kind.
  const { readAs, contents } = whichThingsAsked(inWords);
  const detected = asksSubjectMatter(
    asksContentByVerb(detectAnswerType(readAs), inWords, generalWords, words),
    readAs,
  );
  // "Which WORK will the embassy pay to translate": the thing, not the sum.
  const asksAmount = asksMoney && !asksWhichThingNotMoney(inWords, detected);
  // "what is the value of the PTA", "how much did they pay": a sum of money is the answer.
  const answerType = asksAmount && AMOUNT_TYPES.has(detected) ? "number" : detected;
  const metaTerms = META_TERMS[answerType] ?? new Set<string>();
  const qualifying = answerType === "content" ? qualifyingVerbTerms(inWords) : new Set<string>();
  // "Why does Azerbaijan WANT the JF-17": the wanting is what the reason is asked of, not a deed.
  // "When was the meeting SUPPOSED TO happen": when it was to be, which "would take place on ..."
  // tells without the word; the expecting is how the time is asked, not a deed to find.
  const wanting =
    answerType === "reason"
      ? wantingTerms(generalWords)
      : answerType === "date"
        ? expectingTerms(inWords, generalWords)
        : answerType === "yesno"
          ? aspectTerms(inWords, generalWords)
          : answerType === "description" || answerType === "titleHolder"
            ? // "Who is X EXACTLY", "who is the defence minister RIGHT NOW": how it is asked, not
              // what a sentence about him says.
              new Set(generalWords.filter((word) => word.pos === "adv").map((word) => word.term))
            : new Set<string>();
  const countFocus =
    answerType === "number"
      ? focusTermsOf(inWords, /^(?:many|much)$/iu).filter((term) => asked.has(term))
      : [];
  // Words that restate the type ("the REASON for") count like a focus: where a sentence has them.
  const focus = [
    ...(answerType === "which"
      ? focusTermsOf(readAs).filter((term) => !isTimeTerm(term) && asked.has(term))
      : []),
    // "how many KINDS of cooperation": what is counted, which the answer lists rather than names.
    ...countFocus.filter((term) => !isTimeTerm(term)),
    ...allTerms.filter((term) => metaTerms.has(term)),
    // "Which SECTORS do the MoUs cover": the kind of what a report lists, which it names rather
    // than calls by the kind.
    ...(answerType === "content" ? allTerms.filter((term) => KIND_TERMS.has(term)) : []),
  ];
  const counting =
    answerType === "number" && !asksAmount
      ? // "How MUCH investment": an amount, which the sentence may give apart from the noun ("investment
        // in Pakistan to $2 billion"); only "how MANY X" needs a count of X.
        /\bhow long\b/u.test(inWords)
        ? { counted: DURATION_TERMS, countsKinds: false }
        : // "how many PAKISTANI tourists": the country says whose, not what is counted.
          countedTerms(
            /\bhow many\b/u.test(inWords) ? countFocus.filter((term) => !placeTerms.has(term)) : [],
          )
      : { counted: new Set<string>(), countsKinds: false };
  // "Who HEADS the authority": the verb is not a title, the body's head whatever its office is asked.
  const runsABody = answerType === "titleHolder" && RUNS_A_BODY.test(stripLeadingFiller(inWords));
  const title = runsABody ? [] : titleTermsOf(text, answerType);
  const titleVariants = titleVariantsOf(title, generalWords, words);
  return {
    text: typed,
    answerType,
    terms: allTerms.filter((term) => !isTimeTerm(term) && !titled.has(term) && !wanting.has(term)),
    anchorGroups,
    actingCities: actingCitiesOf(inWords),
    generalWords: generalWords.filter((word) => !wanting.has(word.term)),
    modifiers: generalWords
      .filter(
        (word) =>
          word.pos === "adv" ||
          (word.pos === "adj" && TIME_RELATION_ADJECTIVE.test(word.word)) ||
          // "Did THE THREE leaders meet": a definite description's count is given, not claimed.
          (NUMBER_WORD.test(word.word) && new RegExp(`\\bthe ${word.word}\\b`, "iu").test(inWords)),
      )
      .map((word) => word.term),
    // "which PAKISTANI city": the country is a name the answer is about, not the kind it names.
    focus: focus.filter((term) => !specific.has(term)),
    ...counting,
    // "Which AREAS did they agree to deepen ties in": as "how many areas", any list of things answers.
    ...(answerType === "which" &&
    focus.length > 0 &&
    focus.every((term) => KIND_TERMS.has(term)) &&
    (contents || asksForSeveral(readAs))
      ? { countsKinds: true }
      : {}),
    isOrdinaryWord: (word) => words.isCommonWord(word) && !words.isRareWord(word),
    namesPerson: (word) =>
      hasBroaderTerm(lemmaOf(word.toLowerCase(), "noun"), words, TITLE_KINDS, { pos: "noun" }) ||
      namesPeople(word, words, { deep: true, kinds: ONE_PERSON_KINDS }),
    // "How many people", "how many soldiers": a count of any kind of person may answer.
    ...([...counting.counted].some(
      (term) =>
        PEOPLE_TERMS.has(term) ||
        generalWords.some(
          (word) =>
            word.term === term && word.pos === "noun" && namesPeople(word.word, words, { deep: true }),
        ),
    )
      ? { countsAsPeople: (word: string) => namesPeople(word, words) }
      : {}),
    timeTerms: allTerms.filter(isTimeTerm),
    title,
    ...(titleVariants.size > 0 ? { titleVariants } : {}),
    ...(runsABody
      ? {
          headOf: allTerms.filter(
            (term) => !isTimeTerm(term) && !HEADING_TERMS.has(term) && !wanting.has(term),
          ),
        }
      : {}),
    describedTitle: answerType === "person" ? titleTermsOf(text, "titleHolder") : [],
    actTerms:
      answerType === "content"
        ? withOutcomes(
            allTerms.filter(
              (term) => SPECIFIC_REPORTING_TERMS.has(term) && !metaTerms.has(term) && !qualifying.has(term),
            ),
          )
        : answerType === "person" || (answerType === "number" && !asksAmount)
          ? // "who SIGNED the agreement": the doer is named where the deed is told; "how many pilots
            // have been TRAINED": the count of the deed asked, not of another ("eleven pilots graduated").
            deedsAsked(inWords, generalWords)
          : [],
    asksAmount: asksAmount && AMOUNT_TYPES.has(detected),
    asksDay: answerType === "date" && /\b(?:what|which) (?:date|day)\b/u.test(inWords),
    asksHour: answerType === "date" && /\b(?:what|which) time\b|\bat what hour\b/u.test(inWords),
    asksSeveral: answerType === "which" && (contents || asksForSeveral(readAs)),
    ...(answerType === "which" && contents ? { asksContents: true as const } : {}),
    ...(answerType === "which" && namesAWork(focus, generalWords, words)
      ? { asksForWork: true as const }
      : {}),
    // "Who reported on the meeting", "who announced it": the source a report is attributed to.
    ...(answerType === "place" &&
    generalWords.some((word) => word.pos === "verb" && isGoing(word.lemma, words))
      ? { asksDestination: true }
      : {}),
    ...(answerType === "place" && /\bfrom\s*[?.!]*$/u.test(inWords) ? { asksOrigin: true as const } : {}),
    ...(answerType === "place" ? placeWithinOf(inWords) : {}),
    ...(answerType === "content" ? subjectOf(inWords, allTerms) : {}),
    ...(/\b(?:what|which) else\b/u.test(inWords) ||
    (beyondKnown !== null && /^(?:what|which)\b/u.test(inWords))
      ? { asksMore: true as const }
      : {}),
    // "Who went with him", "who accompanied the minister": those beside the one named, his party.
    ...(/\b(?:who|whom|anyone|anybody|someone) else\b/u.test(inWords) ||
    /^who (?:(?:went|came|travell?ed|flew|was|were) with|accompanied)\b/u.test(stripLeadingFiller(inWords))
      ? { asksOthers: true as const }
      : {}),
    asksSource:
      answerType === "person" &&
      /^who (?:reported|reports|announced|announces|confirmed|confirms|stated|states|released|issued)\b/u.test(
        stripLeadingFiller(inWords),
      ),
    // "How much did the deal MEAN for Azerbaijan", "how much does it matter": how significant.
    asksSize:
      /^how (?:big|large|huge|important|significant|major|serious|strong)\b/u.test(
        stripLeadingFiller(inWords),
      ) ||
      /^how much (?:did|does|do|will|would|has|have) .+ (?:mean|meant|matter|mattered)\b/u.test(
        stripLeadingFiller(inWords),
      ),
    // What is yet to come, or was when reported: "when will", "when did he plan to", "supposed to";
    // not a "PLANNING conference", which was held.
    asksFuture:
      /\b(?:will|shall|going to|gonna|upcoming|next|plan|plans|planned|planning (?:to|for)|(?:is|are|was|were) planning|intend|intends|intended|scheduled|supposed to|due to|expected to)\b/u.test(
        inWords,
      ),
    // ("call" is left out: "their video call" is a call, not a quotation.)
    asksForQuote: /\b(?:say|said|says|tell|told|describe|described|remark|comment|quote)\b/u.test(inWords),
  };
}
