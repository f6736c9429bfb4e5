/**
 * The analysis pipeline shared by indexing and querying: fold, alias, tokenise, drop stopwords,
 * map irregular forms, stem. One function, so index and query can never disagree.
 */
import { stemmer } from "stemmer";
import { applyAliases, IRREGULAR_FORMS } from "./aliases.js";
import { foldText } from "./fold.js";
import { STOPWORDS } from "./stopwords.js";

/** Pictographs would otherwise fold to words (any-ascii turns ☺ into ":relaxed:"). */
const PICTOGRAPHS = /\p{Extended_Pictographic}/gu;

/** Canonical terms that must not be stemmed (the stemmer would turn "coas" into "coa"). */
const UNSTEMMED = /^(?:[a-z]*\d[a-z0-9]*|coas|ispr|socar|oic|eco|pta|pm|fm|un|aa|nni|app)$/u;

/**
 * Reduces one token (already folded and aliased) to its index term, or `null` for a stopword.
 * @param token - a lower-case ASCII word
 */
export function termOf(token: string): string | null {
  const word = token.replace(/^'+|'+$/gu, "").replace(/'s$/u, "");
  if (word.length === 0 || STOPWORDS.has(word)) return null;
  if (UNSTEMMED.test(word)) return word;
  const base = IRREGULAR_FORMS[word] ?? word;
  return stemmer(base);
}

/**
 * Splits text into its analysed terms, in order, duplicates kept.
 * @param text - any article or question text
 */
export function analyzeText(text: string): string[] {
  const folded = applyAliases(foldText(text.replace(PICTOGRAPHS, " ")));
  const terms: string[] = [];
  for (const token of folded.split(/[^a-z0-9']+/u)) {
    const term = termOf(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}
