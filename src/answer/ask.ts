/**
 * Answering a question from the archive: retrieve candidate sentences, judge each against the
 * question, and answer with the best only when the evidence covers what was asked.
 */
import type { PassageStore } from "../search/passageStore.js";
import type { SentenceSearch } from "../search/sentenceIndex.js";
import { relatedTerms } from "../text/terms.js";
import { resolveSentenceDate } from "../meetings/dates.js";
import type { AskResult, Citation, Excerpt, IsoDate } from "../types.js";
import { findAnswerSpan } from "./answerSpan.js";
import { judgePassage, questionWeights, termWeight, type Judgement } from "./evidence.js";
import { analyseQuestion, type AnalysedQuestion, type AnswerKind } from "./question.js";

/** Date phrases that count from the article's date. */
const RELATIVE_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/iu;
/** Excerpts shown at most (the "up to 3"). */
export const MAX_EXCERPTS = 3;
/** Candidates judged per question: enough to reach past BM25's bias toward short sentences. */
const CANDIDATES_JUDGED = 40;
/** The best sentence and its surroundings must carry this share of the question's weight... */
const MIN_COVERAGE = 0.5;
/** ...and the sentence itself this share of its topic words, so it is about the question, not next to it. */
const MIN_TOPIC_IN_SENTENCE = 0.4;
/** Further excerpts must score at least this share of the best one, or they are loosely related. */
const MIN_RELATIVE_SCORE = 0.6;
/** Very short sentences are quoted with the next one, so the excerpt stands on its own. */
const MIN_EXCERPT_LENGTH = 60;

/** What answering needs: the passages and the retrieval behind a small interface. */
export interface AnswerEngine {
  readonly store: PassageStore;
  readonly index: SentenceSearch;
}

function citationOf(store: PassageStore, articleIndex: number): Citation | null {
  const article = store.articles[articleIndex];
  if (!article) return null;
  return { source: article.id, title: article.title, publisher: article.publisher, date: article.date };
}

/** Sentences that open on a reference back ("It pledged ...", "These consultations ...") need the one before. */
const OPENS_WITH_REFERENCE =
  /^(?:It|Its|This|These|That|Those|He|She|They|His|Her|Their|The latter|The former)\b/u;

function excerptText(store: PassageStore, passageId: number): string {
  const passage = store.passages[passageId];
  if (!passage) return "";
  const order = store.articlePassages[passage.articleIndexes[0] ?? -1] ?? [];
  const position = order.indexOf(passageId);
  if (OPENS_WITH_REFERENCE.test(passage.text)) {
    const previous = store.passages[order[position - 1] ?? -1];
    if (previous) return `${previous.text} ${passage.text}`;
  }
  if (passage.text.length >= MIN_EXCERPT_LENGTH) return passage.text;
  const next = store.passages[order[position + 1] ?? -1];
  return next ? `${passage.text} ${next.text}` : passage.text;
}

function excerptOf(store: PassageStore, passageId: number): Excerpt | null {
  const passage = store.passages[passageId];
  const citations = (passage?.articleIndexes ?? [])
    .map((articleIndex) => citationOf(store, articleIndex))
    .filter((citation): citation is Citation => citation !== null);
  const [citation, ...alsoIn] = citations;
  if (!citation) return null;
  return { text: excerptText(store, passageId), citation, alsoIn };
}

/**
 * Whether the best judgement covers the question well enough to answer: every name and date the
 * question gives is found, and the sentence itself carries the question's topic words (or, for a
 * question made only of names, the names).
 */
function coversQuestion(best: Judgement, kind: AnswerKind): boolean {
  if (!best.anchorsFound) return false;
  // "What meeting was due on Independence Day?": the names and a specific "Trilateral meeting" suffice,
  // whatever words the article uses for "due".
  if (kind === "which" && best.hasAnchors && best.anchorsInSentence && best.holdsKind) return true;
  // A question made only of names: one of them must stand in the sentence; the others may be
  // referred to ("the prime minister met President Aliyev" after a sentence naming Sharif).
  if (!best.hasTopic) return best.hasAnchors && best.someAnchorInSentence;
  return best.topicInSentence >= MIN_TOPIC_IN_SENTENCE && best.coverage >= MIN_COVERAGE;
}

function rankEvidence(engine: AnswerEngine, question: AnalysedQuestion): Judgement[] {
  const asked = [...question.terms, ...question.timeTerms];
  const queryTerms = [...new Set([...asked, ...asked.flatMap(relatedTerms)])].filter(
    (term) => termWeight(engine.store, term) > 0,
  );
  const candidates = engine.index.search(queryTerms, CANDIDATES_JUDGED);
  const topScore = candidates[0]?.score ?? 1;
  const weights = questionWeights(engine.store, question);
  return candidates
    .map((candidate) =>
      judgePassage(engine.store, question, weights, candidate.passageId, candidate.score / topScore),
    )
    .sort((a, b) => Number(b.anchorsFound) - Number(a.anchorsFound) || b.score - a.score);
}

/** Day names and "yesterday" mean nothing without the article's date: "On Friday" becomes "On Friday (2025-11-07)". */
function withCalendarDate(span: string, articleDate: IsoDate | null): string {
  if (articleDate === null || !RELATIVE_DAY.test(span)) return span;
  const resolved = resolveSentenceDate(span, { articleDate, previousEnd: null });
  return resolved?.precision === "day" && resolved.date !== null ? `${span} (${resolved.date})` : span;
}

function noAnswer(question: string): AskResult {
  return { question, status: "no_answer", answer: "", excerpts: [] };
}

/**
 * Answers a question with quoted, cited excerpts, or abstains when the archive does not cover it.
 * @param engine - the passages and their index
 * @param question - the question as typed
 */
export function askQuestion(engine: AnswerEngine, question: string): AskResult {
  const analysed = analyseQuestion(question);
  if ("error" in analysed)
    return { question, status: "invalid", answer: "", excerpts: [], error: analysed.error };
  const ranked = rankEvidence(engine, analysed);
  const best = ranked[0];
  if (!best || !coversQuestion(best, analysed.kind)) return noAnswer(question);

  const chosen = ranked
    .filter((judgement) => judgement.anchorsFound && judgement.score >= best.score * MIN_RELATIVE_SCORE)
    .slice(0, MAX_EXCERPTS);
  const excerpts = chosen
    .map((judgement) => excerptOf(engine.store, judgement.passageId))
    .filter((excerpt): excerpt is Excerpt => excerpt !== null);
  const bestText = engine.store.passages[best.passageId]?.text ?? "";
  const span = findAnswerSpan(bestText, analysed.kind, new Set(analysed.terms));
  const dated =
    span && analysed.kind === "when" ? withCalendarDate(span, excerpts[0]?.citation.date ?? null) : span;
  const answer = dated ? `${dated.charAt(0).toUpperCase()}${dated.slice(1)} — ${bestText}` : bestText;
  return { question, status: "answered", answer, excerpts };
}
