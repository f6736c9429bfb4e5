/**
 * A when-question asks the date of its own deed: "when does the treaty come into force" is answered
 * by the sentence dating its coming into force, not by the one dating its signing, though that one
 * names the treaty more fully and scores a little higher.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, type AnswerEngine } from "../src/answer/ask.js";
import { buildAnswerEngine } from "../src/search/engine.js";
import type { Article } from "../src/types.js";

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
  engine = buildAnswerEngine([article]);
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
