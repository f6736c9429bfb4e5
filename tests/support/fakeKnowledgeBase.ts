/**
 * A knowledge base with canned answers, for tests of the command layer that must not depend on the
 * real archive's contents.
 */
import type { KnowledgeBase } from "../../src/knowledgeBase.js";
import type { Article, Citation, Meeting, TopicInfo } from "../../src/types.js";

export const jf17: Citation = {
  source: "004_2c982bdcbaac3a2e.txt",
  title: "Azerbaijan, Pakistan: a year of deepening ties",
  publisher: "Azernews",
  date: "2025-02-23",
  url: null,
};
const articles: Article[] = [
  {
    id: jf17.source,
    date: jf17.date,
    title: jf17.title,
    publisher: "Azernews",
    place: null,
    url: null,
    paragraphs: [],
  },
  {
    id: "001_b.txt",
    date: null,
    title: "Undated report",
    publisher: null,
    place: "BAKU",
    url: null,
    paragraphs: [],
  },
];
const topics: TopicInfo[] = [
  { name: "defence", description: "Arms, aircraft and exercises", aliases: ["defense", "military"] },
  { name: "trade", description: "Trade agreements", aliases: [] },
];

/** A knowledge base with canned answers, recording what it was asked. */
export function fakeKb(calls: string[] = []): KnowledgeBase {
  return {
    articles,
    skipped: [],
    ask(question) {
      calls.push(`ask:${question}`);
      if (question.includes("boom")) throw new Error("index exploded");
      if (!question.includes("JF-17")) return { question, status: "no_answer", answer: "", excerpts: [] };
      return {
        question,
        status: "answered",
        answer: "In late September 2024, Azerbaijan received the JF-17 Thunder Block III.",
        excerpts: [
          {
            text: "In late September 2024, Azerbaijan received the Pakistani-made military aircraft JF-17 Thunder Block III.",
            citation: jf17,
            alsoIn: [
              { source: "001_b.txt", title: "Undated report", publisher: null, date: null, url: null },
            ],
          },
        ],
      };
    },
    latest(limit) {
      calls.push(`latest:${limit}`);
      const meetings: Meeting[] = [
        {
          date: "2025-01-23",
          precision: "day",
          kind: "meeting",
          endDate: "2025-01-24",
          place: "Baku",
          participants: ["Prime Minister Shehbaz Sharif", "President Ilham Aliyev"],
          summary: "Leaders signed defence and energy agreements.",
          evidence: [],
          sources: [{ source: jf17.source, date: jf17.date }],
        },
      ];
      return meetings.slice(0, limit);
    },
    topic(name) {
      calls.push(`topic:${name}`);
      if (name !== "defence") return { topic: name, status: "no_answer", points: [], catalogue: topics };
      return {
        topic: "defence",
        status: "answered",
        points: [
          { text: "Azerbaijan bought JF-17 jets.", sources: [{ source: jf17.source, date: jf17.date }] },
        ],
      };
    },
    topicCatalogue: () => topics,
    suggestTopics: (typed, limit) => topics.filter((t) => t.name.startsWith(typed)).slice(0, limit),
  };
}
