/**
 * A when- or who-question asks about its own deed: "when does the treaty come into force" is answered
 * by the sentence dating its coming into force, not by the one dating its signing, and "who led
 * Pakistan at the talks" by the one naming who led, not the one telling the talks were held, though
 * those name the treaty or the talks more fully and score a little higher.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import type { Article } from "../src/types.js";
import { plainArticle } from "./support/answerFixtures.js";

let engine: AnswerEngine;

beforeAll(() => {
  const article: Article = {
    id: "treaty.txt",
    date: "2025-03-04",
    title: "Pakistan and Azerbaijan sign a shipping treaty",
    publisher: "Test Wire",
    place: null,
    url: null,
    paragraphs: [
      "Pakistan and Azerbaijan on Tuesday signed a Caspian Shipping Treaty under which each side will open two ports to the other's freighters.",
      "The ministers of maritime affairs of both countries attended the ceremony in Karachi.",
      "The treaty will come into force on July 1, 2026, after ratification by both parliaments.",
    ],
  };
  const talks: Article = {
    id: "talks.txt",
    date: "2025-04-08",
    title: "Pakistan and Azerbaijan hold fisheries talks",
    publisher: "Test Wire",
    place: null,
    url: null,
    paragraphs: [
      "The third round of Bilateral Fisheries Talks between Pakistan and Azerbaijan was held at the Ministry of Maritime Affairs in Karachi on Monday.",
      "The Pakistan side was led by Maritime Secretary Naila Rashid, while the Azerbaijan side was led by Deputy Minister Orkhan Mammadli.",
    ],
  };
  // Other reports tell who led other parties, so "led" says less than the talks' names do.
  const others: Article[] = [
    [
      "team.txt",
      "The Pakistani wrestling team was led by coach Imran Malik at the tournament in Baku.",
      "The delegation to Azerbaijan was led by Senator Farah Aziz.",
    ],
    [
      "centre.txt",
      "The Azerbaijani cultural centre in Lahore is led by Leyla Aliyeva.",
      "Pakistan and Azerbaijan held talks on trade in Islamabad.",
    ],
  ].map(([id = "", ...paragraphs]) => plainArticle(id, paragraphs, "2025-04-08"));
  engine = buildAnswerEngine([article, talks, ...others]);
});

describe("the date of the deed asked", () => {
  it("dates the coming into force, not the signing", () => {
    const result = askQuestion(
      engine,
      "when does the caspian shipping treaty with azerbaijan come into force",
    );
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/^July 1, 2026/u);
  });

  it("still dates the signing when the signing is asked", () => {
    const result = askQuestion(engine, "when was the caspian shipping treaty signed");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/^Pakistan and Azerbaijan on Tuesday signed/u);
  });
});

describe("the doer of the deed asked", () => {
  it("names who led, not the sentence telling the talks were held", () => {
    const result = askQuestion(engine, "who led pakistan at the bilateral fisheries talks with azerbaijan");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(
      /^The Pakistan side was led by Maritime Secretary Naila Rashid/u,
    );
  });
});
