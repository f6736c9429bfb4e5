/**
 * Judging whether a passage answers a question.
 *
 * A passage is credited for the question's terms it contains, each weighted by how rare it is
 * across articles, and half-credited for terms in its surroundings (its paragraph, the sentences
 * beside it, its article's headline and date), where a news sentence often leaves its subject,
 * speaker or place. Names in the question (anchors) gate and rank separately from the topic words:
 * once the evidence is about the right people, what decides between sentences is whether they say
 * something about what was asked ("the defence sector"), not how often they repeat the names.
 */
import type { PassageStore } from "../search/passageStore.js";
import { analyzeText } from "../text/terms.js";
import type { AnalysedQuestion, AnswerKind } from "./question.js";

/** A term in more than this share of articles proves nothing (Pakistan, Azerbaijan, bilateral). */
const CORPUS_WIDE_SHARE = 0.8;
/** Below this many articles every term is "in most articles"; the corpus-wide rule would blank all. */
const MIN_ARTICLES_FOR_CORPUS_WIDE_RULE = 5;
/** Credit for a name found around the sentence: pronouns carry people from sentence to sentence. */
const ANCHOR_CONTEXT_CREDIT = 0.5;
/** Credit for a topic word found only around it: a neighbour's topic does not make a sentence about it. */
const TOPIC_CONTEXT_CREDIT = 0.25;
/** The focus of a what/which question ("topics", "city") is what the answer sentence must be about. */
const FOCUS_BOOST = 2;
/** Share of the ranking given to names; the rest goes to topic words, which discriminate better. */
const ANCHOR_SHARE = 0.35;
/** A name of several words is found when this share of its weight is ("Aliyev" for "Ilham Aliyev"). */
const ANCHOR_GROUP_FOUND_SHARE = 0.5;
/** Bonus when the sentence holds the kind of thing asked for (a date for "when", ...). */
const ANSWER_KIND_BONUS = 0.15;
/** Weight of the BM25 score, a tie-breaker that favours short, focused sentences. */
const BM25_WEIGHT = 0.1;

/** How well one passage answers a question. */
export interface Judgement {
  readonly passageId: number;
  /** Whether the question has weighted topic words (words other than names, months and years). */
  readonly hasTopic: boolean;
  /** Share of the topic words' weight found in the sentence itself (0-1). */
  readonly topicInSentence: number;
  /** Share of the topic words' weight found only around it (0-1). */
  readonly topicInContext: number;
  /** Share of all the question's weight, names included, found in the sentence or around it (0-1). */
  readonly coverage: number;
  /** Every name of the question and every month/year it gives is found in the sentence or around it. */
  readonly anchorsFound: boolean;
  /** Every name of the question stands in the sentence itself. */
  readonly anchorsInSentence: boolean;
  /** Whether the question names anyone or anything specific (weighted names). */
  readonly hasAnchors: boolean;
  /** The sentence holds the kind of thing asked for (a date for "when", a specific X for "which X"). */
  readonly holdsKind: boolean;
  readonly score: number;
}

/**
 * How much a term says about where an answer is: a BM25-style inverse article frequency,
 * zero for terms found in almost every article.
 * @param store - the passage store with its article frequencies
 * @param term - an analysed term
 */
export function termWeight(store: PassageStore, term: string): number {
  const articles = store.articles.length;
  const frequency = store.articleFrequency.get(term) ?? 0;
  if (articles >= MIN_ARTICLES_FOR_CORPUS_WIDE_RULE && frequency / articles > CORPUS_WIDE_SHARE) return 0;
  return Math.log(1 + (articles - frequency + 0.5) / (frequency + 0.5));
}

/**
 * Terms around a passage in each article that carries it: its paragraph, the sentences beside it,
 * and the article's headline and date.
 */
function surroundingTerms(store: PassageStore, passageId: number): Set<string> {
  const terms = new Set<string>();
  const passage = store.passages[passageId];
  for (const articleIndex of passage?.articleIndexes ?? []) {
    for (const term of store.articleContextTerms[articleIndex] ?? []) terms.add(term);
    const order = store.articlePassages[articleIndex] ?? [];
    const paragraphs = store.articleParagraphs[articleIndex] ?? [];
    const position = order.indexOf(passageId);
    const paragraph = paragraphs[position];
    for (const [index, neighbour] of order.entries()) {
      if (Math.abs(index - position) !== 1 && paragraphs[index] !== paragraph) continue;
      for (const term of store.passages[neighbour]?.terms ?? []) terms.add(term);
    }
  }
  return terms;
}

const MONTH_OR_DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b|\b(?:19|20)\d{2}\b|\b(?:last|next|this|earlier this|later this) (?:week|month|year)\b/iu;

/** Words that make a noun specific: "the FIFTH anniversary", "the 2nd round". */
const SPECIFIC_MODIFIER =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?|\p{Lu}.*)$/u;

/**
 * Whether a sentence names a specific instance of what a which-question asks for: the focus noun
 * with a specific modifier before it ("the fifth anniversary", "United Nations Conference") or an
 * enumeration after it ("topics, including ...").
 */
