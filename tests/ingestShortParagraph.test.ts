/**
 * A short sentence standing as a paragraph inside the story ("About 600 people attended the three
 * screenings.") is story text, though too short to read as prose on its own; the same few words
 * among page furniture, or a label between paragraphs, are not.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/ingest/parseArticle.js";

const HEAD = " date 2025-03-14\nHome | World | Business | Sport\nAzerbaijani films shown in Multan";
const BEFORE =
  "Three Azerbaijani feature films were screened at the Multan Arts Council over the weekend, the embassy said.";
const AFTER = "The embassy said a week of Pakistani films would follow in Ganja later in the year.";

function paragraphsOf(text: string): readonly string[] {
  return parseArticle("page.txt", text).article?.paragraphs ?? [];
}

describe("a short paragraph", () => {
  it("is kept between two paragraphs of the story", () => {
    const short = "About 450 people came to the screenings.";
    expect(paragraphsOf([HEAD, BEFORE, short, AFTER].join("\n"))).toEqual([BEFORE, short, AFTER]);
  });

  it("is not kept at the story's edge, among the page's furniture", () => {
    const tail = "Share: Facebook | Twitter\nThe page was last updated today.\nMost read stories";
    expect(paragraphsOf([HEAD, BEFORE, AFTER, tail].join("\n"))).toEqual([BEFORE, AFTER]);
  });

  it("is not a label or a headline between paragraphs", () => {
    for (const line of ["Read more.", "Related: Pakistan and Azerbaijan sign visa deal", "Advertisement"]) {
      expect(paragraphsOf([HEAD, BEFORE, line, AFTER].join("\n"))).toEqual([BEFORE, AFTER]);
    }
  });
});
