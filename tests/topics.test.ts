import { beforeAll, describe, expect, it } from "vitest";
import { runTopicCommand } from "../src/cli/topicCommand.js";
import { readArchive } from "../src/ingest/readArchive.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { analyzeText } from "../src/text/terms.js";
import { findTopic, TOPIC_CATALOGUE } from "../src/topics/catalogue.js";
import { cosineSimilarity, termVector } from "../src/topics/select.js";
import { suggestTopics } from "../src/topics/suggest.js";
import { summarizeTopic, type TopicCorpus } from "../src/topics/summarize.js";
import type { Article, TopicSummary } from "../src/types.js";

let corpus: TopicCorpus;

beforeAll(async () => {
  const { articles } = await readArchive(new URL("../seeds", import.meta.url).pathname);
  corpus = { articles };
});

function article(id: string, date: string | null, paragraphs: string[]): Article {
  return { id, date, title: `Article ${id}`, publisher: null, place: null, url: null, paragraphs };
}

function texts(summary: TopicSummary): string[] {
  return summary.points.map((point) => point.text);
}

function sourcesOfPointMatching(summary: TopicSummary, pattern: RegExp): string[] {
  const point = summary.points.find((candidate) => pattern.test(candidate.text));
  return point ? point.sources.map((source) => source.source) : [];
}

describe("topic catalogue lookup", () => {
  it("goes through case, diacritics and aliases", () => {
    expect(findTopic("DEFENSE")?.name).toBe("defence");
    expect(findTopic("  Defence ")?.name).toBe("defence");
    expect(findTopic("JF-17")?.name).toBe("defence");
    expect(findTopic("culture")?.name).toBe("culture and education");
    expect(findTopic("Education")?.name).toBe("culture and education");
    expect(findTopic("Qarabağ")?.name).toBe("Karabakh");
    expect(findTopic("nagorno karabakh")?.name).toBe("Karabakh");
    expect(findTopic("oil and gas")?.name).toBe("energy");
    expect(findTopic("weather")).toBeNull();
    expect(findTopic("")).toBeNull();
  });

  it("covers the themes the archive talks about", () => {
    const names = TOPIC_CATALOGUE.map((topic) => topic.name);
    for (const name of [
      "defence",
      "trade",
      "investment",
      "energy",
      "connectivity",
      "diplomacy",
      "culture and education",
      "Karabakh",
      "Kashmir",
    ]) {
      expect(names).toContain(name);
    }
    for (const topic of TOPIC_CATALOGUE) expect(topic.description.length).toBeGreaterThan(10);
  });
});

describe("suggestTopics", () => {
  it("lists every topic for empty input, within the limit", () => {
    expect(suggestTopics("", 25)).toHaveLength(TOPIC_CATALOGUE.length);
    expect(suggestTopics("", 3)).toHaveLength(3);
  });

  it("puts name prefixes first, then aliases and descriptions", () => {
    expect(suggestTopics("de", 25)[0]?.name).toBe("defence");
    expect(suggestTopics("OIL", 25)[0]?.name).toBe("energy");
    expect(suggestTopics("educ", 25).map((topic) => topic.name)).toContain("culture and education");
    expect(suggestTopics("zzz", 25)).toEqual([]);
  });
});

