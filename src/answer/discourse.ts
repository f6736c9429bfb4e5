/**
 * Discourse: how a news report's sentences lean on each other. A report names the people once and
 * then says "the meeting" or "the two leaders"; the sentence that says what they discussed is
 * often the one after the sentence that names them.
 */
import type { PassageStore } from "../search/passageStore.js";
import { memoPerStore } from "../search/storeMemo.js";
import { analyzeText } from "../text/terms.js";

/**
 * A sentence that opens by referring back ("The meeting underscored ...", "During the meeting, the
 * two leaders discussed ...", "They agreed ...").
 */
const REFERRING_OPENER =
  /^[“"‘'(]?(?:according to [^,]{1,80},\s*)?(?:(?:during|at|in|after|following|throughout|on) (?:the|this|that|these|their|both) [\p{Ll}\s-]{1,40},?\s*)?(?:the|this|that|these|both|he|she|they|his|her|their|it)\b/iu;

/**
 * A definite mention of the event, the document or the parties just told, anywhere in a sentence
 * ("X also attended THE MEETING", "X and Y signed THE AGREEMENT", "THE TWO COUNTRIES signed ...").
 */
const EVENT_ANAPHOR =
  /\b(?:(?:the|this|that|these) (?:(?:next |last |first )?(?:meeting|summit|conference|forum|exercise|drill)|meetings|talks|visit|trip|event|occasion|ceremony|discussion|discussions|session|conversation|consultations|engagement|agreement|agreements|accord|deal|sale|purchase|pact|treaty|memorandum|contract|document|documents|declaration)|(?:the two|both) (?:countries|nations|sides|leaders|governments|ministers|delegations|parties))\b/iu;

/**
 * Kinds of thing a report names once in full and then by a definite mention of its kind: "signed a
 * Preferential Trade Agreement ... signed THE AGREEMENT at a ceremony", "a memorandum of
 * understanding ... THE DOCUMENT was signed by".
 */
const MENTION_KINDS: readonly ReadonlySet<string>[] = [
  "agreement agreements accord deal pact treaty memorandum memoranda mou contract document documents declaration protocol framework",
  "meeting meetings summit conference talks visit trip session consultations discussion discussions",
  "exercise exercises drill drills manoeuvres",
].map((words) => new Set(analyzeText(words)));

/**
 * The terms of the kind of document a term names ("agreement": document, memorandum, accord, ...),
 * or none: a count of documents signed counts the agreements signed, whatever each is called.
 * @param term - an index term
 */
export function documentKindOf(term: string): ReadonlySet<string> {
  const kind = MENTION_KINDS[0];
  return kind?.has(term) === true ? kind : NO_KIND;
}

const NO_KIND: ReadonlySet<string> = new Set();

/** A definite mention: "the agreement", "this deal", "these documents". */
const DEFINITE_MENTION = /\b(?:the|this|that|these) (\p{L}+)\b/giu;

/**
 * The kinds of thing among {@link MENTION_KINDS} a question asks about ("who signed the PTA": the
 * agreements), for {@link mentionsAskedKind}; worked out once per question.
 * @param asked - the question's terms
 */
export function kindsAsked(asked: ReadonlySet<string>): readonly ReadonlySet<string>[] {
  return MENTION_KINDS.filter((kind) => [...kind].some((term) => asked.has(term)));
}

/**
 * Whether a sentence names, by a definite mention of its kind, a thing of a kind the question asks
 * about ("who signed the PTA": "X and Y signed THE AGREEMENT"): then the sentence before it, which
 * named it in full, stands for its missing words.
 * @param text - the sentence
 * @param kinds - the kinds the question asks about ({@link kindsAsked})
 */
export function mentionsAskedKind(text: string, kinds: readonly ReadonlySet<string>[]): boolean {
  if (kinds.length === 0) return false;
  for (const match of text.matchAll(DEFINITE_MENTION)) {
    const term = analyzeText(match[1] ?? "")[0];
    if (term !== undefined && kinds.some((kind) => kind.has(term))) return true;
  }
  return false;
}

/** Articles read per passage: syndicated copy can be in thousands. */
const MAX_ARTICLES_READ = 5;

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Whether a sentence refers back to the one before it: it opens by doing so, or it names the
 * event just told ("the meeting").
 * @param text - the sentence
 */
export function refersBack(text: string): boolean {
  return REFERRING_OPENER.test(text) || EVENT_ANAPHOR.test(text);
}

/** Carried terms kept per store (most entries are the shared empty set): candidates recur across questions. */
const MAX_CACHED = 8_000;

/** {@link refersBack} of a stored passage, remembered: retrieval asks it of every best candidate's neighbours. */
const passageRefersBack = memoPerStore(MAX_CACHED, (store, passageId: number): boolean =>
  refersBack(store.passages[passageId]?.text ?? ""),
);

/**
 * The terms a sentence refers back to: those of the sentence before it in each article that
 * carries it, when it opens by referring back; else none.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function carriedTerms(store: PassageStore, passageId: number): ReadonlySet<string> {
  return carriedByPassage(store, passageId);
}

const carriedByPassage = memoPerStore(MAX_CACHED, (store, passageId: number) =>
  computeCarriedTerms(store, passageId),
);

/** "The two leaders", "both sides": the parties of the story, whom its lead sentence names. */
const PARTIES_ANAPHOR =
  /\b(?:the two|both) (leaders|sides|ministers|delegations|presidents|premiers|chiefs|officials)\b/iu;

/**
 * Sentences back the parties may have been named by their office: "The understanding was reached
 * at a meeting between Minister X and Minister Y", then "the two ministers" three sentences on.
 */
const PARTIES_WINDOW = 4;

/**
 * Whether a sentence names several of the parties by the office an anaphor calls them by: the
 * plural ("Transport ministers of Pakistan, Azerbaijan and Uzbekistan") or the singular twice
 * ("Minister X and Minister Y").
 */
function namesPartiesAs(text: string, plural: string): boolean {
  const singular = plural.replace(/s$/u, "");
  // "... the exchange between the two leaders": another reference back names no one.
  const matches =
    text
      .replace(new RegExp(PARTIES_ANAPHOR.source, "giu"), "")
      .match(new RegExp(`\\b${singular}s?\\b`, "giu")) ?? [];
  return matches.length >= 2 || matches.some((match) => match.toLowerCase() === plural);
}

/**
 * A sentence that opens with a definite mention of a thing by a common noun: "THE CENTRE is
 * expected to ..." ("The COAS", "The PTA" are names, which the question's names are matched as).
 */
const OPENING_DEFINITE = /^[“"‘'(]?(?:[Tt]he|[Tt]his|[Tt]hat) (\p{Ll}+)\b/u;

/**
 * Sentences back a definite mention's thing may have been named: a report names the centre, tells
 * who signed for it, then says when "the centre" opens; farther back, it is another part of the story.
 */
const ANTECEDENT_WINDOW = 3;

/** The term of the head word of a sentence's opening definite mention ("the centre": center), if any. */
function openingMentionTerm(text: string): string | undefined {
  const word = OPENING_DEFINITE.exec(text)?.[1];
  return word === undefined ? undefined : analyzeText(word)[0];
}

/**
 * Whether a sentence opens with a definite mention of a thing the question names by the same word
 * ("when will the maintenance centre be ready": "THE CENTRE is expected to be operational by
 * 2027"): it speaks of the thing asked about, which an earlier sentence named in full.
 * @param text - the sentence
 * @param asked - the question's terms
 */
export function opensWithAskedThing(text: string, asked: ReadonlySet<string>): boolean {
  const term = openingMentionTerm(text);
  // "The meeting", "the agreement": the event or document just told, which the sentence right
  // before names ({@link mentionsAskedKind}); farther back, it is as likely another one.
  return term !== undefined && asked.has(term) && !MENTION_KINDS.some((kind) => kind.has(term));
}

/** The kinds of document a report signs: the first of {@link MENTION_KINDS}. */
const DOCUMENT_KIND = MENTION_KINDS[0] ?? new Set<string>();

/**
 * Whether a sentence opens with a definite mention of the document the report told of ("THE
 * AGREEMENT was signed by ...", "THE PROTOCOL was signed at the first meeting of ..."): a report
 * signs one document and says "the agreement" of it all along, where "the meeting" may be the
 * talks, an earlier meeting or the next one.
 * @param text - the sentence
 */
export function opensWithDocument(text: string): boolean {
  const term = openingMentionTerm(text);
  return term !== undefined && DOCUMENT_KIND.has(term);
}

function computeCarriedTerms(store: PassageStore, passageId: number): ReadonlySet<string> {
  const passage = store.passages[passageId];
  if (passage === undefined || !passageRefersBack(store, passageId)) return NOTHING;
  const terms = new Set<string>();
  const parties = PARTIES_ANAPHOR.exec(passage.text)?.[1]?.toLowerCase();
  const toParties = parties !== undefined;
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const previous = order[order.indexOf(passageId) - 1];
    if (previous === undefined) continue;
    for (const term of store.passages[previous]?.terms ?? []) terms.add(term);
    // "The two leaders discussed ..." two sentences on: the parties are those the story opened with.
    const lead = order[0];
    if (toParties && lead !== undefined && lead !== previous)
      for (const term of store.passages[lead]?.terms ?? []) terms.add(term);
    // "The two ministers discussed ...": the ministers are those the nearest sentence before names as such.
    if (parties === undefined) continue;
    const at = order.indexOf(passageId);
    for (let back = 2; back <= PARTIES_WINDOW && at - back > 0; back++) {
      const earlier = store.passages[order[at - back] ?? -1];
      if (earlier === undefined || !namesPartiesAs(earlier.text, parties)) continue;
      for (const term of earlier.terms) terms.add(term);
      break;
    }
  }
  return terms;
}

/**
 * The terms of the sentence that named the thing a sentence opens by mentioning ("THE CENTRE is
 * expected to be operational"), when that is not the sentence right before it (which
 * {@link carriedTerms} reads): the nearest within {@link ANTECEDENT_WINDOW} sentences back that
 * names it ("... will build a maintenance centre in Ganja", then who signed for it); else none.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function antecedentTerms(store: PassageStore, passageId: number): ReadonlySet<string> {
  return antecedentByPassage(store, passageId);
}

const antecedentByPassage = memoPerStore(MAX_CACHED, (store, passageId: number): ReadonlySet<string> => {
  const passage = store.passages[passageId];
  const mentioned = passage === undefined ? undefined : openingMentionTerm(passage.text);
  if (passage === undefined || mentioned === undefined) return NOTHING;
  const terms = new Set<string>();
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    if (at < 1 || store.passages[order[at - 1] ?? -1]?.terms.includes(mentioned) === true) continue;
    for (let back = 2; back <= ANTECEDENT_WINDOW && at - back >= 0; back++) {
      const earlier = store.passages[order[at - back] ?? -1]?.terms;
      if (earlier === undefined || !earlier.includes(mentioned)) continue;
      for (const term of earlier) terms.add(term);
      break;
    }
  }
  return terms.size === 0 ? NOTHING : terms;
});

/**
 * The sentences right after a passage, in each article that carries it, that refer back to it.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function followersReferringBack(store: PassageStore, passageId: number): number[] {
  const followers: number[] = [];
  for (const articleIndex of (store.passages[passageId]?.articleIndexes ?? []).slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const next = order[order.indexOf(passageId) + 1];
    if (next !== undefined && passageRefersBack(store, next)) followers.push(next);
  }
  return followers;
}

/**
 * The sentences a few places after a passage, in each article that carries it, that refer back:
 * "The two ministers discussed ..." comes after the sentence naming them and one or two about
 * their party or their arrival.
 * @param store - the passages
 * @param passageId - the sentence
 * @param reach - how many sentences after it are read
 */
export function laterSentencesReferringBack(store: PassageStore, passageId: number, reach: number): number[] {
  const later: number[] = [];
  for (const articleIndex of (store.passages[passageId]?.articleIndexes ?? []).slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    if (at === -1) continue;
    for (const next of order.slice(at + 1, at + 1 + reach))
      if (passageRefersBack(store, next)) later.push(next);
  }
  return later;
}

/**
 * The sentences right before a passage that refers back, in each article that carries it: what
 * "the deminers" or "the meeting" stands for, and often where and when it was.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function sentencesReferredTo(store: PassageStore, passageId: number): number[] {
  const passage = store.passages[passageId];
  if (passage === undefined || !passageRefersBack(store, passageId)) return [];
  const referred: number[] = [];
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const previous = order[order.indexOf(passageId) - 1];
    if (previous !== undefined) referred.push(previous);
  }
  return referred;
}

/**
 * The terms of the event a sentence names by a definite mention ("THE NEXT SUMMIT is expected to be
 * held in Islamabad"): those of the story's lead sentence, which said which summit; else none.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function eventTerms(store: PassageStore, passageId: number): ReadonlySet<string> {
  return eventTermsByPassage(store, passageId);
}

const eventTermsByPassage = memoPerStore(MAX_CACHED, (store, passageId: number): ReadonlySet<string> => {
  const passage = store.passages[passageId];
  if (passage === undefined || !EVENT_ANAPHOR.test(passage.text)) return NOTHING;
  const terms = new Set<string>();
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const lead = store.articlePassages[articleIndex]?.[0];
    if (lead === undefined || lead === passageId) continue;
    for (const term of store.passages[lead]?.terms ?? []) terms.add(term);
  }
  return terms;
});

/** Sentences looked back over for what a definite mention repeats: "the jets" a sentence or three after the jets were named. */
const ANTECEDENT_LOOKBACK = 4;
/** Lower-case words allowed between a name and the noun it qualifies: "JF-17C Block III MULTIROLE FIGHTER jets". */
const MODIFIERS_BETWEEN = 2;

/** A definite mention by a common noun: "the jets", "these aircraft", "the new plant". */
const DEFINITE_COMMON_NOUN = /\b(?:[Tt]he|[Tt]hese|[Tt]hose) (\p{Ll}[\p{Ll}-]*)(?: (\p{Ll}[\p{Ll}-]*))?/gu;

/** A word written as a name or a designation: "Kamra", "JF-17C", "III". */
const NAME_WORD = /^(?:\p{Lu}|\p{L}+-?\d)/u;

/**
 * The names a sentence repeats by a definite common noun: "The minister said THE JETS would
 * replace ..." two sentences after "The first four JF-17C Block III multirole fighter jets arrived"
 * names the JF-17Cs. The nearest earlier sentence of the article in which the noun follows a name
 * (a few modifiers between) gives that name's terms; none when the sentence makes no such mention.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function namesRepeatedByNoun(store: PassageStore, passageId: number): ReadonlySet<string> {
  return repeatedNamesByPassage(store, passageId);
}

const repeatedNamesByPassage = memoPerStore(MAX_CACHED, (store, passageId: number): ReadonlySet<string> => {
  const passage = store.passages[passageId];
  if (passage === undefined) return NOTHING;
  const nouns = new Set<string>();
  for (const match of passage.text.matchAll(DEFINITE_COMMON_NOUN))
    for (const word of [match[1], match[2]]) {
      const term = word === undefined ? [] : analyzeText(word);
      if (term.length === 1 && term[0] !== undefined) nouns.add(term[0]);
    }
  if (nouns.size === 0) return NOTHING;
  const names = new Set<string>();
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    // The few sentences before, then the lead, which names what the story is about.
    const earlierIds = [
      ...order.slice(Math.max(0, at - ANTECEDENT_LOOKBACK), at).reverse(),
      ...order.slice(0, 2),
    ];
    for (const noun of nouns) {
      for (const earlierId of earlierIds) {
        const earlier = store.passages[earlierId];
        if (earlier === undefined || !earlier.terms.includes(noun)) continue;
        const named = nameBeforeNoun(earlier.text, noun);
        if (named.length === 0) continue;
        for (const name of named) names.add(name);
        break;
      }
    }
  }
  return names.size === 0 ? NOTHING : names;
});

/** The terms of the name a noun of a sentence qualifies ("JF-17C Block III ... jets"), if any. */
function nameBeforeNoun(text: string, nounTerm: string): readonly string[] {
  const words = text.split(/\s+/u).map((word) => word.replace(/^[“"‘'(]+|[”"’'),.;:!?]+$/gu, ""));
  for (const [at, word] of words.entries()) {
    // A stem begins as its word does ("aircraft's": aircraft); the cheap test first.
    if (at === 0 || !word.toLowerCase().startsWith(nounTerm.slice(0, 2)) || analyzeText(word)[0] !== nounTerm)
      continue;
    let start = at - 1;
    let between = 0;
    while (start > 0 && between < MODIFIERS_BETWEEN && !NAME_WORD.test(words[start] ?? "")) {
      start -= 1;
      between += 1;
    }
    const name: string[] = [];
    // The sentence's first word is capitalised whatever it is: only a designation counts there.
    while (
      start >= 0 &&
      NAME_WORD.test(words[start] ?? "") &&
      (start > 0 || /\d/u.test(words[start] ?? ""))
    ) {
      name.unshift(words[start] ?? "");
      start -= 1;
    }
    if (name.length > 0) return analyzeText(name.join(" "));
  }
  return [];
}

/** A definite mention of an office: "the Prime Minister", "the Azerbaijani president", "the envoy". */
const OFFICE_MENTION =
  /\b[Tt]he ((?:[A-Za-z]+ ){0,2}(?:[Mm]inister|[Pp]resident|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Ss]ecretary|[Cc]hief|[Ss]peaker|[Cc]hairman|[Gg]overnor|[Cc]ommander)(?: (?:of|for) (?:the )?[a-z]+(?: affairs)?)?)\b(?!\s+\p{Lu})/gu;

/** Lower-case words that stand inside a title between its capitalised words ("for IT AND Telecommunication"). */
const TITLE_CONNECTOR = /^(?:of|for|and|the|to|in)$/u;

/**
 * The name written after a title ("Prime Minister| Muhammad Shehbaz Sharif", "Minister of
 * State| for IT and Telecommunication Shaza Fatima Khawaja"): the first run of two capitalised
 * words or more, between the title's connectors, whose last word is a name's; `null` at a comma,
 * a stop or an ordinary lower-case word first.
 */
function holderAfterTitle(rest: string): string | null {
  const run: string[] = [];
  for (const token of rest.trim().split(/\s+/u)) {
    const word = token.replace(/[,;:.!?)”"’']+$/u, "");
    const capitalised = /^\p{Lu}/u.test(word);
    if (capitalised) run.push(word);
    const ends = word !== token || (!capitalised && !TITLE_CONNECTOR.test(word));
    if ((ends || !capitalised) && run.length > 0) {
      if (run.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(run.at(-1) ?? "")) return run.join(" ");
      run.length = 0;
    }
    if (ends) return null;
  }
  return run.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(run.at(-1) ?? "") ? run.join(" ") : null;
}

/** Words of a title that say whose office it is, not which: "the AZERBAIJANI president". */
const OWNER_WORDS = /^(?:pakistani|azerbaijani|azeri|turkish|visiting|federal|then|former)\s+/iu;

/**
 * The name terms of the people a sentence names only by office ("Aliyev accepted THE PRIME
 * MINISTER's invitation"): the name the same article gives after that title ("Prime Minister
 * Muhammad Shehbaz Sharif"); none when the sentence names no office or the article never names
 * its holder.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function officeHolderTerms(store: PassageStore, passageId: number): readonly string[] {
  return officeHoldersByPassage(store, passageId);
}

const officeHoldersByPassage = memoPerStore(MAX_CACHED, (store, passageId: number): readonly string[] => {
  const passage = store.passages[passageId];
  if (passage === undefined) return [];
  const offices = [...passage.text.matchAll(OFFICE_MENTION)].map((match) =>
    (match[1] ?? "").replace(OWNER_WORDS, "").toLowerCase(),
  );
  if (offices.length === 0) return [];
  const names = new Set<string>();
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    for (const id of store.articlePassages[articleIndex] ?? []) {
      const text = store.passages[id]?.text ?? "";
      const lower = text.toLowerCase();
      for (const office of offices) {
        const at = lower.indexOf(office);
        // Only where the article writes the office as a title, capitalised, before a name.
        if (at < 0 || !/^\p{Lu}/u.test(text.charAt(at))) continue;
        const holder = holderAfterTitle(text.slice(at + office.length));
        if (holder !== null) for (const term of analyzeText(holder)) names.add(term);
      }
    }
  }
  return [...names];
});
