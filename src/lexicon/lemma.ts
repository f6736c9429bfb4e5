/**
 * Lemmas, part-of-speech tags and entity types from wink-nlp's English model: a thin typed wrapper.
 *
 * wink and its model are required lazily, once, on first use (about 0.2 s of module loading and
 * 0.1 s of model set-up), so importing this module costs nothing where no lemma is needed (most
 * tests, the CLI's other commands); call {@link loadLemmatizer} at start-up to pay it before the
 * first question instead.
 */
import { createRequire } from "node:module";
import type { ItemEntity, ItsFunction } from "wink-nlp";
import type { Model } from "wink-eng-lite-web-model";

/** WordNet's four parts of speech, the hint {@link lemmaOf} accepts. */
export type WordPos = "noun" | "verb" | "adj" | "adv";

/** One token of a tagged text. */
export interface TaggedToken {
  /** The token as written. */
  readonly value: string;
  /** wink's normal form: lower case, with British/American spelling variants mapped. */
  readonly normal: string;
  /** The lemma in this context (`sold` -> `sell`), lower case. */
  readonly lemma: string;
  /** Universal Dependencies tag from wink's tagger: `NOUN`, `PROPN`, `VERB`, `NUM`, `ADP`, ... */
  readonly pos: string;
  /** wink's entity type when the token is part of one (`DATE`, `CARDINAL`, `MONEY`, ...), else `null`. */
  readonly entity: string | null;
}

/** A named or numeric entity wink found: a span of tokens. */
export interface TaggedEntity {
  /** The entity's text as written (`23 January 2025`). */
  readonly value: string;
  /** wink's type: `DATE`, `TIME`, `CARDINAL`, `ORDINAL`, `MONEY`, `PERCENT`, `DURATION`, ... */
  readonly type: string;
  /** Index of its first token in {@link TaggedText.tokens}. */
  readonly firstToken: number;
  /** Index of its last token (inclusive). */
  readonly lastToken: number;
}

/** A short text, tokenised and tagged. */
export interface TaggedText {
  readonly tokens: readonly TaggedToken[];
  readonly entities: readonly TaggedEntity[];
}

type WinkFactory = typeof import("wink-nlp").default;
type Wink = ReturnType<WinkFactory>;

/** wink's typings declare `its.lemma` with a signature its own `out()` rejects; the runtime accepts it. */
function lemmaIts(w: Wink): ItsFunction<string> {
  return w.its.lemma as unknown as ItsFunction<string>;
}

let wink: Wink | null = null;

/**
 * Loads wink's English model now (idempotent). Call it at start-up so the first question does not
 * pay the model's load time.
 *
 * @returns the time the load took (modules and model) in milliseconds, 0 when already loaded.
 */
export function loadLemmatizer(): number {
  if (wink !== null) return 0;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as WinkFactory;
  const model = require("wink-eng-lite-web-model") as Model;
  wink = winkNLP(model);
  return performance.now() - started;
}

function nlp(): Wink {
  if (wink === null) loadLemmatizer();
  return wink as Wink;
}

/**
 * Tokenises and tags a short text (a question, a sentence): each token's value, lemma, POS tag and
 * entity type, and the entities themselves.
 *
 * @param text - any text; empty text gives no tokens.
 */
export function tagQuestion(text: string): TaggedText {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value);
  const normals = doc.tokens().out(its.normal);
  const lemmas = doc.tokens().out(lemmaIts(w));
  const tags = doc.tokens().out(its.pos);
  const entityOf: (string | null)[] = values.map(() => null);
  const entities: TaggedEntity[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const detail = entity.out(its.detail) as { value: string; type: string };
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    entities.push({ value: detail.value, type: detail.type, firstToken: first, lastToken: last });
    for (let i = first; i <= last; i++) entityOf[i] = detail.type;
  });
  const tokens = values.map((value, i): TaggedToken => ({
    value,
    normal: normals[i] ?? value.toLowerCase(),
    lemma: (lemmas[i] ?? value).toLowerCase(),
    pos: tags[i] ?? "X",
    entity: entityOf[i] ?? null,
  }));
  return { tokens, entities };
}

/**
 * The tokens of a short text with their lemmas and tags ({@link tagQuestion} without the entity list).
 *
 * @param text - any text.
 */
