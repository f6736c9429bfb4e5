/**
 * The analysis pipeline shared by indexing and querying: fold, alias, tokenise, drop stopwords,
 * map irregular forms, stem. One function, so index and query can never disagree.
 */
import { stemmer } from "stemmer";
import { applyAliases, isAliasSpelling } from "./aliases.js";
import { lemmaOf } from "../lexicon/lemma.js";
import { foldText } from "./fold.js";
import { STOPWORDS } from "./stopwords.js";
import { ownEntry } from "./ownEntry.js";

/** Pictographs would otherwise fold to words (any-ascii turns ☺ into ":relaxed:"). */
const PICTOGRAPHS = /\p{Extended_Pictographic}/gu;

/** Canonical terms that must not be stemmed (the stemmer would turn "coas" into "coa"). */
const UNSTEMMED = /^(?:[a-z]*\d[a-z0-9]*|coas|ispr|socar|oic|eco|pta|pm|fm|un|aa|nni|app)$/u;

/**
 * Words whose stem collides with an unrelated word ("connectivity" and "connection" both stem to
 * "connect", "capital" and "capitalize" to "capit"), kept whole with plurals folded to the
 * singular, and a form the lemmatiser reads as another word's ("lay" as "lie").
 */
const WHOLE_WORDS: Readonly<Record<string, string>> = {
  connectivity: "connectivity",
  capital: "capital",
  capitals: "capital",
  university: "university",
  universities: "university",
  organization: "organization",
  organizations: "organization",
  general: "general",
  generals: "general",
  // "lay" is read as the past of "lie", but news lays wreaths and foundation stones: it is the
  // present of "lay", like "laid", "lays" and "laying" ("lie", "lying" and "lain" keep their own).
  lay: "lai",
};

/**
 * Reduces one token (already folded and aliased) to its index term, or `null` for a stopword.
 * @param token - a lower-case ASCII word
 */
export function termOf(token: string): string | null {
  const cached = TERM_CACHE.get(token);
  if (cached !== undefined) return cached;
  if (TERM_CACHE.size >= MAX_CACHED_TERMS) TERM_CACHE.clear();
  const term = computeTermOf(token);
  TERM_CACHE.set(token, term);
  return term;
}

/**
 * Analysed terms by token. Stemming dominates indexing time, and a language's vocabulary is
 * small next to its running text, so each distinct token is reduced once.
 */
const TERM_CACHE = new Map<string, string | null>();
/** Bounds the cache's memory on archives with unbounded vocabularies (names, numbers). */
const MAX_CACHED_TERMS = 200_000;