describe("summarizeTopic on the bundled archive", () => {
  it.each(TOPIC_CATALOGUE.map((topic) => topic.name))("summarises %s", (name) => {
    const summary = summarizeTopic(name, corpus);
    expect(summary.status).toBe("answered");
    expect(summary.points.length).toBeGreaterThan(0);
    expect(summary.points.length).toBeLessThanOrEqual(6);
    for (const point of summary.points) {
      expect(point.text.length).toBeLessThanOrEqual(400);
      expect(point.sources.length).toBeGreaterThan(0);
    }
  });

  it("defence has the JF-17 delivery and the army chief's talks with the defence minister, no debris", () => {
    const summary = summarizeTopic("defence", corpus);
    expect(sourcesOfPointMatching(summary, /JF-17 Thunder Block III/u)).toContain("004_2c982bdcbaac3a2e.txt");
    expect(sourcesOfPointMatching(summary, /Munir.*Hasanov/u)).toContain("002_2b8b44cccd9cfcbd.txt");
    const all = texts(summary).join("\n");
    expect(all).not.toMatch(/Europe-wide army|Balochistan offensive|Zelenskyy|Cyclone/u);
  });

  it("defense reaches the same summary as defence", () => {
    expect(summarizeTopic("Defense", corpus)).toEqual(summarizeTopic("defence", corpus));
  });

  it("trade has the July 2024 Preferential Trade Agreement", () => {
    expect(
      texts(summarizeTopic("trade", corpus)).some((text) =>
        /July 2024.*Preferential Trade Agreement/u.test(text),
      ),
    ).toBe(true);
  });

  it("energy has SOCAR and the oil, gas and renewables cooperation", () => {
    const all = texts(summarizeTopic("energy", corpus));
    expect(all.some((text) => text.includes("SOCAR"))).toBe(true);
    expect(all.some((text) => /oil.*gas.*renewable/u.test(text))).toBe(true);
  });

  it("never gives two points that say the same thing, in any topic", () => {
    for (const topic of TOPIC_CATALOGUE) {
      const points = summarizeTopic(topic.name, corpus).points.map((point) =>
        termVector(analyzeText(point.text)),
      );
      points.forEach((a, i) =>
        points.slice(i + 1).forEach((b) => expect(cosineSimilarity(a, b)).toBeLessThan(0.45)),
      );
    }
  });

  it("cites a paraphrase shared by two same-day reports to both", () => {
    // 001 and 002 report the same Lachin meeting in different words on the same day.
    const summary = summarizeTopic("investment", corpus);
    const sources = sourcesOfPointMatching(summary, /strategic partnership/u);
    expect(sources).toEqual(expect.arrayContaining(["001_b9377e48212897fa.txt", "002_2b8b44cccd9cfcbd.txt"]));
  });

  it("answers a theme outside the catalogue from the archive, else offers the catalogue", () => {
    const agriculture = summarizeTopic("agriculture", corpus);
    expect(agriculture.status).toBe("answered");
    expect(agriculture.points[0]?.text).toMatch(/agriculture/u);
    const weather = summarizeTopic("weather in Paris", corpus);
    expect(weather).toMatchObject({ status: "no_answer", points: [] });
    expect(weather.catalogue?.length).toBe(TOPIC_CATALOGUE.length);
  });

  it("uses the injected search for themes outside the catalogue", () => {
    const withSearch: TopicCorpus = {
      articles: corpus.articles,
      search: () => [
        {
          text: "Tourists from Baku visited Lahore in record numbers last spring.",
          sources: [{ source: "x.txt", date: "2025-01-01" }],
        },
      ],
    };
    const summary = summarizeTopic("Lahore", withSearch);
    expect(summary.status).toBe("answered");
    expect(summary.points[0]?.sources).toEqual([{ source: "x.txt", date: "2025-01-01" }]);
  });
});

