/**
 * Stage 2, query expansion: the other index terms that may stand for each term of the question.
 * General words gain the dictionary's relations (planes -> aircraft, get -> receive), with credit
 * that falls with the distance of the relation and stays below an exact match. Specific words the
 * archive never uses are looked up as misspellings of words it does use ("azerbaijn"), and those
 * it still does not know are reported: a name the archive never mentions cannot be answered.
 */
import { ownEntry } from "../text/ownEntry.js";
import { instanceTermsOf } from "../text/domainInstances.js";
import type { PassageStore } from "../search/passageStore.js";
import { CountOverlay } from "../search/countOverlay.js";
import { memoPerStore } from "../search/storeMemo.js";
import { editDistance, editDistanceLowerBound, letterMask } from "../text/editDistance.js";
import { analyzeText } from "../text/terms.js";
import { specificityOf, type AnalysedQuestion } from "./questionAnalysis.js";
import type { WordKnowledge, WordRelation } from "./wordKnowledge.js";

/** Another term that may stand for a question's term in the evidence. */
export interface Alternative {
  readonly term: string;
  /** Share of the question term's weight it earns (below 1: an exact match always wins). */
  readonly credit: number;
  /** How it was found: "spelling", or the dictionary relation ("synonym", "hypernym", ...). */
  readonly via: string;
  /** Found through another part of speech than the question's word ("ships", a noun: "transport", a verb). */
  readonly otherPos?: true;
  /**
   * The dictionary word it stands for, when one word: a word of the text with its term but another
   * lemma is another word ("Airlines" has the term of "airliner").
   */
  readonly lemma?: string;
}

/** The question's terms with their alternatives. */
export interface ExpandedQuery {
  /** Alternatives by question term; terms without any are absent. */
  readonly alternatives: ReadonlyMap<string, readonly Alternative[]>;
  /** Specific phrases none of whose terms the archive uses, even allowing for misspelling. */
  readonly unknownPhrases: readonly string[];
}

/** Credit of a synonym (same WordNet synset): nearly the same word, still below an exact match. */
const SYNONYM_CREDIT = 0.7;
/** Credit of a derived form (discussion / discuss): the same idea in another part of speech. */
const DERIVED_CREDIT = 0.6;
/** Credit of one step up or down WordNet's hierarchy (jet -> airplane): a kind of, not the same. */
const FIRST_STEP_CREDIT = 0.6;
/** Share kept per further step: plane -> aircraft (2 steps) still counts, 4 steps would be noise. */
const FURTHER_STEP_SHARE = 0.75;
/** Share kept per less frequent sense: "plane" is first an aircraft, only third a level. */
const LATER_SENSE_SHARE = 0.7;
/** Credit of a sibling (buy / receive, both kinds of "get"): the same kind of event, told differently. */
const SIBLING_CREDIT = 0.4;
/** Credit of a similar adjective or an adjective's noun: related, loosely. */
const LOOSE_CREDIT = 0.5;
/** Share kept when a compound relation ("fighter aircraft") is matched by its head noun alone. */
const COMPOUND_HEAD_SHARE = 0.8;
/** Share kept by a relation through another part of speech than the tagger read. */
const OTHER_POS_SHARE = 0.85;
/** Relations not followed: what a verb entails or causes (buy -> pay) is another event, not a paraphrase. */
const IGNORED_RELATIONS = new Set(["entailment", "cause"]);
/** Credit of a corrected misspelling: the word the user meant, with a small doubt. */
const SPELLING_CREDIT = 0.85;
/**
 * Converse verbs: the same transfer told from the other side ("Pakistan GAVE Azerbaijan jets",
 * "Azerbaijan RECEIVED the jets"). WordNet relates neither pair; news tells a deal either way.
 */
const CONVERSES: Readonly<Record<string, readonly string[]>> = {
  give: ["receive", "get"],
  sell: ["buy", "purchase", "acquire", "receive"],
  buy: ["sell"],
  purchase: ["sell"],
  export: ["import"],
  import: ["export"],
  send: ["receive"],
  deliver: ["receive"],
  supply: ["receive"],
  receive: ["give", "send", "deliver", "supply"],
  lend: ["borrow"],
  borrow: ["lend"],
};
/** An opposite's share for a yes/no question: it tells the deed as denied, as surely as a synonym tells it. */
const OPPOSITE_CREDIT = 0.7;
/**
 * The verbs telling the same transfer from the other party ("sell": buy): WordNet calls some of
 * them opposites, but they state the event, not its denial.
 * @param lemma - a verb's lemma
 */
