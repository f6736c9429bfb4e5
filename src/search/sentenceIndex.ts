/**
 * The full-text index over passages: an inverted index in typed arrays (term -> passage ids and
 * term frequencies) with MiniSearch's BM25 scoring, so candidates rank as they did under MiniSearch
 * while a query touches only the postings of its own terms and the index saves and loads as flat
 * arrays. The answer layer then judges the few candidates with its own evidence rules.
 */
import { topScoringByPrefix, type QueryTerm } from "./blockScoring.js";
import type { PassageStore } from "./passageStore.js";

/** A retrieved passage id with its BM25 score. */
export interface Candidate {
  readonly passageId: number;
  readonly score: number;
}

/** What retrieval offers the answer layer: the small interface a sharded or remote index could also implement. */
export interface SentenceSearch {
  /**
   * The passages that share the most weighted terms with a query, best first.
   * @param terms - analysed query terms (already stripped of corpus-wide terms)
   * @param limit - how many candidates to return at most
   */
  search(terms: readonly string[], limit: number): Candidate[];
  /**
   * The same for several leading parts of one query (as `search(terms.slice(0, n), limit)` for each
   * `n` of `prefixes`), when the index can share the work; absent, each is searched alone.
   * @param terms - analysed query terms, the longest query
   * @param prefixes - how many leading terms each query has, in increasing order
   * @param limit - how many candidates each query returns at most
   */
  searchByPrefix?(terms: readonly string[], prefixes: readonly number[], limit: number): Candidate[][];
}

/**
 * The query terms' counts of leading raw terms: the terms an index knows are kept in order, so a
 * count of raw terms becomes a count of kept ones.
 * @param kept - for each raw term, whether it was kept
 * @param prefixes - counts of leading raw terms
 */
export function keptPrefixes(kept: readonly boolean[], prefixes: readonly number[]): number[] {
  const keptBefore = [0];
  for (const [at, isKept] of kept.entries()) keptBefore.push((keptBefore[at] ?? 0) + (isKept ? 1 : 0));
  return prefixes.map((prefix) => keptBefore[Math.min(Math.max(prefix, 0), kept.length)] ?? 0);
}

/** The index's arrays, as built and as saved. */
export interface SentenceIndexData {
  /** Every term, by term id. */
  readonly terms: readonly string[];
  /** Postings of term `t` are `postingPassages[postingOffsets[t] .. postingOffsets[t + 1])`. */
  readonly postingOffsets: Uint32Array;
  readonly postingPassages: Uint32Array;
  /** Term frequency of each posting, capped at 65,535. */
  readonly postingFrequencies: Uint16Array;
  /** Distinct terms per passage (MiniSearch's field length). */
  readonly passageLengths: Uint16Array;
  readonly averageLength: number;
}

/** Largest value a Uint16Array holds: frequencies and lengths beyond it saturate. */
const UINT16_MAX = 65_535;

/**
 * A term's inverse document frequency as MiniSearch computes it.
 * @param total - passages searched
 * @param matching - passages containing the term
 */
export function inverseFrequency(total: number, matching: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** A sentence index over typed arrays. */
export class SentenceIndex implements SentenceSearch {
  readonly data: SentenceIndexData;
  /** Term ids by term. */
  readonly termIds: ReadonlyMap<string, number>;

  constructor(data: SentenceIndexData) {
    this.data = data;
    this.termIds = new Map(data.terms.map((term, id) => [term, id]));
  }

  /** How many passages are indexed. */
  get size(): number {
    return this.data.passageLengths.length;
  }

  search(terms: readonly string[], limit: number): Candidate[] {
    return this.searchByPrefix(terms, [terms.length], limit)[0] ?? [];
  }

  searchByPrefix(terms: readonly string[], prefixes: readonly number[], limit: number): Candidate[][] {
    const { postingOffsets, postingPassages, postingFrequencies, passageLengths, averageLength } = this.data;
    const total = passageLengths.length;
    const query: QueryTerm[] = [];
    const kept: boolean[] = [];
    const seen = new Set<string>();
    for (const term of terms) {
      const id = this.termIds.get(term);
      kept.push(id !== undefined);
      if (id === undefined) continue;
      const start = postingOffsets[id] ?? 0;
      const end = postingOffsets[id + 1] ?? start;
      const run = {
        passages: postingPassages,
        frequencies: postingFrequencies,
        lengths: passageLengths,
        start,
        end,
        base: 0,
        dead: null,
      };
      query.push({ idf: inverseFrequency(total, end - start), runs: [run], counted: !seen.has(term) });
      seen.add(term);
    }
    return topScoringByPrefix(query, keptPrefixes(kept, prefixes), averageLength, total, limit);
  }
}

/**
 * Builds the inverted index of every passage.
 * @param store - the passages to index
 */
export function buildSentenceIndex(store: PassageStore): SentenceIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const passageLengths = new Uint16Array(store.passages.length);
  let totalLength = 0;
  const perPassage: Map<number, number>[] = [];
  for (const passage of store.passages) {
    const frequencies = new Map<number, number>();
    for (const term of passage.terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
        counts.push(0);
      }
      frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
    }
    for (const id of frequencies.keys()) counts[id] = (counts[id] ?? 0) + 1;
    passageLengths[passage.id] = Math.min(frequencies.size, UINT16_MAX);
    totalLength += frequencies.size;
    perPassage.push(frequencies);
  }
  const postingOffsets = new Uint32Array(terms.length + 1);
  for (let id = 0; id < terms.length; id++)
    postingOffsets[id + 1] = (postingOffsets[id] ?? 0) + (counts[id] ?? 0);
  const postingCount = postingOffsets[terms.length] ?? 0;
  const postingPassages = new Uint32Array(postingCount);
  const postingFrequencies = new Uint16Array(postingCount);
  const cursor = postingOffsets.slice(0, terms.length);
  for (const [passageId, frequencies] of perPassage.entries()) {
    for (const [id, frequency] of frequencies) {
      const at = cursor[id] ?? 0;
      postingPassages[at] = passageId;
      postingFrequencies[at] = Math.min(frequency, UINT16_MAX);
      cursor[id] = at + 1;
    }
  }
  const averageLength = store.passages.length === 0 ? 1 : totalLength / store.passages.length;
  return new SentenceIndex({
    terms,
    postingOffsets,
    postingPassages,
    postingFrequencies,
    passageLengths,
    averageLength,
  });
}