export function lemmatizeText(text: string): readonly TaggedToken[] {
  const cached = taggedCache.get(text);
  if (cached !== undefined) return cached;
  const tokens = tagQuestion(text).tokens;
  if (taggedCache.size >= MAX_CACHED_TAGGINGS) taggedCache.clear();
  taggedCache.set(text, tokens);
  return tokens;
}

/** Taggings kept: the same candidate sentences and questions come back again and again. */
const MAX_CACHED_TAGGINGS = 5_000;
const taggedCache = new Map<string, readonly TaggedToken[]>();

/**
 * A frame per part of speech that makes wink's tagger read a lone word as that part of speech
 * ("the talks" is a noun, "they talks" a verb). Adverbs need none: wink leaves adverbs unchanged.
 */
const POS_FRAMES: Readonly<Record<WordPos, { prefix: string; tag: string }>> = {
  noun: { prefix: "the ", tag: "NOUN" },
  verb: { prefix: "they ", tag: "VERB" },
  adj: { prefix: "very ", tag: "ADJ" },
  adv: { prefix: "", tag: "ADV" },
};

/** Memoised lemmas kept: a question's words repeat across questions, and each costs ~0.02 ms cold. */
const MAX_CACHED_LEMMAS = 20_000;
const lemmaCache = new Map<string, string>();

function lemmaInFrame(word: string, pos: WordPos | undefined): string {
  const w = nlp();
  const its = w.its;
  const frame = pos === undefined ? null : POS_FRAMES[pos];
  const tokens = w.readDoc(frame === null ? word : frame.prefix + word).tokens();
  const count = tokens.length();
  const frameTokens = frame === null || frame.prefix === "" ? 0 : 1;
  // A word wink splits in two ("jf-17" stays whole, "can't" does not) has no single lemma.
  if (count !== frameTokens + 1) return word;
  const token = tokens.itemAt(count - 1);
  const lemma = token.out(lemmaIts(w)).toLowerCase();
  if (frame !== null && token.out(its.pos) !== frame.tag) return word;
  return lemma;
}

/**
 * wink's lemma of one lower-case word out of context, asked of wink itself (no memo, no table):
 * what a {@link LemmaTable} must hold.
 * @param word - one lower-case token
 */
export function winkLemmaOf(word: string): string {
  return lemmaInFrame(word, undefined);
}

/** Lemmas computed ahead for a known list of words: what wink gives them, without asking wink. */
export interface LemmaTable {
  /** The word's lemma out of context, as {@link lemmaOf} would give it; `null` for a word not in the table. */
  lemmaOf(word: string): string | null;
}

let lemmaTable: LemmaTable | null = null;

/**
 * Answers {@link lemmaOf} without a part of speech from a table for the words it holds (see
 * `lemmaTable.ts`, which computes it with this module's own wink reading); `null` stops.
 * @param table - the table, or `null`
 */
export function useLemmaTable(table: LemmaTable | null): void {
  lemmaTable = table;
}

/**
 * The lemma of one lower-case word out of context (`sold` -> `sell`, `talks` -> `talk`,
 * `countries` -> `country`), via wink's lemmatiser. With a part of speech the word is read as that
 * part of speech (`leaves` as a noun is `leaf`, as a verb `leave`); a word that cannot be that part
 * of speech comes back unchanged. Memoised per word and part of speech.
 *
 * @param word - one token, lower case (other case is lower-cased).
 * @param pos - optional part of speech to read the word as.
 */
export function lemmaOf(word: string, pos?: WordPos): string {
  const token = word.toLowerCase();
  if (token.trim() === "") return token;
  if (pos === undefined && lemmaTable !== null) {
    const known = lemmaTable.lemmaOf(token);
    if (known !== null) return known;
  }
  const key = pos === undefined ? token : `${pos}\u0000${token}`;
  const cached = lemmaCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = lemmaInFrame(token, pos);
  if (lemmaCache.size >= MAX_CACHED_LEMMAS) {
    const oldest = lemmaCache.keys().next();
    if (oldest.done !== true) lemmaCache.delete(oldest.value);
  }
  lemmaCache.set(key, lemma);
  return lemma;
}
