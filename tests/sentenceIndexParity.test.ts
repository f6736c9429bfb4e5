/**
 * The typed-array sentence index replaced MiniSearch for speed (see README, Performance). It must
 * still rank as MiniSearch does over the same passages and terms, so MiniSearch stays the reference.
 */
import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { analyseQuestion } from "../src/answer/questionAnalysis.js";
import { NO_WORD_KNOWLEDGE } from "../src/answer/wordKnowledge.js";
import { readArchive } from "../src/ingest/readArchive.js";
import { buildPassageStore, type PassageStore } from "../src/search/passageStore.js";
import { buildSentenceIndex, type SentenceIndex } from "../src/search/sentenceIndex.js";
import { analyzeText } from "../src/text/terms.js";

const QUESTIONS = [
  "When did Azerbaijan receive the JF-17 Thunder Block III aircraft?",
  "Who did Asim Munir meet in Lachin?",
  "Which city is being twinned with Baku?",
  "What did the people of Azerbaijan celebrate after the conflict with India?",
  "In which energy sectors do the countries want joint ventures?",
  "What links did Gilani underscore?",
  "What did Raja Furqan Ahmed say about the defence sector?",
];

describe("the sentence index ranks as MiniSearch does", () => {
  let store: PassageStore;
  let ours: SentenceIndex;
  let reference: MiniSearch<{ id: number; text: string }>;

  beforeAll(async () => {
    store = buildPassageStore((await readArchive("seeds")).articles);
    ours = buildSentenceIndex(store);
    reference = new MiniSearch<{ id: number; text: string }>({
      fields: ["text"],
      tokenize: (text) => [...analyzeText(text)],
      processTerm: (term) => term,
    });
    reference.addAll(store.passages.map(({ id, text }) => ({ id, text })));
  });

  it.each(QUESTIONS)("%s", (question) => {
    const analysed = analyseQuestion(question, NO_WORD_KNOWLEDGE);
    if ("error" in analysed) throw new Error(analysed.error);
    const terms = [...analysed.terms, ...analysed.timeTerms];
    const expected = reference
      .search(
        { queries: terms, combineWith: "OR" },
        { tokenize: (text) => [text], processTerm: (term) => term, prefix: false, fuzzy: false },
      )
      .slice(0, 10);
    const got = ours.search(terms, 10);
    expect(got.map((candidate) => candidate.passageId)).toEqual(expected.map((result) => Number(result.id)));
    for (const [at, candidate] of got.entries()) {
      expect(candidate.score).toBeCloseTo(expected[at]?.score ?? Number.NaN, 6);
    }
  });
});
