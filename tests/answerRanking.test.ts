/**
 * Ranking on a small fixture archive (tests/fixtures/archive): seven short articles on
 * Pakistan-Azerbaijan themes, in the seeds' format and with their kinds of page debris, but with
 * facts of their own. "Pakistan" and "Azerbaijan" are in every article, so they weigh nothing and
 * each test turns on the words that do.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readArchive } from "../src/ingest/readArchive.js";
import { createKnowledgeBase, type LoadedKnowledgeBase } from "../src/loadKnowledgeBase.js";
import type { AskResult, Excerpt } from "../src/types.js";

const ARCHIVE = join(import.meta.dirname, "fixtures", "archive");

let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  // Built fresh from the files, never from a saved index in .cache, so the ranking under test is this code's.
  kb = createKnowledgeBase(await readArchive(ARCHIVE));
});

function answered(question: string): AskResult & { readonly excerpts: readonly [Excerpt, ...Excerpt[]] } {
  const result = kb.ask(question);
  expect(result.status, `"${question}" was not answered`).toBe("answered");
  const [first, ...rest] = result.excerpts;
  if (!first) throw new Error(`"${question}" was answered without an excerpt`);
  return { ...result, excerpts: [first, ...rest] };
}

describe("the fixture archive", () => {
  it("loads all seven articles with nothing skipped", () => {
    expect(kb.articles.map((article) => article.id)).toEqual([
      "01_gas_study.txt",
      "02_cadets.txt",
      "03_sister_cities.txt",
      "04_cop_aa.txt",
      "05_cop_app.txt",
      "06_trade.txt",
      "07_flights.txt",
    ]);
    expect(kb.skipped).toEqual([]);
  });
});

describe("ranking", () => {
  it("finds the sentence with the rare term among many that share the common ones", () => {
    // "Baku" and "Pakistani" are in most articles; only one sentence has "engineers" and "trained".
    const result = answered("Where will Pakistani engineers be trained?");
    expect(result.excerpts[0].citation.source).toBe("01_gas_study.txt");
    expect(result.excerpts[0].text).toContain("Baku Higher Oil School");
    expect(result.answer).toMatch(/^Baku Higher Oil School — /u);
  });

  it("prefers the sentence that names the person asked about", () => {
    // Two neighbouring sentences talk about gas; only one is Huseynov speaking. Bashir's sentence
    // has "gas" too and sits beside it, so only the name in the sentence can decide.
    const huseynov = answered("What did Huseynov say about gas exports?");
    expect(huseynov.excerpts[0].text).toMatch(/^Huseynov noted that Azerbaijan had doubled its gas exports/u);
    const bashir = answered("What did Bashir say about gas?");
    expect(bashir.excerpts[0].text).toMatch(/^Bashir said Pakistan was looking for long-term suppliers/u);
  });

  it("uses the article's date for a month and year the sentence does not give", () => {
    // Two articles have a signed memorandum; neither sentence says when. Only 05 is dated
    // November 2024; 03 (the sister cities) is undated, so it cannot satisfy "November 2024".
    const result = answered("What memorandum was signed in November 2024?");
    expect(result.excerpts.map((excerpt) => excerpt.citation.source)).toEqual(["05_cop_app.txt"]);
    expect(result.excerpts[0].text).toContain("early-warning data for floods");
  });

  it("abstains when the month and year match no article's date", () => {
    // Same memoranda as above, but no article is dated July 2024.
    expect(kb.ask("What memorandum was signed in July 2024?").status).toBe("no_answer");
  });

  it("credits a name found in the sentence's paragraph", () => {
    // "He offered twenty places ..." never names Yusuf; the sentence before it in the same
    // paragraph does. 07's cadets sentence has "Azerbaijani cadets" too but no Yusuf anywhere near.
    const result = answered("What did Kamran Yusuf offer Azerbaijani cadets?");
    expect(result.excerpts[0].citation.source).toBe("02_cadets.txt");
    expect(result.excerpts[0].text).toContain("He offered twenty places for Azerbaijani cadets");
    expect(result.excerpts.every((excerpt) => excerpt.citation.source !== "07_flights.txt")).toBe(true);
  });

  it("answers a question about the other cadets from the other article", () => {
    // The converse of the test above: "flight training" is only in 07, and no name is asked for.
    const result = answered("Where did Azerbaijani cadets observe flight training?");
    expect(result.excerpts[0].citation.source).toBe("07_flights.txt");
    expect(result.answer).toMatch(/^Risalpur — /u);
  });

  it("finds an article through an alias spelling in the question", () => {
    // The question writes "Bakı" and the article "Baku"; "JF17" and the article "JF-17".
    const flights = answered("When did direct flights between Bakı and Karachi start?");
    expect(flights.excerpts[0].citation.source).toBe("07_flights.txt");
    const jets = answered("How many JF17 jets did Azerbaijan order?");
    expect(jets.excerpts[0].text).toContain("twelve more JF-17 Thunder fighter jets");
  });

  it("reaches a sentence through 'army chief' written as COAS", () => {
    // The article writes "Chief of the Army Staff"; the question uses the acronym and a surname.
    const result = answered("When did the COAS meet Guliyev?");
    expect(result.excerpts[0].citation.source).toBe("02_cadets.txt");
    expect(result.excerpts[0].text).toMatch(/^Chief of the Army Staff General Kamran Yusuf met/u);
  });
});

describe("excerpts and citations", () => {
  it("quotes a passage carried by two articles once, citing both", () => {
    // 04 (AA) and 05 (APP) carry the same sentence about the delegation; it is one excerpt.
    const result = answered("Who led Pakistan's delegation at the climate summit?");
    const [first] = result.excerpts;
    expect(first.text).toMatch(/^Pakistan's delegation at the climate summit in Baku was led by/u);
    expect(first.citation).toEqual({
      source: "04_cop_aa.txt",
      title: "Pakistan presents Indus delta plan at Baku climate summit",
      publisher: "AA",
      date: "2024-11-14",
      url: null,
    });
    expect(first.alsoIn).toEqual([
      {
        source: "05_cop_app.txt",
        title: "Indus delta fund draws interest at COP29",
        publisher: "APP",
        date: "2024-11-15",
        url: null,
      },
    ]);
    expect(result.excerpts.filter((excerpt) => excerpt.text === first.text)).toHaveLength(1);
    expect(result.answer).toMatch(/^Climate Minister Saima Rauf — /u);
  });

  it("gives an undated article's excerpt a null date", () => {
    const result = answered("Who is Niyazi Bayramov?");
    expect(result.excerpts[0].citation).toEqual({
      source: "03_sister_cities.txt",
      title: "Lahore and Ganja: Two Cities, One Friendship",
      publisher: null,
      date: null,
      url: null,
    });
    expect(result.excerpts[0].text).toContain("The mayor of Ganja, Niyazi Bayramov");
  });

  it("puts the date phrase first in the direct answer to a when-question", () => {
    expect(answered("When will the Joint Economic Commission meet?").answer).toMatch(
      /^March 2025 — The Joint/u,
    );
    expect(answered("When did direct flights between Baku and Karachi start?").answer).toMatch(
      /^January 12 — Azerbaijan Airlines launched direct flights/u,
    );
  });

  it("quotes at most three excerpts, all different, best first", () => {
    const questions = [
      "What did Bashir say about gas?",
      "What did Pakistan and Azerbaijan sign?",
      "What gas study was agreed in April 2024?",
    ];
    for (const question of questions) {
      const result = answered(question);
      expect(result.excerpts.length).toBeLessThanOrEqual(3);
      expect(new Set(result.excerpts.map((excerpt) => excerpt.text)).size).toBe(result.excerpts.length);
    }
    // This one has three gas sentences in 01 that all qualify: the cap, not the evidence, stops it.
    expect(answered("What did Bashir say about gas?").excerpts).toHaveLength(3);
  });

  it("never quotes page debris", () => {
    const texts = ["What gas study was agreed in April 2024?", "What did Pakistan and Azerbaijan sign?"]
      .flatMap((question) => answered(question).excerpts)
      .map((excerpt) => excerpt.text)
      .join("\n");
    for (const debris of ["RECOMMENDED", "SOURCE:AA", "Heatwave", "KSE-100", "Published", "Related"]) {
      expect(texts).not.toContain(debris);
    }
  });
});
