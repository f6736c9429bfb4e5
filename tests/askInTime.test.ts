/**
 * Answers that know when, on the fixture archive tests/fixtures/time (see corroboration.test.ts for
 * its story; six more articles on other themes, 2023-2025, keep the shipping words rare enough to
 * count), with today fixed at 2025-11-23. Then the same answers as /ask renders them, on the console
 * and on Discord.
 */
import { beforeAll, describe, expect, it } from "vitest";
import askCommand from "../commands/ask.js";
import latestCommand from "../commands/latest.js";
import { commandSummaries } from "../commands/index.js";
import { renderText } from "../src/console/renderText.js";
import { renderEmbeds } from "../src/discord/renderEmbeds.js";
import { readArchive } from "../src/ingest/readArchive.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { createKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { buildAnswerEngine, type BuiltAnswerEngine } from "../src/search/engine.js";
import { askInTime, type AskInTimeOptions } from "../src/time/askInTime.js";
import type { Article, AskResult, IsoDate } from "../src/types.js";
import { actingCitiesOf } from "../src/answer/questionAnalysis.js";
import { engineOf } from "./support/answerFixtures.js";

const TODAY = "2025-11-23";
let engine: BuiltAnswerEngine;

beforeAll(async () => {
  engine = buildAnswerEngine((await readArchive("tests/fixtures/time")).articles);
});

function ask(question: string, options: AskInTimeOptions = {}): AskResult {
  return askInTime(engine, question, { today: TODAY, ...options });
}

function sources(result: AskResult): string[] {
  return result.excerpts.map((excerpt) => excerpt.citation.source);
}

describe("a scope filters the evidence", () => {
  it("answers 'in 2023' from the 2023 article only, and says so", () => {
    const result = ask("What did Pakistan and Azerbaijan agree in 2023?");
    expect(result.status).toBe("answered");
    // Every excerpt comes from the 2023 article (the report's next sentence may be quoted too).
    expect(new Set(sources(result))).toEqual(new Set(["04_energy_2023.txt"]));
    expect(result.scope).toMatchObject({
      since: "2023-01-01",
      until: "2023-12-31",
      label: "Articles from 2023 only",
    });
  });

  it("abstains on a year the archive does not reach, and says why", () => {
    const result = ask("What did Pakistan and Azerbaijan agree in 2022?");
    expect(result).toMatchObject({ status: "no_answer", excerpts: [] });
    expect(result.reason).toBe(
      "The archive has no evidence from 2022: no article is dated then or tells of that time (its dated articles run from 2023-06-05 to 2025-09-10).",
    );
  });

  it("keeps to the since: and until: options, leaving the undated opinion piece out", () => {
    const question = "What did traders say about the Gwadar-Alat container service?";
    // Unscoped, the undated opinion piece (06) is among the evidence.
    expect(sources(ask(question))).toContain("06_shipping_undated.txt");
    const since = ask(question, { since: "2025" });
    expect(new Set(sources(since))).toEqual(new Set(["05_shipping_2025.txt"]));
    expect(since.scope).toMatchObject({ label: "Articles from 2025 on", undatedExcluded: 1, phrase: null });
    const until = ask(question, { until: "2024" });
    for (const source of sources(until))
      expect(["01_shipping_aa.txt", "03_shipping_app.txt"]).toContain(source);
    // Only the undated piece quotes traders in Quetta: within a dated scope nothing answers.
    const quetta = ask("What do traders in Quetta say about the container service?", { until: "2024" });
    expect(quetta.status).toBe("no_answer");
    expect(quetta.reason).toBe(
      "The archive has 7 articles up to 2024, but none of them answers this question.",
    );
    expect(quetta.scope?.undatedExcluded).toBe(1);
  });

  it("rejects a malformed option or an empty span as invalid, with the reason", () => {
    expect(ask("What was agreed?", { since: "2024-13" })).toMatchObject({
      status: "invalid",
      error:
        'since: "2024-13" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-28.',
    });
    expect(ask("What happened to the container service in 2025?", { until: "2024" }).status).toBe("invalid");
  });

  it("dates 'before the shipping accord' through the archive", () => {
    const result = ask("What happened to the Gwadar container service before the shipping accord?");
    // The accord is dated 12 March 2024 by the archive, so the scope ends the day before.
    expect(result.scope).toMatchObject({ until: "2024-03-11", phrase: "before the shipping accord" });
    expect(result.status).toBe("no_answer");
  });
});

