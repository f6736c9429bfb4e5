/**
 * Counting articles and independent outlets, and finding disagreeing reports, on the fixture
 * archive tests/fixtures/time: one AA wire story (01), its copy under another masthead with a line
 * added (02), APP's own story of the same accord that shares one sentence of the ministry's
 * statement (03) but dates the signing a day later and names a bigger sum, a 2023 energy story by
 * the masthead that reprinted AA (04), a 2025 follow-up (05) and an undated opinion piece (06).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readArchive } from "../src/ingest/readArchive.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import type { PassageStore } from "../src/search/passageStore.js";
import {
  countCorroboration,
  describeCorroboration,
  outletKey,
  type EvidenceArticle,
} from "../src/corroboration/outlets.js";
import {
  amountsIn,
  describeConflict,
  findAmountConflict,
  findDateConflict,
} from "../src/corroboration/conflicts.js";
import { annotateAnswer, factAsked } from "../src/corroboration/annotateAnswer.js";
import type { AskResult, Citation, Excerpt } from "../src/types.js";

const ARCHIVE = "tests/fixtures/time";
let store: PassageStore;

beforeAll(async () => {
  store = buildAnswerEngine((await readArchive(ARCHIVE)).articles).store;
});

function evidence(id: string): EvidenceArticle {
  const index = store.articles.findIndex((article) => article.id === id);
  const article = store.articles[index];
  if (!article) throw new Error(`no fixture article ${id}`);
  return { id, publisher: article.publisher, passages: store.articlePassages[index] ?? [] };
}

function citation(id: string): Citation {
  const article = store.articles.find((a) => a.id === id);
  if (!article) throw new Error(`no fixture article ${id}`);
  return {
    source: id,
    title: article.title,
    publisher: article.publisher,
    date: article.date,
    url: article.url,
  };
}

function excerptFrom(id: string, contains: string): Excerpt {
  const index = store.articles.findIndex((article) => article.id === id);
  const passage = (store.articlePassages[index] ?? [])
    .map((passageId) => store.passages[passageId])
    .find((p) => p?.text.includes(contains));
  if (!passage) throw new Error(`no sentence with "${contains}" in ${id}`);
  const [first, ...rest] = passage.articleIndexes.map((i) => citation(store.articles[i]?.id ?? ""));
  if (!first) throw new Error("passage without article");
  return { text: passage.text, citation: first, alsoIn: rest };
}

describe("outlets", () => {
  it("counts a wire story and its copy under another masthead as one outlet, a second outlet as another", () => {
    const counted = countCorroboration([
      evidence("01_shipping_aa.txt"),
      evidence("02_shipping_copy.txt"),
      evidence("03_shipping_app.txt"),
    ]);
    expect(counted).toEqual({ articles: 3, outlets: 2, outletNames: ["AA", "APP"] });
    expect(describeCorroboration(counted)).toBe("Reported by 3 articles from 2 outlets (AA, APP)");
  });

  it("keeps two outlets apart when they share only a sentence of one statement", () => {
    // 01 and 03 both quote "The ministers said the service would cut the time freight takes ...".
    const shared = store.passages.find((p) => p.text.startsWith("The ministers said the service"));
    expect(shared?.articleIndexes.length).toBe(3);
    expect(
      countCorroboration([evidence("01_shipping_aa.txt"), evidence("03_shipping_app.txt")]).outlets,
    ).toBe(2);
  });

  it("does not make a reprinting site the agency for its other stories", () => {
    // 02 reprints AA under the Caspian Times masthead; 04 is Caspian Times' own 2023 story.
    const counted = countCorroboration([
      evidence("01_shipping_aa.txt"),
      evidence("02_shipping_copy.txt"),
      evidence("04_energy_2023.txt"),
    ]);
    expect(counted).toEqual({ articles: 3, outlets: 2, outletNames: ["AA", "Caspian Times"] });
  });

  it("counts articles once, by file, and unnamed outlets by text", () => {
    const once = countCorroboration([evidence("05_shipping_2025.txt"), evidence("05_shipping_2025.txt")]);
    expect(once).toEqual({ articles: 1, outlets: 1, outletNames: ["NNI"] });
    const unnamed = countCorroboration([
      evidence("06_shipping_undated.txt"),
      evidence("05_shipping_2025.txt"),
    ]);
    expect(unnamed).toEqual({ articles: 2, outlets: 2, outletNames: ["NNI"] });
    expect(describeCorroboration(unnamed)).toBe("Reported by 2 articles from 2 outlets (NNI, 1 unnamed)");
  });

  it("joins spellings of one agency", () => {
    expect(outletKey("Anadolu Agency")).toBe(outletKey("AA"));
    expect(outletKey("The Associated Press of Pakistan")).toBe(outletKey("APP"));
    expect(outletKey("  ")).toBeNull();
  });
});

describe("conflicts", () => {
  it("shows both dates of one signing with their sources", () => {
    const aa = excerptFrom("01_shipping_aa.txt", "signed a shipping accord");
    const app = excerptFrom("03_shipping_app.txt", "at a ceremony in Gwadar");
    const result: AskResult = {
      question: "When was the Gwadar shipping accord signed?",
      status: "answered",
      answer: aa.text,
      excerpts: [aa, app],
    };
    const annotated = annotateAnswer(result, store, { today: "2025-11-23" });
    expect(annotated.conflicts).toEqual([
      {
        about: "date",
        values: [
          {
            value: "2024-03-12",
            sources: [citation("01_shipping_aa.txt"), citation("02_shipping_copy.txt")],
          },
          { value: "2024-03-13", sources: [citation("03_shipping_app.txt")] },
        ],
      },
    ]);
    const [conflict] = annotated.conflicts ?? [];
    expect(conflict && describeConflict(conflict, (c) => c.publisher ?? c.source)).toBe(
      "Sources disagree on the date: 2024-03-12 (AA; Caspian Times) vs 2024-03-13 (APP)",
    );
    expect(annotated.corroboration).toEqual({ articles: 3, outlets: 2, outletNames: ["AA", "APP"] });
    expect(annotated.excerpts.map((e) => e.ageDays)).toEqual([619, 618]);
    expect(annotated.freshness?.stale).toBe(true);
  });

  it("shows both amounts of one deal", () => {
    const aa = excerptFrom("01_shipping_aa.txt", "$2 billion");
    const app = excerptFrom("03_shipping_app.txt", "$2.5 billion");
    const annotated = annotateAnswer(
      {
        question: "How much will Azerbaijan invest at Gwadar?",
        status: "answered",
        answer: "",
        excerpts: [aa, app],
      },
      store,
      { today: "2025-11-23" },
    );
    expect(annotated.conflicts?.[0]?.values.map((v) => v.value)).toEqual(["$2 billion", "$2.5 billion"]);
  });

  it("finds no conflict where dates agree or only one article speaks", () => {
    const month = { start: "2024-03-01", end: "2024-03-31", precision: "month" as const };
    const day = { start: "2024-03-12", end: "2024-03-12", precision: "day" as const };
    const other = { start: "2024-03-13", end: "2024-03-13", precision: "day" as const };
    const a = citation("01_shipping_aa.txt");
    const b = citation("03_shipping_app.txt");
    // "March 2024" contains "12 March 2024": the same claim, less precisely.
    expect(
      findDateConflict([
        { period: month, citation: a },
        { period: day, citation: b },
      ]),
    ).toBeNull();
    // One article giving two dates is not two sources disagreeing.
    expect(
      findDateConflict([
        { period: day, citation: a },
        { period: other, citation: a },
      ]),
    ).toBeNull();
    expect(
      findDateConflict([
        { period: day, citation: a },
        { period: other, citation: b },
      ]),
    ).not.toBeNull();
    const dollars = amountsIn("$2 billion")[0];
    const manats = amountsIn("3.4 billion manats")[0];
    if (!dollars || !manats) throw new Error("amounts not read");
    // Different currencies are not compared: one deal is often quoted in both.
    expect(
      findAmountConflict([
        { amount: dollars, citation: a },
        { amount: manats, citation: b },
      ]),
    ).toBeNull();
  });

  it("reads amounts in the usual spellings", () => {
    expect(
      amountsIn("USD 2.5bn, Rs 300 million and 40 million dollars").map((a) => [a.unit, a.value]),
    ).toEqual([
      ["USD", 2.5e9],
      ["PKR", 3e8],
      ["USD", 4e7],
    ]);
  });

  it("asks for conflicts only where a question wants one fact", () => {
    expect(factAsked("When did they sign it?")).toBe("date");
    expect(factAsked("How much will Azerbaijan invest?")).toBe("amount");
    expect(factAsked("What happened in Lachin?")).toBeNull();
  });
});
