import { describe, expect, it } from "vitest";
import { analyzeText, rememberTerms } from "../src/text/terms.js";

describe("rememberTerms", () => {
  it("gives each word of a text the term its whole analysis gave it", () => {
    const text = "The Zorvanite delegations’ talks in Qelbara, on 3 May, covered JF-17 deliveries.";
    const terms = analyzeText(text);
    rememberTerms(text, terms);
    const byWord = text.split(/\s+/u).map((word) => analyzeText(word));
    expect(byWord.flat()).toEqual(terms);
  });

  it("serves the remembered terms afterwards: a later word-by-word reading does not analyse again", () => {
    // Terms that analysis would never give, to see that they are the ones served.
    // Four words, none a stopword; analysing the text first would remember the real terms.
    const made = ["made0", "made1", "made2", "made3"];
    rememberTerms("Wurvelings gathered Pelmarch aqueducts", made);
    expect(analyzeText("Wurvelings")).toEqual(["made0"]);
    expect(analyzeText("aqueducts,")).toEqual(["made3"]);
  });

  it("leaves a text alone when its terms do not match its words one for one", () => {
    rememberTerms("Trelvanic envoys arrived in Sorbeck", ["t1", "e1"]);
    expect(analyzeText("Trelvanic")).not.toEqual(["t1"]);
    expect(analyzeText("Sorbeck")).toEqual(["sorbeck"]);
  });
});
