import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../src/answer/questionAnalysis.js";
import { NO_WORD_KNOWLEDGE } from "../src/answer/wordKnowledge.js";
import { applyAliases } from "../src/text/aliases.js";
import { foldText } from "../src/text/fold.js";
import { splitSentences } from "../src/text/sentences.js";
import { analyzeCanonical, analyzeText } from "../src/text/terms.js";

/** Spellings that must analyse to the same terms, so a question in one finds an article in another. */
const SAME_TERMS: readonly (readonly string[])[] = [
  ["Türkiye", "Turkiye", "Turkey", "TURKEY"],
  ["Bakı", "Baku", "BAKU"],
  ["Qarabağ", "Garabagh", "Karabakh", "Nagorno-Karabakh", "Nagorno Karabakh"],
  ["Shehbaz", "Shahbaz"],
  ["defence", "defense", "Defence"],
  ["JF-17", "JF17", "jf 17"],
  ["COAS", "army chief", "Chief of the Army Staff", "chief of army staff"],
  ["PM", "prime minister", "Prime Minister"],
  ["PTA", "Preferential Trade Agreement", "preferential trade agreement"],
  ["FM", "foreign minister", "Foreign Minister"],
  ["Aliyev", "Aliev"],
  ["meeting", "meetings", "met", "meet"],
  ["signed", "signing", "signs"],
  ["lay", "laid", "lays", "laying"],
  ["organizations", "organisations", "organisation"],
  ["MoU", "MoUs", "memorandum of understanding", "memoranda of understanding"],
];

describe("analyzeText: spellings of one concept", () => {
  for (const [first, ...others] of SAME_TERMS) {
    it(`${first} = ${others.join(" = ")}`, () => {
      const [canonical] = analyzeText(first ?? "");
      expect(canonical).toBeDefined();
      // Every spelling opens with the canonical term; a spelling of several words keeps them too
      // ("preferential trade agreement" is still about trade).
      for (const other of others) expect(analyzeText(other)[0], other).toEqual(canonical);
      for (const other of others) expect(analyzeCanonical(other), other).toEqual([canonical]);
    });
  }

  it("keeps the words of a spelled-out alias beside its canonical term", () => {
    expect(analyzeText("Preferential Trade Agreement")).toEqual([
      "pta",
      ...["preferential", "trade", "agreement"].map((word) => analyzeText(word)[0]),
    ]);
    // A variant that holds its canonical word is just that word.
    expect(analyzeText("Nagorno Karabakh")).toEqual(analyzeText("Karabakh"));
  });

  it("matches an alias inside a sentence, whatever the case and diacritics", () => {
    expect(analyzeCanonical("Prime Minister Shahbaz met the Army Chief in Bakı")).toEqual(
      analyzeCanonical("PM Shehbaz meets the COAS in Baku"),
    );
  });

  it("keeps different concepts apart", () => {
    expect(analyzeText("PM")).not.toEqual(analyzeText("FM"));
    expect(analyzeText("Karabakh")).not.toEqual(analyzeText("Kashmir"));
    expect(analyzeText("defence")).not.toEqual(analyzeText("energy"));
  });

  it("does not rewrite an alias inside a longer word", () => {
    // "pm" inside "development" or "fm" inside a word must not become the prime minister.
    expect(analyzeText("development")).not.toContain("pm");
    expect(analyzeText("unanimous")).not.toContain("un");
  });
});

describe("analyzeText: currency signs", () => {
  it("reads a sign as the word people type for it", () => {
    expect(new Set(analyzeText("$2 billion"))).toEqual(new Set(analyzeText("2 billion dollars")));
    expect(analyzeText("USD 1.6 billion")).toContain("dollar");
    expect(analyzeText("US$ 3 million")).toEqual(["dollar", "3", "million"]);
    expect(analyzeText("€5 million")).toEqual(["euro", "5", "million"]);
    expect(analyzeText("a Eurasian route")).not.toContain("euro");
  });
});

describe("analyzeText: the domain's initials", () => {
  it("reads liquefied natural gas, however spelt, as LNG", () => {
    expect(analyzeText("liquefied natural gas")).toContain("lng");
    expect(analyzeText("liquified natural gas")).toContain("lng");
    expect(analyzeText("an LNG cargo")).toContain("lng");
  });

  it("reads the air force and the airlines by their initials", () => {
    expect(analyzeText("the Pakistan Air Force")).toContain("paf");
    expect(analyzeText("Azerbaijan Airlines (AZAL)")).toContain("azal");
    expect(analyzeText("Pakistan International Airlines")).toContain("pia");
  });

  it("reads Türkiye's adjective as its name, as it does Pakistan's and Azerbaijan's", () => {
    expect(analyzeText("the Turkish side")).toEqual(analyzeText("the Türkiye side"));
  });
});

describe("analyzeText: designations", () => {
  it("reads a designation's plural as the designation, a decade as itself", () => {
    expect(analyzeText("two C-130s landed")).toEqual(analyzeText("two C-130 landed"));
    expect(analyzeText("F-16s")).toEqual(analyzeText("F-16"));
    // As typed without the hyphen: "when did the jf 17s arrive".
    expect(analyzeText("the jf 17s arrived")).toEqual(analyzeText("the JF-17 arrived"));
    expect(analyzeText("in the mid-1990s")).toContain("1990s");
  });
});

