/**
 * A passage store as flat typed arrays (for saving) and back (for serving). Served passages decode
 * their text and terms on access, so a large archive costs a few arrays instead of hundreds of
 * thousands of objects holding string arrays.
 */
import type { Article } from "../types.js";
import type { Passage, PassageStore } from "./passageStore.js";

/** A list of number lists: list `i` is `values[offsets[i] .. offsets[i + 1])`. */
export interface Ragged {
  readonly offsets: Uint32Array;
  readonly values: Uint32Array;
}

/** The passage store's arrays; terms are ids into `terms` (the sentence index's dictionary). */
export interface CompactStore {
  /** UTF-8 text of every passage, back to back; passage `i` is `text[textOffsets[i] .. textOffsets[i + 1])`. */
  readonly text: Uint8Array;
  readonly textOffsets: Uint32Array;
  readonly passageTerms: Ragged;
  readonly passageArticles: Ragged;
  readonly articlePassages: Ragged;
  /** Aligned with `articlePassages.values`. */
  readonly articleParagraphs: Uint32Array;
  /** Articles containing each term, by term id. */
  readonly articleFrequency: Uint32Array;
  /** Article frequencies of terms only merged near-duplicates carry (not in the dictionary). */
  readonly extraFrequency: readonly (readonly [string, number])[];
  /** Per article, its title and date terms (as strings: some are in no sentence). */
  readonly articleContextTerms: readonly (readonly string[])[];
}

function toRagged(lists: readonly (readonly number[])[], map: (value: number) => number = (v) => v): Ragged {
  const offsets = new Uint32Array(lists.length + 1);
  for (const [i, list] of lists.entries()) offsets[i + 1] = (offsets[i] ?? 0) + list.length;
  const values = new Uint32Array(offsets[lists.length] ?? 0);
  let at = 0;
  for (const list of lists) for (const value of list) values[at++] = map(value);
  return { offsets, values };
}

function listOf(ragged: Ragged, index: number): Uint32Array {
  return ragged.values.subarray(ragged.offsets[index] ?? 0, ragged.offsets[index + 1] ?? 0);
}

/**
 * Flattens a passage store.
 * @param store - the store built from the articles
 * @param terms - the sentence index's dictionary, which holds every passage term
 */
export function compactStore(store: PassageStore, terms: readonly string[]): CompactStore {
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
    articleContextTerms: store.articleContextTerms.map((set) => [...set]),
  };
}

const decoder = new TextDecoder();

/** A passage read from the arrays when asked for. */
class StoredPassage implements Passage {
  constructor(
    readonly id: number,
    private readonly compact: CompactStore,
    private readonly terms_: readonly string[],
  ) {}

  get text(): string {
    const { text, textOffsets } = this.compact;
    return decoder.decode(text.subarray(textOffsets[this.id] ?? 0, textOffsets[this.id + 1] ?? 0));
  }

  get terms(): readonly string[] {
    return Array.from(listOf(this.compact.passageTerms, this.id), (id) => this.terms_[id] ?? "");
  }

  get articleIndexes(): readonly number[] {
    return Array.from(listOf(this.compact.passageArticles, this.id));
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
  const passages: Passage[] = new Array<Passage>(passageCount);
  for (let id = 0; id < passageCount; id++) passages[id] = new StoredPassage(id, compact, terms);
  const articlePassages: number[][] = [];
  const articleParagraphs: number[][] = [];
  for (let article = 0; article < articles.length; article++) {
    const start = compact.articlePassages.offsets[article] ?? 0;
    const end = compact.articlePassages.offsets[article + 1] ?? start;
    articlePassages.push(Array.from(compact.articlePassages.values.subarray(start, end)));
    articleParagraphs.push(Array.from(compact.articleParagraphs.subarray(start, end)));
  }
  const articleFrequency = new Map<string, number>();
  for (const [id, term] of terms.entries()) {
    const count = compact.articleFrequency[id] ?? 0;
    if (count > 0) articleFrequency.set(term, count);
  }
  for (const [term, count] of compact.extraFrequency) articleFrequency.set(term, count);
  return {
    articles,
    passages,
    articlePassages,
    articleParagraphs,
    articleContextTerms: compact.articleContextTerms.map((list) => new Set(list)),
    articleFrequency,
  };
}
