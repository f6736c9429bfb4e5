/**
 * Retrieval in a large archive leaves an alternative that most articles use to scoring: its
 * postings are the query's longest, and the sentences only it finds are everyday talk.
 */
import { describe, expect, it } from "vitest";
import { defaultWordKnowledge } from "../src/answer/lexiconWords.js";
import { expandQuery } from "../src/answer/queryExpansion.js";
import { retrieveCandidates } from "../src/answer/retrieval.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../src/search/engine.js";
import type { Article } from "../src/types.js";
import { analysedIn, plainArticle } from "./support/answerFixtures.js";

const QUESTION = "when did azerbaijan get the planes";

/** An archive of `size` articles, `withAircraft` of which say "aircraft" in passing. */
function archive(size: number, withAircraft: number): BuiltAnswerEngine {
  const articles: Article[] = [
    plainArticle("jets", ["Azerbaijan received JF-17 fighter aircraft from Pakistan in September 2024."]),
  ];
  for (let at = 0; at < size - 1; at++)
    articles.push(
      plainArticle(`filler_${at}`, [
        at < withAircraft
          ? `The museum in district ${at} shows an old aircraft beside a tram.`
          : `The museum in district ${at} shows an old tram beside a fountain.`,
      ]),
    );
  return buildAnswerEngine(articles);
}

/** Every term the retrieval of QUESTION searched by. */
function searchedTerms(engine: BuiltAnswerEngine): Set<string> {
  const searched = new Set<string>();
  const index = engine.index;
  const original = index.searchByPrefix?.bind(index);
  const search = index.search.bind(index);
  index.search = (terms, limit) => {
    for (const term of terms) searched.add(term);
    return search(terms, limit);
  };
  if (original !== undefined)
    index.searchByPrefix = (terms, prefixes, limit) => {
      for (const term of terms) searched.add(term);
      return original(terms, prefixes, limit);
    };
  const question = analysedIn(engine, QUESTION);
  const expanded = expandQuery(question, engine.store, defaultWordKnowledge());
  retrieveCandidates(engine.store, engine.index, question, expanded);
  return searched;
}

describe("retrieval by a question word's alternatives", () => {
  it("searches a dictionary alternative that few articles use (planes: aircraft)", () => {
    expect(searchedTerms(archive(240, 10)).has("aircraft")).toBe(true);
  });

  it("leaves to scoring an alternative that most articles of a large archive use", () => {
    expect(searchedTerms(archive(240, 120)).has("aircraft")).toBe(false);
  });

  it("still searches it in a small archive, where every word is in a large share of the articles", () => {
    expect(searchedTerms(archive(40, 20)).has("aircraft")).toBe(true);
  });
});
