/**
 * `/topic`: a short extractive summary of a theme, each point quoted from the archive with its
 * sources and dates.
 */
import { analyzeCanonical as analyzeText } from "../text/terms.js";
import type { Article, MeetingSource, TopicSummary } from "../types.js";
import { findTopic, TOPIC_CATALOGUE, topicCatalogue, type TopicDefinition } from "./catalogue.js";
import { keywordFirstTerms, topicIndexOf } from "./keywords.js";
import { prepareTopicCorpus, type PreparedTopicCorpus, type TopicSentence } from "./prepare.js";
import { MAX_POINT_LENGTH, MAX_POINTS, selectPoints, type ScoredSentence } from "./select.js";

/** One passage found by the answer layer's sentence search. */
export interface TopicSearchHit {
  readonly text: string;
  readonly sources: readonly MeetingSource[];
}

/** What `summarizeTopic` reads: plain data, plus the answer layer's search once it is wired in. */
export interface TopicCorpus {
  readonly articles: readonly Article[];
  /** Sentence search for themes outside the catalogue, best first; keyword scoring when absent. */
  readonly search?: (query: string, limit: number) => readonly TopicSearchHit[];
  /** Sentence data from `prepareTopicCorpus(articles)`; built and cached on first use when absent. */
  readonly prepared?: PreparedTopicCorpus;
}

/** A sentence needs this much keyword weight (one strong keyword, or two weak ones) to qualify. */
const MIN_KEYWORD_WEIGHT = 1;
/** Past this keyword weight a sentence is no more about the theme, just a longer list of its words. */
const KEYWORD_SATURATION = 3;
/** A sentence wholly about other themes keeps this share of its score: enumerations are weak. */
const FOCUS_FLOOR = 0.2;
/** Each name, figure or date makes a sentence more informative, up to `MAX_SPECIFICS`. */
const SPECIFIC_BONUS = 0.05;
/** Past this many specifics a sentence is a list of names, not more informative. */
const MAX_SPECIFICS = 8;
/** A sentence opening on a pronoun depends on context the summary does not show. */
const ANAPHORA_FACTOR = 0.8;
/** Sentences that must be cut lose their end; a whole sentence of similar weight is better. */
const OVERLONG_FACTOR = 0.7;
/** Below this score a sentence only touches the theme (about one keyword in 25 terms). */
const MIN_SCORE = 0.2;
/** Points weaker than this share of the best are padding, not part of the theme's story. */
const MIN_RELATIVE_SCORE = 0.25;
/** How many top candidates go through near-duplicate merging and MMR: enough for six points. */
const POOL_SIZE = 60;
/** For free-text themes, every term of a one- or two-term query must be present; past that, this share. */
const MIN_QUERY_COVERAGE = 0.67;
/** How many hits to ask of the injected search: room for merging and redundancy removal. */
const SEARCH_LIMIT = MAX_POINTS * 4;

const PREPARED = new WeakMap<readonly Article[], PreparedTopicCorpus>();

function preparedOf(corpus: TopicCorpus): PreparedTopicCorpus {
  if (corpus.prepared) return corpus.prepared;
  let prepared = PREPARED.get(corpus.articles);
  if (!prepared) {
    prepared = prepareTopicCorpus(corpus.articles);
    PREPARED.set(corpus.articles, prepared);
  }
  return prepared;
}

/** Multipliers shared by both scorers: specific, self-contained, whole sentences win. */
function qualityFactor(sentence: TopicSentence): number {
  const specifics = 1 + SPECIFIC_BONUS * Math.min(sentence.specifics, MAX_SPECIFICS);
  const anaphora = sentence.anaphoric ? ANAPHORA_FACTOR : 1;
  const length = sentence.text.length > MAX_POINT_LENGTH ? OVERLONG_FACTOR : 1;
  return specifics * anaphora * length;
}

/** Ids of the sentences containing any of the terms, each once. */
function candidateIds(prepared: PreparedTopicCorpus, terms: readonly string[]): Set<number> {
  const ids = new Set<number>();
  for (const term of terms) for (const id of prepared.index.get(term) ?? []) ids.add(id);
  return ids;
}

/**
 * Keeps the best `POOL_SIZE` distinct candidates above the absolute floor. A sentence republished
 * word for word by many articles counts once, with every article as a source, so copies of one
 * wire story cannot fill the pool.
 */