describe("latest, recent, now, current", () => {
  it("prefers the newest evidence that answers over older evidence that ranks higher", () => {
    const latest = ask("What is the latest on the container service between Gwadar and Alat?");
    expect(sources(latest)[0]).toBe("05_shipping_2025.txt");
    expect(latest.scope?.label).toBe("Newest evidence first");
    const current = ask("What is the current state of the bonded logistics zone at Gwadar?");
    expect(current.answer).toMatch(/half built/u);
  });

  it("keeps the older sentence that answers over a newer one that only comes near the question", () => {
    const article = (id: string, date: string, title: string, text: string): Article => ({
      id,
      date: date as IsoDate,
      title,
      publisher: null,
      place: null,
      url: null,
      paragraphs: [text],
    });
    const jets = buildAnswerEngine([
      article(
        "old.txt",
        "2024-09-25",
        "Jets arrive",
        "The first four JF-17C Block III fighter jets built in Pakistan have arrived at Kurdamir air base in Azerbaijan.",
      ),
      article(
        "new.txt",
        "2025-10-14",
        "Defence talks",
        "Minister Asif said Pakistan was ready to share its experience in aircraft manufacturing with Azerbaijan, and the two sides agreed to set up a joint committee on defence industrial cooperation.",
      ),
    ]);
    const result = askInTime(jets, "how many jets from pakistan have landed in azerbaijan so far", {
      today: TODAY,
    });
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.citation.source).toBe("old.txt");
    expect(result.answer).toMatch(/four/u);
  });

  it("within a bound, the newest inside it", () => {
    const result = ask("What is the latest on the container service between Gwadar and Alat?", {
      until: "2024",
    });
    expect(sources(result)[0]).toBe("03_shipping_app.txt");
    expect(result.scope?.label).toBe("Articles up to 2024 only, newest first");
  });
});

describe("freshness, counts and conflicts", () => {
  it("dates each excerpt and flags evidence older than the limit", () => {
    const result = ask("When was the Gwadar shipping accord signed?");
    expect(result.excerpts.map((excerpt) => excerpt.ageDays)).toEqual([619, 618]);
    expect(result.freshness).toMatchObject({ newest: "2024-03-15", stale: true });
    expect(result.freshness?.note).toBe(
      "The newest evidence here is from 2024-03-15 (20 months ago); newer developments may not be in the archive.",
    );
    // Within the limit there is no note.
    expect(
      ask("When was the Gwadar shipping accord signed?", { today: "2024-04-01" }).freshness?.note,
    ).toBeNull();
    expect(
      ask("When was the Gwadar shipping accord signed?", { staleAfterDays: 1000 }).freshness?.stale,
    ).toBe(false);
  });

  it("counts the wire story and its copy as one outlet, and shows the two dates of the signing", () => {
    const result = ask("When was the Gwadar shipping accord signed?");
    expect(result.corroboration).toEqual({ articles: 3, outlets: 2, outletNames: ["AA", "APP"] });
    expect(
      result.conflicts?.[0]?.values.map((value) => [value.value, value.sources.map((s) => s.source)]),
    ).toEqual([
      ["2024-03-12", ["01_shipping_aa.txt", "02_shipping_copy.txt"]],
      ["2024-03-13", ["03_shipping_app.txt"]],
    ]);
  });

  it("shows the two amounts of the investment", () => {
    const result = ask("How much will Azerbaijan invest in the bonded logistics zone at Gwadar port?", {
      until: "2024",
    });
    expect(result.conflicts?.[0]).toMatchObject({ about: "amount" });
    expect(result.conflicts?.[0]?.values.map((value) => value.value)).toEqual(["$2 billion", "$2.5 billion"]);
  });

  it("adds nothing to an answer without a scope but the counts", () => {
    const result = ask("What did traders say about the Gwadar-Alat container service?");
    expect(result.scope).toBeUndefined();
    expect(result.conflicts).toEqual([]);
  });
});

