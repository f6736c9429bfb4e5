/**
 * Stage 6, answer span: the short answer a question's type has in the best sentence — the date
 * phrase, the place after "in"/"at", the person the question did not name, the name bound to a
 * title, the number, the purpose clause.
 */
import { STOPWORDS } from "../text/stopwords.js";
import { instanceTermsOf, kindTermsOf } from "../text/domainInstances.js";
import { lemmatizeText as tagText } from "../lexicon/lemma.js";
import { spelledOutAs } from "../text/aliases.js";
import { analyzeText } from "../text/terms.js";
import { foldText } from "../text/fold.js";
import { isCountryName, lookUpPlace } from "../meetings/gazetteer.js";
import type { AnswerType } from "./answerType.js";
import { ROLE_TERMS } from "./roles.js";
import { afterAttendanceCue, asksAttendance } from "./attendance.js";

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** Date phrases, most specific first. */
const DATE_PHRASES: readonly RegExp[] = [
  new RegExp(
    `\\b(?:(?:early|mid|late|the end of|the start of|the beginning of)[\\s-]+)?(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}(?:-\\d{1,2})?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:-\\d{1,2})?(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d{2})?\\b`,
    "iu",
  ),
  // "by the end of 2025", "in the FIRST QUARTER of 2026", "in the second half of 2027".
  /\b(?:in|since|during|by|until|before|after|the year)\s+(?:the\s+(?:end|start|beginning|middle|(?:first|second|third|fourth|final|last)\s+(?:quarter|half))\s+of\s+)?(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2}\b/iu,
  // A day named for what it marks: "on Azerbaijan's Independence Day", "the eve of Victory Day".
  /\b(?:(?:on|the eve of)\s+)?(?:\p{Lu}[\p{L}]+['’]s\s+)?(?:\p{Lu}[\p{L}]+\s+)+Day\b/u,
  new RegExp(
    `\\bon\\s+${WEEKDAY}\\b|\\b(?:yesterday|today|(?:earlier|later) this (?:week|month|year)|(?:last|next|this coming) (?:week|month|year|spring|summer|autumn|fall|winter)|the (?:following|next|previous) (?:day|week|month)|the day before|(?:a|one) day (?:later|earlier))\\b`,
    "iu",
  ),
];

/**
 * When something yet to happen will happen, told without a date: "talks will be organized VERY SOON",
 * "in the coming weeks". It answers a question about the future only.
 */
const UNDATED_FUTURE =
  /\b(?:(?:very\s+)?soon|shortly|in the near future|in the (?:coming|next few) (?:days|weeks|months|years)|in due course)\b/iu;

/**
 * A run of capitalised words, allowing "of"/"the" inside ("Presidential Palace of Azerbaijan") and an
 * Azerbaijani patronymic's "oglu"/"qizi" ("Tural Rauf oglu Ismayilov"); "and" joins two names, so it ends one.
 */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|oglu|ogly|qizi|kyzy)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu;

function datePhrase(sentence: string, forward = false): string | null {
  for (const pattern of DATE_PHRASES) {
    const match = pattern.exec(sentence);
    const phrase = match?.[0].replace(/^(?:in|since|during)\s+/iu, "").trim();
    // "would visit next month" dates what is to come, not what a question in the past tense asks.
    if (phrase && !forward && /^(?:next|this coming)\b/iu.test(phrase)) continue;
    // A bare month with no day or year ("May" as a verb is the classic trap) is not an answer.
    if (phrase && !/^(?:May|March)$/u.test(phrase)) return phrase;
  }
  return forward ? (UNDATED_FUTURE.exec(sentence)?.[0] ?? null) : null;
}

function isNew(phrase: string, questionTerms: ReadonlySet<string>): boolean {
  const terms = analyzeText(phrase);
  return terms.length > 0 && terms.some((term) => !questionTerms.has(term));
}

/**
 * "In Baku", "at the Zagulba Palace", and a place named by its kind ("near the town of Ordubad", "in
 * the mountains of the Nakhchivan Autonomous Republic").
 */
const PLACE_AFTER_PREPOSITION =
  /\b(?:in|at|near)\s+(?:(?:the|a|an)\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}?(?:town|city|village|district|region|province|mountains|valley|outskirts|port|island)\s+of\s+(?:the\s+)?)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*)/gu;

/** Where someone or something comes from: "from Lahore", "from Lahore's Badami Bagh". */
const PLACE_OF_ORIGIN =
  /\bfrom\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*)/gu;

/** "In Azerbaijani", "in Urdu": a people's or a language's name, whose term is its country's, is no place. */
function namesALanguageOrPeople(phrase: string): boolean {
  if (/\s/u.test(phrase)) return false;
  const [term] = analyzeText(phrase);
  return term !== undefined && isCountryName(term) && !isCountryName(phrase);
}

function placePhrase(
  sentence: string,
  questionTerms: ReadonlySet<string>,
  asksOrigin = false,
  within?: string,
): string | null {
  // "Where in Karachi": a place the gazetteer knows as another city (or a country) is elsewhere.
  const elsewhere = (place: string): boolean => {
    if (within === undefined) return false;
    const bare = place.replace(/[.,;:!?]+$/u, "");
    const known = lookUpPlace(bare) ?? lookUpPlace(bare.split(/\s/u)[0] ?? "");
    const folded = foldText(bare);
    return known !== null && folded !== within && !folded.startsWith(`${within} `);
  };
  // "Where did he lay a wreath at GHQ": "at the General Headquarters" is the place named, not news.
  const named = withSpelledOutWords(questionTerms);
  // "Where is the artist FROM": "a truck artist from Lahore's Badami Bagh".
  if (asksOrigin)
    for (const match of sentence.matchAll(PLACE_OF_ORIGIN)) {
      const place = match[1];
      if (place && !datePhrase(place) && !namesALanguageOrPeople(place) && isNew(place, named)) return place;
    }
  for (const match of sentence.matchAll(PLACE_AFTER_PREPOSITION)) {
    const place = match[1];
    if (!place || datePhrase(place) || namesALanguageOrPeople(place) || elsewhere(place)) continue;
    // "Azerbaijan's defence attache IN ISLAMABAD": where an envoy is posted, not where he acted,
    // unless that is what is asked ("where did he serve": "consul general in Istanbul").
    if (!asksPosting(questionTerms) && POSTED_ENVOY.test(sentence.slice(0, match.index))) continue;
    if (isNew(place, named)) return place;
    // "Where is Lachin?": the place it stands in, "in Lachin, Azerbaijan".
    const within = /^,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u.exec(
      sentence.slice((match.index ?? 0) + match[0].length),
    )?.[1];
    if (within && isNew(within, named)) return `${place}, ${within}`;
  }
  // "visited Azerbaijan", "Bayramov's mission to Pakistan": where someone went, when the gazetteer
  // knows the name for a place (a person may follow "to" as well).
  for (const match of sentence.matchAll(DESTINATION)) {
    const place = match[1];
    if (place && lookUpPlace(place) !== null && isNew(place, named) && !elsewhere(place)) return place;
  }
  return null;
}

/** Terms of the verbs that ask where someone is posted: "where did he serve", "where is she based". */
const POSTING_TERMS: ReadonlySet<string> = new Set(analyzeText("serve posted stationed based"));

function asksPosting(questionTerms: ReadonlySet<string>): boolean {
  for (const term of POSTING_TERMS) if (questionTerms.has(term)) return true;
  return false;
}

