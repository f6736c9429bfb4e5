/**
 * BM25+ scoring of a query over posting lists, one block of passage ids at a time.
 *
 * Summing each term's postings into one score array as long as the archive (1.3 million passages at
 * 50,000 articles) touches a new cache line for nearly every posting: a common term's postings are
 * spread over the whole array. Scoring one block of ids at a time keeps the block's sums in the
 * processor's cache while every term's postings for the block are added, then offers the block's
 * passages to the top-k before the next block. Each passage's score is summed in the query's term
 * order and ties are broken by the order in which a whole-archive pass would first have met the
 * passage (its first query term, then its id), so results are exactly those of the plain pass.
 */
import type { Candidate } from "./sentenceIndex.js";

/** MiniSearch's default BM25+ parameters, kept so ranking matches the engine it replaced. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

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

/**
 * Passage ids per block: 32,768 sums (256 KB of doubles) and their counts stay in a core's L2 cache
 * while every term's postings for the block are added; smaller blocks add per-block overhead.
 */
const BLOCK_SIZE = 32_768;

/** A stretch of one term's postings in one segment, its passage ids local to the segment. */
export interface PostingRun {
  /** Passage ids of the segment's postings; this run is `[start, end)`, in increasing id order. */
  readonly passages: Uint32Array;
  /** Term frequency of each posting. */
  readonly frequencies: Uint16Array;
  /** Distinct terms per passage of the segment. */
  readonly lengths: Uint16Array;
  readonly start: number;
  readonly end: number;
  /** Added to a local id to make the passage's id across segments. */
  readonly base: number;
  /** 1 for each of the segment's passages no longer served; `null` when none is. */
  readonly dead: Uint8Array | null;
}

/** One query term: its inverse document frequency and its postings, segment by segment in id order. */
export interface QueryTerm {
  readonly idf: number;
  readonly runs: readonly PostingRun[];
  /**
   * Whether this term counts toward a passage's matched-term count (false for a repeat of an
   * earlier query term, which adds its score again but is not another term matched).
   */
  readonly counted: boolean;
}

/**
 * Passage lengths up to which a term's score at frequency 1, the frequency of nearly every posting,
 * is read from a table made per search (by the same {@link bm25} call, so to the bit) instead of
 * computed per posting: longer sentences are rare.
 */
const TABLED_LENGTHS = 128;

/** A term's score at frequency 1 for each passage length below TABLED_LENGTHS. */
function singleOccurrenceScores(idf: number, averageLength: number): Float64Array {
  const table = new Float64Array(TABLED_LENGTHS);
  for (let length = 0; length < TABLED_LENGTHS; length++) table[length] = bm25(idf, 1, length, averageLength);
  return table;
}

/** Scratch arrays for one block, reused across searches. */
interface Scratch {
  readonly scores: Float64Array;
  readonly matched: Uint8Array;
  readonly first: Uint8Array;
  readonly touched: Uint32Array;
}

let shared: Scratch | null = null;

function scratch(): Scratch {
  shared ??= {
    scores: new Float64Array(BLOCK_SIZE),
    matched: new Uint8Array(BLOCK_SIZE),
    first: new Uint8Array(BLOCK_SIZE),
    touched: new Uint32Array(BLOCK_SIZE),
  };
  return shared;
}

/** The best passages so far, best first: score descending, then first query term, then id. */
class TopK {
  readonly ids: number[] = [];
  readonly scores: number[] = [];
  readonly firsts: number[] = [];

  constructor(private readonly limit: number) {}

  /** Whether a passage with this score, first term and id would be among the best. */
  private beats(score: number, first: number, id: number, at: number): boolean {
    const other = this.scores[at] ?? 0;
    if (score !== other) return score > other;
    const otherFirst = this.firsts[at] ?? 0;
    if (first !== otherFirst) return first < otherFirst;
    return id < (this.ids[at] ?? 0);
  }

  offer(score: number, first: number, id: number): void {
    const count = this.ids.length;
    if (count === this.limit && !this.beats(score, first, id, count - 1)) return;
    let at = count;
    while (at > 0 && this.beats(score, first, id, at - 1)) at--;
    this.ids.splice(at, 0, id);
    this.scores.splice(at, 0, score);
    this.firsts.splice(at, 0, first);
    if (this.ids.length > this.limit) {
      this.ids.pop();
      this.scores.pop();
      this.firsts.pop();
    }
  }
}