function topPool(scored: ScoredSentence[]): ScoredSentence[] {
  const byText = new Map<string, { entry: ScoredSentence; alsoIn: MeetingSource[] }>();
  for (const entry of scored) {
    if (entry.score < MIN_SCORE) continue;
    const known = byText.get(entry.sentence.text);
    if (!known) byText.set(entry.sentence.text, { entry, alsoIn: [] });
    else if (entry.score > known.entry.score) {
      known.alsoIn.push(known.entry.sentence.source);
      known.entry = entry;
    } else known.alsoIn.push(entry.sentence.source);
  }
  return [...byText.values()]
    .map(({ entry, alsoIn }) => ({ ...entry, alsoIn }))
    .sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id)
    .slice(0, POOL_SIZE);
}

/**
 * Relevance of a sentence to a catalogue topic: keyword density (weight over the square root of
 * the sentence's length) times focus (the topic's share of all catalogue keywords in it), so a
 * sentence listing "trade, energy, defence and agriculture" is weak for each of them.
 */
function scoreForTopic(prepared: PreparedTopicCorpus, sentence: TopicSentence, topicIndex: number): number {
  const row = sentence.id * TOPIC_CATALOGUE.length;
  const own = prepared.topicWeights[row + topicIndex] ?? 0;
  if (own < MIN_KEYWORD_WEIGHT) return 0;
  let all = 0;
  for (let topic = 0; topic < TOPIC_CATALOGUE.length; topic++) all += prepared.topicWeights[row + topic] ?? 0;
  const focus = FOCUS_FLOOR + (1 - FOCUS_FLOOR) * (own / all);
  return (
    (Math.min(own, KEYWORD_SATURATION) / Math.sqrt(sentence.terms.length)) * focus * qualityFactor(sentence)
  );
}

function scoreCatalogueTopic(topic: TopicDefinition, prepared: PreparedTopicCorpus): ScoredSentence[] {
  const topicIndex = topicIndexOf(topic);
  const scored: ScoredSentence[] = [];
  for (const id of candidateIds(prepared, keywordFirstTerms(topic))) {
    const sentence = prepared.sentences[id];
    if (sentence) scored.push({ sentence, score: scoreForTopic(prepared, sentence, topicIndex) });
  }
  return scored;
}

function summaryOf(topic: TopicDefinition, scored: ScoredSentence[]): TopicSummary {
  const points = selectPoints(topPool(scored), { minRelativeScore: MIN_RELATIVE_SCORE });
  return { topic: topic.name, status: points.length > 0 ? "answered" : "no_answer", points };
}

function summarizeCatalogueTopic(topic: TopicDefinition, prepared: PreparedTopicCorpus): TopicSummary {
  return summaryOf(topic, scoreCatalogueTopic(topic, prepared));
}

/**
 * The scored sentences a catalogue topic's summary may draw on, strongest first: every sentence
 * scoring at least as well as the `distinctTexts`-th best text, with all its copies. A sentence's
 * score depends on the sentence alone, so the candidates of two corpora together are the union of
 * theirs; an archive updated by the article keeps these instead of re-reading every article.
 * @param name - a catalogue topic's name
 * @param prepared - the corpus's sentence data
 * @param distinctTexts - how many distinct texts to keep (more than a summary's pool, to survive deletions)
 */