describe("analyzeText: stopwords and order", () => {
  it("drops stopwords and keeps content terms in order", () => {
    const terms = analyzeText("What is the state of the relations between the two countries?");
    expect(terms).not.toContain("the");
    expect(terms).not.toContain("what");
    expect(terms).not.toContain("of");
    expect(terms).toEqual(analyzeText("state relations two countries"));
  });

  it("gives no terms for a question made only of stopwords", () => {
    expect(analyzeText("What is it and who was there?")).toEqual([]);
  });

  it("keeps duplicates, so term frequency survives", () => {
    expect(analyzeText("trade and more trade")).toEqual(["trade", "trade"]);
  });
});

describe("foldText and applyAliases", () => {
  it("folds case and Azerbaijani and Turkish letters to ASCII", () => {
    expect(foldText("Bakı Türkiye Qarabağ Şuşa Ağdam")).toBe("baki turkiye qarabag susa agdam");
  });

  it("rewrites phrases to their canonical term, longest spelling first", () => {
    expect(
      applyAliases(foldText("Prime Minister Shahbaz met the Chief of the Army Staff in Bakı"), false),
    ).toBe("pm shehbaz met the coas in baku");
    expect(applyAliases(foldText("the Prime Minister"))).toBe("the pm prime minister");
  });

  it("reads a designation's variant letter as the designation: a JF-17C is a JF-17", () => {
    expect(analyzeText("four JF-17C Block III jets")).toContain("jf17");
    expect(analyzeText("the jf17b")).toEqual(analyzeText("the jf-17"));
    // Other codes keep their letters.
    expect(analyzeText("an A320B")).toEqual(["a320b"]);
  });

  it("reads a phrase's plural, and news style's names for a foreign minister and an ambassador, as the same office", () => {
    expect(applyAliases(foldText("the Foreign Ministers"), false)).toBe("the fm");
    expect(applyAliases(foldText("Azerbaijan's top diplomats"), false)).toBe("azerbaijan's fm");
    expect(applyAliases(foldText("the Azerbaijani envoy"), false)).toBe("the azerbaijan ambassador");
  });

  it("reads the press's and people's shortening of Pakistan as the country", () => {
    expect(applyAliases(foldText("the Pak-Azerbaijan film"), false)).toBe("the pakistan-azerbaijan film");
    expect(applyAliases(foldText("pak azerbijan ties"), false)).toBe("pakistan azerbijan ties");
    expect(applyAliases(foldText("a Pakistani pakora"), false)).toBe("a pakistan pakora");
  });
});

describe("splitSentences", () => {
  it("keeps titles, ranks and dotted acronyms inside their sentence", () => {
    expect(
      splitSentences(
        "Mr. Gilani met Lt. Gen. Hasanov in Baku. They discussed the U.S. position on trade. The talks ended.",
      ),
    ).toEqual([
      "Mr. Gilani met Lt. Gen. Hasanov in Baku.",
      "They discussed the U.S. position on trade.",
      "The talks ended.",
    ]);
  });

  it("splits on full stops, exclamation and question marks", () => {
    expect(splitSentences("Talks ended on Friday. Dr. Aliyeva spoke next! Was it useful? Yes.")).toEqual([
      "Talks ended on Friday.",
      "Dr. Aliyeva spoke next!",
      "Was it useful?",
      "Yes.",
    ]);
  });

  it("keeps a time written with a.m. inside its sentence", () => {
    expect(splitSentences("He met officials at 10 a.m. on Monday. Then he left.")).toEqual([
      "He met officials at 10 a.m. on Monday.",
      "Then he left.",
    ]);
  });
});

describe("analyseQuestion: the kind of answer asked for", () => {
  it.each([
    ["When did Shehbaz Sharif visit Baku?", "date"],
    ["What date was the PTA signed?", "date"],
    ["Where did the COAS meet Zakir Hasanov?", "place"],
    ["Who did Asim Munir meet in Lachin?", "person"],
    ["Did Aliyev accept the invitation?", "yesno"],
  ] as const)("%s -> %s", (question, kind) => {
    const analysed = analyseQuestion(question, NO_WORD_KNOWLEDGE);
    if ("error" in analysed) throw new Error(analysed.error);
    expect(analysed.answerType).toBe(kind);
  });

  it("separates months and years from the topic terms", () => {
    const analysed = analyseQuestion("Who visited SOCAR in January 2025?", NO_WORD_KNOWLEDGE);
    if ("error" in analysed) throw new Error(analysed.error);
    expect(analysed.timeTerms).toEqual(expect.arrayContaining([...analyzeText("January 2025")]));
    expect(analysed.terms).toEqual(analyzeText("visited SOCAR"));
  });
});

describe("words the stemmer would confuse with unrelated ones", () => {
  it.each([
    ["connectivity", "connection"],
    ["capital", "capitalize"],
    ["university", "universe"],
    ["organization", "organic"],
  ])("keeps %s apart from %s", (word, other) => {
    expect(analyzeText(word)).not.toEqual(analyzeText(other));
  });

  it("still folds their plurals", () => {
    expect(analyzeText("organizations capitals")).toEqual(analyzeText("organization capital"));
  });
});

describe("words that are names of an object's own properties", () => {
  it("reads 'constructor', 'toString' and '__proto__' as words, never as a table's entries", () => {
    for (const term of analyzeText("constructor toString __proto__ hasOwnProperty valueOf"))
      expect(typeof term).toBe("string");
    expect(analyzeText("constructor")).toEqual(["constructor"]);
  });
});
