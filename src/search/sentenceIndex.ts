/**
 * The full-text index over passages: an inverted index in typed arrays (term -> passage ids and
 * term frequencies) with MiniSearch's BM25 scoring, so candidates rank as they did under MiniSearch
 * while a query touches only the postings of its own terms and the index saves and loads as flat
 * arrays. The answer layer then judges the few candidates with its own evidence rules.
 */
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

/** MiniSearch's default BM25+ parameters, kept so ranking matches the engine it replaced. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
/** Largest value a Uint16Array holds: frequencies and lengths beyond it saturate. */
const UINT16_MAX = 65_535;

/**
 * MiniSearch's BM25+ score of one term in one passage.
 * @param idf - the term's inverse document frequency
 * @param frequency - the term's count in the passage
 * @param length - the passage's distinct terms
 * @param averageLength - the average over the index
 */
export function bm25(idf: number, frequency: number, length: number, averageLength: number): number {
  return (
    idf *
    (BM25.d +
      (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)))
  );
}

/** A sentence index over typed arrays. */
export class SentenceIndex implements SentenceSearch {
  readonly data: SentenceIndexData;
  /** Term ids by term. */
  readonly termIds: ReadonlyMap<string, number>;
  private readonly scores: Float64Array;
  private readonly matched: Uint8Array;
  private readonly touched: Uint32Array;
  private norms: Float64Array | null = null;

  constructor(data: SentenceIndexData) {
    this.data = data;
    this.termIds = new Map(data.terms.map((term, id) => [term, id]));
    const count = data.passageLengths.length;
    this.scores = new Float64Array(count);
    this.matched = new Uint8Array(count);
    this.touched = new Uint32Array(count);
  }

  /** How many passages are indexed. */
  get size(): number {
    return this.data.passageLengths.length;
  }

  /**
   * Each passage's length normalisation, `k * (1 - b + b * length / averageLength)`, made on the
   * first search: the same arithmetic as {@link bm25}, done once per passage, not once per posting.
   */
  private normalisers(): Float64Array {
    if (this.norms === null) {
      const { passageLengths, averageLength } = this.data;
      this.norms = new Float64Array(passageLengths.length);
      for (let passage = 0; passage < passageLengths.length; passage++)
        this.norms[passage] =
          BM25.k * (1 - BM25.b + (BM25.b * (passageLengths[passage] ?? 0)) / averageLength);
    }
    return this.norms;
  }

  search(terms: readonly string[], limit: number): Candidate[] {
    const { postingOffsets, postingPassages, postingFrequencies, passageLengths } = this.data;
    const total = passageLengths.length;
    const { scores, matched, touched } = this;
    const norms = this.normalisers();
    let touchedCount = 0;
    const seen = new Set<string>();
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const start = postingOffsets[id] ?? 0;
      const end = postingOffsets[id + 1] ?? start;
      const matching = end - start;
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const firstTime = !seen.has(term);
      seen.add(term);
      for (let posting = start; posting < end; posting++) {
        const passage = postingPassages[posting] ?? 0;
        const frequency = postingFrequencies[posting] ?? 0;
        const score = idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + (norms[passage] ?? 0)));
        if (matched[passage] === 0) touched[touchedCount++] = passage;
        scores[passage] = (scores[passage] ?? 0) + score;
        if (firstTime) matched[passage] = (matched[passage] ?? 0) + 1;
      }
    }
    return topCandidates(touched, touchedCount, scores, matched, limit);
  }
}

/**
 * The best-scored passages of a search, best first, resetting the scratch arrays for the next one.
 * @param touched - passages that matched, `touchedCount` of them
 * @param touchedCount - how many entries of `touched` are set
 * @param scores - summed BM25 score by passage
 * @param matched - distinct query terms matched by passage
 * @param limit - how many to return at most
 */
export function topCandidates(
  touched: Uint32Array,
  touchedCount: number,
  scores: Float64Array,
  matched: Uint8Array,
  limit: number,
): Candidate[] {
  const best: Candidate[] = [];
  for (let i = 0; i < touchedCount; i++) {
    const passageId = touched[i] ?? 0;
    // MiniSearch multiplies by the number of distinct query terms matched (its "quality").
    const score = (scores[passageId] ?? 0) * (matched[passageId] ?? 1);
    scores[passageId] = 0;
    matched[passageId] = 0;
    if (best.length === limit && score <= (best[limit - 1]?.score ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < score) at--;
    best.splice(at, 0, { passageId, score });
    if (best.length > limit) best.pop();
  }
  return best;
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
