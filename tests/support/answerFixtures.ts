/**
 * Small archives written inline for answer-layer tests: pages in, an answer engine and a question
 * analyser over it out.
 */
import { defaultWordKnowledge } from "../../src/answer/lexiconWords.js";
import { analyseQuestion, type AnalysedQuestion } from "../../src/answer/questionAnalysis.js";
import { parseArticle } from "../../src/ingest/parseArticle.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../../src/search/engine.js";
import type { Article } from "../../src/types.js";

/**
 * An article made directly from clean paragraphs (no page to parse), from "Test Wire".
 * @param id - its file name, without ".txt"
 * @param paragraphs - its body
 * @param date - its date
 */
export function plainArticle(id: string, paragraphs: readonly string[], date = "2025-06-10"): Article {
  return {
    id: `${id}.txt`,
    date,
    title: `Report ${id}`,
    publisher: "Test Wire",
    place: null,
    url: null,
    paragraphs,
  };
}

/** Parses one inline page, failing the test when it holds no article. */
export function articleOf(id: string, page: string): Article {
  const parsed = parseArticle(id, page);
  if (!("article" in parsed) || parsed.article === null) throw new Error(`fixture ${id} did not parse`);
  return parsed.article;
}

/** The answer engine over inline pages, by file name. */
export function engineOf(pages: Readonly<Record<string, string>>): BuiltAnswerEngine {
  return buildAnswerEngine(Object.entries(pages).map(([id, page]) => articleOf(id, page)));
}

/** Analyses a question against an engine's vocabulary, failing the test when it is invalid. */
export function analysedIn(engine: BuiltAnswerEngine, question: string): AnalysedQuestion {
  const result = analyseQuestion(question, defaultWordKnowledge(), {
    has: (term) => (engine.store.articleFrequency.get(term) ?? 0) > 0,
    nearest: () => null,
  });
  if ("error" in result) throw new Error(result.error);
  return result;
}
