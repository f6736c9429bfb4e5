/**
 * Lemmas of single words from wink-nlp's English model (sold -> sell, talks -> talk, got -> get),
 * so index and questions share a word's dictionary form without a hand-written table of irregular
 * forms. The model ships with the package (no download) and loads once, in about 80 ms.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;
// wink's type declarations give `its.lemma` an add-on signature `out()` does not accept; at run time
// it is an ordinary token property like `its.value`.
const LEMMA = its.lemma as unknown as typeof its.value;

/** Lemmas by word: a vocabulary is small next to the text it is read from. */
const LEMMAS = new Map<string, string>();
/** Bounds the cache on archives with unbounded vocabularies (names, numbers). */
const MAX_CACHED_LEMMAS = 200_000;

/**
 * The dictionary form of one lower-case word, read without context (as wink tags it alone).
 * @param word - a lower-case word of letters only
 */
export function lemmaOf(word: string): string {
  const cached = LEMMAS.get(word);
  if (cached !== undefined) return cached;
  const lemma = (nlp.readDoc(word).tokens().out(LEMMA)[0] ?? word).toLowerCase();
  // A word wink splits or changes beyond recognition ("azerbaijan's") keeps its own form.
  const result = /^[a-z]+$/u.test(lemma) ? lemma : word;
  if (LEMMAS.size >= MAX_CACHED_LEMMAS) LEMMAS.clear();
  LEMMAS.set(word, result);
  return result;
}

/** One token of a tagged text. */
export interface TaggedToken {
  /** As written. */
  readonly value: string;
  /** Lower-case dictionary form. */
  readonly lemma: string;
  /** Universal Dependencies part of speech (NOUN, PROPN, VERB, AUX, NUM, ...). */
  readonly pos: string;
}

/**
 * Tokens of a short text (a question) with their lemma and part of speech, read in context.
 * @param text - a question or sentence
 */
export function tagText(text: string): readonly TaggedToken[] {
  const cached = TAGGED.get(text);
  if (cached !== undefined) return cached;
  const tagged = Object.freeze(tagUncached(text));
  if (TAGGED.size >= MAX_CACHED_TAGGINGS) TAGGED.clear();
  TAGGED.set(text, tagged);
  return tagged;
}

/** Taggings by text: the same candidate sentences come back for many questions. */
const TAGGED = new Map<string, readonly TaggedToken[]>();
/** Bounds that cache to a few thousand sentences. */
const MAX_CACHED_TAGGINGS = 5_000;

function tagUncached(text: string): TaggedToken[] {
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const lemmas = tokens.out(LEMMA);
  const tags = tokens.out(its.pos);
  return values.map((value, at) => ({
    value,
    lemma: (lemmas[at] ?? value).toLowerCase(),
    pos: tags[at] ?? "X",
  }));
}