describe("as /ask renders it", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const base = createKnowledgeBase(await readArchive("tests/fixtures/time"), engine);
    kb = { ...base, ask: (question, options) => askInTime(engine, question, { today: TODAY, ...options }) };
  });

  async function reply(question: string, since?: string) {
    const parsed = askCommand.options.parse({ question, ...(since === undefined ? {} : { since }) });
    return askCommand.run(parsed, { kb, commands: commandSummaries });
  }

  it("shows the scope line, the count, both dates, the staleness note and each citation's age", async () => {
    const text = renderText(await reply("When was the Gwadar shipping accord signed?", "2024"));
    expect(text).toContain("Articles from 2024 on; 1 undated article left out.");
    expect(text).toContain("Reported by 3 articles from 2 outlets (AA, APP).");
    expect(text).toContain(
      "Sources disagree on the date: 2024-03-12 (AA, 2024-03-14; Caspian Times, 2024-03-14) vs 2024-03-13 (APP, 2024-03-15).",
    );
    expect(text).toContain("newer developments may not be in the archive");
    expect(text).toContain(
      '-- AA, "Pakistan, Azerbaijan sign Gwadar shipping accord", 2024-03-14, 20 months ago (01_shipping_aa.txt)',
    );
    expect(text).toContain(
      'also in: Caspian Times, "Pakistan, Azerbaijan sign Gwadar shipping accord", 2024-03-14, 20 months ago (02_shipping_copy.txt)',
    );
  });

  it("says why a scoped question finds nothing", async () => {
    const text = renderText(await reply("What did Pakistan and Azerbaijan agree in 2022?"));
    expect(text).toContain("Articles from 2022 only.");
    expect(text).toContain("The archive has no evidence from 2022");
  });

  it("rejects a malformed date option with the format", () => {
    const parsed = askCommand.options.safeParse({ question: "What was agreed?", since: "May 2025" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      "must be YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-28",
    );
  });

  it("counts a /latest entry's sources the same way", async () => {
    const signing = {
      date: "2024-03-12",
      precision: "day" as const,
      place: "Gwadar",
      participants: ["Maritime Affairs Minister Tariq Lodhi", "Transport Minister Rashad Nabiyev"],
      kind: "meeting" as const,
      summary: "The ministers signed a shipping accord.",
      evidence: [],
      sources: ["01_shipping_aa.txt", "02_shipping_copy.txt", "03_shipping_app.txt"].map((source) => ({
        source,
        date: null,
      })),
    };
    const withMeeting: KnowledgeBase = { ...kb, latest: () => [signing] };
    const parsed = latestCommand.options.parse({ count: 1 });
    const text = renderText(await latestCommand.run(parsed, { kb: withMeeting, commands: commandSummaries }));
    expect(text).toContain("[1] 2024-03-12 · Gwadar · reported by 3 articles from 2 outlets (AA, APP)");
  });

  it("puts the same lines in the Discord embed", async () => {
    const [embed] = renderEmbeds(await reply("When was the Gwadar shipping accord signed?"));
    expect(embed?.description).toContain("Reported by 3 articles from 2 outlets (AA, APP)");
    expect(embed?.description).toContain("Sources disagree on the date");
    expect(embed?.fields?.[0]?.value).toContain("2024-03-14, 20 months ago");
  });
});

describe("a scope from the question's own words", () => {
  it("finds a later article's sentence that states a date in the scope by that date", () => {
    // Many later reports name the question's cities and outrank it on its other words, so only the
    // date it states retrieves the 2024 signing among them.
    const pages: Record<string, string> = {
      "r_review.txt": ` date 2025-06-10 Ministers review the fisheries agreement
Ministers from Pakistan and Azerbaijan met in Sheki on Monday to review progress in trade.
In March 2024, the two countries signed a Fisheries Agreement covering the Caspian and Arabian seas.
`,
    };
    const dateOf = (n: number): string => `2025-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, "0")}`;
    for (let n = 0; n < 70; n++) {
      pages[`p${n}.txt`] = ` date ${dateOf(n)} Flights ${n}
Flight ${n} between Islamabad and Baku was delayed by fog, the airline said.
Passengers of flight ${n} from Islamabad waited six hours before landing in Baku.
`;
    }
    for (let n = 0; n < 80; n++) {
      pages[`q${n}.txt`] = ` date ${dateOf(n)} Harvest ${n}
Farmers in district ${n} of Lankaran expect a larger tea harvest this year.
`;
    }
    const result = askInTime(engineOf(pages), "which pact did islamabad and baku conclude in march 2024", {
      today: TODAY,
    });
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(
      /^In March 2024, the two countries signed a Fisheries Agreement/u,
    );
  });
});

describe("a city that acts in the question", () => {
  it("stands for its country's government, a city after a preposition does not", () => {
    expect(actingCitiesOf("which pact did islamabad and baku conclude")).toEqual(
      new Map([
        ["islamabad", ["pakistan"]],
        ["baku", ["azerbaijan"]],
      ]),
    );
    expect(actingCitiesOf("what did sharif sign in baku").size).toBe(0);
  });
});
