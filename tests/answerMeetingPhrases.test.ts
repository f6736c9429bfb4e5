/**
 * Meetings told in other words ("held talks with", "called on", "received" a visitor) answer
 * who-met and did-X-meet-Y questions, on an archive of our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { tellsMeetingOtherwise } from "../src/answer/meetingPhrases.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { createKnowledgeBase } from "../src/loadKnowledgeBase.js";
import type { Article } from "../src/types.js";

const PAGES: Record<string, string> = {
  "talks.txt": ` date 2025-03-03 Ministers confer in Baku
BAKU: The Pakistani trade envoy Farid Nawaz held talks with Azerbaijan's Economy Minister Mikayil Jabbarov in Baku on Monday.
A joint working group on trade will meet every six months in Baku and Islamabad.
`,
  "visit.txt": ` date 2025-04-10 Minister visits Islamabad
ISLAMABAD: Azerbaijan's Culture Minister Adil Karimli opened a book fair in Islamabad on Thursday.
The fair will meet the demand of readers for the books Karimli and Gilani chose, the organisers said.
Karimli later called on Senate Chairman Yousuf Gilani at Parliament House.
`,
  "jets.txt": ` date 2025-05-01 Jets arrive
Azerbaijan received the first Pakistani-made training aircraft on Thursday.
`,
};

function articleOf(id: string, page: string): Article {
  const { article } = parseArticle(id, page);
  if (!article) throw new Error(`fixture ${id} did not parse`);
  return article;
}

describe("meeting phrases", () => {
  it("reads talks, a call on a person and a reception as a meeting", () => {
    expect(tellsMeetingOtherwise("Dar held talks with Bayramov in Baku.")).toBe(true);
    expect(tellsMeetingOtherwise("He held wide-ranging talks with the minister.")).toBe(true);
    expect(tellsMeetingOtherwise("He also called on Prime Minister Shehbaz Sharif later in the day.")).toBe(
      true,
    );
    expect(tellsMeetingOtherwise("The Foreign Secretary received Elnur Mammadov on Monday.")).toBe(true);
    expect(tellsMeetingOtherwise("She was received at the airbase by Minister Azam Tarar.")).toBe(true);
  });

  it("does not read an appeal or a delivery as a meeting", () => {
    expect(tellsMeetingOtherwise("Sharif called on Azerbaijan to invest in Gwadar.")).toBe(false);
    expect(tellsMeetingOtherwise("Azerbaijan received the Pakistani-made military aircraft.")).toBe(false);
    expect(tellsMeetingOtherwise("Azerbaijan received JF-17 Thunder jets.")).toBe(false);
    expect(tellsMeetingOtherwise("The talks covered trade.")).toBe(false);
  });
});

describe("who met and did they meet, told in other words", () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    const articles = Object.entries(PAGES).map(([id, page]) => articleOf(id, page));
    kb = createKnowledgeBase({ articles, skipped: [], notes: [] });
  });

  it("answers who-met from the sentence telling the talks, not one where a group will meet", () => {
    const result = kb.ask("Who did Farid Nawaz meet in Baku?");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/held talks with/u);
  });

  it("answers did-X-meet-Y from a call on Y", () => {
    const result = kb.ask("Did Karimli meet Yousuf Gilani?");
    expect(result.answer).toMatch(/^Yes — Karimli later called on/u);
  });
});