function namesFocus(text: string, focus: ReadonlySet<string>): boolean {
  const words = text.split(/\s+/u);
  for (const [position, word] of words.entries()) {
    const term = analyzeText(word)[0];
    if (term === undefined || !focus.has(term)) continue;
    const before = (words[position - 1] ?? "").replace(/[^\p{L}\p{N}]/gu, "");
    if (position > 1 && SPECIFIC_MODIFIER.test(before)) return true;
    if (
      /^(?:[,:]\s*)?(?:including|such as|namely|like)\b/u.test(
        `${word.replace(/^[\p{L}\p{N}'’-]+/u, "")} ${words.slice(position + 1, position + 3).join(" ")}`.trim(),
      )
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a sentence holds the kind of thing a question asks for. */
export function holdsAnswerKind(
  text: string,
  kind: AnswerKind,
  focus: ReadonlySet<string> = new Set(),
): boolean {
  switch (kind) {
    case "which":
      return namesFocus(text, focus);
    case "when":
      return MONTH_OR_DAY.test(text);
    case "where":
      return /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(text);
    case "who":
      return /\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.?\s+)?\p{Lu}\p{Ll}+/u.test(text);
    case "other":
      return false;
  }
}

/** Weighted share of `terms` found in `own` (full credit) or `around` (partial credit). */
interface Coverage {
  readonly total: number;
  readonly inSentence: number;
  readonly inContext: number;
}

function coverageOf(
  weights: ReadonlyMap<string, number>,
  own: ReadonlySet<string>,
  around: ReadonlySet<string>,
): Coverage {
  let total = 0;
  let inSentence = 0;
  let inContext = 0;
  for (const [term, weight] of weights) {
    total += weight;
    if (own.has(term)) inSentence += weight;
    else if (around.has(term)) inContext += weight;
  }
  return { total, inSentence, inContext };
}

function creditOf(coverage: Coverage, contextCredit: number): number {
  return coverage.total === 0
    ? 0
    : (coverage.inSentence + contextCredit * coverage.inContext) / coverage.total;
}

/**
 * The weight of each of the question's terms, focus terms boosted.
 * @param store - the passage store
 * @param question - the analysed question
 */
export function questionWeights(store: PassageStore, question: AnalysedQuestion): Map<string, number> {
  const focus = new Set(question.focus);
  const weights = new Map<string, number>();
  for (const term of question.terms) {
    weights.set(term, termWeight(store, term) * (focus.has(term) ? FOCUS_BOOST : 1));
  }
  return weights;
}

/**
 * Judges one passage against a question.
 * @param store - the passage store
 * @param question - the analysed question
 * @param weights - the question's term weights (from `questionWeights`)
 * @param passageId - the passage to judge
 * @param bm25 - the passage's retrieval score relative to the best candidate (0-1)
 */
export function judgePassage(
  store: PassageStore,
  question: AnalysedQuestion,
  weights: ReadonlyMap<string, number>,
  passageId: number,
  bm25: number,
): Judgement {
  const passage = store.passages[passageId];
  const own = new Set(passage?.terms ?? []);
  const around = surroundingTerms(store, passageId);

  const all = coverageOf(weights, own, around);
  const anchorTerms = new Set(question.anchorGroups.flat());
  const anchorWeights = new Map([...weights].filter(([term, weight]) => anchorTerms.has(term) && weight > 0));
  const topicWeights = new Map([...weights].filter(([term]) => !anchorTerms.has(term)));
  const anchors = coverageOf(anchorWeights, own, around);
  const topic = coverageOf(topicWeights, own, around);

  let anchorsFound = question.timeTerms.every((term) => own.has(term) || around.has(term));
  let anchorsInSentence = true;
  for (const group of question.anchorGroups) {
    const groupWeights = new Map(group.map((term) => [term, weights.get(term) ?? 0] as const));
    const found = coverageOf(groupWeights, own, around);
    if (found.total === 0) continue;
    if ((found.inSentence + found.inContext) / found.total < ANCHOR_GROUP_FOUND_SHARE) anchorsFound = false;
    if (found.inSentence / found.total < ANCHOR_GROUP_FOUND_SHARE) anchorsInSentence = false;
  }

  const hasAnchors = anchors.total > 0;
  const hasTopic = topic.total > 0;
  if (!hasAnchors && !hasTopic) anchorsInSentence = false;
  const anchorShare = hasAnchors ? (hasTopic ? ANCHOR_SHARE : 1) : 0;
  const relevance =
    anchorShare * creditOf(anchors, ANCHOR_CONTEXT_CREDIT) +
    (1 - anchorShare) * creditOf(topic, TOPIC_CONTEXT_CREDIT);
  const holdsKind =
    passage !== undefined && holdsAnswerKind(passage.text, question.kind, new Set(question.focus));
  const kindBonus = holdsKind ? ANSWER_KIND_BONUS : 0;
  return {
    passageId,
    hasTopic,
    topicInSentence: hasTopic ? topic.inSentence / topic.total : 0,
    topicInContext: hasTopic ? topic.inContext / topic.total : 0,
    coverage: all.total === 0 ? 0 : (all.inSentence + all.inContext) / all.total,
    anchorsFound,
    anchorsInSentence,
    hasAnchors,
    holdsKind,
    score: relevance + kindBonus + BM25_WEIGHT * bm25,
  };
}