export function conversesOf(lemma: string): readonly string[] {
  return ownEntry(CONVERSES, lemma) ?? [];
}

/** Credit of a converse: the same event, told from the other party, like a first step in WordNet. */
const CONVERSE_CREDIT = FIRST_STEP_CREDIT;
/** Alternatives kept per word: WordNet's nearest relations; more adds noise and time. */
const MAX_ALTERNATIVES_PER_WORD = 60;
/** Shortest word corrected for spelling: short words are too close to too many others. */
const MIN_SPELLING_LENGTH = 4;
/** Words up to this long must keep their first two letters to be corrected. */
const SHORT_WORD_LENGTH = 5;
/** Edits allowed in a word of this many letters or more: one below it, two from here. */
const TWO_EDITS_FROM_LENGTH = 6;

/** WordNet's lexicographer file of verbs of motion ("arrive", "travel", "reach"). */
export const VERB_MOTION_FILE = 38;

function creditOf(relation: string, distance: number, sense: number, meaningKept: number): number {
  // A broader word earns only the share of the meaning it keeps: "aircraft" for "jet", not "event" for "parade".
  return relationCredit(relation, distance) * LATER_SENSE_SHARE ** sense * meaningKept;
}

function relationCredit(relation: string, distance: number): number {
  if (relation === "synonym") return SYNONYM_CREDIT;
  if (relation === "sibling") return SIBLING_CREDIT;
  if (relation === "derived") return DERIVED_CREDIT;
  if (relation === "hypernym" || relation === "hyponym")
    return FIRST_STEP_CREDIT * FURTHER_STEP_SHARE ** Math.max(0, distance - 1);
  return LOOSE_CREDIT;
}

/** The archive's plain terms of one first letter and length, with their letters as masks. */
interface SpellingBucket {
  readonly terms: string[];
  readonly masks: number[];
}

/** The archive's plain terms by first letter and length, built once per store for spelling correction. */
const TERMS_BY_KEY = new WeakMap<PassageStore, Map<number, SpellingBucket>>();
/** Corrections kept per store (names and misspellings are unbounded). */
const MAX_CORRECTIONS = 20_000;

/** A bucket's key: a number, not a string, so building the table hashes no strings. */
function bucketKey(first: number, length: number): number {
  return length * 128 + first;
}