export function topicCandidates(
  name: string,
  prepared: PreparedTopicCorpus,
  distinctTexts: number,
): ScoredSentence[] {
  const topic = findTopic(name);
  if (!topic) return [];
  const scored = scoreCatalogueTopic(topic, prepared)
    .filter((entry) => entry.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  const texts = new Set<string>();
  let cut = scored.length;
  for (const [at, entry] of scored.entries()) {
    if (!texts.has(entry.sentence.text) && texts.size === distinctTexts) {
      cut = at;
      break;
    }
    texts.add(entry.sentence.text);
  }
  return scored.slice(0, cut);
}

/**
 * A catalogue topic's summary from candidate sentences (see {@link topicCandidates}), exactly as
 * `summarizeTopic` would summarise a corpus holding them.
 * @param name - a catalogue topic's name
 * @param candidates - scored sentences; ids order equal scores as corpus order does
 */
export function summarizeCandidates(
  name: string,
  candidates: readonly ScoredSentence[],
): TopicSummary | null {
  const topic = findTopic(name);
  return topic ? summaryOf(topic, [...candidates]) : null;
}

/** Keyword scoring for a theme outside the catalogue: idf-weighted query coverage and density. */
function scoreFreeText(prepared: PreparedTopicCorpus, queryTerms: readonly string[]): ScoredSentence[] {
  const total = prepared.sentences.length;
  const idf = new Map(
    queryTerms.map((term) => [term, Math.log(1 + total / (prepared.index.get(term)?.length ?? total))]),
  );
  const idfSum = [...idf.values()].reduce((sum, value) => sum + value, 0);
  const needAll = queryTerms.length <= 2;
  const scored: ScoredSentence[] = [];
  for (const id of candidateIds(prepared, queryTerms)) {
    const sentence = prepared.sentences[id];
    if (!sentence) continue;
    const present = new Set(sentence.terms);
    const matched = queryTerms.filter((term) => present.has(term));
    const coverage = matched.reduce((sum, term) => sum + (idf.get(term) ?? 0), 0) / idfSum;
    if (needAll ? matched.length < queryTerms.length : coverage < MIN_QUERY_COVERAGE) continue;
    const density = matched.length / Math.sqrt(sentence.terms.length);
    scored.push({ sentence, score: coverage * density * qualityFactor(sentence) });
  }
  return scored;
}

/** Wraps the injected search's hits as scored sentences, best first, off-topic hits dropped. */
function scoreSearchHits(hits: readonly TopicSearchHit[], queryTerms: readonly string[]): ScoredSentence[] {
  const wanted = new Set(queryTerms);
  const scored: ScoredSentence[] = [];
  hits.forEach((hit, rank) => {
    const [first, ...others] = hit.sources;
    const terms = analyzeText(hit.text);
    if (!first || !terms.some((term) => wanted.has(term))) return;
    const sentence: TopicSentence = {
      id: -1 - rank,
      text: hit.text,
      source: first,
      terms,
      specifics: 0,
      anaphoric: false,
    };
    // Rank order is all the search tells us: decay gently so MMR can still prefer novelty.
    scored.push({ sentence, score: 1 / (1 + rank * 0.1), alsoIn: others });
  });
  return scored;
}

function summarizeFreeText(name: string, corpus: TopicCorpus, prepared: PreparedTopicCorpus): TopicSummary {
  const topic = name.trim();
  const queryTerms = [...new Set(analyzeText(topic))];
  const pool =
    queryTerms.length === 0
      ? []
      : corpus.search
        ? scoreSearchHits(corpus.search(topic, SEARCH_LIMIT), queryTerms)
        : topPool(scoreFreeText(prepared, queryTerms));
  const points = selectPoints(pool, { minRelativeScore: MIN_RELATIVE_SCORE });
  if (points.length > 0) return { topic, status: "answered", points };
  return { topic, status: "no_answer", points: [], catalogue: topicCatalogue() };
}

/**
 * Summarises a theme of the archive in at most `MAX_POINTS` extractive points of at most
 * `MAX_POINT_LENGTH` characters, each cited to every article that carries it.
 *
 * A catalogue theme (found by name or alias, any case or spelling) is scored by keyword density and
 * focus, so sentences that only list the theme among others lose to sentences about it; near-
 * duplicates across articles become one point with all their sources; MMR keeps the points from
 * repeating each other. Points are ordered by weight, strongest first, not by date: merged points
 * carry several dates, some articles are undated, and the reader of a short summary should meet
 * the most central fact first (each point shows its dates anyway).
 *
 * A theme outside the catalogue is answered from `corpus.search` when given, else from keyword
 * scoring over the archive's sentences; when nothing covers it the status is `no_answer` and the
 * catalogue is attached. Catalogue summaries are computed once per corpus and cached.
 * @param name - the theme as typed by the user
 * @param corpus - the articles, and optionally the answer layer's search and prepared data
 */
export function summarizeTopic(name: string, corpus: TopicCorpus): TopicSummary {
  const prepared = preparedOf(corpus);
  const topic = findTopic(name);
  if (!topic) return summarizeFreeText(name, corpus, prepared);
  const cached = prepared.summaries.get(topic.name);
  if (cached) return cached;
  const summary = summarizeCatalogueTopic(topic, prepared);
  prepared.summaries.set(topic.name, summary);
  return summary;
}