/**
 * The `limit` best-scored passages for a query, best first, each scored as MiniSearch does: the sum
 * of its terms' BM25+ scores times the number of distinct query terms it matched.
 * @param terms - the query's terms in query order (at most 255)
 * @param averageLength - the average passage length over every segment
 * @param size - one more than the largest passage id across segments
 * @param limit - how many passages to return at most
 */
export function topScoring(
  terms: readonly QueryTerm[],
  averageLength: number,
  size: number,
  limit: number,
): Candidate[] {
  return topScoringByPrefix(terms, [terms.length], averageLength, size, limit)[0] ?? [];
}

/**
 * {@link topScoring} for several leading parts of one query at once ("the question's words", then
 * "those and their alternatives"): the shared terms' postings are read once, not once per query.
 * @param terms - the longest query's terms in query order (at most 255)
 * @param prefixes - how many of the leading terms each query has, in increasing order
 * @param averageLength - the average passage length over every segment
 * @param size - one more than the largest passage id across segments
 * @param limit - how many passages to return at most, per query
 * @returns each query's passages, in the order of `prefixes`
 */
export function topScoringByPrefix(
  terms: readonly QueryTerm[],
  prefixes: readonly number[],
  averageLength: number,
  size: number,
  limit: number,
): Candidate[][] {
  if (terms.length > 255) throw new Error(`blockScoring: ${terms.length} query terms, at most 255`);
  for (const [at, prefix] of prefixes.entries())
    if (!Number.isInteger(prefix) || prefix < (prefixes[at - 1] ?? 0) || prefix > terms.length)
      throw new Error(`blockScoring: prefix ${prefix} is not an increasing count of the query's terms`);
  const best = prefixes.map(() => new TopK(limit));
  const longest = prefixes.at(-1) ?? 0;
  if (limit <= 0 || longest === 0) return best.map(() => []);
  const { scores, matched, first, touched } = scratch();
  const cursors = terms.map((term) => term.runs.map((run) => run.start));
  const tables = terms.slice(0, longest).map((term) => singleOccurrenceScores(term.idf, averageLength));
  for (let low = 0; low < size; low += BLOCK_SIZE) {
    const high = low + BLOCK_SIZE;
    let touchedCount = 0;
    let prefix = 0;
    while ((prefixes[prefix] ?? Infinity) === 0) prefix++;
    // Terms in query order, each term's segments in id order: a passage is first met by its first term.
    for (let index = 0; index < longest; index++) {
      const { idf, counted, runs } = terms[index] ?? { idf: 0, counted: false, runs: [] };
      const termCursors = cursors[index] ?? [];
      const table = tables[index] ?? singleOccurrenceScores(idf, averageLength);
      for (const [r, run] of runs.entries()) {
        const { passages, frequencies, lengths, end, base, dead } = run;
        let posting = termCursors[r] ?? end;
        for (; posting < end; posting++) {
          const local = passages[posting] ?? 0;
          const passage = base + local;
          if (passage >= high) break;
          if (dead !== null && dead[local] === 1) continue;
          const frequency = frequencies[posting] ?? 0;
          const length = lengths[local] ?? 0;
          const score =
            frequency === 1 && length < TABLED_LENGTHS
              ? (table[length] ?? 0)
              : bm25(idf, frequency, length, averageLength);
          const at = passage - low;
          if (matched[at] === 0) {
            touched[touchedCount++] = at;
            first[at] = index;
          }
          scores[at] = (scores[at] ?? 0) + score;
          if (counted) matched[at] = (matched[at] ?? 0) + 1;
        }
        termCursors[r] = posting;
      }
      // Each query ending here takes the block's sums as they stand.
      for (; prefix < prefixes.length && prefixes[prefix] === index + 1; prefix++) {
        const top = best[prefix];
        for (let i = 0; top !== undefined && i < touchedCount; i++) {
          const at = touched[i] ?? 0;
          top.offer((scores[at] ?? 0) * (matched[at] ?? 1), first[at] ?? 0, low + at);
        }
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const at = touched[i] ?? 0;
      scores[at] = 0;
      matched[at] = 0;
    }
  }
  return best.map((top) => top.ids.map((passageId, at) => ({ passageId, score: top.scores[at] ?? 0 })));
}