describe("redundancy and weighting rules", () => {
  const listing =
    "The two sides agreed to widen cooperation in trade, energy, defence and agriculture over the coming years.";
  const specific =
    "The air force received a second batch of fighter aircraft built under the joint military programme last month.";
  const paraphraseA =
    "The defence ministers agreed to hold a joint military exercise of their armed forces next spring.";
  const paraphraseB =
    "Defence ministers of both countries agreed that their armed forces would hold a joint military exercise in spring.";
  const synthetic: TopicCorpus = {
    articles: [
      article("a.txt", "2024-03-02", [listing, paraphraseA]),
      article("b.txt", "2024-03-02", [
        paraphraseB,
        "Officials said the weather in the capital was mild for the season.",
      ]),
      article("c.txt", "2024-05-10", [specific]),
      article("d.txt", "2024-06-01", [specific]),
    ],
  };

  it("ranks a sentence about the theme above one that lists it among others", () => {
    const summary = summarizeTopic("defence", synthetic);
    const rank = (text: string): number => texts(summary).indexOf(text);
    // Both concrete defence sentences must beat the enumeration, which may be dropped altogether.
    expect(rank(specific)).toBeGreaterThanOrEqual(0);
    if (rank(listing) !== -1)
      expect(rank(listing)).toBeGreaterThan(Math.max(rank(specific), rank(paraphraseA)));
  });

  it("merges copies and same-day paraphrases into one point cited to every source", () => {
    const summary = summarizeTopic("defence", synthetic);
    expect(sourcesOfPointMatching(summary, /second batch/u)).toEqual(["c.txt", "d.txt"]);
    const exercise = summary.points.filter((point) => /exercise/u.test(point.text));
    expect(exercise).toHaveLength(1);
    expect(exercise[0]?.sources.map((source) => source.source).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("cuts an overlong point on a word boundary with an ellipsis", () => {
    const long = `The defence ministers signed a military cooperation accord covering ${Array.from({ length: 40 }, (_, i) => `fighter aircraft ${i}`).join(", ")}.`;
    const summary = summarizeTopic("defence", { articles: [article("long.txt", null, [long])] });
    const text = summary.points[0]?.text ?? "";
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text.endsWith("…")).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
  });

  it("returns no_answer with no points when nothing qualifies", () => {
    const summary = summarizeTopic("energy", {
      articles: [
        article("e.txt", null, ["Officials said the weather in the capital was mild for the season."]),
      ],
    });
    expect(summary).toEqual({ topic: "energy", status: "no_answer", points: [] });
  });
});

describe("debris rule", () => {
  it("never returns a headline of an Explore block of a saved page", () => {
    const page = [
      " date 2025-03-01 WORLD",
      "Pakistan and Azerbaijan deepen defence ties",
      "The army chiefs of Pakistan and Azerbaijan agreed in Baku to expand military training and defence industry cooperation.",
      "Both sides also discussed the delivery of more fighter aircraft to the Azerbaijani air force.",
      "Explore",
      "EU foreign policy chief warns a Europe-wide army could be ‘extremely dangerous’",
      "Pakistan intensifies Balochistan offensive as militant death toll hits 177",
      "Zelenskyy orders military response to growing Russian attacks on Ukraine's railways",
      "Navy drills in the Arabian Sea draw warships from twelve countries",
    ].join("\n");
    const parsed = parseArticle("page.txt", page);
    expect(parsed.article).not.toBeNull();
    const summary = summarizeTopic("defence", { articles: parsed.article ? [parsed.article] : [] });
    expect(summary.status).toBe("answered");
    const all = texts(summary).join("\n");
    expect(all).toMatch(/army chiefs/u);
    expect(all).not.toMatch(/Europe-wide|Balochistan|Zelenskyy|Arabian Sea/u);
  });

  it("skips headline-shaped lines even when they reach the summarizer", () => {
    const summary = summarizeTopic("defence", {
      articles: [
        article("h.txt", null, [
          "Military chiefs warn army budget cuts could weaken defence readiness",
          "The defence ministers reviewed military cooperation and the joint exercise held in Baku.",
        ]),
      ],
    });
    expect(texts(summary)).toEqual([
      "The defence ministers reviewed military cooperation and the joint exercise held in Baku.",
    ]);
  });
});

describe("runTopicCommand", () => {
  it("prints exactly one JSON object of the agreed shape", () => {
    const out = runTopicCommand({ json: true, name: "defense", summary: summarizeTopic("defense", corpus) });
    const parsed = JSON.parse(out) as {
      topic: string;
      status: string;
      points: { text: string; sources: { source: string; date: string | null }[] }[];
    };
    expect(Object.keys(parsed).sort()).toEqual(["points", "status", "topic"]);
    expect(parsed.topic).toBe("defence");
    expect(parsed.status).toBe("answered");
    for (const point of parsed.points) {
      expect(Object.keys(point).sort()).toEqual(["sources", "text"]);
      for (const source of point.sources)
        expect(source.date === null || /^\d{4}-\d{2}-\d{2}$/u.test(source.date)).toBe(true);
    }
  });

  it("prints a readable summary, and the catalogue when the theme is unknown", () => {
    expect(runTopicCommand({ json: false, name: "trade", summary: summarizeTopic("trade", corpus) })).toMatch(
      /^Topic: trade\n\n1\. /u,
    );
    const unknown = runTopicCommand({
      json: false,
      name: "weather",
      summary: summarizeTopic("weather", corpus),
    });
    expect(unknown).toMatch(/No summary for "weather"/u);
    expect(unknown).toMatch(/Karabakh:/u);
  });
});
