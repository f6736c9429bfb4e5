import { describe, expect, it } from "vitest";
import { PlannedSurroundings, surroundingTerms } from "../src/answer/surroundings.js";
import { compactStore, expandStore, TermList } from "../src/search/compactStore.js";
import { buildPassageStore } from "../src/search/passageStore.js";
import { buildSentenceIndex } from "../src/search/sentenceIndex.js";
import { recordServedArrays, servedArraysOf } from "../src/search/servedArrays.js";
import { analyzeText } from "../src/text/terms.js";
import type { Article } from "../src/types.js";

function article(id: string, title: string, paragraphs: string[]): Article {
  return { id, date: "2025-03-04", title, publisher: null, place: null, url: null, paragraphs };
}

// Two articles share the middle sentence, so its surroundings come from both.
const shared = "The delegation toured the refinery near the harbour.";
const store = buildPassageStore([
  article("a.txt", "Energy talks in Gwadar", [
    "Ministers opened the energy forum on Monday.",
    `${shared} Engineers explained the pipeline.`,
    "Later the orchestra played in the square.",
  ]),
  article("b.txt", "Shipping news", ["Cranes unloaded grain at the port.", shared]),
]);
const target = store.passages.findIndex((passage) => passage.text === shared);

describe("a passage's surroundings", () => {
  it("finds the question's terms around a passage exactly where the whole surroundings have them", () => {
    const all = surroundingTerms(store, target);
    // From both articles: a neighbouring sentence, the paragraph, each headline and its date.
    for (const word of ["pipeline", "grain", "Gwadar", "shipping", "March"])
      expect(all.has(analyzeText(word)[0] ?? "")).toBe(true);
    // A sentence two paragraphs on is not around it.
    expect(all.has(analyzeText("orchestra")[0] ?? "")).toBe(false);
    const planned = new Set(analyzeText("pipeline orchestra grain violin"));
    const lookup = new PlannedSurroundings(store, planned).of(target);
    for (const term of planned) expect(lookup.has(term)).toBe(all.has(term));
  });

  it("answers each candidate of a question alike when they share an article", () => {
    // One view serves all of a question's candidates, remembering what it found per article and sentence.
    const planned = new Set(analyzeText("pipeline orchestra grain energy cranes ministers"));
    const view = new PlannedSurroundings(store, planned);
    for (const passage of store.passages) {
      const all = surroundingTerms(store, passage.id);
      const lookup = view.of(passage.id);
      for (const term of planned) expect(lookup.has(term)).toBe(all.has(term));
    }
  });

  it("answers a term outside the planned ones from the whole surroundings", () => {
    const lookup = new PlannedSurroundings(store, new Set(analyzeText("violin"))).of(target);
    expect(lookup.has(analyzeText("engineers")[0] ?? "")).toBe(true);
    expect(lookup.has(analyzeText("orchestra")[0] ?? "")).toBe(false);
  });
});

describe("a served store's surroundings, read by term id from its arrays", () => {
  it("answer every planned term of every passage as the lists they were saved from do", () => {
    const index = buildSentenceIndex(store);
    const arrays = compactStore(store, index.data.terms);
    const served = expandStore(arrays, index.data.terms, store.articles);
    recordServedArrays(served, { arrays, dictionary: index.data.terms, termIds: index.termIds });
    expect(servedArraysOf(served)).not.toBeNull();
    // Terms of sentences, of headlines only ("shipping") and of no article ("violin").
    const planned = new Set(analyzeText("pipeline orchestra grain energy cranes ministers shipping violin"));
    const fromArrays = new PlannedSurroundings(served, planned);
    const fromLists = new PlannedSurroundings(store, planned);
    let found = 0;
    for (const passage of store.passages) {
      const byId = fromArrays.of(passage.id);
      const byList = fromLists.of(passage.id);
      for (const term of planned) {
        expect(byId.has(term)).toBe(byList.has(term));
        if (byId.has(term)) found += 1;
      }
    }
    // Not vacuous: most planned terms are around some passage.
    expect(found).toBeGreaterThan(10);
    expect(fromArrays.of(store.passages.length).has(analyzeText("grain")[0] ?? "")).toBe(false);
  });

  it("are not offered for a store built in memory", () => {
    expect(servedArraysOf(store)).toBeNull();
  });
});

describe("a served article's context terms", () => {
  it("answer as the set of the same terms would", () => {
    const list = new TermList(["gwadar", "energi", "2025"]);
    const set = new Set(["gwadar", "energi", "2025"]);
    expect(list.size).toBe(set.size);
    expect([...list]).toEqual([...set]);
    expect([...list.entries()]).toEqual([...set.entries()]);
    for (const term of ["gwadar", "2025", "baku", ""]) expect(list.has(term)).toBe(set.has(term));
    const visited: string[] = [];
    list.forEach((term, key) => visited.push(`${term}=${key}`));
    expect(visited).toEqual(["gwadar=gwadar", "energi=energi", "2025=2025"]);
  });
});
