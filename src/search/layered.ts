/**
 * Updating the served archive by the article, Lucene-segment style: the saved (main) segment stays
 * as it is, the new and changed articles form a small delta segment searched beside it, and the
 * main segment's passages of deleted articles are tombstoned. Ranking uses the statistics of the
 * whole archive as it now is (passage count, each term's passage frequency, average length), so a
 * query ranks as it would after a full rebuild; the rebuild itself (the merge) runs later, in the
 * background, when the delta has grown.
 *
 * Sentences of new articles are merged into existing passages by the same rules as a full build
 * (exact repeats, then near-duplicates among the latest passages sharing their rarest term), as if
 * the new files came after every other file.
 */
import { splitSentences } from "../text/sentences.js";
import { analyzeText } from "../text/terms.js";
import type { Article } from "../types.js";
import { lazyList } from "./lazyList.js";
import {
  CANDIDATES_PER_TERM,
  articleContextTermsOf,
  MIN_TERMS_TO_MERGE,
  NEAR_DUPLICATE_JACCARD,
  type Passage,
  type PassageStore,
} from "./passageStore.js";
import { topScoringByPrefix, type PostingRun, type QueryTerm } from "./blockScoring.js";
import { CountOverlay } from "./countOverlay.js";
import {
  buildSentenceIndex,
  type Candidate,
  inverseFrequency,
  keptPrefixes,
  type SentenceIndexData,
  type SentenceSearch,
} from "./sentenceIndex.js";

/** The saved segment an update starts from. */
export interface MainSegment {
  readonly store: PassageStore;
  readonly index: SentenceIndexData;
  /** The index's term ids by term (built once per segment, shared by every update). */
  readonly termIds: ReadonlyMap<string, number>;
}

/** What changed in the archive since the main segment was built. */
export interface ArchiveChanges {
  /** Ids of the main segment's articles no longer served as they were (deleted or changed). */
  readonly removed: ReadonlySet<string>;
  /** New and changed articles, with their text, in file-name order. */
  readonly added: readonly Article[];
}

/** The main segment with the changes layered over it. */
export interface LayeredEngine {
  readonly store: PassageStore;
  readonly index: LayeredIndex;
}

/** Jaccard similarity of two sets of terms. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** A passage of the main segment seen through the article renumbering. */
class RenumberedPassage implements Passage {
  constructor(
    private readonly inner: Passage,
    readonly articleIndexes: readonly number[],
  ) {}
  get id(): number {
    return this.inner.id;
  }
  get text(): string {
    return this.inner.text;
  }
  get terms(): readonly string[] {
    return this.inner.terms;
  }
}

/**
 * The sum of an array's values, by index (an update builds two indexes over 1.3 million passages at
 * 50,000 articles). One function per element type: a loop that reads both types is polymorphic and
 * runs about ten times slower, on the serving thread.
 */
function sumOf(values: Uint16Array): number {
  let sum = 0;
  for (let at = 0; at < values.length; at++) sum += values[at] ?? 0;
  return sum;
}

/** How many passages a tombstone array marks (see {@link sumOf}). */
function countMarked(marks: Uint8Array): number {
  let count = 0;
  for (let at = 0; at < marks.length; at++) count += marks[at] ?? 0;
  return count;
}

/** Total passage length per segment, summed once: a main segment serves every update until the next merge. */
const TOTAL_LENGTHS = new WeakMap<SentenceIndexData, number>();

function totalLengthOf(segment: SentenceIndexData): number {
  let total = TOTAL_LENGTHS.get(segment);
  if (total === undefined) {
    total = sumOf(segment.passageLengths);
    TOTAL_LENGTHS.set(segment, total);
  }
  return total;
}

/** Per-term passage frequency and lengths of a set of passages, for correcting the main segment's statistics. */
function statisticsOf(passages: Iterable<Passage>): {
  frequency: Map<string, number>;
  length: number;
  count: number;
} {
  const frequency = new Map<string, number>();
  let length = 0;
  let count = 0;
  for (const passage of passages) {
    const distinct = new Set(passage.terms);
    for (const term of distinct) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    length += distinct.size;
    count += 1;
  }
  return { frequency, length, count };
}

/**
 * Two segments searched as one: the main one minus its tombstoned passages, and the delta, whose
 * passage ids follow the main segment's.
 */
export class LayeredIndex implements SentenceSearch {
  private readonly mainIds: ReadonlyMap<string, number>;
  private readonly deltaIds: Map<string, number>;
  private readonly total: number;
  private readonly averageLength: number;

