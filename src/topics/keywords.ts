/**
 * Matching of catalogue keywords against analysed sentence terms. Keywords are analysed with the
 * same pipeline as articles, so "defense", "JF 17" or "Preferential Trade Agreement" match however
 * an article spells them.
 */
import { analyzeCanonical as analyzeText } from "../text/terms.js";
import { TOPIC_CATALOGUE, type TopicDefinition } from "./catalogue.js";

/** A repeated keyword adds a little: saying "military" twice is not twice as much about defence. */
const REPEAT_WEIGHT = 0.25;

interface CompiledKeyword {
  readonly topic: number;
  readonly keyword: number;
  readonly terms: readonly string[];
  readonly weight: number;
}

/** Keywords by their first term; a term may start keywords of several topics. */
const BY_FIRST_TERM = new Map<string, CompiledKeyword[]>();

TOPIC_CATALOGUE.forEach((topic, topicIndex) => {
  topic.keywords.forEach((entry, keywordIndex) => {
    const terms = analyzeText(entry.text);
    const first = terms[0];
    if (first === undefined) return;
    const compiled: CompiledKeyword = {
      topic: topicIndex,
      keyword: keywordIndex,
      terms,
      weight: entry.weight,
    };
    const list = BY_FIRST_TERM.get(first);
    if (list) list.push(compiled);
    else BY_FIRST_TERM.set(first, [compiled]);
  });
});

function matchesAt(terms: readonly string[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((term, offset) => terms[start + offset] === term);
}

/**
 * How strongly a sentence speaks of each catalogue topic: the weights of the distinct keywords it
 * contains, plus a little for repeats. When two keywords of a topic overlap ("military" inside
 * "military exercise"), both count: the longer phrase is the stronger signal.
 * @param terms - the sentence's analysed terms
 * @returns one weight per catalogue topic, in catalogue order
 */
export function topicWeights(terms: readonly string[]): Float64Array {
  const weights = new Float64Array(TOPIC_CATALOGUE.length);
  const seen = new Set<string>();
  terms.forEach((term, position) => {
    for (const keyword of BY_FIRST_TERM.get(term) ?? []) {
      if (!matchesAt(terms, position, keyword.terms)) continue;
      const key = `${keyword.topic}:${keyword.keyword}`;
      weights[keyword.topic] =
        (weights[keyword.topic] ?? 0) + (seen.has(key) ? keyword.weight * REPEAT_WEIGHT : keyword.weight);
      seen.add(key);
    }
  });
  return weights;
}

/**
 * The first term of each of a topic's keywords: every sentence about the topic contains one, so
 * their postings are the topic's candidate sentences.
 * @param topic - a catalogue topic
 */
export function keywordFirstTerms(topic: TopicDefinition): string[] {
  const terms = new Set<string>();
  for (const entry of topic.keywords) {
    const first = analyzeText(entry.text)[0];
    if (first !== undefined) terms.add(first);
  }
  return [...terms];
}

/**
 * The catalogue index of a topic, for reading `topicWeights`.
 * @param topic - a catalogue topic
 */
export function topicIndexOf(topic: TopicDefinition): number {
  return TOPIC_CATALOGUE.indexOf(topic);
}