/** Whether a term is letters a-z only (a charCode loop: the table is built over every term). */
function isPlainTerm(term: string): boolean {
  if (term.length === 0) return false;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

function termsByKey(store: PassageStore): Map<number, SpellingBucket> {
  let byKey = TERMS_BY_KEY.get(store);
  if (byKey === undefined) {
    byKey = new Map();
    for (const term of store.articleFrequency.keys()) {
      if (!isPlainTerm(term)) continue;
      const key = bucketKey(term.charCodeAt(0), term.length);
      const bucket = byKey.get(key);
      if (bucket) {
        bucket.terms.push(term);
        bucket.masks.push(letterMask(term));
      } else byKey.set(key, { terms: [term], masks: [letterMask(term)] });
    }
    TERMS_BY_KEY.set(store, byKey);
  }
  return byKey;
}

/**
 * Builds the store's spelling table now (every term by first letter and length), so the first
 * question with a misspelling does not wait for it.
 * @param store - the archive's passages and statistics
 */
export function prepareSpelling(store: PassageStore): void {
  termsByKey(store);
}

/**
 * Builds the spelling table of a store updated by the article from that of the store it was
 * layered over, when that one has a table and the updated store's article frequencies are the
 * base's seen through the update's changes: the buckets a removed or added term falls in are made
 * anew, the others shared. The table is the one {@link prepareSpelling} would build (the same terms
 * in the same order), at the cost of the changed terms instead of a walk over every term of the
 * archive (some 90 ms at 50,000 articles, on the serving thread, for the first misspelling after
 * each update). Otherwise the table is left to be built on first use.
 * @param store - the updated store
 * @param base - the store it was layered over
 */
export function prepareSpellingAfterUpdate(store: PassageStore, base: PassageStore): void {
  if (TERMS_BY_KEY.has(store)) return;
  const baseTable = TERMS_BY_KEY.get(base);
  const frequency = store.articleFrequency;
  const changes = frequency instanceof CountOverlay ? frequency.keyChangesFrom(base.articleFrequency) : null;
  if (baseTable === undefined || changes === null) return;
  const table = new Map(baseTable);
  const remade = new Set<number>();
  const bucketToChange = (key: number): SpellingBucket => {
    const bucket = table.get(key);
    if (bucket !== undefined && remade.has(key)) return bucket;
    const copy: SpellingBucket = { terms: [...(bucket?.terms ?? [])], masks: [...(bucket?.masks ?? [])] };
    table.set(key, copy);
    remade.add(key);
    return copy;
  };
  const removedByKey = new Map<number, Set<string>>();
  for (const term of changes.removed) {
    if (!isPlainTerm(term)) continue;
    const key = bucketKey(term.charCodeAt(0), term.length);
    const terms = removedByKey.get(key);
    if (terms) terms.add(term);
    else removedByKey.set(key, new Set([term]));
  }
  for (const [key, removed] of removedByKey) {
    const bucket = table.get(key);
    if (bucket === undefined) continue;
    const kept: SpellingBucket = { terms: [], masks: [] };
    for (let at = 0; at < bucket.terms.length; at++) {
      const term = bucket.terms[at] ?? "";
      if (removed.has(term)) continue;
      kept.terms.push(term);
      kept.masks.push(bucket.masks[at] ?? 0);
    }
    // A bucket left empty is absent, as in a table built afresh.
    if (kept.terms.length === 0) table.delete(key);
    else table.set(key, kept);
    remade.add(key);
  }
  for (const term of changes.appended) {
    if (!isPlainTerm(term)) continue;
    const bucket = bucketToChange(bucketKey(term.charCodeAt(0), term.length));
    bucket.terms.push(term);
    bucket.masks.push(letterMask(term));
  }
  TERMS_BY_KEY.set(store, table);
}

/**
 * The store's spelling table as lists of terms, one per bucket in key order (first letter and
 * length), each in the order corrections are tried: what a table derived after an update must
 * equal.
 * @param store - the archive's passages and statistics
 */
export function spellingBuckets(store: PassageStore): string[][] {
  return [...termsByKey(store)].sort(([a], [b]) => a - b).map(([, bucket]) => [...bucket.terms]);
}

/**
 * The archive's term nearest in spelling to one it does not have, the most frequent among equals.
 * @param store - the archive's passages and statistics
 * @param term - an analysed term the archive does not contain
 */
export function correctSpelling(store: PassageStore, term: string): string | null {
  return correctionOf(store, term);
}

/** Corrections already made, per store: a question's words are looked up by several stages. */
const correctionOf = memoPerStore(MAX_CORRECTIONS, findNearestTerm);

function findNearestTerm(store: PassageStore, term: string): string | null {
  if (term.length < MIN_SPELLING_LENGTH || !/^[a-z]+$/u.test(term)) return null;
  const max = term.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
  const byKey = termsByKey(store);
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  const mask = letterMask(term);
  for (let length = term.length - max; length <= term.length + max; length++) {
    // Misspellings keep the first letter far more often than not; it also prunes the scan.
    const bucket = byKey.get(bucketKey(term.charCodeAt(0), length));
    if (bucket === undefined) continue;
    // An indexed loop: a bucket holds thousands of terms, and `entries()` made a pair for each.
    for (let at = 0; at < bucket.terms.length; at++) {
      const candidate = bucket.terms[at] ?? "";
      // A short word keeps its first two letters, or "imran" would be "iran".
      if (term.length <= SHORT_WORD_LENGTH && candidate[1] !== term[1]) continue;
      const limit = Math.min(max, bestDistance);
      // Too many letters apart to come within the limit: it could neither win nor tie.
      if (editDistanceLowerBound(mask, bucket.masks[at] ?? 0) > limit) continue;
      const distance = editDistance(term, candidate, limit);
      if (distance > bestDistance) continue;
      const frequency = store.articleFrequency.get(candidate) ?? 0;
      if (distance < bestDistance || frequency > bestFrequency) {
        best = distance <= max ? candidate : best;
        bestDistance = Math.min(distance, bestDistance);
        bestFrequency = frequency;
      }
    }
  }
  return bestDistance <= max ? best : null;
}

/** Index terms of dictionary lemmas: a question looks up hundreds of relations, mostly the same ones. */
const LEMMA_TERMS = new Map<string, string | null>();
/** Bounds that memo; WordNet has about 150,000 lemmas. */
const MAX_LEMMA_TERMS = 50_000;

/** The single index term a dictionary lemma analyses to, or `null` for phrases and stopwords. */
function termOfLemma(lemma: string, words: WordKnowledge, id?: number): string | null {
  // The dictionary's own lemmas' terms were computed ahead: read there, not remembered twice.
  const computed = id === undefined ? undefined : words.termOfLemma?.(lemma, id);
  if (computed !== undefined) return computed;
  let term = LEMMA_TERMS.get(lemma);
  if (term === undefined) {
    term = words.termOfLemma?.(lemma);
    if (term === undefined) {
      const terms = analyzeText(lemma);
      term = terms.length === 1 ? (terms[0] ?? null) : null;
    }
    if (LEMMA_TERMS.size >= MAX_LEMMA_TERMS) LEMMA_TERMS.clear();
    LEMMA_TERMS.set(lemma, term);
  }
  return term;
}

/**
 * Expands a question's terms.
 * @param question - the analysed question
 * @param store - the archive: alternatives it never uses are dropped
 * @param words - the dictionary
 */
export function expandQuery(
  question: AnalysedQuestion,
  store: PassageStore,
  words: WordKnowledge,
): ExpandedQuery {
  const alternatives = new Map<string, Alternative[]>();
  const inArchive = (term: string): boolean => (store.articleFrequency.get(term) ?? 0) > 0;
  const add = (term: string, alternative: Alternative): void => {
    if (alternative.term === term) return;
    const list = alternatives.get(term) ?? [];
    const existing = list.find((entry) => entry.term === alternative.term);
    if (existing && existing.credit >= alternative.credit) return;
    alternatives.set(term, [...list.filter((entry) => entry.term !== alternative.term), alternative]);
  };

  for (const word of question.generalWords) {
    let kept = 0;
    // A misspelt word ("discusion") stands for the word meant, a little less surely.
    const certainty = word.corrected === true ? SPELLING_CREDIT : 1;
    const meant = word.corrected === true ? termOfLemma(word.lemma, words) : null;
    if (meant !== null && inArchive(meant))
      add(word.term, { term: meant, credit: SPELLING_CREDIT, via: "spelling" });
    // The question's own sense of the word first ("planes" the noun, not "to plane"); the tagger
    // errs on short questions ("the karabagh win" as a verb), so other senses count for less, and
    // come after its own: "travel" the verb reaches "visit" before "air travel" the noun.
    const inSense = (relation: WordRelation): boolean =>
      word.pos === undefined || relation.pos === word.pos || relation.relation === "derived";
    const related = words.related(word.lemma);
    // "MEN's teams" is not said by "women's": a word's opposite, as an index term, never stands for
    // it, though some narrower word reaches that term ("man": womanizer, whose term is "woman"); a
    // sale's two sides ("buy", "sell") may.
    const converses = conversesOf(word.lemma);
    const opposites = new Set(
      (words.antonyms?.(word.lemma) ?? [])
        .filter((opposite) => !converses.includes(opposite))
        .map((opposite) => termOfLemma(opposite, words)),
    );
    for (const relation of [
      ...related.filter(inSense),
      ...related.filter((relation) => !inSense(relation)),
    ]) {
      if (kept >= MAX_ALTERNATIVES_PER_WORD) break;
      if (IGNORED_RELATIONS.has(relation.relation)) continue;
      const sameSense = inSense(relation);
      // A compound noun ("fighter aircraft") stands for its head noun, a little less surely; a verb
      // phrase's last word is no head ("talk turkey" is no kind of turkey).
      const whole = termOfLemma(relation.lemma, words, relation.id);
      const head =
        whole === null && relation.pos === "noun" && relation.lemma.includes(" ")
          ? termOfLemma(relation.lemma.split(" ").at(-1) ?? "", words)
          : null;
      const term = whole ?? head;
      if (term === null || !inArchive(term) || opposites.has(term)) continue;
      // A word of many senses ("take", "make") is weak evidence of any one of them.
      const ambiguity = specificityOf(words.senseCount(relation.lemma, undefined, relation.id));
      add(word.term, {
        term,
        credit:
          certainty *
          ambiguity *
          (whole === null ? COMPOUND_HEAD_SHARE : 1) *
          (sameSense ? 1 : OTHER_POS_SHARE) *
          creditOf(relation.relation, relation.distance, relation.sense, relation.meaningKept ?? 1),
        via: relation.relation,
        ...(sameSense ? {} : { otherPos: true as const }),
        ...(whole !== null && !relation.lemma.includes(" ") ? { lemma: relation.lemma } : {}),
      });
      kept += 1;
    }
    // "Get TO Baku" is "arrive in Baku", a sense of "get" too rare for the relations above to read:
    // a verb with a destination stands for its synonyms in its senses of motion, as surely as for itself.
    if (word.towardPlace === true) {
      for (const relation of words.verbSynonymsOfKind?.(word.lemma, VERB_MOTION_FILE) ?? []) {
        const term = termOfLemma(relation.lemma, words, relation.id);
        if (term === null || !inArchive(term)) continue;
        const ambiguity = specificityOf(words.senseCount(relation.lemma, undefined, relation.id));
        add(word.term, { term, credit: certainty * ambiguity * SYNONYM_CREDIT, via: "synonym" });
      }
    }
    // "Parliament": the Milli Majlis, which no dictionary names; a kind's instance, as WordNet's are.
    for (const term of instanceTermsOf(word.term)) {
      if (inArchive(term)) add(word.term, { term, credit: certainty * FIRST_STEP_CREDIT, via: "hyponym" });
    }
    if (word.pos === "verb" || word.pos === undefined) {
      for (const converse of ownEntry(CONVERSES, word.lemma) ?? []) {
        const term = termOfLemma(converse, words);
        if (term !== null && inArchive(term))
          add(word.term, { term, credit: certainty * CONVERSE_CREDIT, via: "converse" });
      }
    }
    // "Did Aliyev REFUSE the invitation": a sentence telling that he accepted it speaks to the
    // question as surely as one telling a refusal, and answers it No (see `tellsContrary`).
    if (question.answerType === "yesno" && (word.pos === "verb" || word.pos === "adj")) {
      for (const opposite of words.antonyms?.(word.lemma) ?? []) {
        if (conversesOf(word.lemma).includes(opposite)) continue;
        const term = termOfLemma(opposite, words);
        if (term !== null && inArchive(term))
          add(word.term, { term, credit: certainty * OPPOSITE_CREDIT, via: "antonym" });
      }
    }
    // An ordinary word the archive never uses, with no relation it uses either, may be a
    // misspelling of one it does ("discus" for "discuss"); a word in everyday use is what was
    // meant ("gold" is no slip for "good").
    if (!inArchive(word.term) && !alternatives.has(word.term) && words.isRareWord(word.lemma)) {
      const corrected = correctSpelling(store, word.term);
      if (corrected !== null)
        add(word.term, { term: corrected, credit: SPELLING_CREDIT * certainty, via: "spelling" });
    }
  }

  const unknownPhrases: string[] = [];
  for (const group of question.anchorGroups) {
    let known = 0;
    for (const term of group.terms) {
      // A city that acts ("did Baku sign") is its country's government, named either way.
      const governments = (question.actingCities?.get(term) ?? []).filter(inArchive);
      for (const country of governments)
        add(term, { term: country, credit: SPELLING_CREDIT, via: "government" });
      if (inArchive(term) || governments.length > 0) {
        known += 1;
        continue;
      }
      // Numbers and designations have no spelling to correct: "F-16" is not "JF-17".
      const corrected = /\d/u.test(term) ? null : correctSpelling(store, term);
      if (corrected === null) continue;
      add(term, { term: corrected, credit: SPELLING_CREDIT, via: "spelling" });
      known += 1;
    }
    // A name with a word the archive never uses, even misspelt ("Imran Khan", "Prime Minister
    // Modi"), is someone it never mentions.
    if (known < group.terms.length) unknownPhrases.push(group.phrase);
  }
  return { alternatives, unknownPhrases };
}
