/**
 * Per-corpus sentence data for topic summaries, computed once: every usable sentence with its
 * analysed terms and source, and an inverted index from term to sentences, so a `/topic` call only
 * touches the sentences that carry the theme's keywords.
 */
import { splitSentences } from "../text/sentences.js";
import { analyzeCanonical as analyzeText } from "../text/terms.js";
import type { Article, MeetingSource, TopicSummary } from "../types.js";
import { TOPIC_CATALOGUE } from "./catalogue.js";
import { topicWeights } from "./keywords.js";

/** Shorter sentences are fragments ("Acting President X.") or captions, not statements. */
const MIN_SENTENCE_WORDS = 6;
/** An unpunctuated line this long is running text whose full stop the page lost, not a headline. */
const MIN_UNPUNCTUATED_WORDS = 25;

/** One sentence of the archive that may appear in a summary. */
export interface TopicSentence {
  /** Index in `PreparedTopicCorpus.sentences`. */
  readonly id: number;
  readonly text: string;
  readonly source: MeetingSource;
  /** Analysed terms, in order, duplicates kept. */
  readonly terms: readonly string[];
  /** Names, figures and dates the sentence carries: a rough measure of how specific it is. */
  readonly specifics: number;
  /** Opens on a pronoun ("He said", "It also"), so it leans on context the point will not show. */
  readonly anaphoric: boolean;
}

/** Sentence data for one corpus, built by `prepareTopicCorpus`. */
export interface PreparedTopicCorpus {
  readonly sentences: readonly TopicSentence[];
  /** Term to the ids of the sentences containing it, ascending, each id once. */
  readonly index: ReadonlyMap<string, readonly number[]>;
  /**
   * Keyword weight of every sentence for every catalogue topic, row-major
   * (`sentence id * catalogue length + topic index`), so a summary reads weights instead of rescanning.
   */
  readonly topicWeights: Float32Array;
  /** Summaries already computed for this corpus, by lookup key; filled lazily. */
  readonly summaries: Map<string, TopicSummary>;
}

const ANAPHORIC_OPENING = /^(?:he|she|it|they|this|these|those|that|his|her|its|their)\b/iu;

/** Counts capitalised words past the first, and numbers: names, places, dates and figures. */
function countSpecifics(text: string): number {
  const words = text.split(/\s+/u).slice(1);
  return words.filter((word) => /^[“"'(]?(?:\p{Lu}|\d)/u.test(word)).length;
}

/** Removes a quotation mark left open because the quote goes on in the next sentence. */
function balanceQuotes(sentence: string): string {
  const opens = (sentence.match(/“/gu) ?? []).length;
  const closes = (sentence.match(/”/gu) ?? []).length;
  if (opens > closes && sentence.startsWith("“")) return sentence.slice(1);
  if (closes > opens && opens === 0) return sentence.replace(/”/gu, "");
  return sentence;
}

/**
 * Whether a sentence reads as a statement: enough words, opening like a sentence and closing on a
 * sentence-final mark. Headlines and link text that slipped through ingestion fail the last test.
 */
export function isStatement(sentence: string): boolean {
  const words = sentence.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words < MIN_SENTENCE_WORDS) return false;
  if (!/^[“"'(]?[\p{Lu}\d]/u.test(sentence)) return false;
  if (sentence === sentence.toUpperCase()) return false;
  return /[.!?…]["”’')\]]*$/u.test(sentence) || words >= MIN_UNPUNCTUATED_WORDS;
}

/**
 * Splits every article into statements and indexes their terms. Call once per corpus; the result
 * also caches the summaries computed from it.
 * @param articles - the clean articles of the archive
 */
export function prepareTopicCorpus(articles: readonly Article[]): PreparedTopicCorpus {
  const sentences: TopicSentence[] = [];
  const index = new Map<string, number[]>();
  for (const article of articles) {
    const source: MeetingSource = { source: article.id, date: article.date };
    const seen = new Set<string>();
    for (const paragraph of article.paragraphs) {
      for (const raw of splitSentences(paragraph)) {
        const text = balanceQuotes(raw.trim());
        if (seen.has(text) || !isStatement(text)) continue;
        seen.add(text);
        const terms = analyzeText(text);
        if (terms.length === 0) continue;
        const id = sentences.length;
        sentences.push({
          id,
          text,
          source,
          terms,
          specifics: countSpecifics(text),
          anaphoric: ANAPHORIC_OPENING.test(text),
        });
        for (const term of new Set(terms)) {
          const postings = index.get(term);
          if (postings) postings.push(id);
          else index.set(term, [id]);
        }
      }
    }
  }
  const topicCount = TOPIC_CATALOGUE.length;
  const weights = new Float32Array(sentences.length * topicCount);
  for (const sentence of sentences) weights.set(topicWeights(sentence.terms), sentence.id * topicCount);
  return { sentences, index, topicWeights: weights, summaries: new Map() };
}
