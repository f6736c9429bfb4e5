/**
 * A passage store as flat typed arrays (for saving) and back (for serving). Served passages decode
 * their text and terms on access, so a large archive costs a few arrays instead of hundreds of
 * thousands of objects holding string arrays.
 */
import type { Article } from "../types.js";
import { lazyList } from "./lazyList.js";
import type { Passage, PassageStore } from "./passageStore.js";

/** A list of number lists: list `i` is `values[offsets[i] .. offsets[i + 1])`. */
export interface Ragged {
  readonly offsets: Uint32Array;
  readonly values: Uint32Array;
}

/** Reads values `[start, end)` of a ragged list whose values stay on disk, e.g. in the saved index file. */
export type ValuesReader = (start: number, end: number) => Uint32Array;

/** A ragged list whose values may stay on disk, its offsets in memory. */
export interface OnDemandRagged {
  readonly offsets: Uint32Array;
  readonly values: Uint32Array | ValuesReader;
}

/** Reads bytes `[start, end)` of the passages' text, e.g. from the saved index file. */
export type TextReader = (start: number, end: number) => Uint8Array;

/** The passage store's arrays; terms are ids into `terms` (the sentence index's dictionary). */
export interface CompactStore {
  /**
   * UTF-8 text of every passage, back to back; passage `i` is `text[textOffsets[i] .. textOffsets[i + 1])`.
   * A reader instead of the bytes leaves the text on disk until a passage is quoted.
   */
  readonly text: Uint8Array | TextReader;
  readonly textOffsets: Uint32Array;
  /**
   * Each passage's term ids. A reader instead of the values leaves them on disk (a third of the
   * resident index at 50,000 articles) until a passage's terms are read: a question reads those
   * of a few hundred candidates.
   */
  readonly passageTerms: OnDemandRagged;
  readonly passageArticles: Ragged;
  readonly articlePassages: Ragged;
  /** Aligned with `articlePassages.values`. */
  readonly articleParagraphs: Uint32Array;
  /** Articles containing each term, by term id. */
  readonly articleFrequency: Uint32Array;
  /** Article frequencies of terms only merged near-duplicates carry (not in the dictionary). */
  readonly extraFrequency: readonly (readonly [string, number])[];
  /**
   * Per article, its title and date terms, space-separated, back to back in UTF-8 (as strings:
   * some are in no sentence); article `i` is `contextTerms[contextOffsets[i] .. contextOffsets[i + 1])`.
   */
  readonly contextTerms: Uint8Array;
  readonly contextOffsets: Uint32Array;
}

function toRagged(lists: readonly (readonly number[])[], map: (value: number) => number = (v) => v): Ragged {
  const offsets = new Uint32Array(lists.length + 1);
  for (const [i, list] of lists.entries()) offsets[i + 1] = (offsets[i] ?? 0) + list.length;
  const values = new Uint32Array(offsets[lists.length] ?? 0);
  let at = 0;
  for (const list of lists) for (const value of list) values[at++] = map(value);
  return { offsets, values };
}

/** A typed array's values as a plain array, copied by index (`Array.from` walks an iterator, allocating as it goes). */
function plainArray(values: Uint32Array): number[] {
  const list = new Array<number>(values.length);
  for (let at = 0; at < values.length; at++) list[at] = values[at] ?? 0;
  return list;
}

function listOf(ragged: OnDemandRagged, index: number): Uint32Array {
  const start = ragged.offsets[index] ?? 0;
  const end = ragged.offsets[index + 1] ?? 0;
  return typeof ragged.values === "function" ? ragged.values(start, end) : ragged.values.subarray(start, end);
}

/**
 * Flattens a passage store.
 * @param store - the store built from the articles
 * @param terms - the sentence index's dictionary, which holds every passage term
 */
export function compactStore(
  store: PassageStore,
  terms: readonly string[],
): CompactStore & { readonly text: Uint8Array; readonly passageTerms: Ragged } {
  const termIds = new Map(terms.map((term, id) => [term, id]));
  const encoder = new TextEncoder();
  const encoded = store.passages.map((passage) => encoder.encode(passage.text));
  const textOffsets = new Uint32Array(encoded.length + 1);
  for (const [i, bytes] of encoded.entries()) textOffsets[i + 1] = (textOffsets[i] ?? 0) + bytes.length;
  const text = new Uint8Array(textOffsets[encoded.length] ?? 0);
  for (const [i, bytes] of encoded.entries()) text.set(bytes, textOffsets[i] ?? 0);
  const idOf = (term: string): number => {
    const id = termIds.get(term);
    if (id === undefined) throw new Error(`compactStore: term "${term}" is not in the index dictionary`);
    return id;
  };
  const articleFrequency = new Uint32Array(terms.length);
  const extraFrequency: [string, number][] = [];
  for (const [term, count] of store.articleFrequency) {
    const id = termIds.get(term);
    if (id === undefined) extraFrequency.push([term, count]);
    else articleFrequency[id] = count;
  }
  return {
    text,
    textOffsets,
    passageTerms: toRagged(store.passages.map((passage) => passage.terms.map(idOf))),
    passageArticles: toRagged(store.passages.map((passage) => passage.articleIndexes)),
    articlePassages: toRagged(store.articlePassages),
    articleParagraphs: Uint32Array.from(store.articleParagraphs.flat()),
    articleFrequency,
    extraFrequency,
    ...packedStrings(store.articleContextTerms.map((set) => [...set].join(" "))),
  };
}

