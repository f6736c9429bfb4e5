import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeLemmaTerms, lemmaTermsKey, loadLemmaTerms } from "../src/answer/lemmaTerms.js";
import { expandQuery } from "../src/answer/queryExpansion.js";
import type { WordKnowledge } from "../src/answer/wordKnowledge.js";
import { PROJECT_ROOT } from "../src/config.js";
import { analyzeText } from "../src/text/terms.js";
import { analysedIn, engineOf } from "./support/answerFixtures.js";

const cacheDir = mkdtempSync(join(tmpdir(), "dostluq-lemma-terms-"));
// Sorted as WordNet's list is; a stopword, a phrase and inflected forms among them.
const LEMMAS = ["aircraft", "cooperation", "fighter aircraft", "talks", "the", "went"];

afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

/** What the analyser gives a lemma, read the way expansion reads it: one term, or none. */
function analysed(lemma: string): string | null {
  const terms = analyzeText(lemma);
  return terms.length === 1 ? (terms[0] ?? null) : null;
}

describe("lemma terms", () => {
  it("hold the analyser's single term of each lemma, none for phrases and stopwords", () => {
    const terms = computeLemmaTerms(LEMMAS);
    expect(terms).toEqual(LEMMAS.map(analysed));
    expect(terms[LEMMAS.indexOf("fighter aircraft")]).toBeNull();
    expect(terms[LEMMAS.indexOf("the")]).toBeNull();
    expect(terms[LEMMAS.indexOf("talks")]).toBe(analyzeText("talk")[0]);
  });

  it("are saved once and read back, answering undefined for a lemma they do not hold", () => {
    const first = loadLemmaTerms(LEMMAS, "test", cacheDir);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith("lemma-terms-"))).toHaveLength(1);
    const misses: string[] = [];
    const second = loadLemmaTerms(LEMMAS, "test", cacheDir, (reason) => misses.push(reason));
    expect(misses).toEqual([]);
    for (const lookup of [first, second]) {
      for (const lemma of LEMMAS) expect(lookup(lemma)).toBe(analysed(lemma));
      expect(lookup("planes")).toBeUndefined();
      expect(lookup("")).toBeUndefined();
      expect(lookup("zzz")).toBeUndefined();
    }
  });

  it("read a lemma by its index in the list, and search for it when the index is not its own", () => {
    const lookup = loadLemmaTerms(LEMMAS, "test", cacheDir);
    const at = LEMMAS.indexOf("went");
    expect(lookup("went", at)).toBe(analysed("went"));
    expect(lookup("went", at + 1)).toBe(analysed("went"));
    expect(lookup("went", 99)).toBe(analysed("went"));
    expect(lookup("planes", at)).toBeUndefined();
  });

  it("look lemmas up in an unsorted list too", () => {
    const shuffled = ["went", "aircraft", "the", "talks"];
    const lookup = loadLemmaTerms(shuffled, "unsorted", cacheDir);
    for (const lemma of shuffled) expect(lookup(lemma)).toBe(analysed(lemma));
    expect(lookup("cooperation")).toBeUndefined();
  });

  it("are computed anew from a file that does not hold one term per lemma", () => {
    loadLemmaTerms(LEMMAS, "short", cacheDir);
    const file = join(cacheDir, "lemma-terms-short.json");
    writeFileSync(file, JSON.stringify(["aircraft"]));
    const misses: string[] = [];
    const lookup = loadLemmaTerms(LEMMAS, "short", cacheDir, (reason) => misses.push(reason));
    expect(misses.some((reason) => reason.includes("do not match the 6 lemmas"))).toBe(true);
    expect(lookup("went")).toBe(analysed("went"));
  });

  it("keep working in memory when the cache folder cannot be written", () => {
    const blocked = join(cacheDir, "file");
    writeFileSync(blocked, "not a folder");
    const misses: string[] = [];
    const lookup = loadLemmaTerms(LEMMAS, "other", join(blocked, "sub"), (reason) => misses.push(reason));
    expect(lookup("talks")).toBe(analysed("talks"));
    expect(misses.some((reason) => reason.includes("not written"))).toBe(true);
  });

  it("are keyed by the WordNet version, and the same key for the same code", () => {
    const src = join(PROJECT_ROOT, "src");
    expect(lemmaTermsKey(src, "3.1.14")).toBe(lemmaTermsKey(src, "3.1.14"));
    expect(lemmaTermsKey(src, "3.1.14")).not.toBe(lemmaTermsKey(src, "3.1.15"));
  });

  it("are what expansion takes a dictionary lemma's term from, when the dictionary has them", () => {
    const engine = engineOf({
      "a_jets.txt": ` date 2024-10-02 Air force takes delivery
Azerbaijan received twelve Pakistani-made warplanes in late September 2024, the defence ministry said.
The warplanes will be based near Ganja.
`,
    });
    const question = analysedIn(engine, "what planes did azerbaijan get");
    // Expansion remembers each lemma's term: each dictionary here relates "plane" to a lemma of its own.
    const dictionary = (
      related: string,
      termOfLemma?: (lemma: string) => string | null | undefined,
    ): WordKnowledge => ({
      isCommonWord: () => true,
      related: (lemma) =>
        lemma === "plane"
          ? [{ lemma: related, relation: "synonym", distance: 1, pos: "noun", sense: 0 }]
          : [],
      correctSpelling: () => null,
      isRareWord: () => false,
      senseCount: () => 1,
      ...(termOfLemma === undefined ? {} : { termOfLemma }),
    });
    const [plane] = analyzeText("planes");
    const [warplane] = analyzeText("warplanes");
    const termsFound = (words: WordKnowledge): string[] | undefined =>
      expandQuery(question, engine.store, words)
        .alternatives.get(plane ?? "")
        ?.map((alternative) => alternative.term);
    // Analysed, the phrase stands for its head ("craft"), which no article has: no alternative.
    expect(termsFound(dictionary("military craft"))).toBeUndefined();
    // Looked up, it is the term the dictionary's table gives it.
    expect(termsFound(dictionary("war craft", () => warplane ?? null))).toEqual([warplane]);
    // A lemma the table does not hold is analysed as before.
    expect(termsFound(dictionary("air craft", () => undefined))).toBeUndefined();
  });
});