/** An envoy's office right before a place, which says where the envoy is posted. */
const POSTED_ENVOY =
  /\b(?:attach[eé]s?|ambassadors?|envoys?|consuls?(?: general)?|high commissioners?|charg[eé]s? d'affaires|correspondents?|representatives?)\s*$/iu;

/** A place someone went to: "visited X", "trip to X", "arrived in X", "his stay in X" (not "invited to visit X"). */
const DESTINATION =
  /\b(?:visited|(?:visit|trip|mission|journey|tour|travel|travell?ed|went|came|flew|arrived|stay|return(?:ed)?) (?:to|in|at))\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/gu;

/** A role or description next to a name: "Deputy Foreign Minister", "News Editor of The Pakistan Daily". */
function isDescription(text: string): boolean {
  // A description starts with a capital or an article; "visited Azerbaijan" is a verb phrase, not one.
  return /^(?:\p{Lu}|(?:the|a|an)\s)/u.test(text) && text.split(/\s+/u).length <= 12;
}

/** One-word titles that stand before a name ("Ambassador Khazar Farhadov"). */
const ROLE_WORDS = new Set([
  "ambassador",
  "president",
  "minister",
  "secretary",
  "governor",
  "mayor",
  "chairman",
  "chairperson",
  "senator",
  "general",
  "admiral",
  "commander",
  "speaker",
  "envoy",
  "consul",
  "director",
  "spokesperson",
]);

/** Lower-case words that stand inside titles and names. */
const TITLE_JOINERS = new Set(["of", "the", "for", "and", "cum", "de", "al", "ul", "bin"]);

/** Two or more capitalised words and no brackets: a name or title, not "NI (M)". */
function isNameOrTitle(text: string): boolean {
  const words = text.split(/\s+/u);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  // Lower-case words may only join a title ("Minister of State for Petroleum"), not make a clause.
  const joinersOnly = words.every((word) => /^\p{Lu}/u.test(word) || TITLE_JOINERS.has(word));
  return !/[()]/u.test(text) && capitalised >= 2 && joinersOnly;
}

/** The comma-separated chunk right before `start`, from its first capitalised word ("met with Colonel X" -> "Colonel X"). */
function chunkBefore(sentence: string, start: number): string | null {
  const before = sentence.slice(0, start);
  if (!/,\s*$/u.test(before)) return null;
  const chunk = before.replace(/,\s*$/u, "").split(/[,;:]/u).at(-1) ?? "";
  const fromCapital = (/^\s*(?:the|a|an)\s.*$/iu.exec(chunk) ?? /\p{Lu}.*$/u.exec(chunk))?.[0].trim();
  return fromCapital && fromCapital.length >= 3 ? fromCapital : null;
}

/**
 * The person or description beside something the question names: "Who is X?" finds X's description
 * ("Pakistan's Minister of State for Petroleum, X," or "X, News Editor of ...,"), "Who is the
 * Minister of Defence?" finds the name beside the title.
 */
/**
 * A title and a name in one capitalised run ("Azerbaijani Energy Minister Parviz Shahbazov"): the
 * part the question did not name, when the other part is what it named.
 */
function otherPartOfRun(run: string, questionTerms: ReadonlySet<string>): string | null {
  const words = run.split(/\s+/u);
  const named = words.map((word) => analyzeText(word).some((term) => questionTerms.has(term)));
  const first = named.indexOf(true);
  const last = named.lastIndexOf(true);
  if (first === -1) return null;
  const before = words.slice(0, first).join(" ");
  const after = words.slice(last + 1).join(" ");
  if (
    first > 0 &&
    last === words.length - 1 &&
    (isNameOrTitle(before) || ROLE_WORDS.has(before.toLowerCase()))
  ) {
    return before;
  }
  if (first === 0 && after !== "" && isNameOrTitle(after)) return after;
  return null;
}

/** "the mayor of Ganja", "the head of SOCAR": a role written in lower case, tied to a name. */
function isRoleDescription(text: string): boolean {
  return (
    /^(?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}/iu.test(text) &&
    text.split(/\s+/u).length <= 10
  );
}

/** An acronym's spelled-out name beside it: "SOCAR (State Oil Company of the Azerbaijani Republic)" or the other way round. */
function expansionOf(sentence: string, questionTerms: ReadonlySet<string>): string | null {
  // Most sentences have no brackets, and the pattern costs a search from every capital letter.
  if (!sentence.includes("(")) return null;
  for (const match of sentence.matchAll(
    /([\p{Lu}][\p{L}'’.-]*(?:\s+(?:of|the|and|for)?\s*[\p{Lu}][\p{L}'’.-]*)*)\s*\(([^()]{2,80})\)/gu,
  )) {
    const [, outside = "", inside = ""] = match;
    const outsideNamed = analyzeText(outside).some((term) => questionTerms.has(term));
    const insideNamed = analyzeText(inside).some((term) => questionTerms.has(term));
    // "SOCAR (State Oil Company of the Azerbaijani Republic)": the words in brackets spell out the
    // name asked about, which is why the alias table also reads them as that name.
    const acronym = analyzeText(outside.split(/\s+/u).at(-1) ?? "")[0];
    const spellsOut = acronym !== undefined && analyzeText(inside).includes(acronym);
    if (outsideNamed && (!insideNamed || spellsOut) && inside.split(/\s+/u).length >= 2) return inside;
    if (insideNamed && !outsideNamed && outside.split(/\s+/u).length >= 2) return outside;
  }
  return null;
}

function describedPerson(sentence: string, questionTerms: ReadonlySet<string>): string | null {
  const expansion = expansionOf(sentence, questionTerms);
  if (expansion !== null) return expansion;
  for (const match of sentence.matchAll(NAME_RUN)) {
    const named = match[0];
    if (isNew(named, questionTerms)) {
      const other = otherPartOfRun(named, questionTerms);
      if (other) return other;
      continue;
    }
    const start = match.index ?? 0;
    const after = APPOSITION.exec(sentence.slice(start + named.length))?.[1]?.trim();
    const described = (text: string | null | undefined): text is string =>
      !!text && (isNameOrTitle(text) || isRoleDescription(text)) && isNew(text, questionTerms);
    if (described(after) && isDescription(after)) return after;
    const before = chunkBefore(sentence, start);
    if (described(before)) return before;
  }
  return null;
}