/** Strings back to back in UTF-8, with their offsets. */
function packedStrings(strings: readonly string[]): {
  contextTerms: Uint8Array;
  contextOffsets: Uint32Array;
} {
  const encoder = new TextEncoder();
  const encoded = strings.map((string) => encoder.encode(string));
  const contextOffsets = new Uint32Array(encoded.length + 1);
  for (const [i, bytes] of encoded.entries()) contextOffsets[i + 1] = (contextOffsets[i] ?? 0) + bytes.length;
  const contextTerms = new Uint8Array(contextOffsets[encoded.length] ?? 0);
  for (const [i, bytes] of encoded.entries()) contextTerms.set(bytes, contextOffsets[i] ?? 0);
  return { contextTerms, contextOffsets };
}

const decoder = new TextDecoder();

/**
 * Decoded texts and term lists kept per store: answering one question reads the same
 * few dozen candidates' text and terms several times (time scope, scoring, surroundings, spans,
 * excerpts), each a read of the file and a fresh list.
 */
const MAX_REMEMBERED = 4_096;

/** A bounded memo: emptied when full, so it never holds more than `MAX_REMEMBERED` entries. */
function remembered<T>(memo: Map<number, T>, key: number, make: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const made = make();
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(key, made);
  return made;
}

/**
 * Distinct terms as a read-only set over their list: an article's context is walked (for the
 * question's terms among its few dozen) far more than asked, and a hash set built for each read
 * cost more than the walk.
 */
export class TermList implements ReadonlySet<string> {
  /** @param list - distinct terms */
  constructor(private readonly list: readonly string[]) {}

  get size(): number {
    return this.list.length;
  }

  has(term: string): boolean {
    return this.list.includes(term);
  }

  forEach(visit: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const term of this.list) visit.call(thisArg, term, term, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.list[Symbol.iterator]();
  }

  keys(): SetIterator<string> {
    return this.list[Symbol.iterator]();
  }

  values(): SetIterator<string> {
    return this.list[Symbol.iterator]();
  }

  *entries(): SetIterator<[string, string]> {
    for (const term of this.list) yield [term, term];
  }
}

/** A passage read from the arrays when asked for. */
class StoredPassage implements Passage {
  constructor(
    readonly id: number,
    private readonly compact: CompactStore,
    private readonly terms_: readonly string[],
    private readonly texts: Map<number, string>,
    private readonly termLists: Map<number, readonly string[]>,
  ) {}

  get text(): string {
    return remembered(this.texts, this.id, () => {
      const { text, textOffsets } = this.compact;
      const start = textOffsets[this.id] ?? 0;
      const end = textOffsets[this.id + 1] ?? 0;
      return decoder.decode(typeof text === "function" ? text(start, end) : text.subarray(start, end));
    });
  }

  get terms(): readonly string[] {
    return remembered(this.termLists, this.id, () => {
      const ids = listOf(this.compact.passageTerms, this.id);
      const terms = new Array<string>(ids.length);
      for (let at = 0; at < ids.length; at++) terms[at] = this.terms_[ids[at] ?? 0] ?? "";
      return terms;
    });
  }

  get articleIndexes(): readonly number[] {
    return plainArray(listOf(this.compact.passageArticles, this.id));
  }
}

/**
 * Serves a passage store from its arrays.
 * @param compact - the arrays, e.g. as loaded from a saved index
 * @param terms - the dictionary the term ids refer to
 * @param articles - the articles the store was built from, in the same order
 */
export function expandStore(
  compact: CompactStore,
  terms: readonly string[],
  articles: readonly Article[],
): PassageStore {
  const passageCount = compact.textOffsets.length - 1;
  // Everything per passage or per article is made when read: no object per passage is kept.
  const texts = new Map<number, string>();
  const termLists = new Map<number, readonly string[]>();
  const passages = lazyList<Passage>(
    passageCount,
    (id) => new StoredPassage(id, compact, terms, texts, termLists),
  );
  const slice = (array: Uint32Array, article: number): number[] =>
    plainArray(
      array.subarray(
        compact.articlePassages.offsets[article] ?? 0,
        compact.articlePassages.offsets[article + 1] ?? 0,
      ),
    );
  const articlePassages = lazyList(articles.length, (article) =>
    slice(compact.articlePassages.values, article),
  );
  const articleParagraphs = lazyList(articles.length, (article) => slice(compact.articleParagraphs, article));
  // Made anew on each read, not remembered: a question reads a few hundred articles' contexts, a
  // few microseconds each, and remembered sets of fresh strings were most of what answering kept
  // alive for the garbage collector to copy.
  const articleContextTerms = lazyList<ReadonlySet<string>>(articles.length, (article) => {
    const text = decoder.decode(
      compact.contextTerms.subarray(
        compact.contextOffsets[article] ?? 0,
        compact.contextOffsets[article + 1] ?? 0,
      ),
    );
    return new TermList(text === "" ? [] : text.split(" "));
  });
  const articleFrequency = new Map<string, number>();
  for (const [id, term] of terms.entries()) {
    const count = compact.articleFrequency[id] ?? 0;
    if (count > 0) articleFrequency.set(term, count);
  }
  for (const [term, count] of compact.extraFrequency) articleFrequency.set(term, count);
  return { articles, passages, articlePassages, articleParagraphs, articleContextTerms, articleFrequency };
}
