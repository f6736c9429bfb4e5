import { describe, expect, it } from "vitest";
import { lemmaOf, lemmatizeText, loadLemmatizer, tagQuestion } from "../src/lexicon/lemma.js";

describe("lemmaOf", () => {
  it.each([
    ["sold", "sell"],
    ["got", "get"],
    ["went", "go"],
    ["talks", "talk"],
    ["talked", "talk"],
    ["planes", "plane"],
    ["received", "receive"],
    ["countries", "country"],
    ["met", "meet"],
    ["held", "hold"],
    ["jets", "jet"],
  ])("%s -> %s", (word, lemma) => {
    expect(lemmaOf(word)).toBe(lemma);
  });

  it("reads the word as the part of speech asked for", () => {
    expect(lemmaOf("leaves", "noun")).toBe("leaf");
    expect(lemmaOf("leaves", "verb")).toBe("leave");
    expect(lemmaOf("meeting", "verb")).toBe("meet");
    expect(lemmaOf("meeting", "noun")).toBe("meeting");
  });

  it("leaves a word that cannot be that part of speech unchanged", () => {
    expect(lemmaOf("sold", "noun")).toBe("sold");
  });

  it("keeps names, designations and words it cannot split into one lemma", () => {
    expect(lemmaOf("jf-17")).toBe("jf-17");
    expect(lemmaOf("hasanov")).toBe("hasanov");
    expect(lemmaOf("")).toBe("");
    expect(lemmaOf("can't")).toBe("can't");
  });

  it("lower-cases what it is given and answers the same from its memo", () => {
    expect(lemmaOf("Went")).toBe("go");
    expect(lemmaOf("Went")).toBe("go");
  });

  it("loads the model once", () => {
    lemmaOf("warm");
    expect(loadLemmatizer()).toBe(0);
  });
});

describe("tagQuestion", () => {
  it("gives each token its lemma, tag and entity type, and the entities as spans", () => {
    const tagged = tagQuestion("Has Azerbaijan received JF-17 jets on 23 January 2025 for $2 billion?");
    const byValue = new Map(tagged.tokens.map((t) => [t.value, t]));
    expect(byValue.get("received")).toMatchObject({ lemma: "receive", pos: "VERB", entity: null });
    expect(byValue.get("jets")).toMatchObject({ lemma: "jet", pos: "NOUN" });
    expect(byValue.get("JF-17")).toMatchObject({ normal: "jf-17", pos: "PROPN" });
    expect(byValue.get("2025")).toMatchObject({ pos: "NUM", entity: "DATE" });
    const types = tagged.entities.map((e) => [e.value, e.type]);
    expect(types).toContainEqual(["23 January 2025", "DATE"]);
    expect(types).toContainEqual(["$2 billion", "MONEY"]);
    for (const entity of tagged.entities) {
      const words = tagged.tokens.slice(entity.firstToken, entity.lastToken + 1).map((t) => t.value);
      expect(entity.value.replace(/\s/g, "")).toBe(words.join(""));
    }
  });

  it("tags numbers and ordinals", () => {
    const tagged = tagQuestion("the 3rd visit of 12 ministers");
    expect(tagged.entities.map((e) => e.type)).toEqual(expect.arrayContaining(["ORDINAL", "CARDINAL"]));
    expect(lemmatizeText("the 3rd visit of 12 ministers").map((t) => t.lemma)).toContain("minister");
  });

  it("gives no tokens for empty text", () => {
    expect(tagQuestion("")).toEqual({ tokens: [], entities: [] });
  });
});