/** A token without its quotes and possessive; `null` when nothing or a stopword is left. */
function wordOf(token: string): string | null {
  const word = token.replace(/^'+|'+$/gu, "").replace(/'s$/u, "");
  return word.length === 0 || STOPWORDS.has(word) ? null : word;
}

/** British "-isation" is American "-ization" in every word that has it ("organisations"). */
const BRITISH_ISATION = /isation(s?)$/u;

function computeTermOf(token: string): string | null {
  const typed = wordOf(token);
  if (typed === null) return null;
  const word = typed.replace(BRITISH_ISATION, "ization$1");
  if (UNSTEMMED.test(word)) return word;
  const whole = ownEntry(WHOLE_WORDS, word);
  if (whole !== undefined) return whole;
  // The lemma first (sold -> sell, went -> go, talks -> talk), which a stemmer cannot do; the stem
  // then joins derived forms (cooperation, cooperate) that a lemma keeps apart.
  const lemma = /^[a-z]+$/u.test(word) ? lemmaOf(word) : word;
  return stemmer(/^[a-z]+$/u.test(lemma) ? lemma : word);
}

/**
 * Splits text into its analysed terms, in order, duplicates kept.
 * @param text - any article or question text
 */
export function analyzeText(text: string): readonly string[] {
  const cached = ANALYSIS_CACHE.get(text);
  if (cached !== undefined) return cached;
  // Frozen and shared: passages and topic sentences hold the same array, not two copies.
  const terms = Object.freeze(analyzeUncached(text));
  // Only sentence-sized texts recur across the build's passes; short ones are cheap anyway.
  if (text.length >= MIN_CACHED_TEXT_LENGTH) {
    if (ANALYSIS_CACHE.size >= MAX_CACHED_TEXTS) ANALYSIS_CACHE.clear();
    ANALYSIS_CACHE.set(text, terms);
  }
  return terms;
}

/** Terms by sentence: passages and topics both analyse every sentence of the archive. */
const ANALYSIS_CACHE = new Map<string, readonly string[]>();
/** Enough for the sentences of a large archive; past it the cache starts over. */
const MAX_CACHED_TEXTS = 600_000;
/** Texts shorter than this are words and phrases, cheaper to analyse than to keep. */
const MIN_CACHED_TEXT_LENGTH = 40;

/** Empties the analysis caches, once a build no longer needs them. */
export function clearAnalysisCache(): void {
  ANALYSIS_CACHE.clear();
  CANONICAL_CACHE.clear();
}

/**
 * Like {@link analyzeText}, but a spelled-out alias gives its canonical term alone ("prime minister"
 * -> pm): for comparing sentences with each other (topic summaries), where the kept words would
 * make two sentences naming the same office look alike.
 * @param text - any article text
 */
export function analyzeCanonical(text: string): readonly string[] {
  const cached = CANONICAL_CACHE.get(text);
  if (cached !== undefined) return cached;
  const terms = Object.freeze(analyzeUncached(text, false));
  if (text.length >= MIN_CACHED_TEXT_LENGTH) {
    if (CANONICAL_CACHE.size >= MAX_CACHED_TEXTS) CANONICAL_CACHE.clear();
    CANONICAL_CACHE.set(text, terms);
  }
  return terms;
}

const CANONICAL_CACHE = new Map<string, readonly string[]>();

/** The tokens {@link termOf} reduces, in order, stopwords included. */
/**
 * Currency signs as the words people type for them ("$2 billion" is "2 billion dollars", and
 * folding writes "€5" as "eur5"): the sign is no token of its own.
 */
const CURRENCY_SIGNS: readonly (readonly [RegExp, string])[] = [
  [/\bus\$|\$/gu, " dollar "],
  [/\beur(?=\d)/gu, " euro "],
  [/\bgbp(?=\d)/gu, " pound "],
];

/**
 * Units written short as the words they stand for ("$2bn" is "$2 billion", "8pc" and "8%" are "8
 * percent"); a bare "m" only after a sum of dollars, where it is no metre ("$640m").
 */
const SHORT_UNITS: readonly (readonly [RegExp, string])[] = [
  [/(\d)\s?bn\b/gu, "$1 billion"],
  [/(\d)\s?mn\b/gu, "$1 million"],
  [/(dollar \d[\d.,]*)m\b/gu, "$1 million"],
  [/(\d)\s?pc\b/gu, "$1 percent"],
  [/%/gu, " percent "],
  [/\bper cent\b/gu, "percent"],
];

function tokensOf(text: string, keepAliasWords: boolean): string[] {
  // Brackets and quotes would keep spellings such as "(COP) 29" from meeting their alias.
  let plain = foldText(text.replace(PICTOGRAPHS, " "))
    .replace(/[()[\]{}"“”«»,;:!?]/gu, " ")
    .replace(/\s+/gu, " ");
  if (/[$]|eur\d|gbp\d/u.test(plain)) {
    for (const [sign, word] of CURRENCY_SIGNS) plain = plain.replace(sign, word);
  }
  if (/\d\s?(?:bn|mn|m|pc)\b|%|per cent/u.test(plain)) {
    for (const [short, word] of SHORT_UNITS) plain = plain.replace(short, word);
  }
  // "C-130s", "F-16s": the plural of a designation is the designation ("the 1990s" stays a decade).
  if (/\ds\b/u.test(plain))
    plain = plain.replace(DESIGNATION_PLURAL, (whole, letters: string, digits: string) =>
      digits.length === 4 && /^(?:19|20)/u.test(digits) ? whole : `${letters}${digits}`,
    );
  return applyAliases(plain, keepAliasWords).split(/[^a-z0-9']+/u);
}

/** A designation's plural: letters, an optional hyphen or space, digits and an "s" ("c-130s", "f16s", "jf 17s"). */
const DESIGNATION_PLURAL = /\b([a-z]{1,3}[- ]?)(\d{1,4})s\b/gu;

/** A character folding must transliterate: neither ASCII nor typographic punctuation. */
const BEYOND_TYPOGRAPHY = /[^\u0000-\u007F‘’‚‛“”„‟–—…\u00A0]/u;

/** One word of ASCII letters: folding only lower-cases it, and only an alias spelling rewrites it. */
const ASCII_WORD = /^[A-Za-z]+$/u;

function analyzeUncached(text: string, keepAliasWords = true): string[] {
  // A lone word (a dictionary lemma, a word of a sentence) skips the folding and the alias scan.
  if (ASCII_WORD.test(text)) {
    const word = text.toLowerCase();
    if (!isAliasSpelling(word)) {
      const term = termOf(word);
      return term === null ? [] : [term];
    }
  }
  const terms: string[] = [];
  for (const token of tokensOf(text, keepAliasWords)) {
    const term = termOf(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/**
 * Remembers the term of each token of a text whose terms are already known (a saved passage's),
 * so analysing its words one by one (answer spans, "which X" checks) does not lemmatise them
 * again: a served index never analysed its sentences, and a cold word costs wink some 30
 * microseconds. The terms are matched to the text's tokens in order; a text they do not match
 * token for token is left alone.
 * @param text - the text
 * @param terms - `analyzeText(text)`, as computed when the text was indexed
 */
export function rememberTerms(text: string, terms: readonly string[]): void {
  // Transliterating other scripts costs more than it saves.
  if (BEYOND_TYPOGRAPHY.test(text)) return;
  const tokens = tokensOf(text, true).filter((token) => wordOf(token) !== null);
  if (tokens.length !== terms.length) return;
  if (TERM_CACHE.size + tokens.length >= MAX_CACHED_TERMS) TERM_CACHE.clear();
  for (const [at, token] of tokens.entries())
    if (!TERM_CACHE.has(token)) TERM_CACHE.set(token, terms[at] ?? null);
}