function personPhrase(
  sentence: string,
  named: ReadonlySet<string>,
  isOrdinaryWord?: (word: string) => boolean,
  describedHolder: string | null = null,
): string | null {
  for (const match of sentence.matchAll(NAME_RUN)) {
    // "AZERBAIJAN'S Minister of Economy Mikayil Jabbarov": whose minister, before the title and name.
    const name = match[0]
      .replace(/^(?:The|On|In|At|During|According|Thus|Moreover|However)\s+/u, "")
      .replace(/^\p{Lu}\p{Ll}+['’]s\s+(?=\p{Lu})/u, "");
    // The person asked for is someone the question did not name, and a possessive ("Baku's
    // Karabakh victory") qualifies a thing, not a person.
    if (name.split(/\s+/u).length < 2 || /['’]s\b/u.test(name) || datePhrase(name)) continue;
    // "She was received AT THE Nur Khan Airbase by ...": a name where something happened is a place.
    if (AFTER_LOCATIVE.test(sentence.slice(0, match.index))) continue;
    // A name that ends in an ordinary noun names an institution ("the Pakistan Air FORCE"); one
    // that ends "of" a place names a body or a place ("the Mine Action Agency of the Republic of
    // Azerbaijan"): a person's title puts the place before the name ("President of Azerbaijan Ilham Aliyev").
    // (Its stop is no part of the word: "the Baku Higher Oil SCHOOL.")
    const last = (name.split(/\s+/u).at(-1) ?? "").replace(/[.]+$/u, "");
    if (isOrdinaryWord?.(last.toLowerCase()) === true) continue;
    if (/\sof\s/u.test(name) && lookUpPlace(last) !== null) continue;
    // "Cadets from SAUDI ARABIA, Sri Lanka and Nepal": a country or a city is no one.
    if (lookUpPlace(name) !== null) continue;
    // "Who met the deputy minister": the deputy minister is the one met, not who met him.
    if (describedHolder !== null && (name.includes(describedHolder) || describedHolder.includes(name)))
      continue;
    if (!analyzeText(name).some((term) => named.has(term))) return name;
    // "HEC Chairman Dr Imran Saleem Awan": the asked body names whose chairman he is.
    const words = name.split(/\s+/u);
    let start = 0;
    while (start < words.length && analyzeText(words[start] ?? "").some((term) => named.has(term)))
      start += 1;
    const rest = words.slice(start);
    if (start > 0 && rest.length >= 2 && !analyzeText(rest.join(" ")).some((term) => named.has(term)))
      return rest.join(" ");
  }
  // "The army chief is accompanying ...": the sentence's subject, named by office.
  const office = SUBJECT_BY_OFFICE.exec(sentence)?.[1];
  // One office holder: "the two leaders", "the ministers" refer back to people already named.
  if (office !== undefined && !/\b(?:two|three|four|both)\b|s$/u.test(office)) {
    const terms = analyzeText(office);
    if (ROLE_TERMS.has(terms.at(-1) ?? "") && !terms.some((term) => named.has(term))) return `the ${office}`;
  }
  // "... also met THE HEADS OF Azercell and the Baku Higher Oil School": people named by the office
  // they hold in a body the sentence names.
  const held = OFFICE_IN_BODY.exec(sentence);
  if (held?.[1] !== undefined && ROLE_TERMS.has(analyzeText(held[1]).at(-1) ?? "")) return held[0];
  return null;
}

/** Holders named by their office in a named body: "the heads of Azercell", "the rector of the University of Baku". */
const OFFICE_IN_BODY =
  /\bthe ((?:[a-z-]+ ){0,2}[a-z-]+) of (?:the )?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*/u;

/** The words before a place: "at the", "in", "near the" (a person is not named right after them). */
const AFTER_LOCATIVE = /\b(?:at|in|near|inside|outside)\s+(?:the\s+)?$/u;

/** Who a report is attributed to: "according to Inter-Services Public Relations (ISPR)", "..., the ISPR said". */
const ATTRIBUTION =
  /\b[Aa]ccording to (?:the )?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[\p{Lu}(][\p{L}’'()-]*)*)|(?:,|\b)\s*(?:the )?(\p{Lu}[\p{L}-]*(?:\s+[\p{Lu}(][\p{L}()-]*)*) (?:said|reported|announced|stated|confirmed|told)\b/u;

function sourceOf(sentence: string): string | null {
  const match = ATTRIBUTION.exec(sentence);
  return (match?.[1] ?? match?.[2])?.trim() ?? null;
}

/** A sentence whose subject is an office, not a name: "THE ARMY CHIEF is accompanying ...". */
const SUBJECT_BY_OFFICE =
  /^The ((?:[a-z-]+ ){0,2}[a-z-]+) (?:is|was|has|had|will|also|later|then|[a-z]+ed)\b/u;

/** A capitalised run that may hold a title: "Minister of State for Petroleum", "Deputy Prime Minister cum Foreign Minister". */
const TITLE_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|for|cum|and)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu;

/** A capitalised run and where it starts, as `matchAll` gives them. */
interface Run {
  readonly 0: string;
  readonly index: number;
}

/**
 * The sentence's capitalised runs, and the part of each after an "and" that joins two of them
 * ("Federal Minister for Energy Awais Leghari and Azerbaijan's Minister of Energy Parviz
 * Shahbazov"): the title asked may open either.
 */
function titleRuns(sentence: string): Run[] {
  const runs: Run[] = [];
  for (const match of sentence.matchAll(TITLE_RUN)) {
    const index = match.index;
    runs.push({ 0: match[0], index });
    for (const joint of match[0].matchAll(/\s+and\s+(?=\p{Lu})/gu)) {
      const from = joint.index + joint[0].length;
      runs.push({ 0: match[0].slice(from), index: index + from });
    }
  }
  return runs;
}

/**
 * "FEDERAL Minister for Defence Khawaja Muhammad Asif": the word styles the office as Pakistan's,
 * the federation of the two countries (Azerbaijan is a unitary state), so it stands for the
 * country a "Pakistan's defence minister" names, and for no other country's office.
 */
const FEDERAL_OFFICE = /^Federal$/u;
/** Pakistan's index term. */
const PAKISTAN = analyzeText("Pakistan")[0] ?? "pakistan";

/** What follows a name or an office between commas: ", Lieutenant General Inam Haider Malik,". */
const APPOSITION = /^,\s+([^,.;]{3,80}?)(?:,|\.|;|$)/u;

/**
 * The first of the people a run joins with "and": "Colonel General Elchin Gasimov and the Pakistani
 * ambassador" names the minister, then someone else.
 */
function firstOfJoined(names: string): string {
  return names.split(/\s+and\s+/u)[0] ?? names;
}

/** Where an envoy is posted, between the title and the name: "Ambassador TO PAKISTAN Khazar Farhadov". */
const POSTED_TO = /^(?:to|in) (?:the )?\p{Lu}[\p{L}-]*\s+(?=\p{Lu})/u;

/** A posting told before a comma and the name: "Ambassador TO AZERBAIJAN, Nighat Afzal Chaudhry". */
const POSTED_BEFORE_COMMA = /^\s+(?:to|in) (?:the )?\p{Lu}[\p{L}-]*(?=,\s+\p{Lu})/u;

/** A possessive country or organisation before a title ("Azerbaijan's Deputy Foreign Minister"). */
const OWNER_PREFIX = /^\p{Lu}[\p{L}-]*['’]s\s+/u;

/** The last run of two or more capitalised words in a text: the name closing a clause. */
function lastName(text: string): string | null {
  const runs = [...text.matchAll(NAME_RUN)]
    .map((match) => match[0])
    .filter((run) => run.split(/\s+/u).length >= 2);
  const last = runs.at(-1);
  return last && !/['’]s\b/u.test(last) ? last : null;
}

/** Terms with the words of every spelling their aliases are written out as ("fm": foreign, minister). */
function withSpelledOutWords(terms: Iterable<string>): Set<string> {
  const all = new Set(terms);
  for (const term of [...all]) {
    for (const spelling of spelledOutAs(term)) for (const word of analyzeText(spelling)) all.add(word);
    // "Speaker of the parliament" is the Speaker of the Milli Majlis, and the other way round.
    for (const related of [...instanceTermsOf(term), ...kindTermsOf(term)]) all.add(related);
  }
  return all;
}

/**
 * The sentence with the title's words capitalised where it writes them in lower case ("The
 * commander of the Azerbaijani Air Force, Major General X"), so the title reads as one run; the
 * same length, so positions stay.
 */
function withTitleWordsCapitalised(sentence: string, title: ReadonlySet<string>): string {
  return sentence.replace(/\b\p{Ll}[\p{L}-]*/gu, (word) =>
    analyzeText(word).some((term) => title.has(term)) && !STOPWORDS.has(word)
      ? `${word.charAt(0).toUpperCase()}${word.slice(1)}`
      : word,
  );
}

/**
 * What stands between a name and the title after it: a comma ("Ismayilov, Ambassador of ..."), a
 * possessive ("Farhadov, Azerbaijan's envoy") or a relative clause ("Ismayilov, who was the chief guest").
 */
const TITLE_AFTER_NAME =
  /,\s*(?:who\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+(?:the\s+|an?\s+)?)?(?:\p{Lu}[\p{L}-]*['’]s\s*)?$/u;

/**
 * The name bound to a title in a sentence: "Defence Minister Zakir Hasanov", "Hasanov Zakir Asgar
 * Oglu, Minister of Defence", "Elnur Mammadov, Azerbaijan's Deputy Foreign Minister". The title must
 * stand whole and alone: "Minister of Defense Industry" is another office than "defence minister".
 * @param sentence - one sentence
 * @param asked - the title's terms, as the question gives them (its country may stand elsewhere)
 * @param isOrdinaryWord - the dictionary's test of an ordinary word, not a name
 * @param namesPerson - the dictionary's test of a word naming a kind of person (a rank: "Colonel")
 * @param body - the question's other terms: the body whose office it is, which may open the run
 * @param variants - the title's words in their derived forms ("navy": naval), by term
 */
function holderOfTitle(
  sentence: string,
  asked: ReadonlySet<string>,
  isOrdinaryWord?: (word: string) => boolean,
  namesPerson?: (word: string) => boolean,
  body: ReadonlySet<string> = new Set(),
  variants: ReadonlyMap<string, readonly string[]> = new Map(),
): string | null {
  // "deputy fm" is also "deputy foreign minister": the title's words include its terms' spellings,
  // and "navy chief" is "Chief of the Naval Staff": their derived forms.
  const title = new Set([...withSpelledOutWords(asked), ...[...variants.values()].flat()]);
  const rolesAsked = [...asked].filter((term) => ROLE_TERMS.has(term));
  for (const match of titleRuns(withTitleWordsCapitalised(sentence, title))) {
    const run = match[0].replace(OWNER_PREFIX, "");
    const words = run.split(/\s+/u);
    const inTitle = words.map((word) => {
      const terms = analyzeText(word);
      // A country's name may stand inside the title ("Commander of the Azerbaijani Air Force").
      return terms.length === 0 || terms.every((term) => title.has(term) || isCountryName(term));
    });
    // The title is the run's first words (a name may follow) or its last (a name may precede),
    // after the body the question names, if the run opens with it ("HIT Chairman Lieutenant
    // General Saqib Mehmood" for "the chairman of HIT").
    let first = 0;
    while (
      first < words.length &&
      !inTitle[first] &&
      ((FEDERAL_OFFICE.test(words[first] ?? "") &&
        ![...body, ...asked].some((term) => isCountryName(term) && term !== PAKISTAN)) ||
        (analyzeText(words[first] ?? "").length > 0 &&
          analyzeText(words[first] ?? "").every((term) => body.has(term))))
    )
      first += 1;
    let end = first;
    while (end < words.length && inTitle[end]) end += 1;
    const titleTerms = new Set(analyzeText(words.slice(first, end).join(" ")));
    if (end === first || !rolesAsked.every((term) => titleTerms.has(term))) continue;
    const rest = words.slice(end).join(" ");
    // "Minister of Defence Industry Vugar Mustafayev" holds no office of agriculture: every word of
    // the office asked (its country aside) must be in the run.
    // ("COAS Asim Munir" holds the office asked as "army chief": an alias stands for its words.)
    const runTerms = withSpelledOutWords(analyzeText(run));
    if (
      [...asked].some(
        (term) =>
          !runTerms.has(term) &&
          !isCountryName(term) &&
          !(variants.get(term) ?? []).some((v) => runTerms.has(v)),
      )
    )
      continue;
    if (rest !== "") {
      // "Defence Minister Zakir Hasanov": the name follows in the run; an extra common word
      // ("Minister of Defense Industry") makes it another office.
      // A name opens with a rank ("Colonel General", "Field Marshal") or a word no dictionary holds;
      // ordinary words naming no person before it continue the office ("... Defence INDUSTRY Vugar").
      const leading = rest.split(/\s+/u);
      const ordinary = leading.findIndex(
        (word) =>
          isOrdinaryWord?.(word.toLowerCase()) !== true &&
          !/^(?:of|the|for|and)$/u.test(word) &&
          !analyzeText(word).every((term) => title.has(term) || isCountryName(term)),
      );
      const office = leading.slice(0, ordinary < 0 ? leading.length : ordinary);
      // (An office told whole, its holder elsewhere - "Minister of State for Petroleum, Musadik
      // Malik" - is read as before.) Words ending in whose office it is ("... of the Republic of
      // Azerbaijan Jeyhun Bayramov") tell the owner, not another office: the name follows them.
      const named = ordinary >= 0;
      const owned = office.some((word) => analyzeText(word).some(isCountryName));
      if (named && owned && leading.length - ordinary >= 2)
        return firstOfJoined(leading.slice(ordinary).join(" "));
      // (The first word after them may be a rank the dictionary knows only as rare: "Rear ADMIRAL".)
      const rank = [...office, leading[ordinary] ?? ""];
      // Only a title told with "of"/"for" goes on so: "Acting President NADIR Hussain Qureshi" opens
      // a name with an ordinary word.
      const complemented = words.slice(first, end).some((word) => /^(?:of|for)$/u.test(word));
      if (named && complemented && office.length > 0 && !rank.some((word) => namesPerson?.(word) === true))
        continue;
      // Words of the dictionary only may still be a name ("Rose Young"), but not with an "of" in
      // them: "Minister of STATE FOR PETROLEUM, Musadik Malik" goes on with the office, and its
      // holder follows it.
      if (!named && /\b(?:of|the|for)\b/u.test(rest)) {
        const after = APPOSITION.exec(sentence.slice((match.index ?? 0) + match[0].length))?.[1];
        const holder = after !== undefined && /^\p{Lu}/u.test(after) ? lastName(firstOfJoined(after)) : null;
        if (holder) return holder;
        continue;
      }
      if (leading.length >= 2 && !datePhrase(rest)) return firstOfJoined(rest);
      continue;
    }
    const start = match.index ?? 0;
    const before = sentence.slice(0, start).replace(OWNER_PREFIX, "");
    if (TITLE_AFTER_NAME.test(sentence.slice(0, start))) {
      const chunk = before.replace(TITLE_AFTER_NAME, "").split(/[,;:]/u).at(-1) ?? "";
      const name = lastName(chunk);
      if (name) return name;
    }
    // "Ambassador to Pakistan Khazar Farhadov", "Ambassador to Azerbaijan, Nighat Afzal Chaudhry":
    // the posting's country stands between title and name. The name is the first person told
    // after it: "... Tural Ismayilov AND Governor Sindh Kamran Khan Tessori" names another.
    const after = /^,?\s+([^,.;]{3,80}?)(?:,|\.|;|$)/u
      .exec(sentence.slice(start + match[0].length).replace(POSTED_BEFORE_COMMA, ""))?.[1]
      ?.replace(POSTED_TO, "")
      .split(/\s+and\s+/u)[0];
    const name = after ? lastName(after) : null;
    if (name && /^\p{Lu}/u.test(after ?? "")) return name;
  }
  return null;
}

/** Offices that head a body, whatever it is: what "who heads X" asks for. */
const HEAD_ROLES: ReadonlySet<string> = new Set(
  analyzeText(
    "chairman chairperson chair head chief executive director president leader ceo governor commander",
  ),
);

/** A body told as headed by someone: "X is led this year by NAME", "X, headed by NAME". */
const HEADED_BY =
  /\b(?:led|headed|run|chaired|directed|managed|helmed)\b((?:\s+(?!by\b)[\p{L}\d-]+){0,3}?)\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)/u;

/** Whether a text names the body asked about: at least half its terms, and at least one. */
function namesBody(text: string, body: readonly string[]): boolean {
  const terms = new Set(analyzeText(text));
  return 2 * body.filter((term) => terms.has(term)).length >= Math.max(1, body.length);
}

/**
 * The head of a body a sentence names: "The Pakistan Students Association in Baku is led this year
 * by Hira Qamar", "the Chairman of Pakistan's National Disaster Management Authority, Lieutenant
 * General Inam Haider Malik". The sentence must name the whole body, the office's phrase most of it.
 * @param sentence - one sentence
 * @param body - the terms of the body whose head is asked
 */
function headOf(sentence: string, body: readonly string[]): string | null {
  if (body.length === 0) return null;
  const terms = new Set(analyzeText(sentence));
  if (!body.every((term) => terms.has(term) || isCountryName(term))) return null;
  const headed = HEADED_BY.exec(sentence);
  if (headed?.[2] !== undefined && namesBody(sentence.slice(0, headed.index), body)) return headed[2];
  const roles = new Set([...HEAD_ROLES, ...body]);
  for (const match of titleRuns(withTitleWordsCapitalised(sentence, roles))) {
    const runTerms = analyzeText(match[0]);
    if (!runTerms.some((term) => HEAD_ROLES.has(term)) || !namesBody(match[0], body)) continue;
    const start = match.index;
    // "..., Lieutenant General Inam Haider Malik,": the name in apposition after the office.
    const after = APPOSITION.exec(sentence.slice(start + match[0].length))?.[1];
    const named = after && /^\p{Lu}/u.test(after) ? lastName(after) : null;
    if (named) return named;
    // "Kamran Zaidi, head of the ...": the name before it.
    const before = /,\s*$/u.test(sentence.slice(0, start))
      ? lastName(sentence.slice(0, start).replace(/,\s*$/u, "").split(/[,;:]/u).at(-1) ?? "")
      : null;
    if (before) return before;
  }
  return null;
}

/** A minister's office, as an index term, and the body such a minister heads. */
const [MINISTER, MINISTRY] = analyzeText("minister ministry") as [string, string];

/**
 * The minister of Y a sentence names as the head of the Ministry of Y: "the Ministry of Emergency
 * Situations, headed by Minister Kamaladdin Heydarov" names the minister for emergencies.
 * @param sentence - one sentence
 * @param title - the title's terms ("minist", "emerg"), its country aside
 */
function headOfMinistry(sentence: string, title: readonly string[]): string | null {
  if (!title.includes(MINISTER)) return null;
  const field = title.filter((term) => term !== MINISTER && !isCountryName(term) && !ROLE_TERMS.has(term));
  if (field.length === 0) return null;
  const headed = HEADED_BY.exec(sentence);
  if (headed?.[2] === undefined) return null;
  const before = new Set(analyzeText(sentence.slice(0, headed.index)));
  return before.has(MINISTRY) && field.every((term) => before.has(term)) ? headed[2] : null;
}

/** Number words a count may be written in. */
const NUMBER_WORDS =
  // Ordinals count too ("the fifth anniversary", "the fourth round"); they come first, or "four" would take "fourth".
  "(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth|" +
  // "Twenty-four": a ten and a unit are one number.
  "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" +
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozens?|several)\\b)";

/** A count or amount with what it counts: "12 aircraft", "$1.6 billion", "the fourth round". */
const NUMBER_PHRASE = new RegExp(
  `(?:[$€£]\\s?)?(?<![\\p{L}\\d-])(?:a (?:(?:broad|wide|whole) )?(?:series|number|couple|handful|dozen|range|host) of|several|many|dozens of|hundreds of|thousands of|\\d[\\d,.]*|${NUMBER_WORDS})(?:\\s*(?:%|per ?cent|million|billion|thousand|trillion|mn|bn))?(?:\\s+(?:US\\s)?(?:dollars?|manats?|rupees?))?(?:\\s+(?:\\p{L}+-?\\d[\\p{L}\\d-]*|[\\p{L}-]+)){0,2}`,
  "iu",
);

const NUMBER_PHRASES = new RegExp(NUMBER_PHRASE.source, "giu");
const MONTH_NAME = new RegExp(MONTH, "u");

/** An enumeration counts what it lists: "such as the UN, OIC and ECO". */
const ENUMERATION = /\b(?:such as|including|namely)\s+([^.;]*?,[^.;]*?\band\b[^.;,]*)/u;

/** A bare list of three or more: "political, economic, defence, and cultural cooperation". */
const BARE_LIST =
  /(?:[\p{L}-]+ ){0,1}[\p{L}-]+(?:, (?:[\p{L}-]+ ){0,2}[\p{L}-]+)+,? (?:and|as well as) (?:[\p{L}-]+ ){0,2}[\p{L}-]+/u;

/** A sum of money: "$1.6 billion", "400 million manats", "Rs 20 crore". */
const MONEY =
  /(?:[$€£₼]\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|trillion|mn|bn|m|b))?|\b(?:rs\.?|usd|azn|pkr|eur)\s?\d[\d,.]*(?:\s*(?:million|billion|crore|lakh))?|\b\d[\d,.]*\s*(?:million|billion|thousand|trillion|crore|lakh)?\s*(?:(?:us|u\.s\.)\s+)?(?:dollars?|manats?|rupees?|euros?|usd|azn|pkr))/iu;

/**
 * The sum of money a sentence gives, or `null`.
 * @param sentence - one sentence
 * @param named - the question's terms, when a sum it names is not the one asked
 */
export function moneyPhrase(sentence: string, named?: ReadonlySet<string>): string | null {
  if (named === undefined) return MONEY.exec(sentence)?.[0]?.trim() ?? null;
  // "The projects under the $2BN pledge are worth $640 million": the sum the question names says
  // which thing it asks about, and is not the answer.
  for (const match of sentence.matchAll(MONEY_ALL)) {
    const sum = match[0].trim();
    if (!analyzeText(sum).every((term) => named.has(term))) return sum;
  }
  return null;
}

const MONEY_ALL = new RegExp(MONEY.source, "giu");

/** A size or rank: "the most substantial military deal", "the largest investment", "a major step". */
const SIZE_PHRASE =
  /\b(?:the )?(?:most [\p{L}-]+|largest|biggest|greatest|highest|major|significant|substantial|huge|massive|record)(?: [\p{L}-]+){1,2}/iu;

/**
 * The size or rank a sentence gives ("the most substantial military deal"), or `null`.
 * @param sentence - one sentence
 */
export function sizePhrase(sentence: string): string | null {
  return SIZE_PHRASE.exec(sentence)?.[0] ?? null;
}

function numberPhrase(sentence: string, question: SpanRequest): string | null {
  const counted = question.counted === undefined || question.counted.size === 0 ? null : question.counted;
  // The count of what was asked first ("how many JETS": "12 jets", not "the fourth round").
  return (
    (counted === null
      ? null
      : (countOf(sentence, counted, undefined, question.countsAsPeople) ??
        // ... else a count that calls it otherwise ("planes": "two C-130 aircraft").
        (question.countedForms === undefined
          ? null
          : countByOtherName(sentence, question.countedForms, counted, question.countsAsPeople)))) ??
    peopleWhoDid(sentence, question) ??
    listPhrase(sentence) ??
    countOf(sentence, null)
  );
}

/** Named people joined by "and" right before a verb: "Prime Minister X and Foreign Minister Y WARMLY WELCOMED". */
const NAMED_DOERS =
  /(?:^|[,;:]\s+)((?:\p{Lu}[\p{L}'’.-]*\s+)+(?:(?:cum|of|the)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+)*and\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:(?:cum|of|the)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+)*)((?:\p{Ll}+ly\s+)?\p{Ll}+)/u;

/**
 * For "how many people did the deed asked", the named people a sentence says did it together
 * ("how many leaders welcomed him": "Prime Minister X and Foreign Minister Y warmly welcomed
 * him"), or `null`.
 * @param sentence - one sentence
 * @param question - a count of people, with the deed asked
 */
export function peopleWhoDid(sentence: string, question: SpanRequest): string | null {
  if (question.countsAsPeople === undefined || (question.actTerms ?? []).length === 0) return null;
  const doers = NAMED_DOERS.exec(sentence);
  const verb = doers?.[2]?.split(/\s+/u).at(-1);
  if (doers?.[1] === undefined || verb === undefined) return null;
  // Two named, by the one "and" between them.
  return analyzeText(verb).some((term) => question.actTerms?.includes(term) === true)
    ? `two: ${doers[1].trim()}`
    : null;
}

/**
 * The list a sentence gives, which counts what it lists: "such as the UN, OIC and ECO", "political,
 * economic and cultural cooperation"; `null` when there is none.
 * @param sentence - one sentence
 */
export function listPhrase(sentence: string): string | null {
  return listIn(sentence)?.items ?? null;
}

/** A list a sentence gives, and the words around it that name what it lists. */
export interface ListInSentence {
  /** The items: "the UN, OIC and ECO". */
  readonly items: string;
  /** The words before and after them: "AREAS such as ...", "... and cultural COOPERATION". */
  readonly head: string;
}

/**
 * Whether every item of a list is a place the gazetteer knows ("Pakistan, Azerbaijan and Türkiye").
 * @param items - the list's items, as {@link listIn} gives them
 */
export function listsPlaces(items: string): boolean {
  const names = items
    .split(/,\s*(?:and\s+)?|\s+(?:and|as well as)\s+/u)
    .map((item) => item.replace(/^the\s+/iu, "").trim())
    .filter((item) => item !== "");
  // A list's edges carry the words around it: "meeting OF Pakistan, ..., and Türkiye THAT WOULD".
  const namesAPlace = (item: string): boolean => {
    const words = item.split(/\s+/u);
    return words.some(
      (word, at) => lookUpPlace(word) !== null || lookUpPlace(words.slice(at, at + 2).join(" ")) !== null,
    );
  };
  return names.length >= 2 && names.every(namesAPlace);
}

/** A word before a bare list that is not an item: "cooperation IN trade, ...", "meeting OF Pakistan, ...". */
const LEADING_PREPOSITION = /^(?:of|in|on|with|for|to|from|between|among|at|by|and)\s+/iu;
/** Where the last item of a bare list ends and the clause goes on: "... and Türkiye THAT would". */
const CLAUSE_GOES_ON =
  /\s+(?:that|which|who|whose|would|will|to|is|are|was|were|has|have|had|as|among|between|according)\b.*$/iu;

/** Parts of speech that cannot go on the last item of a list: "... and Uzbekistan OPENED in". */
const ENDS_AN_ITEM: ReadonlySet<string> = new Set(["VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ"]);

function trimListEdges(items: string): string {
  const trimmed = items.trim().replace(LEADING_PREPOSITION, "").replace(CLAUSE_GOES_ON, "");
  // The last item is the words after its "and", up to the first that cannot be part of a name.
  const tokens = tagText(trimmed);
  const and = tokens.findLastIndex((token) => /^(?:and|well)$/iu.test(token.value));
  if (and < 0) return trimmed;
  let offset = 0;
  for (const [at, token] of tokens.entries()) {
    const start = trimmed.indexOf(token.value, offset);
    offset = start + token.value.length;
    if (at > and + 1 && ENDS_AN_ITEM.has(token.pos)) return trimmed.slice(0, start).trim();
  }
  return trimmed;
}

/** A verb saying what a subject holds, then its items: "the programme INCLUDED a ..., a ... and a ...". */
const INCLUDED_LIST =
  /\b(?:included|includes|include|comprised|comprises|comprise)\s+([^.;]*?,[^.;]*?\band\b[^.;,]*)/u;

/** A verb saying what a subject is, opening a list: "the goods WERE rice, fruit and medicines". */
const LIST_COPULA = /^(?:were|are|was|is|include|includes|included|comprise|comprises|comprised)\s+/iu;
/** Words of a list's subject that may name what it lists: "the main goods imported from Pakistan". */
const MAX_SUBJECT_WORDS = 8;

/**
 * The list a sentence gives with the words naming what it lists, or `null` when it has none.
 * @param sentence - one sentence
 */
export function listIn(sentence: string): ListInSentence | null {
  const introduced = ENUMERATION.exec(sentence);
  if (introduced?.[1] !== undefined) {
    // "AREAS such as ...", or the last item's noun: "such as the economic, trade, and energy SECTORS".
    const before = sentence.slice(0, introduced.index).split(/\s+/u).slice(-3).join(" ");
    const items = introduced[1].trim();
    return { items, head: `${before} ${items.split(/\s+/u).at(-1) ?? ""}` };
  }
  // "The programme INCLUDED a qawwali evening by ..., an exhibition of ... and a food festival":
  // what a subject includes, its items as long as they come.
  const included = INCLUDED_LIST.exec(sentence);
  if (included?.[1] !== undefined) {
    const subject = /(?:^|[,;:]\s)([^,;:]*)$/u.exec(sentence.slice(0, included.index))?.[1] ?? "";
    const items = included[1].trim();
    return {
      items,
      head: `${subject.split(/\s+/u).slice(-MAX_SUBJECT_WORDS).join(" ")} ${items.split(/\s+/u).at(-1) ?? ""}`,
    };
  }
  const bare = BARE_LIST.exec(sentence);
  if (bare === null) return null;
  // "The main GOODS imported from Pakistan WERE rice, citrus fruit and medicines": the list is what
  // the clause's subject is, however many words stand between them.
  const copula = LIST_COPULA.exec(bare[0]);
  if (copula !== null) {
    const subject = /(?:^|[,;:]\s)([^,;:]*)$/u.exec(sentence.slice(0, bare.index))?.[1] ?? "";
    const items = trimListEdges(bare[0].slice(copula[0].length));
    const words = subject.split(/\s+/u).slice(-MAX_SUBJECT_WORDS).join(" ");
    return { items, head: `${words} ${items.split(/\s+/u).at(-1) ?? ""}` };
  }
  // "cooperation in trade, energy and defence", "political, economic and cultural cooperation".
  const before = sentence.slice(0, bare.index).split(/\s+/u).slice(-3).join(" ");
  const after = sentence
    .slice(bare.index + bare[0].length)
    .split(/\s+/u)
    .slice(0, 2)
    .join(" ");
  const last = bare[0].split(/\s+/u).slice(-3).join(" ");
  return { items: trimListEdges(bare[0]), head: `${before} ${last} ${after}` };
}

/** Words a count is followed by that make it no count: "ONE OF the major areas", "one another". */
const NOT_A_COUNT = /^one (?:of|another)\b/iu;

/** A span of days: "January 23-24", "a two-day visit", which answers "how many days". */
const DAY_SPAN = /\b\d{1,2}\s*[-–]\s*\d{1,2}\b|\b[\p{L}\d]+-day\b/iu;

/** The index term of "day", which a span of days counts. */
const DAY_TERM = analyzeText("day")[0] ?? "day";

/**
 * A count in a sentence ("12 aircraft", "the fourth round") of what was asked, or `null`.
 * @param sentence - one sentence
 * @param counted - the terms (and their dictionary alternatives) the count must be of, or `null`
 *   for any count
 * @param namedAs - the terms a bare number's sentence must name it by ("the number of TOURISTS
 *   rose to 71,000"): the question's own words, without the looser alternatives; `counted` if absent
 * @param countsWord - whether a word after the number names what is counted, beside `counted` ("how
 *   many people": "engineers")
 */
export function countOf(
  sentence: string,
  counted: ReadonlySet<string> | null,
  namedAs?: ReadonlySet<string>,
  countsWord?: (word: string) => boolean,
): string | null {
  const count = countIn(sentence, counted, namedAs, countsWord);
  return count === null ? null : withoutTrailingWords(count);
}

/** A count that gives no figure: "SEVERAL agreements", "a number of deals", "dozens of firms". */
const VAGUE_COUNT =
  /^(?:several|many|a (?:(?:broad|wide|whole) )?(?:series|number|couple|handful|range|host) of|dozens of|hundreds of|thousands of)\b/iu;

/**
 * {@link countOf} with the other nouns a count may call what was asked ("planes": "two C-130
 * AIRCRAFT", "agreements": "eleven DOCUMENTS"), when it gives a figure: "several documents" says
 * how many only of what it names itself.
 * @param sentence - one sentence
 * @param forms - the nouns the count may be of
 * @param namedAs - the question's own counted terms
 * @param countsWord - as for {@link countOf}
 */
export function countByOtherName(
  sentence: string,
  forms: ReadonlySet<string>,
  namedAs: ReadonlySet<string>,
  countsWord?: (word: string) => boolean,
): string | null {
  const count = countOf(sentence, forms, namedAs, countsWord);
  return count === null || VAGUE_COUNT.test(count) ? null : count;
}

function countIn(
  sentence: string,
  counted: ReadonlySet<string> | null,
  namedAs?: ReadonlySet<string>,
  countsWord?: (word: string) => boolean,
): string | null {
  if (counted?.has(DAY_TERM) === true) {
    const days = DAY_SPAN.exec(sentence);
    if (days !== null) return days[0];
  }
  const counts: { phrase: string; after: string; namesNothing: boolean }[] = [];
  const scan = new RegExp(NUMBER_PHRASES.source, "giu");
  for (let match = scan.exec(sentence); match !== null; match = scan.exec(sentence)) {
    // "$150 million over FIVE years": the phrase's trailing words took the next count; this one
    // ends before it, and the scan goes on from it.
    const next = nextCountAt(match[0]);
    if (next !== null) {
      const own = match[0].slice(0, next).trim();
      if (isCount(sentence, own, match.index) && counted === null) return own;
      scan.lastIndex = match.index + next;
      continue;
    }
    const phrase = match[0].trim();
    if (!isCount(sentence, phrase, match.index ?? 0)) continue;
    if (counted === null) return phrase;
    // What follows the number is what it counts: "12 JF-17 AIRCRAFT", "the fourth ROUND of".
    const after = wordsAfterCount(sentence.slice(match.index ?? 0).split(/[\s,;.]+/u)).join(" ");
    // "a two-day visit" counts days: no count of visits, nor of visitors.
    const unit = DURATION_ADJECTIVE.exec(after)?.[1];
    if (unit !== undefined && !analyzeText(unit).some((term) => counted.has(term))) continue;
    // "a $120 million CEMENT plant" is a price, no count of cement.
    if (MONEY_FIGURE.test(phrase)) continue;
    const countedNoun = analyzeText(after.replace(/-/gu, " ")).some((term) => counted.has(term));
    // An ordinal ranks its noun and counts no people: "the FIRST scheduled PASSENGER service" is no
    // count of passengers ("the fourth ROUND" still counts rounds).
    if (
      countedNoun &&
      countsWord !== undefined &&
      ORDINAL_COUNT.test(phrase) &&
      after.split(/\s+/u).some((word) => countsWord(word.toLowerCase()))
    )
      continue;
    // A bare number counts what the sentence says it is the number of: "the number of TOURISTS
    // rose to 71,000 in 2024".
    // (An ordinal is never a bare number: "the fourth such course for Azerbaijani divers" ranks
    // courses and counts no divers.)
    const namesNothing = countsNothingNamed(after);
    const bare =
      namesNothing &&
      !ORDINAL_COUNT.test(phrase) &&
      analyzeText(sentence).some((term) => (namedAs ?? counted).has(term));
    if (countedNoun || bare) return phrase;
    counts.push({ phrase, after, namesNothing });
  }
  // Else a count of people for a count of people: "how many soldiers": "180 TROOPS", "about 120
  // PERSONNEL" ("24 pilots and 60 technicians": the technicians' count is found above first).
  if (countsWord === undefined) return null;
  // An ordinal ranks its own noun and counts no people: "the SECOND such mission" is no count of
  // children.
  const ofPeople = counts.find(
    ({ phrase, after }) =>
      !ORDINAL_COUNT.test(phrase) &&
      after
        .split(/\s+/u)
        // "a 40-MEMBER rescue team": the count made an adjective names what it counts.
        .map((word, at) => (at === 0 ? (COUNT_ADJECTIVE_NOUN.exec(word)?.[1] ?? "") : word))
        .some((word) => /^\p{Ll}+$/u.test(word) && countsWord(word)),
  );
  if (ofPeople !== undefined) return ofPeople.phrase;
  // "the number of Pakistani VISITORS rose to 84,000": a bare number of people.
  const numberOf = /\bnumber of (?:\p{L}+\s+)?(\p{Ll}+)/u.exec(sentence)?.[1];
  if (numberOf === undefined || !countsWord(numberOf)) return null;
  return counts.find((count) => count.namesNothing && !ORDINAL_COUNT.test(count.phrase))?.phrase ?? null;
}

/** A figure of money: "$120 million", "Rs 50", "AZN 3 million"; it counts no thing it qualifies. */
const MONEY_FIGURE = /^(?:(?:US|C|A)?[$€£₼]|(?:Rs|PKR|AZN|USD|EUR|GBP)\.?\s?\d)/u;

/** A cardinal written as a word or in figures, which opens a count of its own. */
const CARDINAL = new RegExp(
  `^(?:\\d[\\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$`,
  "iu",
);

/**
 * Where, in a matched count phrase, a later cardinal opens a count of its own ("$150 million over
 * FIVE"), or `null`. Not after an ordinal ("the first FOUR jets" is one count), a "hundred" or a
 * "dozen" ("two hundred"), nor in a range ("twelve to twenty-five").
 * @param phrase - a match of the count pattern
 */
function nextCountAt(phrase: string): number | null {
  const words = [...phrase.matchAll(/\S+/gu)];
  const first = words[0]?.[0] ?? "";
  if (new RegExp(`^${NUMBER_WORDS}`, "iu").test(first) && !CARDINAL.test(first)) return null;
  for (const [at, word] of words.entries()) {
    if (at === 0 || !CARDINAL.test(word[0])) continue;
    const before = words[at - 1]?.[0] ?? "";
    if (/^(?:to|and|or|-|–)$/iu.test(before)) return null;
    return word.index;
  }
  return null;
}

/** A count that is an ordinal: "the fourth round", "second such mission" (not "the first FOUR jets"). */
const ORDINAL_COUNT =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth|\d+(?:st|nd|rd|th))\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)/iu;

/** Parts of speech a count's words cannot end on: "eleven pilots OF", "14 instructors FINISHED", "120 NEWLY (built)". */
const ENDS_NO_COUNT: ReadonlySet<string> = new Set([
  "ADP",
  "DET",
  "CCONJ",
  "SCONJ",
  "PRON",
  "VERB",
  "AUX",
  "PART",
  "ADV",
]);

/**
 * A count's words up to its noun: what follows it in the sentence ("the fourth round OF", "Eleven
 * pilots OF the Air Force") is no part of what is counted.
 */
function withoutTrailingWords(phrase: string): string {
  const words = phrase.split(/\s+/u);
  while (words.length > 1) {
    const tokens = tagText(words.join(" "));
    const last = tokens.at(-1);
    if (last === undefined || !ENDS_NO_COUNT.has(last.pos)) break;
    words.pop();
  }
  return words.join(" ");
}

/** A count made an adjective of its noun: "40-member", "six-man", "three-judge"; the noun. */
const COUNT_ADJECTIVE_NOUN = /^[\p{L}\d]+-(\p{Ll}+)$/u;

/** A count made an adjective of duration: "two-day", "three-week", "10-year". */
const DURATION_ADJECTIVE = /^[\p{L}\d]+-(days?|weeks?|months?|years?|hours?|minutes?)\b/iu;

/** Words after a count that name what it counts: the count's own and the next three. */
const COUNTED_WORDS = 4;
/** A designation or model (or the count after an ordinal) between a count and its noun: "(the first) four JF-17C Block III multirole fighter JETS". */
const MAX_DESIGNATION_WORDS = 4;

/**
 * The count and the words after it that may name what it counts, a designation or model between
 * them passed over ("four JF-17C Block III multirole fighter jets": the jets are counted).
 */
function wordsAfterCount(words: readonly string[]): readonly string[] {
  let skip = 0;
  while (
    skip < MAX_DESIGNATION_WORDS &&
    /^(?:\p{Lu}[\p{L}\d-]*|[\p{L}]*\d[\p{L}\d-]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)$/u.test(
      words[1 + skip] ?? "",
    )
  )
    skip += 1;
  return [...words.slice(0, COUNTED_WORDS), ...words.slice(COUNTED_WORDS, COUNTED_WORDS + skip)];
}

/** Quantity words between a number and what it counts: "a SERIES OF meetings", "ABOUT 120". */
const QUANTITY_WORDS =
  /^(?:a|an|the|about|around|some|nearly|almost|over|more|than|up|to|series|number|couple|handful|dozen|dozens|hundreds|thousands|range|host|of|broad|wide|whole)$/iu;

/** A time after a number, which names nothing it counts: "rose to 84,000 LAST YEAR". */
const TIME_AFTER_NUMBER =
  /^(?:[\d.,]+\s+)+(?:last|this|next|a|per|every|each)\s+(?:year|month|week|day|quarter|season)\b/iu;

/** Whether a number is followed by no noun of its own ("rose to 71,000 IN 2024", "71,000."). */
function countsNothingNamed(words: string): boolean {
  if (TIME_AFTER_NUMBER.test(words)) return true;
  for (const token of tagText(words)) {
    // "Twenty-four" may come as three tokens, the hyphen among them.
    if (token.pos === "NUM" || token.pos === "SYM" || token.value === "-" || QUANTITY_WORDS.test(token.value))
      continue;
    return token.pos !== "NOUN" && token.pos !== "PROPN" && token.pos !== "ADJ";
  }
  return true;
}

function isCount(sentence: string, phrase: string, at: number): boolean {
  if (NOT_A_COUNT.test(phrase)) return false;
  // A year or a day of the month is a date, not a count.
  if (/^(?:19|20)\d{2}\b/u.test(phrase)) return false;
  // "the two countries", "the two leaders" refer to the parties just named; they count nothing asked.
  if (/^two\b/iu.test(phrase) && /\bthe\s+$/iu.test(sentence.slice(Math.max(0, at - 4), at))) return false;
  return !(/^\d{1,2}\b/u.test(phrase) && MONTH_NAME.test(sentence.slice(Math.max(0, at - 12), at + 12)));
}

/** Words that open a clause of purpose or cause: "for inviting him to attend", "because", "to mark". */
const REASON_OPENERS =
  /\b(?:in order to|so as to|so that|because of|because|due to|owing to|as part of|on the occasion of|aimed at|with the aim of|for the purpose of|in connection with|to mark|to attend|to participate|to take part|to celebrate|to commemorate)\b/iu;

/**
 * The occasion a greeting names, which is why it was sent: "congratulated Aliyev ON THE NOVRUZ
 * holiday", "extended greetings ON THE FESTIVAL OF Novruz", "felicitated him on his re-election".
 */
const OCCASION_OF_GREETING =
  /\b(?:congratulat|felicitat|greet|wish)[\p{L}]*\b[^.;]*?\b(on (?:the |his |her |their |its )?[^,.;]+)/iu;

/** Verbs whose "for the X" gives the reason: "thanked him for the support", "praised Pakistan for its role". */
const GRATITUDE_VERBS: ReadonlySet<string> = new Set(
  "thank praise commend appreciate hail congratulate credit blame criticise criticize laud salute acknowledge felicitate honour honor reward".split(
    " ",
  ),
);

/** Verbs whose "to VERB" says what was willed, not why: "agreed to deepen", "pledged to expand". */
const WILL_VERBS: ReadonlySet<string> = new Set(
  "agree decide pledge vow promise plan want hope aim seek try expect continue begin start need intend resolve undertake fail refuse offer commit wish choose prefer threaten attempt".split(
    " ",
  ),
);

/** Words that ask something of someone, whose "to VERB" says what was asked, not why: "invited X to visit". */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  "invite invitation ask urge request encourage persuade permit allow".split(" "),
);
/** Tokens before "to" within which an asking word takes it ("an invitation to President Aliyev to visit"). */
const ASKED_OF_WINDOW = 5;

/** Verbs of coming and going, whose "for the X" is what one came for: "came to Baku FOR THE celebrations". */
const COMING_VERBS: ReadonlySet<string> = new Set(
  "come go arrive travel fly head leave depart return gather".split(" "),
);

/** Tokens back from "for" within which a verb of coming takes it ("arrived in Baku on Friday for"). */
const CAME_FOR_WINDOW = 6;

/** What "for" takes that is no purpose: a length of time ("for six months", "for the first time"). */
const NOT_A_PURPOSE =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|several|many|few)?\s*(?:first|second|third|last|next)?\s*(?:time|times|day|days|week|weeks|month|months|year|years|hour|hours|while|decade|decades)\b/iu;

/**
 * Whether "for" at `at` says what someone came or went for: a verb of coming shortly before it and
 * an event after it ("came to Azerbaijan FOR THE third anniversary", "in Baku for talks"), not a
 * length of time ("stayed for two days", "flew for the first time").
 */
function cameFor(
  tokens: readonly { readonly value: string; readonly pos: string; readonly lemma: string }[],
  at: number,
): boolean {
  if (tokens[at]?.value.toLowerCase() !== "for") return false;
  const came = tokens
    .slice(Math.max(0, at - CAME_FOR_WINDOW), at)
    .some((earlier) => earlier.pos === "VERB" && COMING_VERBS.has(earlier.lemma.toLowerCase()));
  if (!came) return false;
  const after = tokens
    .slice(at + 1, at + 5)
    .map((token) => token.value)
    .join(" ");
  return /^\p{L}/u.test(after) && !NOT_A_PURPOSE.test(after);
}

/** Words of the one helped between "help" and what it helps do ("help THE COUNTRY meet"), at most. */
const HELPED_WINDOW = 4;

/** Parts of speech of the one helped: a short noun phrase ("the country", "Pakistani firms", "us"). */
const HELPED_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);

/**
 * Whether "help" at `at` takes a bare verb, right after it or after the one helped: "help
 * diversify", "help the country meet"; not "helped the country" alone, nor "help in building".
 */
function helpsDo(tokens: readonly { readonly value: string; readonly pos: string }[], at: number): boolean {
  for (let next = at + 1; next <= at + 1 + HELPED_WINDOW; next++) {
    const token = tokens[next];
    if (token === undefined) return false;
    if (token.pos === "VERB") return !/ing$/u.test(token.value);
    if (!HELPED_POS.has(token.pos)) return false;
  }
  return false;
}

/** The clause of a sentence from `start` to its end, or to a semicolon or a comma before a new clause. */
/**
 * The clause of a sentence from `start` to its next break: a stop, a semicolon, a comma before a
 * lower-case word, or the next deed joined by "and".
 * @param sentence - one sentence
 * @param start - where the clause starts
 */
export function clauseFrom(sentence: string, start: number): string {
  // "... to attend the celebrations AND CONGRATULATED the government": the next deed ends the clause.
  return (sentence.slice(start).split(/[;.]|,\s(?=\p{Ll}+\s)|\sand\s(?=\p{Ll}+ed\s)/u)[0] ?? "").trim();
}

/**
 * The purpose or cause a sentence states in so many words: a clause opened by "because", "in
 * order to", "on the occasion of", "to attend" ...; not a bare "to VERB", which as often says what
 * was meant or wanted ("their readiness to identify"), nor a greeting's occasion, which is why the
 * greeting was sent and no more.
 * @param sentence - a sentence
 * @returns the clause, or `null`
 */
export function statedReason(sentence: string): string | null {
  const opener = REASON_OPENERS.exec(sentence);
  return opener ? clauseFrom(sentence, opener.index) : null;
}

/** The purpose or cause a sentence gives: a clause opened by "to VERB", "for VERB-ing", "because", ... */
/**
 * The reason given for the deed asked: "why did he CONGRATULATE them" in "X thanked him for inviting
 * him and CONGRATULATED them on the anniversary" is the anniversary, read from the clause of the
 * question's verb before the whole sentence.
 */
function reasonOfAct(sentence: string, verbTerms: readonly string[]): string | null {
  if (verbTerms.length > 0) {
    let offset = 0;
    for (const word of sentence.split(/\s+/u)) {
      const at = sentence.indexOf(word, offset);
      offset = at + word.length;
      if (at > 0 && analyzeText(word).some((term) => verbTerms.includes(term))) {
        const reason = reasonPhrase(sentence.slice(at));
        if (reason !== null) return reason;
        break;
      }
    }
  }
  return reasonPhrase(sentence);
}

function reasonPhrase(sentence: string): string | null {
  const stated = statedReason(sentence);
  if (stated !== null) return stated;
  const occasion = OCCASION_OF_GREETING.exec(sentence);
  if (occasion?.[1] !== undefined) return occasion[1].trim();
  const clause = (start: number): string => clauseFrom(sentence, start);
  // "to" before a verb, or "for" before what it was for, as the tagger reads them in context.
  const tokens = tagText(sentence);
  let offset = 0;
  for (const [at, token] of tokens.entries()) {
    const start = sentence.indexOf(token.value, offset);
    if (start >= 0) offset = start + token.value.length;
    const next = tokens[at + 1];
    if (!next || at === 0) continue;
    const lower = token.value.toLowerCase();
    // "thanked Aliyev FOR THE support", "praised Pakistan FOR ITS role": what it was for ("an
    // agreement for the supply of crude" says what the agreement is, not why).
    const forWhat =
      lower === "for" &&
      ((/^(?:its|his|her|their|the|this|that)$/iu.test(next.value) &&
        tokens.slice(0, at).some((earlier) => GRATITUDE_VERBS.has(earlier.lemma.toLowerCase()))) ||
        (next.pos === "VERB" && /ing$/u.test(next.value)) ||
        cameFor(tokens, at));
    // "the deal would HELP DIVERSIFY its sources", "would help THE COUNTRY MEET the shortfall":
    // what it is to help do is its purpose.
    if (token.lemma.toLowerCase() === "help" && helpsDo(tokens, at)) return clause(start);
    // "agreed TO deepen", "decided TO go": what a verb of will takes is its object, not a purpose.
    // "rose 4.2 percent TO CLOSE at Rs31.60": after an amount, "to" tells the result, not a purpose.
    const complement =
      lower === "to" &&
      (WILL_VERBS.has(tokens[at - 1]?.lemma.toLowerCase() ?? "") ||
        // "an invitation to Aliyev TO VISIT Pakistan", "urged them to": what was asked of someone.
        tokens
          .slice(Math.max(0, at - ASKED_OF_WINDOW), at)
          .some((earlier) => ASKING_WORDS.has(earlier.lemma.toLowerCase())) ||
        /^(?:\d[\d.,]*%?|percent|per ?cent|%)$/iu.test(tokens[at - 1]?.value ?? ""));
    if ((lower === "to" && next.pos === "VERB" && !/ing$/u.test(next.value) && !complement) || forWhat)
      return clause(start);
  }
  return null;
}

/** The question's type and, for "who is the X", the title's terms. */
export interface SpanRequest {
  readonly answerType: AnswerType;
  readonly title?: readonly string[];
  /** The title's words in their derived forms ("navy": naval), by term. */
  readonly titleVariants?: ReadonlyMap<string, readonly string[]>;
  /** The question's names, which the person asked for is not. */
  readonly anchorGroups?: readonly { readonly terms: readonly string[] }[];
  /** It asks when something will happen: only a sentence about what is to come dates it. */
  readonly asksFuture?: boolean;
  /** It asks for a day ("on what date"): a date without a day ("later this year") does not answer. */
  readonly asksDay?: boolean;
  /** It asks for the time of day ("what time did it start"): only a clock time answers. */
  readonly asksHour?: boolean;
  /** It asks for a sum of money: only an amount answers. */
  readonly asksAmount?: boolean;
  /** It asks how big or important something is: a size or rank ("the most substantial deal") answers too. */
  readonly asksSize?: boolean;
  /** The dictionary's test of an ordinary word (not a name), which tells a person from an institution. */
  readonly isOrdinaryWord?: (word: string) => boolean;
  /** The dictionary's test of an ordinary word naming a kind of person: a rank before a name ("Colonel General"). */
  readonly namesPerson?: (word: string) => boolean;
  /** "Who reported on it": the source a report is attributed to answers. */
  readonly asksSource?: boolean;
  /** "Where is X FROM": the place after "from" answers first. */
  readonly asksOrigin?: boolean;
  /** "Where in Karachi": the city the place asked lies in; another city does not answer. */
  readonly placeWithin?: string;
  /** For "how many X": the terms of X, which a count must count; none for any count. */
  readonly counted?: ReadonlySet<string>;
  /** For "how many X": the nouns a count may call X by (evidence scoring's countedFormsOf); `counted` if absent. */
  readonly countedForms?: ReadonlySet<string>;
  /** For "how many people": whether a word names a kind of person or a body of people. */
  readonly countsAsPeople?: (word: string) => boolean;
  /** For "who met the deputy minister": the title of someone the question names, who is not the answer. */
  readonly describedTitle?: readonly string[];
  /** The deed the question asks the doers or the count of ("how many leaders WELCOMED him"). */
  readonly actTerms?: readonly string[];
  /** The question's ordinary words, with their part of speech: a why-question's verb names the deed whose reason is asked. */
  readonly generalWords?: readonly { readonly term: string; readonly pos?: string }[];
  /** For "who heads X", "who runs X": the terms of X, whose head is asked. */
  readonly headOf?: readonly string[];
}

/** A time of day: "at 10 am", "at 3:30 pm", "at noon", "at 1400 hours". */
const CLOCK_TIME =
  /\b(?:at )?(?:\d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midnight|\d{4} hours|\d{1,2} o'clock)/iu;

/** A date that names a day: a day of the month, a weekday, a named day, "yesterday", "the following day". */
const NAMES_A_DAY = new RegExp(`\\d|\\bday\\b|${WEEKDAY}|yesterday|today|tomorrow`, "iu");

/** Words that speak of what is to come: "will visit", "next month", "is expected to". */
const SPEAKS_OF_FUTURE =
  /\b(?:will|would|shall|next|upcoming|forthcoming|planned|plans? to|expected to|scheduled|due to|set to|to be \p{L}+(?:ed|en)|(?:agreed|decided|pledged|vowed|resolved|promised|undertook) to [^.;]*\bby(?= \p{Lu}| the end| next))\b/iu;

/**
 * The date a report gives of its own saying: "the ministry SAID ON WEDNESDAY", "he TOLD REPORTERS
 * on Monday", "officials ANNOUNCED on 3 May". It dates the report, which is past, never what the
 * report says is yet to come.
 */
const DATE_OF_SAYING = new RegExp(
  `\\b(?:said|announced|stated|reported|added|confirmed|told(?:\\s+\\p{Ll}+){1,2})\\s+(?:on\\s+)?(?:${WEEKDAY}|yesterday|today|(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d{2})?)\\b`,
  "gu",
);

/** The sentence without the dates of its own saying ({@link DATE_OF_SAYING}). */
function unsaid(sentence: string): string {
  return sentence.replace(DATE_OF_SAYING, "");
}

/**
 * The short answer a question has in a sentence, if there is a clear one.
 * @param sentence - the best evidence sentence
 * @param question - what the question asks for
 * @param questionTerms - the question's analysed terms, so the answer is something it did not name
 */
export function findAnswerSpan(
  sentence: string,
  question: SpanRequest,
  questionTerms: ReadonlySet<string>,
): string | null {
  const span = rawSpan(sentence, question, questionTerms);
  const trimmed = span?.replace(/[\s.,;:’'"”]+$/u, "").replace(/[’']s$/u, "");
  return trimmed || null;
}

function rawSpan(sentence: string, question: SpanRequest, questionTerms: ReadonlySet<string>): string | null {
  switch (question.answerType) {
    case "date": {
      const future = question.asksFuture === true;
      if (question.asksHour === true) return CLOCK_TIME.exec(sentence)?.[0] ?? null;
      // "X will build Y, the ministry SAID ON WEDNESDAY": when it was said, not when it will be.
      const date =
        future && !SPEAKS_OF_FUTURE.test(sentence)
          ? null
          : datePhrase(future ? unsaid(sentence) : sentence, future);
      return question.asksDay === true && date !== null && !NAMES_A_DAY.test(date) ? null : date;
    }
    case "place":
      return placePhrase(sentence, questionTerms, question.asksOrigin === true, question.placeWithin);
    case "person": {
      if (question.asksSource === true) return sourceOf(sentence);
      // "Who was present when they signed": those named after "in the presence of", not the signers.
      const present = asksAttendance(question.actTerms) ? afterAttendanceCue(sentence) : null;
      return personPhrase(
        present ?? sentence,
        question.anchorGroups
          ? new Set(question.anchorGroups.flatMap((group) => group.terms))
          : questionTerms,
        question.isOrdinaryWord,
        (question.describedTitle?.length ?? 0) > 0
          ? holderOfTitle(sentence, new Set(question.describedTitle))
          : null,
      );
    }
    case "description":
      return describedPerson(sentence, questionTerms);
    case "titleHolder":
      // "Who heads SOCAR": the body's head, whatever the office is styled; no title is asked.
      if (question.headOf !== undefined) return headOf(sentence, question.headOf);
      return (
        holderOfTitle(
          sentence,
          new Set(question.title?.length ? question.title : questionTerms),
          question.isOrdinaryWord,
          question.namesPerson,
          new Set([...questionTerms].filter((term) => !(question.title ?? []).includes(term))),
          question.titleVariants,
        ) ?? headOfMinistry(sentence, question.title?.length ? question.title : [...questionTerms])
      );
    case "number":
      if (question.asksAmount === true) return moneyPhrase(sentence, questionTerms);
      return numberPhrase(sentence, question) ?? (question.asksSize === true ? sizePhrase(sentence) : null);
    case "reason":
      return reasonOfAct(
        sentence,
        (question.generalWords ?? []).filter((word) => word.pos === "verb").map((word) => word.term),
      );
    case "yesno":
    case "content":
    case "which":
    case "other":
      return null;
  }
}
