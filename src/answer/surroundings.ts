/**
 * A passage's surroundings as evidence scoring reads them: the terms of its paragraph, of the
 * sentences beside it and of its article's headline, date and lead, in each article that carries
 * it. Scoring only asks whether the surroundings hold one of the question's terms or their
 * alternatives, so the surroundings are gathered for those terms alone: a set of a few terms per
 * candidate instead of one of a hundred-odd, made for every candidate of every question and, kept
 * in a memo, the bulk of what each question left for the garbage collector to copy.
 */
import { servedArraysOf, termIdsOf, type ServedArrays } from "../search/servedArrays.js";
import type { PassageStore } from "../search/passageStore.js";

/** Context is read from this many of the articles carrying a passage: syndicated copy can be in thousands. */
export const MAX_CONTEXT_ARTICLES = 5;

/** What judging asks of a set of terms: whether it has one. */
export interface TermLookup {
  has(term: string): boolean;
}

/**
 * Hands each article of a passage's surroundings to `visitContext` (for its context terms) and each
 * sentence around it, the passage's own among them, to `visitSentence`.
 */
function visitSurroundings(
  store: PassageStore,
  passageId: number,
  visitContext: (articleIndex: number) => void,
  visitSentence: (passageId: number) => void,
): void {
  // Indexed loops: this runs for every candidate of every question, and iterators allocate.
  const articleIndexes = store.passages[passageId]?.articleIndexes ?? [];
  const articles = Math.min(articleIndexes.length, MAX_CONTEXT_ARTICLES);
  for (let at = 0; at < articles; at++) {
    const articleIndex = articleIndexes[at] ?? -1;
    visitContext(articleIndex);
    const order = store.articlePassages[articleIndex] ?? [];
    const paragraphs = store.articleParagraphs[articleIndex] ?? [];
    const position = order.indexOf(passageId);
    const paragraph = paragraphs[position];
    for (let index = 0; index < order.length; index++) {
      if (Math.abs(index - position) !== 1 && paragraphs[index] !== paragraph) continue;
      visitSentence(order[index] ?? -1);
    }
  }
}

/**
 * Every term around a passage (see the module's summary).
 * @param store - the passages
 * @param passageId - the passage
 */
export function surroundingTerms(store: PassageStore, passageId: number): Set<string> {
  const terms = new Set<string>();
  visitSurroundings(
    store,
    passageId,
    (articleIndex) => {
      for (const term of store.articleContextTerms[articleIndex] ?? []) terms.add(term);
    },
    (neighbour) => {
      for (const term of store.passages[neighbour]?.terms ?? []) terms.add(term);
    },
  );
  return terms;
}

/**
 * {@link visitSurroundings} over a served store's arrays: the same articles and sentences in the
 * same order, read in place instead of through lists made for each read.
 */
function visitServedSurroundings(
  served: ServedArrays,
  passageId: number,
  visitContext: (articleIndex: number) => void,
  visitSentence: (passageId: number) => void,
): void {
  const { passageArticles, articlePassages, articleParagraphs } = served.arrays;
  const first = passageArticles.offsets[passageId] ?? 0;
  const articles = Math.min((passageArticles.offsets[passageId + 1] ?? 0) - first, MAX_CONTEXT_ARTICLES);
  for (let at = 0; at < articles; at++) {
    const articleIndex = passageArticles.values[first + at] ?? -1;
    visitContext(articleIndex);
    const start = articlePassages.offsets[articleIndex] ?? 0;
    const count = (articlePassages.offsets[articleIndex + 1] ?? 0) - start;
    let position = -1;
    for (let index = 0; index < count; index++) {
      if (articlePassages.values[start + index] === passageId) {
        position = index;
        break;
      }
    }
    const paragraph = position >= 0 ? articleParagraphs[start + position] : undefined;
    for (let index = 0; index < count; index++) {
      if (Math.abs(index - position) !== 1 && articleParagraphs[start + index] !== paragraph) continue;
      visitSentence(articlePassages.values[start + index] ?? -1);
    }
  }
}

const NONE: readonly string[] = [];

/** A planned term as the bytes an article's context holds it in, by their hash. */
type PlannedBytes = ReadonlyMap<number, readonly { readonly bytes: Uint8Array; readonly term: string }[]>;

/** FNV-1a over `bytes[start, end)`: a token's key, made without decoding it. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ (bytes[at] ?? 0), 0x01000193);
  return hash;
}

/** Terms of ASCII only: their bytes in UTF-8 are their characters, so equal bytes are equal terms. */
const ASCII_TERM = /^[\u0021-\u007e]+$/u;

/**
 * The planned terms keyed by the hash of their bytes, or `null` when one is not plain ASCII (the
 * bytes of a context would then not be comparable with it): contexts are then decoded.
 */
function plannedBytesOf(planned: ReadonlySet<string>): PlannedBytes | null {
  const encoder = new TextEncoder();
  const byHash = new Map<number, { readonly bytes: Uint8Array; readonly term: string }[]>();
  for (const term of planned) {
    if (!ASCII_TERM.test(term)) return null;
    const bytes = encoder.encode(term);
    const key = hashBytes(bytes, 0, bytes.length);
    let same = byHash.get(key);
    if (same === undefined) {
      same = [];
      byHash.set(key, same);
    }
    same.push({ bytes, term });
  }
  return byHash;
}

/** The space between an article's context terms, as saved (see `compactStore`). */
const SPACE = 0x20;

/**
 * One question's view of the surroundings of its candidates: the `planned` terms (those its
 * scoring may ask about) found in each article's context and in each sentence, remembered while
 * the question is judged, since its candidates share articles and paragraphs (a sentence, the
 * one after it, the one it refers back to).
 */
