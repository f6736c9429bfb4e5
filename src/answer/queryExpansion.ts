/**
 * Stage 2, query expansion: the other index terms that may stand for each term of the question.
 * General words gain the dictionary's relations (planes -> aircraft, get -> receive), with credit
 * that falls with the distance of the relation and stays below an exact match. Specific words the
 * archive never uses are looked up as misspellings of words it does use ("azerbaijn"), and those
 * it still does not know are reported: a name the archive never mentions cannot be answered.
 */
import type { PassageStore } from "../search/passageStore.js";
import { analyzeText } from "../text/terms.js";
import type { AnalysedQuestion } from "./questionAnalysis.js";
import type { WordKnowledge } from "./wordKnowledge.js";

/** Another term that may stand for a question's term in the evidence. */
export interface Alternative {
  readonly term: string;
  /** Share of the question term's weight it earns (below 1: an exact match always wins). */
  readonly credit: number;
  /** How it was found: "spelling", or the dictionary relation ("synonym", "hypernym", ...). */
  readonly via: string;
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
/** Relations not followed: what a verb entails or causes (buy -> pay) is another event, not a paraphrase. */
const IGNORED_RELATIONS = new Set(["entailment", "cause"]);
/** Credit of a corrected misspelling: the word the user meant, with a small doubt. */
const SPELLING_CREDIT = 0.85;
/** Alternatives kept per word: WordNet's nearest relations; more adds noise and time. */
const MAX_ALTERNATIVES_PER_WORD = 12;
/** Shortest word corrected for spelling: short words are too close to too many others. */
const MIN_SPELLING_LENGTH = 4;
/** Edits allowed in a word of this many letters or more: one below it, two from here. */
const TWO_EDITS_FROM_LENGTH = 8;

function creditOf(relation: string, distance: number, sense: number): number {
  return relationCredit(relation, distance) * LATER_SENSE_SHARE ** sense;
}

function relationCredit(relation: string, distance: number): number {
  if (relation === "synonym") return SYNONYM_CREDIT;
  if (relation === "sibling") return SIBLING_CREDIT;
  if (relation === "derived") return DERIVED_CREDIT;
  if (relation === "hypernym" || relation === "hyponym")
    return FIRST_STEP_CREDIT * FURTHER_STEP_SHARE ** Math.max(0, distance - 1);
  return LOOSE_CREDIT;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus transpositions), stopping once above `max`.
 * @returns the distance, or `max + 1` when it is larger than `max`
 */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** The archive's terms by length, built once per store for spelling correction. */
const TERMS_BY_LENGTH = new WeakMap<PassageStore, Map<number, string[]>>();

function termsByLength(store: PassageStore): Map<number, string[]> {
  let byLength = TERMS_BY_LENGTH.get(store);
  if (byLength === undefined) {
    byLength = new Map();
    for (const term of store.articleFrequency.keys()) {
      if (!/^[a-z]+$/u.test(term)) continue;
      const list = byLength.get(term.length);
      if (list) list.push(term);
      else byLength.set(term.length, [term]);
    }
    TERMS_BY_LENGTH.set(store, byLength);
  }
  return byLength;
}

/**
 * The archive's term nearest in spelling to one it does not have, the most frequent among equals.
 * @param store - the archive's passages and statistics
 * @param term - an analysed term the archive does not contain
 */
export function correctSpelling(store: PassageStore, term: string): string | null {
  if (term.length < MIN_SPELLING_LENGTH || !/^[a-z]+$/u.test(term)) return null;
  const max = term.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
  const byLength = termsByLength(store);
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  for (let length = term.length - max; length <= term.length + max; length++) {
    for (const candidate of byLength.get(length) ?? []) {
      // Misspellings keep the first letter far more often than not; it also prunes the scan.
      if (candidate[0] !== term[0]) continue;
      const distance = editDistance(term, candidate, Math.min(max, bestDistance));
      const frequency = store.articleFrequency.get(candidate) ?? 0;
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
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
function termOfLemma(lemma: string): string | null {
  let term = LEMMA_TERMS.get(lemma);
  if (term === undefined) {
    const terms = analyzeText(lemma);
    term = terms.length === 1 ? (terms[0] ?? null) : null;
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
export function expandQuery(question: AnalysedQuestion, store: PassageStore, words: WordKnowledge): ExpandedQuery {
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
    for (const relation of words.related(word.lemma)) {
      if (kept >= MAX_ALTERNATIVES_PER_WORD) break;
      // The question's own sense of the word: "planes" the noun, not "to plane".
      if (IGNORED_RELATIONS.has(relation.relation)) continue;
      if (word.pos !== undefined && relation.pos !== word.pos && relation.relation !== "derived") continue;
      const term = termOfLemma(relation.lemma);
      if (term === null || !inArchive(term)) continue;
      add(word.term, { term, credit: creditOf(relation.relation, relation.distance, relation.sense), via: relation.relation });
      kept += 1;
    }
  }

  const unknownPhrases: string[] = [];
  for (const group of question.anchorGroups) {
    let unknown = false;
    for (const term of group.terms) {
      if (inArchive(term)) continue;
      // Numbers and designations have no spelling to correct: "F-16" is not "JF-17".
      const corrected = /\d/u.test(term) ? null : correctSpelling(store, term);
      if (corrected === null) unknown = true;
      else add(term, { term: corrected, credit: SPELLING_CREDIT, via: "spelling" });
    }
    if (unknown) unknownPhrases.push(group.phrase);
  }
  return { alternatives, unknownPhrases };
}