  /**
   * @param main - the main segment's index
   * @param dead - 1 for each tombstoned main passage
   * @param deadFrequency - per term, how many tombstoned passages contain it
   * @param deadLength - total length of the tombstoned passages
   * @param delta - the delta segment's index, passage ids local (0 is the first after the main segment)
   */
  constructor(
    readonly main: SentenceIndexData,
    mainIds: ReadonlyMap<string, number>,
    readonly dead: Uint8Array,
    private readonly deadFrequency: ReadonlyMap<string, number>,
    deadLength: number,
    readonly delta: SentenceIndexData,
  ) {
    this.mainIds = mainIds;
    this.deltaIds = new Map(delta.terms.map((term, id) => [term, id]));
    const deadCount = countMarked(dead);
    const mainLength = totalLengthOf(main);
    const deltaLength = sumOf(delta.passageLengths);
    const mainCount = main.passageLengths.length;
    this.total = mainCount - deadCount + delta.passageLengths.length;
    this.averageLength = this.total === 0 ? 1 : (mainLength - deadLength + deltaLength) / this.total;
  }

  /** Passages served: the main segment's live ones and the delta's. */
  get size(): number {
    return this.total;
  }

  /** How many passages the delta holds. */
  get deltaSize(): number {
    return this.delta.passageLengths.length;
  }

  /** Live passages containing a term, across both segments. */
  frequency(term: string): number {
    const mainId = this.mainIds.get(term);
    const deltaId = this.deltaIds.get(term);
    const inMain =
      mainId === undefined
        ? 0
        : (this.main.postingOffsets[mainId + 1] ?? 0) - (this.main.postingOffsets[mainId] ?? 0);
    const inDelta =
      deltaId === undefined
        ? 0
        : (this.delta.postingOffsets[deltaId + 1] ?? 0) - (this.delta.postingOffsets[deltaId] ?? 0);
    return inMain - (this.deadFrequency.get(term) ?? 0) + inDelta;
  }

  /**
   * Ids of the live passages containing a term, in id order (main segment first).
   * @param term - an analysed term
   */
  postings(term: string): number[] {
    const ids: number[] = [];
    const mainId = this.mainIds.get(term);
    if (mainId !== undefined) {
      for (
        let at = this.main.postingOffsets[mainId] ?? 0;
        at < (this.main.postingOffsets[mainId + 1] ?? 0);
        at++
      ) {
        const passage = this.main.postingPassages[at] ?? 0;
        if (this.dead[passage] === 0) ids.push(passage);
      }
    }
    const deltaId = this.deltaIds.get(term);
    if (deltaId !== undefined) {
      const base = this.main.passageLengths.length;
      for (
        let at = this.delta.postingOffsets[deltaId] ?? 0;
        at < (this.delta.postingOffsets[deltaId + 1] ?? 0);
        at++
      )
        ids.push(base + (this.delta.postingPassages[at] ?? 0));
    }
    return ids;
  }

  search(terms: readonly string[], limit: number): Candidate[] {
    return this.searchByPrefix(terms, [terms.length], limit)[0] ?? [];
  }

  searchByPrefix(terms: readonly string[], prefixes: readonly number[], limit: number): Candidate[][] {
    const { main, delta, dead } = this;
    const base = main.passageLengths.length;
    const query: QueryTerm[] = [];
    const kept: boolean[] = [];
    const seen = new Set<string>();
    for (const term of terms) {
      const matching = this.frequency(term);
      kept.push(matching > 0);
      if (matching <= 0) continue;
      const runs: PostingRun[] = [];
      const mainId = this.mainIds.get(term);
      if (mainId !== undefined) runs.push(runOf(main, mainId, 0, dead));
      const deltaId = this.deltaIds.get(term);
      if (deltaId !== undefined) runs.push(runOf(delta, deltaId, base, null));
      query.push({ idf: inverseFrequency(this.total, matching), runs, counted: !seen.has(term) });
      seen.add(term);
    }
    return topScoringByPrefix(
      query,
      keptPrefixes(kept, prefixes),
      this.averageLength,
      base + delta.passageLengths.length,
      limit,
    );
  }
}

/** One term's postings in one segment. */
function runOf(segment: SentenceIndexData, id: number, base: number, dead: Uint8Array | null): PostingRun {
  return {
    passages: segment.postingPassages,
    frequencies: segment.postingFrequencies,
    lengths: segment.passageLengths,
    start: segment.postingOffsets[id] ?? 0,
    end: segment.postingOffsets[id + 1] ?? 0,
    base,
    dead,
  };
}

/** Passages by id: the main segment's (renumbered, or replaced where an update changed them) then the delta's. */
function passageList(
  main: readonly Passage[],
  overrides: ReadonlyMap<number, Passage>,
  renumber: ((passage: Passage) => Passage) | null,
  delta: readonly Passage[],
): readonly Passage[] {
  // Read through, not copied: the main segment holds hundreds of thousands of passages.
  return lazyList<Passage | undefined>(main.length + delta.length, (id) => {
    if (id >= main.length) return delta[id - main.length];
    const replaced = overrides.get(id);
    if (replaced) return replaced;
    const passage = main[id];
    return passage && renumber ? renumber(passage) : passage;
  }) as readonly Passage[];
}

