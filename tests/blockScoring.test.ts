/**
 * Block-at-a-time scoring must return exactly what one pass over the whole archive returns (the
 * pass it replaced): the same passages, the same scores to the bit, and ties in the same order,
 * across blocks, segments, tombstoned passages, repeated terms and prefix queries.
 */
import { describe, expect, it } from "vitest";
import {
  bm25,
  topScoring,
  topScoringByPrefix,
  type PostingRun,
  type QueryTerm,
} from "../src/search/blockScoring.js";
import type { Candidate } from "../src/search/sentenceIndex.js";

/** A small deterministic generator, so the fixture is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** One segment's postings for a few terms, passages spread over more than one block. */
interface Segment {
  readonly lengths: Uint16Array;
  readonly byTerm: { passages: Uint32Array; frequencies: Uint16Array }[];
}

function segment(
  next: () => number,
  passages: number,
  terms: number,
  share: number,
  maxLength = 30,
): Segment {
  const lengths = new Uint16Array(passages);
  for (let id = 0; id < passages; id++) lengths[id] = 1 + Math.floor(next() * maxLength);
  const byTerm = Array.from({ length: terms }, (_, term) => {
    const ids: number[] = [];
    const frequencies: number[] = [];
    for (let id = 0; id < passages; id++) {
      if (next() < share / (term + 1)) {
        ids.push(id);
        // Mostly 1, as in sentences: many passages tie.
        frequencies.push(next() < 0.9 ? 1 : 2);
      }
    }
    return { passages: Uint32Array.from(ids), frequencies: Uint16Array.from(frequencies) };
  });
  return { lengths, byTerm };
}

function runOf(seg: Segment, term: number, base: number, dead: Uint8Array | null): PostingRun {
  const postings = seg.byTerm[term] ?? { passages: new Uint32Array(0), frequencies: new Uint16Array(0) };
  return {
    passages: postings.passages,
    frequencies: postings.frequencies,
    lengths: seg.lengths,
    start: 0,
    end: postings.passages.length,
    base,
    dead,
  };
}

/** The whole-archive pass: sums in one array in query order, ties kept in the order passages were first met. */
function reference(
  terms: readonly QueryTerm[],
  averageLength: number,
  size: number,
  limit: number,
): Candidate[] {
  const scores = new Float64Array(size);
  const matched = new Uint8Array(size);
  const touched: number[] = [];
  for (const term of terms) {
    for (const run of term.runs) {
      for (let posting = run.start; posting < run.end; posting++) {
        const local = run.passages[posting] ?? 0;
        if (run.dead !== null && run.dead[local] === 1) continue;
        const passage = run.base + local;
        if (matched[passage] === 0) touched.push(passage);
        scores[passage] =
          (scores[passage] ?? 0) +
          bm25(term.idf, run.frequencies[posting] ?? 0, run.lengths[local] ?? 0, averageLength);
        if (term.counted) matched[passage] = (matched[passage] ?? 0) + 1;
      }
    }
  }
  const best: Candidate[] = [];
  for (const passageId of touched) {
    const score = (scores[passageId] ?? 0) * (matched[passageId] ?? 1);
    if (best.length === limit && score <= (best[limit - 1]?.score ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < score) at--;
    best.splice(at, 0, { passageId, score });
    if (best.length > limit) best.pop();
  }
  return best;
}

describe("block-at-a-time scoring", () => {
  const next = random(7);
  // Two segments, the first over three blocks of ids, with a tenth of its passages tombstoned.
  const main = segment(next, 80_000, 6, 0.3);
  const delta = segment(next, 500, 6, 0.3);
  const dead = new Uint8Array(80_000).map(() => (next() < 0.1 ? 1 : 0));
  const averageLength = 15.5;
  const size = 80_500;
  const query = (termIds: readonly number[]): QueryTerm[] =>
    termIds.map((term, at) => ({
      idf: 1 + term * 0.37,
      runs: [runOf(main, term, 0, dead), runOf(delta, term, 80_000, null)],
      counted: !termIds.slice(0, at).includes(term),
    }));

  it.each([
    [[0], 10],
    [[0, 1, 2], 30],
    [[3, 1, 0, 5], 120],
    [[2, 4, 2], 30],
    [[5], 100_000],
  ])("query %j, limit %i, equals the whole-archive pass", (termIds, limit) => {
    const terms = query(termIds);
    const got = topScoring(terms, averageLength, size, limit);
    const expected = reference(terms, averageLength, size, limit);
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(0);
  });

  it("breaks ties between passages first met by different terms as the whole-archive pass does", () => {
    // Equal weights: a passage holding only the later term ties one holding only the earlier term.
    const terms = query([4, 3]).map((term) => ({ ...term, idf: 2 }));
    for (const limit of [5, 40, 400]) {
      expect(topScoring(terms, averageLength, size, limit)).toEqual(
        reference(terms, averageLength, size, limit),
      );
    }
  });

  it("gives each leading part of a query what that part alone gives", () => {
    const terms = query([1, 0, 3, 2, 4]);
    const [own, wide] = topScoringByPrefix(terms, [2, 5], averageLength, size, 30);
    expect(own).toEqual(reference(terms.slice(0, 2), averageLength, size, 30));
    expect(wide).toEqual(reference(terms, averageLength, size, 30));
    expect(own).not.toEqual(wide);
  });

  it("scores long passages as short ones, whether a term's score is read from its table or computed", () => {
    // Lengths from 1 to 400 and frequencies of 1 and 2: scores from the per-search table of
    // single-occurrence scores and from the formula must be the same to the bit.
    const long = segment(random(11), 40_000, 4, 0.4, 400);
    const terms: QueryTerm[] = [0, 1, 2, 3].map((term) => ({
      idf: 0.8 + term * 0.61,
      runs: [runOf(long, term, 0, null)],
      counted: true,
    }));
    const got = topScoring(terms, 180.25, 40_000, 500);
    expect(got).toEqual(reference(terms, 180.25, 40_000, 500));
    expect(got.length).toBe(500);
  });

  it("returns nothing for no terms or no room, and rejects prefixes out of order", () => {
    expect(topScoring([], averageLength, size, 10)).toEqual([]);
    expect(topScoring(query([0]), averageLength, size, 0)).toEqual([]);
    expect(topScoringByPrefix(query([0, 1]), [0, 2], averageLength, size, 5)[0]).toEqual([]);
    expect(() => topScoringByPrefix(query([0, 1]), [2, 1], averageLength, size, 5)).toThrow(/prefix 1/u);
  });
});