export class PlannedSurroundings {
  readonly #inContext = new Map<number, readonly string[]>();
  readonly #inSentence = new Map<number, readonly string[]>();
  /** The planned terms' ids in a served store's dictionary (a term it lacks is in no sentence). */
  readonly #plannedIds: ReadonlySet<number> | null;
  /** The arrays the store is served from, if it is. */
  readonly #served: ServedArrays | null;
  /** The planned terms' bytes, for finding them in a served article's context without decoding it. */
  readonly #plannedBytes: PlannedBytes | null;

  /**
   * @param store - the passages
   * @param planned - the terms scoring is expected to ask about
   */
  constructor(
    private readonly store: PassageStore,
    private readonly planned: ReadonlySet<string>,
  ) {
    const served = servedArraysOf(store);
    this.#served = served;
    if (served === null) {
      this.#plannedIds = null;
      this.#plannedBytes = null;
      return;
    }
    this.#plannedBytes = plannedBytesOf(planned);
    const ids = new Set<number>();
    for (const term of planned) {
      const id = served.termIds.get(term);
      if (id !== undefined) ids.add(id);
    }
    this.#plannedIds = ids;
  }

  /**
   * The surroundings of a passage as a lookup that answers exactly as {@link surroundingTerms}
   * would: a planned term from what was gathered; a term outside them, should one be asked, from
   * the whole surroundings, gathered then.
   * @param passageId - the passage
   */
  of(passageId: number): TermLookup {
    const { store, planned } = this;
    const found = new Set<string>();
    const inContext = (articleIndex: number): void => {
      for (const term of this.#plannedInContext(articleIndex)) found.add(term);
    };
    const inSentence = (neighbour: number): void => {
      for (const term of this.#plannedInSentence(neighbour)) found.add(term);
    };
    if (this.#served === null) visitSurroundings(store, passageId, inContext, inSentence);
    else visitServedSurroundings(this.#served, passageId, inContext, inSentence);
    let all: ReadonlySet<string> | null = null;
    return {
      has: (term) =>
        planned.has(term) ? found.has(term) : (all ??= surroundingTerms(store, passageId)).has(term),
    };
  }

  /** The planned terms among an article's context terms, remembered. */
  #plannedInContext(articleIndex: number): readonly string[] {
    let hits = this.#inContext.get(articleIndex);
    if (hits === undefined) {
      const served = this.#served;
      hits =
        (served !== null && this.#plannedBytes !== null
          ? this.#plannedInBytes(served, articleIndex, this.#plannedBytes)
          : null) ??
        // A served store's context is a list (see `TermList`): walked, not asked.
        this.#planned(this.store.articleContextTerms[articleIndex] ?? NONE);
      this.#inContext.set(articleIndex, hits);
    }
    return hits;
  }

  /**
   * The planned terms among a served article's context terms, read from its bytes as saved (terms
   * joined by spaces) without decoding them; `null` for bytes that open with a byte-order mark,
   * which decoding would drop.
   */
  #plannedInBytes(
    served: ServedArrays,
    articleIndex: number,
    plannedBytes: PlannedBytes,
  ): readonly string[] | null {
    const { contextTerms, contextOffsets } = served.arrays;
    const start = contextOffsets[articleIndex] ?? 0;
    const end = contextOffsets[articleIndex + 1] ?? 0;
    if (
      end - start >= 3 &&
      contextTerms[start] === 0xef &&
      contextTerms[start + 1] === 0xbb &&
      contextTerms[start + 2] === 0xbf
    )
      return null;
    let hits: string[] | null = null;
    let tokenStart = start;
    for (let at = start; at <= end; at++) {
      if (at < end && contextTerms[at] !== SPACE) continue;
      const same = at > tokenStart ? plannedBytes.get(hashBytes(contextTerms, tokenStart, at)) : undefined;
      if (same !== undefined) {
        for (const { bytes, term } of same) {
          if (bytes.length !== at - tokenStart) continue;
          let equal = true;
          for (let offset = 0; offset < bytes.length && equal; offset++)
            equal = bytes[offset] === contextTerms[tokenStart + offset];
          if (equal) (hits ??= []).push(term);
        }
      }
      tokenStart = at + 1;
    }
    return hits ?? NONE;
  }

  /** The planned terms among a sentence's terms, remembered. */
  #plannedInSentence(passageId: number): readonly string[] {
    let hits = this.#inSentence.get(passageId);
    if (hits === undefined) {
      const served = this.#served;
      hits =
        served === null || this.#plannedIds === null
          ? this.#planned(this.store.passages[passageId]?.terms ?? NONE)
          : this.#plannedById(served, passageId, this.#plannedIds);
      this.#inSentence.set(passageId, hits);
    }
    return hits;
  }

  /** The planned terms among a served passage's terms, found by id without making its term list. */
  #plannedById(served: ServedArrays, passageId: number, plannedIds: ReadonlySet<number>): readonly string[] {
    if (passageId < 0 || passageId >= served.arrays.textOffsets.length - 1) return NONE;
    const ids = termIdsOf(served.arrays.passageTerms, passageId);
    let hits: string[] | null = null;
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at] ?? 0;
      if (plannedIds.has(id)) (hits ??= []).push(served.dictionary[id] ?? "");
    }
    return hits ?? NONE;
  }

  #planned(terms: Iterable<string>): readonly string[] {
    let hits: string[] | null = null;
    for (const term of terms) if (this.planned.has(term)) (hits ??= []).push(term);
    return hits ?? NONE;
  }
}