/**
 * Layers archive changes over a main segment.
 * @param main - the saved segment
 * @param changes - removed article ids and added articles
 */
export function layerChanges(main: MainSegment, changes: ArchiveChanges): LayeredEngine {
  const mainStore = main.store;
  const mainCount = mainStore.passages.length;
  // Articles are renumbered: the main segment's live ones in order, then the added ones.
  const renumbered = new Int32Array(mainStore.articles.length).fill(-1);
  const articles: Article[] = [];
  for (let index = 0; index < mainStore.articles.length; index++) {
    const article = mainStore.articles[index];
    if (article === undefined || changes.removed.has(article.id)) continue;
    renumbered[index] = articles.length;
    articles.push(article);
  }
  const identity = articles.length === mainStore.articles.length;
  const liveIndexes = (indexes: readonly number[]): number[] =>
    indexes.map((index) => renumbered[index] ?? -1).filter((index) => index >= 0);

  const dead = new Uint8Array(mainCount);
  const overrides = new Map<number, Passage>();
  // Seen through the changes, not copied: the saved map holds every term of the archive.
  const articleFrequency = new CountOverlay(mainStore.articleFrequency);
  const deadPassages: Passage[] = [];
  for (let index = 0; index < mainStore.articles.length; index++) {
    const article = mainStore.articles[index];
    if (article === undefined || !changes.removed.has(article.id)) continue;
    const articleTerms = new Set<string>();
    for (const id of mainStore.articlePassages[index] ?? []) {
      const passage = mainStore.passages[id];
      if (!passage) continue;
      for (const term of passage.terms) articleTerms.add(term);
      if (dead[id] === 1 || overrides.has(id)) continue;
      const live = liveIndexes(passage.articleIndexes);
      if (live.length === 0) {
        dead[id] = 1;
        deadPassages.push(passage);
      } else overrides.set(id, new RenumberedPassage(passage, live));
    }
    for (const term of articleTerms) {
      const count = (articleFrequency.get(term) ?? 0) - 1;
      if (count > 0) articleFrequency.set(term, count);
      else articleFrequency.delete(term);
    }
  }
  const deadStatistics = statisticsOf(deadPassages);

  // Per-article lists of the live saved articles are read through to the main segment (which may
  // make them on demand): an update costs the added articles, not a copy of every article's lists.
  const liveCount = articles.length;
  const liveMain = new Uint32Array(liveCount);
  for (let index = 0; index < renumbered.length; index++) {
    const renumberedIndex = renumbered[index] ?? -1;
    if (renumberedIndex >= 0) liveMain[renumberedIndex] = index;
  }
  const articlePassages: (readonly number[])[] = [];
  const articleParagraphs: (readonly number[])[] = [];
  const articleContextTerms: ReadonlySet<string>[] = [];

  // The delta's own passages, and the term lists and sets the merge rules compare.
  const deltaPassages: { id: number; text: string; terms: readonly string[]; articleIndexes: number[] }[] =
    [];
  const deltaTermSets: Set<string>[] = [];
  const deltaByTerm = new Map<string, number[]>();
  const deltaByExactKey = new Map<string, number>();
  // Where the delta has already merged new articles into main passages: their extended article lists.
  const extended = new Map<number, number[]>();
  const mainIndex = new LayeredIndex(
    main.index,
    main.termIds,
    dead,
    deadStatistics.frequency,
    deadStatistics.length,
    {
      terms: [],
      postingOffsets: new Uint32Array(1),
      postingPassages: new Uint32Array(0),
      postingFrequencies: new Uint16Array(0),
      passageLengths: new Uint16Array(0),
      averageLength: 1,
    },
  );
  const mainTermSet = (id: number): Set<string> => new Set(mainStore.passages[id]?.terms ?? []);
  const frequencySoFar = (term: string): number =>
    mainIndex.frequency(term) + (deltaByTerm.get(term)?.length ?? 0);
  const latestWith = (term: string): number[] => {
    const own = deltaByTerm.get(term) ?? [];
    const fromDelta = own.slice(-CANDIDATES_PER_TERM).map((local) => mainCount + local);
    if (fromDelta.length >= CANDIDATES_PER_TERM) return fromDelta;
    return [...mainIndex.postings(term).slice(-(CANDIDATES_PER_TERM - fromDelta.length)), ...fromDelta];
  };
  const termsOf = (id: number): readonly string[] =>
    id >= mainCount ? (deltaPassages[id - mainCount]?.terms ?? []) : (mainStore.passages[id]?.terms ?? []);
  const termSetOf = (id: number): Set<string> =>
    id >= mainCount ? (deltaTermSets[id - mainCount] ?? new Set()) : mainTermSet(id);
  const articleIndexesOf = (id: number): number[] => {
    if (id >= mainCount) return deltaPassages[id - mainCount]?.articleIndexes ?? [];
    let list = extended.get(id);
    if (!list) {
      list = liveIndexes(mainStore.passages[id]?.articleIndexes ?? []);
      extended.set(id, list);
    }
    return list;
  };

  const findRepeat = (terms: readonly string[], termSet: Set<string>): number | undefined => {
    const exactKey = terms.join(" ");
    const inDelta = deltaByExactKey.get(exactKey);
    if (inDelta !== undefined) return mainCount + inDelta;
    let rarest: string | undefined;
    let rarestCount = Infinity;
    for (const term of termSet) {
      const count = frequencySoFar(term);
      if (count < rarestCount) {
        rarest = term;
        rarestCount = count;
      }
    }
    if (rarest === undefined) return undefined;
    for (const id of mainIndex.postings(rarest)) {
      if ((main.index.passageLengths[id] ?? 0) === termSet.size && termsOf(id).join(" ") === exactKey)
        return id;
    }
    if (termSet.size < MIN_TERMS_TO_MERGE) return undefined;
    for (const id of latestWith(rarest)) {
      const other = termSetOf(id);
      if (
        other.size >= MIN_TERMS_TO_MERGE &&
        Math.min(other.size, termSet.size) >= NEAR_DUPLICATE_JACCARD * Math.max(other.size, termSet.size) &&
        jaccard(termSet, other) >= NEAR_DUPLICATE_JACCARD
      )
        return id;
    }
    return undefined;
  };

  for (const article of changes.added) {
    const articleIndex = articles.length;
    articles.push(article);
    const own: number[] = [];
    const ownParagraphs: number[] = [];
    const articleTerms = new Set<string>();
    for (const [paragraphIndex, paragraph] of article.paragraphs.entries()) {
      for (const text of splitSentences(paragraph)) {
        const terms = analyzeText(text);
        if (terms.length === 0) continue;
        for (const term of terms) articleTerms.add(term);
        const termSet = new Set(terms);
        const match = findRepeat(terms, termSet);
        if (match !== undefined) {
          const indexes = articleIndexesOf(match);
          if (indexes.at(-1) !== articleIndex) indexes.push(articleIndex);
          if (!own.includes(match)) {
            own.push(match);
            ownParagraphs.push(paragraphIndex);
          }
          continue;
        }
        const local = deltaPassages.length;
        deltaPassages.push({ id: mainCount + local, text, terms, articleIndexes: [articleIndex] });
        deltaTermSets.push(termSet);
        deltaByExactKey.set(terms.join(" "), local);
        for (const term of termSet) {
          const list = deltaByTerm.get(term);
          if (list) list.push(local);
          else deltaByTerm.set(term, [local]);
        }
        own.push(mainCount + local);
        ownParagraphs.push(paragraphIndex);
      }
    }
    articlePassages.push(own);
    articleParagraphs.push(ownParagraphs);
    articleContextTerms.push(articleContextTermsOf(article));
    for (const term of articleTerms) articleFrequency.set(term, (articleFrequency.get(term) ?? 0) + 1);
  }
  for (const [id, indexes] of extended) {
    const passage = mainStore.passages[id];
    if (passage) overrides.set(id, new RenumberedPassage(passage, indexes));
  }

  const deltaIndex = buildSentenceIndex({
    articles: [],
    passages: deltaPassages.map((passage, local) => ({ ...passage, id: local })),
    articlePassages: [],
    articleParagraphs: [],
    articleContextTerms: [],
    articleFrequency: new Map(),
  }).data;
  const renumber = identity
    ? null
    : (passage: Passage): Passage => new RenumberedPassage(passage, liveIndexes(passage.articleIndexes));
  const layeredList = <T>(ofMain: readonly T[], ofAdded: readonly T[], empty: T): readonly T[] =>
    lazyList(liveCount + ofAdded.length, (index) =>
      index < liveCount ? (ofMain[liveMain[index] ?? -1] ?? empty) : (ofAdded[index - liveCount] ?? empty),
    );
  const store: PassageStore = {
    articles,
    passages: passageList(mainStore.passages, overrides, renumber, deltaPassages),
    articlePassages: layeredList(mainStore.articlePassages, articlePassages, []),
    articleParagraphs: layeredList(mainStore.articleParagraphs, articleParagraphs, []),
    articleContextTerms: layeredList<ReadonlySet<string>>(
      mainStore.articleContextTerms,
      articleContextTerms,
      new Set(),
    ),
    articleFrequency,
  };
  return {
    store,
    index: new LayeredIndex(
      main.index,
      main.termIds,
      dead,
      deadStatistics.frequency,
      deadStatistics.length,
      deltaIndex,
    ),
  };
}
